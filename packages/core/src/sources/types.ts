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

/**
 * The part of the SDK's `Call` the kit reads. A real `Call` is one.
 *
 * @public
 */
export interface CallLike {
  /** The call ID. */
  readonly id: string;
  /** `Connecting`, `Connected`, `Disconnected`… */
  readonly state: string;
  /** Why the call ended: `{ code, subCode }` (410/3112 when no relay candidate could be gathered). */
  readonly callEndReason?: { readonly code: number; readonly subCode?: number };
  /** `participantId` and the server call ID (for the support report). */
  readonly info?: { readonly participantId?: string; getServerCallId?(): Promise<string> };
  /** Returns a call feature; the kit asks for `Features.UserFacingDiagnostics`. */
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's feature() is generic over its factories.
  feature(factory: any): unknown;
  /** Subscribes to a state change. */
  on(event: 'stateChanged', listener: () => void): void;
  /** Subscribes to an ID change. */
  on(event: 'idChanged', listener: () => void): void;
  /** Unsubscribes from a state change. */
  off(event: 'stateChanged', listener: () => void): void;
  /** Unsubscribes from an ID change. */
  off(event: 'idChanged', listener: () => void): void;
}

/**
 * The SDK's `Features` object, or anything with its `UserFacingDiagnostics` factory.
 *
 * @public
 */
export interface FeaturesLike {
  /** The factory `call.feature()` takes to give the user-facing diagnostics. */
  readonly UserFacingDiagnostics: unknown;
}

/**
 * A call object that sets this symbol to `true` declares that its `feature()` ignores the factory argument (fakes,
 * wrappers). The kit then never loads the SDK to find `Features.UserFacingDiagnostics`.
 *
 * @public
 */
export const DUCK_TYPED_FEATURES: unique symbol = Symbol.for('call-diagnostics.duckTypedFeatures') as never;

/** Removes exactly what a source added. Safe to call more than once. */
export type Detach = () => void;

/**
 * The part of the SDK's `CallAgent` the kit reads. A real `CallAgent` is one.
 *
 * @public
 */
export interface CallAgentLike {
  /** The calls in progress. */
  readonly calls: readonly CallLike[];
  /** Subscribes to calls being added or removed. */
  on(
    event: 'callsUpdated',
    listener: (args: { readonly added: readonly CallLike[]; readonly removed: readonly CallLike[] }) => void,
  ): void;
  /** Unsubscribes. */
  off(
    event: 'callsUpdated',
    listener: (args: { readonly added: readonly CallLike[]; readonly removed: readonly CallLike[] }) => void,
  ): void;
}

/**
 * The part of `@azure/communication-react`'s `CallState` (the stateful proxy of a `Call`) the kit reads. Both the
 * `CallAdapter`'s `state.call` and the `StatefulCallClient`'s `getState().calls[id]` are one.
 *
 * @public
 */
export interface CallStateLike {
  /** The call ID. */
  readonly id: string;
  /** `Connecting`, `Connected`, `Disconnected`… */
  readonly state: string;
  /** Why the call ended: `{ code, subCode }`. */
  readonly callEndReason?: { readonly code: number; readonly subCode?: number } | undefined;
  /** `{ latest }` of the UI library's network and media diagnostics states. */
  readonly diagnostics?:
    | { readonly network?: { readonly latest: object }; readonly media?: { readonly latest: object } }
    | undefined;
  /** A Teams meeting's dial-in numbers, as the UI library keeps them (`ConferencePhoneInfo[]`). */
  readonly meetingConference?: { readonly conferencePhones?: readonly object[] | undefined } | undefined;
}

/**
 * The part of `@azure/communication-react`'s `CallAdapter` the kit reads. A real `CallAdapter` is one.
 *
 * @public
 */
export interface CallAdapterLike {
  /** The adapter's state: the call, the ended call and the page shown. */
  getState(): {
    readonly call?: CallStateLike | undefined;
    readonly endedCall?: CallStateLike | undefined;
    readonly page?: string | undefined;
  };
  /** Subscribes to state changes. */
  onStateChange(handler: (state: ReturnType<CallAdapterLike['getState']>) => void): void;
  /** Unsubscribes. */
  offStateChange(handler: (state: ReturnType<CallAdapterLike['getState']>) => void): void;
  /** Subscribes to the call's end: `{ callId, code?, subCode? }`. */
  on(
    event: 'callEnded',
    listener: (event: {
      readonly callId?: string | undefined;
      readonly code?: number | undefined;
      readonly subCode?: number | undefined;
    }) => void,
  ): void;
  /** Unsubscribes. */
  off(event: 'callEnded', listener: Parameters<CallAdapterLike['on']>[1]): void;
}

/**
 * The part of `@azure/communication-react`'s `StatefulCallClient` the kit reads. A real one is one.
 *
 * @public
 */
export interface StatefulCallClientLike {
  /** The calls in progress and the ended ones, by ID. */
  getState(): {
    readonly calls: Readonly<Record<string, CallStateLike>>;
    readonly callsEnded: Readonly<Record<string, CallStateLike>>;
  };
  /** Subscribes to state changes. */
  onStateChange(handler: (state: ReturnType<StatefulCallClientLike['getState']>) => void): void;
  /** Unsubscribes. */
  offStateChange(handler: (state: ReturnType<StatefulCallClientLike['getState']>) => void): void;
}

// Internal names for parts of the shapes above (not exported from the package).
export type CallEndReasonLike = NonNullable<CallLike['callEndReason']>;
export type CallsUpdatedEventLike = Parameters<Parameters<CallAgentLike['on']>[1]>[0];
export type CallAdapterStateLike = ReturnType<CallAdapterLike['getState']>;
export type CallAdapterCallEndedEventLike = Parameters<Parameters<CallAdapterLike['on']>[1]>[0];
export type CallClientStateLike = ReturnType<StatefulCallClientLike['getState']>;
