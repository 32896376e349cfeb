/**
 * Structural types of the ACS SDK objects the sources read. The real SDK classes satisfy them (a type test checks
 * it against `@azure/communication-calling`), so the core needs no runtime or type import of the SDK.
 */

/** `{ diagnostic, value, valueType }`, the payload of `diagnosticChanged`. */
export interface DiagnosticChangedArgsLike {
  readonly diagnostic: string;
  readonly value: boolean | number;
  readonly valueType: string;
}

/** The latest value of one UFD as `getLatest()` returns it. */
export interface LatestDiagnosticValueLike {
  readonly value: boolean | number;
  readonly valueType: string;
}

/** `UserFacingDiagnosticsFeature.network` / `.media`. */
export interface DiagnosticsEmitterLike {
  getLatest(): object;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK narrows the payload per family; any keeps both assignable.
  on(event: 'diagnosticChanged', listener: (args: any) => void): void;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  off(event: 'diagnosticChanged', listener: (args: any) => void): void;
}

/** `call.feature(Features.UserFacingDiagnostics)`. */
export interface UserFacingDiagnosticsLike {
  readonly network: DiagnosticsEmitterLike;
  readonly media?: DiagnosticsEmitterLike;
}

/** `{ code, subCode }` of `call.callEndReason`. */
export interface CallEndReasonLike {
  readonly code: number;
  readonly subCode?: number;
}

/** The part of the SDK's `Call` the kit reads. A real `Call` is one. */
export interface CallLike {
  readonly id: string;
  readonly state: string;
  readonly callEndReason?: CallEndReasonLike;
  readonly info?: { readonly participantId?: string; getServerCallId?(): Promise<string> };
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's feature() is generic over its factories.
  feature(factory: any): unknown;
  on(event: 'stateChanged', listener: () => void): void;
  on(event: 'idChanged', listener: () => void): void;
  off(event: 'stateChanged', listener: () => void): void;
  off(event: 'idChanged', listener: () => void): void;
}

/** The SDK's `Features` object, or anything with its `UserFacingDiagnostics` factory. */
export interface FeaturesLike {
  readonly UserFacingDiagnostics: unknown;
}

/**
 * A call object that sets this symbol to `true` declares that its `feature()` ignores the factory argument (fakes,
 * wrappers). The kit then never loads the SDK to find `Features.UserFacingDiagnostics`.
 */
export const DUCK_TYPED_FEATURES: unique symbol = Symbol.for('call-diagnostics.duckTypedFeatures') as never;

/** Removes exactly what a source added. Safe to call more than once. */
export type Detach = () => void;

/** `{ added, removed }`, the payload of `CallAgent`'s `callsUpdated`. */
export interface CallsUpdatedEventLike {
  readonly added: readonly CallLike[];
  readonly removed: readonly CallLike[];
}

/** The part of the SDK's `CallAgent` the kit reads. A real `CallAgent` is one. */
export interface CallAgentLike {
  readonly calls: readonly CallLike[];
  on(event: 'callsUpdated', listener: (args: CallsUpdatedEventLike) => void): void;
  off(event: 'callsUpdated', listener: (args: CallsUpdatedEventLike) => void): void;
}

/** `{ latest }` of the UI library's diagnostics state (`NetworkDiagnosticsState` / `MediaDiagnosticsState`). */
export interface LatestDiagnosticsStateLike {
  readonly latest: object;
}

/**
 * The part of `@azure/communication-react`'s `CallState` (the stateful proxy of a `Call`) the kit reads. Both the
 * `CallAdapter`'s `state.call` and the `StatefulCallClient`'s `getState().calls[id]` are one.
 */
export interface CallStateLike {
  readonly id: string;
  readonly state: string;
  readonly callEndReason?: CallEndReasonLike | undefined;
  readonly diagnostics?:
    | { readonly network?: LatestDiagnosticsStateLike; readonly media?: LatestDiagnosticsStateLike }
    | undefined;
}

/** The part of `CallAdapterState` the kit reads. */
export interface CallAdapterStateLike {
  readonly call?: CallStateLike | undefined;
  readonly endedCall?: CallStateLike | undefined;
  readonly page?: string | undefined;
}

/** `{ callId, code?, subCode? }`, the payload of the adapter's `callEnded`. */
export interface CallAdapterCallEndedEventLike {
  readonly callId?: string | undefined;
  readonly code?: number | undefined;
  readonly subCode?: number | undefined;
}

/** The part of `@azure/communication-react`'s `CallAdapter` the kit reads. A real `CallAdapter` is one. */
export interface CallAdapterLike {
  getState(): CallAdapterStateLike;
  onStateChange(handler: (state: CallAdapterStateLike) => void): void;
  offStateChange(handler: (state: CallAdapterStateLike) => void): void;
  on(event: 'callEnded', listener: (event: CallAdapterCallEndedEventLike) => void): void;
  off(event: 'callEnded', listener: (event: CallAdapterCallEndedEventLike) => void): void;
}

/** The part of `CallClientState` the kit reads. */
export interface CallClientStateLike {
  readonly calls: Readonly<Record<string, CallStateLike>>;
  readonly callsEnded: Readonly<Record<string, CallStateLike>>;
}

/** The part of `@azure/communication-react`'s `StatefulCallClient` the kit reads. A real one is one. */
export interface StatefulCallClientLike {
  getState(): CallClientStateLike;
  onStateChange(handler: (state: CallClientStateLike) => void): void;
  offStateChange(handler: (state: CallClientStateLike) => void): void;
}
