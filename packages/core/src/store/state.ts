import type { DiagnosticsSourceKind, DiagnosticValue, SourceIssueReason } from '../events.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';

/**
 * Relay reachability, from the `networkRelaysNotReachable` UFD and the 410/3112 end:
 * `reachable` → `unreachable` (UFD true) → `recovered` (UFD false after true); `failed` when the call ended 410/3112.
 */
export type RelayStatus = 'reachable' | 'unreachable' | 'recovered' | 'failed';

/** The relay state machine's state. Times are epoch milliseconds. */
export interface RelayState {
  readonly status: RelayStatus;
  /** When the current status began (undefined while reachable from the start). */
  readonly since: number | undefined;
  /** When the current unreachable episode began. */
  readonly unreachableSince: number | undefined;
  readonly recoveredAt: number | undefined;
  readonly failedAt: number | undefined;
  /** Counts unreachable episodes. True → false → true within the flap window stays one episode. */
  readonly episode: number;
  /** How many times the current episode flapped back to unreachable. */
  readonly flaps: number;
  /**
   * Increments once per episode, on its first recovery: the cue for a "connection restored" message. A flapping
   * episode gives one cue, not one per flap.
   */
  readonly recoveryNotice: number;
}

/** The latest value of one UFD. */
export interface DiagnosticReading {
  readonly value: DiagnosticValue;
  /** When this value arrived. */
  readonly at: number;
}

/** How the call ended. Its catalog row, if any: `lookupCallEnd(code, subCode)` (or `selectBanner`'s `entry`). */
export interface CallEnd {
  readonly at: number;
  readonly callId: string | undefined;
  readonly code: number | undefined;
  readonly subCode: number | undefined;
}

/** What the kit knows of the call itself. */
export interface CallInfoState {
  readonly source: DiagnosticsSourceKind | undefined;
  readonly id: string | undefined;
  readonly participantId: string | undefined;
  readonly state: string | undefined;
}

/** One line of the diagnostic timeline kept for support (bounded). */
export interface TimelineEntry {
  readonly at: number;
  readonly kind: 'diagnostic' | 'state' | 'ended' | 'id' | 'issue' | 'attached' | 'reset';
  /** For `diagnostic`: the UFD name; for `state`: the call state; for `ended`: `code/subCode`. */
  readonly name: string;
  readonly value?: DiagnosticValue | undefined;
}

/** A problem a source survived. */
export interface SourceIssue {
  readonly at: number;
  readonly reason: SourceIssueReason;
  readonly detail: string | undefined;
}

/** The store's snapshot. Unchanged slices keep their identity between snapshots. */
export interface DiagnosticsState {
  readonly call: CallInfoState;
  /** Latest network UFD values by name (unknown names are kept too). */
  readonly network: Readonly<Record<string, DiagnosticReading>>;
  /** Latest media UFD values by name. */
  readonly media: Readonly<Record<string, DiagnosticReading>>;
  readonly relay: RelayState;
  readonly ended: CallEnd | undefined;
  readonly timeline: readonly TimelineEntry[];
  readonly issues: readonly SourceIssue[];
  /** How relay failures recur for this user (from the outcome history); set when a call ends. */
  readonly recurrence?: RecurrenceClassification | undefined;
}

/** Options of the reducer. */
export interface ReducerOptions {
  /** A relay UFD that turns true again within this many ms of recovering continues the same episode. */
  readonly flapWindowMs: number;
  /** How many timeline entries to keep (oldest dropped first). */
  readonly timelineLimit: number;
}

/** Defaults of {@link ReducerOptions}. */
export const DEFAULT_REDUCER_OPTIONS: ReducerOptions = { flapWindowMs: 10_000, timelineLimit: 200 };

/** The relay state before anything happened. */
export const INITIAL_RELAY: RelayState = {
  status: 'reachable',
  since: undefined,
  unreachableSince: undefined,
  recoveredAt: undefined,
  failedAt: undefined,
  episode: 0,
  flaps: 0,
  recoveryNotice: 0,
};

/** The state before any event. */
export const INITIAL_STATE: DiagnosticsState = {
  call: { source: undefined, id: undefined, participantId: undefined, state: undefined },
  network: {},
  media: {},
  relay: INITIAL_RELAY,
  ended: undefined,
  timeline: [],
  issues: [],
};
