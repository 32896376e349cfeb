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
