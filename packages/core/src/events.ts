import type { DialInInfo } from './families/fallback/dialIn.js';
import type { RecurrenceClassification } from './history/classifyRecurrence.js';

/**
 * The normalized event model. Sources translate SDK objects into these events; the store reduces them.
 * Nothing here references the ACS SDK at runtime.
 */

/**
 * Every event the store understands. Sources translate SDK objects into these; `dispatch` takes them from an app
 * that drives the kit by hand (`source: 'manual'`). Times are epoch milliseconds.
 *
 * @public
 */
export type DiagnosticEvent =
  | {
      /** A source attached to a call and read what it already knew. */
      readonly type: 'attached';
      readonly at: number;
      /** Which kind of source attached (`manual` for events dispatched by hand). */
      readonly source: 'call' | 'callAgent' | 'callAdapter' | 'statefulCallClient' | 'manual';
      readonly callId?: string | undefined;
      readonly participantId?: string | undefined;
      readonly state?: string | undefined;
    }
  | {
      /** A UFD changed value (or was read from `getLatest()` at attach time, then `initial` is true). */
      readonly type: 'diagnosticChanged';
      readonly at: number;
      /** Which UFD family. */
      readonly area: 'network' | 'media';
      /** The UFD's name, e.g. `networkRelaysNotReachable`. */
      readonly diagnostic: string;
      /** A `DiagnosticFlag` (boolean) or a `DiagnosticQuality` (1 Good, 2 Poor, 3 Bad). */
      readonly value: boolean | number;
      readonly initial?: boolean | undefined;
    }
  | {
      /**
       * Other participants' diagnostics changed (`UserFacingDiagnosticsFeature.remote`, sent by clients that called
       * `startSendingDiagnostics()`): the entries the SDK gave, each one participant's UFD and its value. A value back
       * to good (`false`, or Good = 1) clears that entry.
       */
      readonly type: 'remoteDiagnosticsChanged';
      readonly at: number;
      readonly diagnostics: readonly {
        /** The SDK's `participantId`. */
        readonly participantId: string;
        /** The participant's raw identifier (`8:acs:…`), the key the kit keeps them under when present. */
        readonly rawId?: string | undefined;
        /** `remoteParticipant.displayName`, when the SDK gave one. */
        readonly displayName?: string | undefined;
        /** The UFD's name (a network or media one). */
        readonly diagnostic: string;
        /** A `DiagnosticFlag` (boolean) or a `DiagnosticQuality` (1 Good, 2 Poor, 3 Bad). */
        readonly value: boolean | number;
      }[];
    }
  | {
      /** A participant left the call: their diagnostics go. `participantId` is their raw id or participant id. */
      readonly type: 'participantLeft';
      readonly at: number;
      readonly participantId: string;
    }
  | {
      /** The call's `state` changed. */
      readonly type: 'callStateChanged';
      readonly at: number;
      readonly state: string;
    }
  | {
      /** The call's `id` changed (the SDK reassigns it when the server answers). */
      readonly type: 'callIdChanged';
      readonly at: number;
      readonly callId: string;
    }
  | {
      /** The call ended. `code`/`subCode` come from `callEndReason`; both are absent when the SDK gave none. */
      readonly type: 'callEnded';
      readonly at: number;
      readonly callId?: string | undefined;
      readonly code?: number | undefined;
      readonly subCode?: number | undefined;
    }
  | {
      /** A source hit a problem it survived; shown to developers, never crashes the host. */
      readonly type: 'sourceIssue';
      readonly at: number;
      /** Why the source could not read everything it should. */
      readonly reason:
        | 'ufd-feature-unavailable'
        | 'ufd-feature-threw'
        | 'get-latest-threw'
        | 'subscribe-threw'
        | 'handler-threw'
        | 'invalid-source'
        | 'source-load-failed';
      readonly detail?: string | undefined;
    }
  | {
      /** A new call attempt starts from a clean slate (Retry, or a new call replaced the old one). */
      readonly type: 'reset';
      readonly at: number;
    }
  | {
      /**
       * The meeting's dial-in details became known: a Teams meeting's audio conferencing, read once the call connected
       * (or what the UI library's state holds of it). Kept after the call ends; a new attempt (`reset`) forgets them.
       */
      readonly type: 'dialInDetails';
      readonly at: number;
      readonly dialIn: DialInInfo;
    }
  | {
      /** The outcome history was classified (transient vs persistent); sent after a call ends. */
      readonly type: 'recurrenceClassified';
      readonly at: number;
      readonly recurrence: RecurrenceClassification;
    };

// Internal names for the members and fields above (not exported from the package).
type EventOf<T extends DiagnosticEvent['type']> = Extract<DiagnosticEvent, { readonly type: T }>;
type AttachedEvent = EventOf<'attached'>;
export type DiagnosticChangedEvent = EventOf<'diagnosticChanged'>;
type SourceIssueEvent = EventOf<'sourceIssue'>;
export type DiagnosticArea = DiagnosticChangedEvent['area'];
export type DiagnosticsSourceKind = AttachedEvent['source'];
export type SourceIssueReason = SourceIssueEvent['reason'];
