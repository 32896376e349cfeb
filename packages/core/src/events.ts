import type { RecurrenceClassification } from './history/classifyRecurrence.js';

/**
 * The normalized event model. Sources translate SDK objects into these events; the store reduces them.
 * Nothing here references the ACS SDK at runtime.
 */

/** The five network user-facing diagnostics (UFDs) the ACS Calling SDK raises. */
export type NetworkDiagnosticName =
  | 'networkRelaysNotReachable'
  | 'noNetwork'
  | 'networkReconnect'
  | 'networkReceiveQuality'
  | 'networkSendQuality';

/** Which UFD family an event belongs to. */
export type DiagnosticArea = 'network' | 'media';

/** `DiagnosticFlag` is a boolean; `DiagnosticQuality` is 1 (Good), 2 (Poor) or 3 (Bad). */
export type DiagnosticValueType = 'DiagnosticFlag' | 'DiagnosticQuality';

/** A UFD value: a flag or a quality number. */
export type DiagnosticValue = boolean | number;

/** The SDK's `DiagnosticQuality` values, as plain numbers (the SDK enum needs its runtime). */
export const DiagnosticQualityValue = {
  Good: 1,
  Poor: 2,
  Bad: 3,
} as const;

/** Where the events come from. */
export type DiagnosticsSourceKind = 'call' | 'callAgent' | 'callAdapter' | 'statefulCallClient' | 'manual';

/** A source attached to a call and read what it already knew. */
export interface AttachedEvent {
  readonly type: 'attached';
  readonly at: number;
  readonly source: DiagnosticsSourceKind;
  readonly callId?: string | undefined;
  readonly participantId?: string | undefined;
  readonly state?: string | undefined;
}

/** A UFD changed value (or was read from `getLatest()` at attach time, then `initial` is true). */
export interface DiagnosticChangedEvent {
  readonly type: 'diagnosticChanged';
  readonly at: number;
  readonly area: DiagnosticArea;
  readonly diagnostic: string;
  readonly value: DiagnosticValue;
  readonly initial?: boolean | undefined;
}

/** The call's `state` changed. */
export interface CallStateChangedEvent {
  readonly type: 'callStateChanged';
  readonly at: number;
  readonly state: string;
}

/** The call's `id` changed (the SDK reassigns it when the server answers). */
export interface CallIdChangedEvent {
  readonly type: 'callIdChanged';
  readonly at: number;
  readonly callId: string;
}

/** The call ended. `code`/`subCode` come from `callEndReason`; both are absent when the SDK gave none. */
export interface CallEndedEvent {
  readonly type: 'callEnded';
  readonly at: number;
  readonly callId?: string | undefined;
  readonly code?: number | undefined;
  readonly subCode?: number | undefined;
}

/** Why a source could not read everything it should. */
export type SourceIssueReason =
  | 'ufd-feature-unavailable'
  | 'ufd-feature-threw'
  | 'get-latest-threw'
  | 'subscribe-threw'
  | 'handler-threw'
  | 'invalid-source';

/** A source hit a problem it survived; shown to developers, never crashes the host. */
export interface SourceIssueEvent {
  readonly type: 'sourceIssue';
  readonly at: number;
  readonly reason: SourceIssueReason;
  readonly detail?: string | undefined;
}

/** A new call attempt starts from a clean slate (Retry, or a new call replaced the old one). */
export interface ResetEvent {
  readonly type: 'reset';
  readonly at: number;
}

/** The outcome history was classified (transient vs persistent); `createCallDiagnostics` sends it after a call ends. */
export interface RecurrenceClassifiedEvent {
  readonly type: 'recurrenceClassified';
  readonly at: number;
  readonly recurrence: RecurrenceClassification;
}

/** Every event the store understands. */
export type DiagnosticEvent =
  | AttachedEvent
  | DiagnosticChangedEvent
  | CallStateChangedEvent
  | CallIdChangedEvent
  | CallEndedEvent
  | SourceIssueEvent
  | ResetEvent
  | RecurrenceClassifiedEvent;

/** The discriminant of {@link DiagnosticEvent}. */
export type DiagnosticEventType = DiagnosticEvent['type'];

/** Names of the network UFDs, in priority order (most important first). */
export const NETWORK_DIAGNOSTICS: readonly NetworkDiagnosticName[] = [
  'noNetwork',
  'networkRelaysNotReachable',
  'networkReconnect',
  'networkReceiveQuality',
  'networkSendQuality',
];

/** True when `name` is one of the five network UFDs. */
export function isNetworkDiagnostic(name: string): name is NetworkDiagnosticName {
  return (NETWORK_DIAGNOSTICS as readonly string[]).includes(name);
}
