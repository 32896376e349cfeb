/**
 * The support report's types: what a report holds, what builds one, and what a diagnostics object hands it. Apart
 * from the builder so that `createCallDiagnostics` (which hands a report its input) and the report's parts
 * (`environment.ts`) depend on them, not on each other.
 */
import type { QualityAssessment } from '../families/quality/types.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';
import type { ReadinessResult } from '../readiness/types.js';
import type { DiagnosticsState } from '../store/state.js';
import type { RedactRule } from './secrets.js';

/**
 * What support needs to look a call up and understand it. Redacted; safe to paste into a ticket.
 *
 * @public
 */
export interface SupportReport {
  /** The report schema, `call-diagnostics-report/v1`. */
  readonly schema: 'call-diagnostics-report/v1';
  /** ISO time the report was made. */
  readonly generatedAt: string;
  /** This kit's version. */
  readonly kitVersion: string;
  /** `@azure/communication-calling` version, when the app said (`sdkVersion` option). */
  readonly sdkVersion: string | undefined;
  /** The call: what support looks it up by. */
  readonly call: {
    /** The call ID: `CorrelationId` in `ACSCallSummary`, the key of the Call Diagnostics tool. */
    readonly callId: string | undefined;
    /** `call.info.getServerCallId()`, when the source offered it. */
    readonly serverCallId: string | undefined;
    /** `ParticipantId` in `ACSCallSummary`. */
    readonly participantId: string | undefined;
    readonly state: string | undefined;
    readonly source: string | undefined;
    /** ISO time of the first timeline entry kept. */
    readonly firstSeenAt: string | undefined;
    readonly endedAt: string | undefined;
  };
  /** How the call ended; undefined while it goes on. */
  readonly end:
    | {
        readonly code: number | undefined;
        readonly subCode: number | undefined;
        /** `410/3112` */
        readonly codeText: string;
        /** English meaning from the catalog; undefined for a normal end or an unknown code. */
        readonly meaning: string | undefined;
        readonly category: string | undefined;
        readonly key: string | undefined;
      }
    | undefined;
  /** The relay state machine (times as ISO strings). */
  readonly relay: {
    readonly status: DiagnosticsState['relay']['status'];
    readonly unreachableSince: string | undefined;
    readonly recoveredAt: string | undefined;
    readonly failedAt: string | undefined;
    readonly episode: number;
  };
  /** Transient or persistent, from the outcome history. */
  readonly classification: RecurrenceClassification | undefined;
  /** The UFD/state timeline (`state.timeline`), oldest first. */
  readonly timeline: ReadonlyArray<{
    readonly at: string | undefined;
    readonly kind: string;
    readonly name: string;
    readonly value?: boolean | number | undefined;
  }>;
  /** Problems a source survived (redacted). */
  readonly issues: ReadonlyArray<{
    readonly at: string | undefined;
    readonly reason: string;
    readonly detail?: string;
  }>;
  /** The relay probe's summary, as given (redacted). */
  readonly probe: unknown;
  /** Browser and OS. Every field is optional: outside a browser there is nothing to read. */
  readonly environment: {
    readonly userAgent?: string | undefined;
    /** `navigator.userAgentData.platform` (Chromium), else `navigator.platform`. */
    readonly platform?: string | undefined;
    /** `navigator.userAgentData.brands` as `Name version`. */
    readonly brands?: readonly string[] | undefined;
    readonly mobile?: boolean | undefined;
    readonly language?: string | undefined;
    readonly online?: boolean | undefined;
  };
  /**
   * What the readiness check before the call found, when the app gave its result: the verdict and each check's id,
   * status, reason and time. No details (device counts, URLs, error messages) are copied.
   */
  /**
   * The call's quality, when something read it (a quality session ran): each change of level with its time, MOS and
   * reasons, the lowest and median MOS at those changes, and the reasons seen most often.
   */
  readonly quality?:
    | {
        /** Each change, oldest first. */
        readonly changes: ReadonlyArray<{
          /** ISO time of the change. */
          readonly at: string;
          /** The new level. */
          readonly level: string;
          /** The MOS at that moment, one decimal. */
          readonly mos: number | undefined;
          /** Why, as `kind:direction`. */
          readonly reasons: readonly string[];
        }>;
        /** The lowest MOS at a change. */
        readonly minMos: number | undefined;
        /** The median MOS at the changes. */
        readonly medianMos: number | undefined;
        /** The reasons in the most changes (at most 3). */
        readonly worstReasons: readonly string[];
      }
    | undefined;
  /** What the readiness check before the call found (the provider's `readiness`), when it ran. */
  readonly readiness?:
    | {
        /** `ready`, `warnings`, `blocked` or `untested`. */
        readonly verdict: ReadinessResult['verdict'];
        /** ISO time the check finished. */
        readonly at: string | undefined;
        /** Milliseconds from start to verdict. */
        readonly ms: number;
        /** The checks that were not tested (`skipped`). */
        readonly untested: ReadinessResult['untested'];
        /** Each check's id, status, reason key and milliseconds, in report order. */
        readonly checks: ReadonlyArray<Pick<ReadinessResult['checks'][number], 'id' | 'status' | 'reason' | 'ms'>>;
      }
    | undefined;
}

/**
 * Input of `createSupportReport`.
 *
 * @public
 */
export interface SupportReportInput {
  /** The diagnostics snapshot (`diagnostics.getSnapshot()`). */
  readonly state: DiagnosticsState;
  /** The server call ID (`diagnostics.getServerCallId()`). */
  readonly serverCallId?: string | undefined;
  /** Defaults to `state.recurrence`. */
  readonly classification?: RecurrenceClassification | undefined;
  /** A relay probe's results (any shape; it is redacted like everything else). */
  readonly probe?: unknown;
  /** `@azure/communication-calling` version. */
  readonly sdkVersion?: string | undefined;
  /** Defaults to what `navigator` says; `false` leaves it out. */
  readonly environment?: SupportReport['environment'] | false | undefined;
  /** The app's extra redaction: strings (every occurrence) or RegExps. */
  readonly redact?: readonly RedactRule[] | undefined;
  /**
   * Keep personal data (ACS/Teams/phone ids, e-mail and IP addresses, ICE candidates) in the report. Default false:
   * the report carries the call, server call and participant IDs (secrets still removed) and nothing else personal.
   */
  readonly keepPersonalData?: boolean | undefined;
  /** Report time (epoch ms). Defaults to now. */
  readonly now?: number | undefined;
  /** The result of the readiness check run before the call (`createReadinessCheck`); summarized, never copied whole. */
  readonly readiness?: ReadinessResult | undefined;
  /** A quality session's log (`QualitySession.getLog()`), for the report's quality section. */
  readonly quality?: readonly { readonly at: number; readonly assessment: QualityAssessment }[] | undefined;
}

/** What a `CallDiagnostics` hands a report (`diagnostics.getReportInput()`). */
export type CallReportInput = Pick<
  SupportReportInput,
  'state' | 'serverCallId' | 'classification' | 'sdkVersion' | 'redact' | 'keepPersonalData'
>;

/**
 * A support report as data and as text. Both redacted.
 *
 * @public
 */
export interface SupportReportResult {
  /** The report as data (for a download or an API). */
  readonly json: SupportReport;
  /** The report as text (for a ticket or an e-mail). */
  readonly text: string;
}
