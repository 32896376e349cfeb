import type { DiagnosticEvent } from '../events.js';
import type { DialInInfo } from '../families/fallback/dialIn.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';

/**
 * The store's snapshot. Unchanged slices keep their identity between snapshots. Times are epoch milliseconds.
 *
 * @public
 */
export interface DiagnosticsState {
  /** What the kit knows of the call itself. */
  readonly call: {
    /** Which kind of source attached (`manual` for events dispatched by hand). */
    readonly source: 'call' | 'callAgent' | 'callAdapter' | 'statefulCallClient' | 'manual' | undefined;
    /** The call ID (the SDK's `call.id`); it changes once the server answers. */
    readonly id: string | undefined;
    /** This participant's ID in the call (`call.info.participantId`). */
    readonly participantId: string | undefined;
    /** The SDK's call state (`Connecting`, `Connected`, `Disconnected`…). */
    readonly state: string | undefined;
  };
  /** Latest network UFD values by name (unknown names are kept too), with when each arrived. */
  readonly network: Readonly<Record<string, { readonly value: boolean | number; readonly at: number }>>;
  /** Latest media UFD values by name, with when each arrived. */
  readonly media: Readonly<Record<string, { readonly value: boolean | number; readonly at: number }>>;
  /**
   * Other participants' diagnostics that are raised now, by participant (their raw id when the SDK gave it, else
   * their participant id). A value back to good removes its entry; a participant with none left, or who left the
   * call, is removed.
   */
  readonly remote: Readonly<
    Record<
      string,
      {
        /** The SDK's `participantId`. */
        readonly participantId: string;
        /** Their display name, when the SDK gave one (personal data: reports leave it out). */
        readonly displayName: string | undefined;
        /** Their raised UFDs by name, with when each arrived. */
        readonly diagnostics: Readonly<Record<string, { readonly value: boolean | number; readonly at: number }>>;
      }
    >
  >;
  /**
   * The relay state machine, from the `networkRelaysNotReachable` UFD and the 410/3112 end.
   */
  readonly relay: {
    /**
     * `reachable` → `unreachable` (UFD true) → `recovered` (UFD false after true); `failed` when the call ended
     * 410/3112.
     */
    readonly status: 'reachable' | 'unreachable' | 'recovered' | 'failed';
    /** When the current status began (undefined while reachable from the start). */
    readonly since: number | undefined;
    /** When the current unreachable episode began. */
    readonly unreachableSince: number | undefined;
    /** When the relays were last reachable again after an episode. */
    readonly recoveredAt: number | undefined;
    /** When the call ended 410/3112. */
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
  };
  /** How the call ended. Its catalog row, if any: `lookupCallEnd(code, subCode)` (or `selectBanner`'s `entry`). */
  readonly ended:
    | {
        /** When the call ended. */
        readonly at: number;
        /** The ID of the call that ended. */
        readonly callId: string | undefined;
        /** `callEndReason.code`, absent when the SDK gave none. */
        readonly code: number | undefined;
        /** `callEndReason.subCode`, absent when the SDK gave none. */
        readonly subCode: number | undefined;
      }
    | undefined;
  /** The diagnostic timeline kept for support (bounded, oldest dropped first). */
  readonly timeline: readonly {
    /** When it happened. */
    readonly at: number;
    /** What happened. */
    readonly kind: 'diagnostic' | 'state' | 'ended' | 'id' | 'issue' | 'attached' | 'reset';
    /** For `diagnostic`: the UFD name; for `state`: the call state; for `ended`: `code/subCode`. */
    readonly name: string;
    /** For `diagnostic`: the UFD's value. */
    readonly value?: boolean | number | undefined;
  }[];
  /** Problems a source survived (shown to developers; they never crash the host). */
  readonly issues: readonly {
    /** When it happened. */
    readonly at: number;
    /** What went wrong. */
    readonly reason: Extract<DiagnosticEvent, { readonly type: 'sourceIssue' }>['reason'];
    /** The error's message, redacted. */
    readonly detail: string | undefined;
  }[];
  /** How relay failures recur for this user (from the outcome history); set when a call ends. */
  readonly recurrence?: RecurrenceClassification | undefined;
  /**
   * The meeting's dial-in details from the call (a Teams meeting's audio conferencing, read once it connected); kept
   * after the end, forgotten by a new attempt. The app's own (the provider's `dialIn`) are not here.
   */
  readonly dialIn?: DialInInfo | undefined;
}

// Internal names for the slices above (not exported from the package).
export type RelayState = DiagnosticsState['relay'];
export type RelayStatus = RelayState['status'];
export type DiagnosticReading = DiagnosticsState['network'][string];
export type TimelineEntry = DiagnosticsState['timeline'][number];
export type RemoteState = DiagnosticsState['remote'];

/** Options of the reducer. */
export interface ReducerOptions {
  /** A relay UFD that turns true again within this many ms of recovering continues the same episode. */
  readonly flapWindowMs: number;
  /** How many timeline entries to keep (oldest dropped first). */
  readonly timelineLimit: number;
  /**
   * The remote family's reducers (`families/remote/reduce.ts`), fetched by the store on the first remote event: until
   * they are here, remote events change nothing (the store holds them meanwhile).
   */
  readonly remote?: typeof import('../families/remote/reduce.js') | undefined;
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
  remote: {},
  relay: INITIAL_RELAY,
  ended: undefined,
  timeline: [],
  issues: [],
};
