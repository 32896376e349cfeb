import { formatCallEndCode, lookupCallEnd } from '../catalog/codes.js';
import { callEndMeaning } from '../catalog/meanings.js';
import type { CallDiagnostics } from '../createCallDiagnostics.js';
import type { RecurrenceClassification } from '../history/classifyRecurrence.js';
import type { ReadinessResult } from '../readiness/types.js';
import type { DiagnosticsStore } from '../store/createDiagnosticsStore.js';
import type { DiagnosticsState } from '../store/state.js';
import { readEnvironment } from './environment.js';
import { type RedactRule, redact, redactText } from './redact.js';
import { KIT_VERSION } from './version.js';

/** The schema tag of {@link SupportReport}. */
const SUPPORT_REPORT_SCHEMA = 'call-diagnostics-report/v1';

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
 * Input of {@link createSupportReport}.
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
}

/** What a `CallDiagnostics` hands a report (`diagnostics.getReportInput()`). */
type CallReportInput = Pick<
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

function iso(at: number | undefined): string | undefined {
  return typeof at === 'number' && Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/**
 * Renders a (redacted) report as plain text for a ticket or e-mail. The text is redacted again: secrets and the app's
 * rules everywhere, personal data everywhere but the call, server call and participant ID lines (unless
 * `keepPersonalData`).
 */
function formatSupportReportText(
  report: SupportReport,
  // Stryker disable next-line ArrayDeclaration: dead default, the one caller (buildReport) always passes the rules
  rules: readonly RedactRule[] = [],
  // Stryker disable next-line BooleanLiteral: dead default, the one caller (buildReport) always passes the flag
  keepPersonalData = false,
): string {
  const lines: string[] = ['Call diagnostics report', ''];
  const ids = new Set<number>();
  const add = (label: string, value: unknown, id?: boolean): void => {
    if (value !== undefined && value !== null && value !== '') {
      if (id) ids.add(lines.length);
      lines.push(`${label}: ${String(value)}`);
    }
  };
  add('Generated', report.generatedAt);
  add('Call ID', report.call.callId, true);
  add('Server call ID', report.call.serverCallId, true);
  add('Participant ID', report.call.participantId, true);
  add('Call state', report.call.state);
  add('First seen', report.call.firstSeenAt);
  add('Ended', report.call.endedAt);
  if (report.end) {
    add('End code', report.end.codeText || 'unknown');
    add('Meaning', report.end.meaning);
    add('Category', report.end.category);
  }
  add('Relay status', report.relay.status);
  add('Relays unreachable since', report.relay.unreachableSince);
  add('Relays recovered at', report.relay.recoveredAt);
  if (report.classification) {
    const c = report.classification;
    add(
      'Classification',
      `${c.kind} (${c.reason}; ${c.failures} of ${c.total} calls failed, ${c.consecutiveFailures} in a row)`,
    );
  }
  add('Kit version', report.kitVersion);
  add('SDK version', report.sdkVersion);
  add('Browser', report.environment.userAgent);
  add('Platform', report.environment.platform);
  if (report.environment.brands?.length) add('Brands', report.environment.brands.join(', '));
  add('Language', report.environment.language);
  if (report.timeline.length > 0) {
    lines.push('', 'Timeline:');
    for (const e of report.timeline) {
      lines.push(`  ${e.at ?? '?'}  ${e.kind}  ${e.name}${e.value === undefined ? '' : ` = ${String(e.value)}`}`);
    }
  }
  if (report.issues.length > 0) {
    lines.push('', 'Source issues:');
    for (const i of report.issues) lines.push(`  ${i.at ?? '?'}  ${i.reason}${i.detail ? `: ${i.detail}` : ''}`);
  }
  const r = report.readiness;
  if (r) {
    lines.push('', `Readiness check before the call: ${r.verdict} (${r.ms} ms, ${r.at ?? '?'})`);
    for (const c of r.checks) lines.push(`  ${c.id}: ${c.status} (${c.reason}, ${c.ms} ms)`);
    if (r.untested.length > 0) lines.push(`  Not tested: ${r.untested.join(', ')}`);
  }
  if (report.probe !== undefined) {
    lines.push('', 'Relay probe:');
    let probeText: string;
    try {
      probeText = JSON.stringify(report.probe, null, 2) ?? String(report.probe);
    } /* Stryker disable next-line BlockStatement: unreachable, the probe was redacted to plain JSON data */ catch {
      // Stryker disable next-line StringLiteral: unreachable, as above
      probeText = '(unprintable)';
    }
    for (const line of probeText.split('\n')) lines.push(`  ${line}`);
  }
  return lines.map((line, i) => redactText(line, rules, keepPersonalData || ids.has(i))).join('\n');
}

function buildReport(input: SupportReportInput): SupportReportResult {
  const { state } = input;
  // Stryker disable next-line ArrayDeclaration: ['Stryker was here'] as the default rules only shows on that very text
  const rules = input.redact ?? [];
  const ended = state.ended;
  const entry = ended ? lookupCallEnd(ended.code, ended.subCode) : undefined;
  const r = input.readiness;
  const raw: SupportReport = {
    schema: SUPPORT_REPORT_SCHEMA,
    generatedAt: iso(input.now ?? Date.now()) ?? new Date().toISOString(),
    kitVersion: KIT_VERSION,
    sdkVersion: input.sdkVersion,
    call: {
      callId: ended?.callId ?? state.call.id,
      serverCallId: input.serverCallId,
      participantId: state.call.participantId,
      state: state.call.state,
      source: state.call.source,
      firstSeenAt: iso(state.timeline[0]?.at),
      endedAt: iso(ended?.at),
    },
    end: ended
      ? {
          code: ended.code,
          subCode: ended.subCode,
          codeText: formatCallEndCode(ended.code, ended.subCode),
          meaning: ended.code === 0 ? 'The call ended normally.' : callEndMeaning(entry),
          category: entry?.category,
          key: entry?.key,
        }
      : undefined,
    relay: {
      status: state.relay.status,
      unreachableSince: iso(state.relay.unreachableSince),
      recoveredAt: iso(state.relay.recoveredAt),
      failedAt: iso(state.relay.failedAt),
      episode: state.relay.episode,
    },
    classification: input.classification ?? state.recurrence,
    timeline: state.timeline.map((e) => ({
      at: iso(e.at),
      kind: e.kind,
      name: e.name,
      ...(e.value === undefined ? {} : { value: e.value }),
    })),
    issues: state.issues.map((i) => ({ at: iso(i.at), reason: i.reason, ...(i.detail ? { detail: i.detail } : {}) })),
    probe: input.probe,
    environment: input.environment === false ? {} : (input.environment ?? readEnvironment()),
    readiness: r && {
      verdict: r.verdict,
      at: iso(r.finishedAt),
      ms: r.ms,
      untested: r.untested,
      checks: r.checks.map((c) => ({ id: c.id, status: c.status, reason: c.reason, ms: c.ms })),
    },
  };
  const keep = input.keepPersonalData === true;
  const redacted = redact(raw, rules, keep);
  // The IDs support looks a call up by stay whole (secrets and the app's rules still go); the end is the catalog's.
  const id = (s: string | undefined) => (s === undefined ? s : redactText(s, rules, true));
  const json: SupportReport = {
    ...redacted,
    call: {
      ...redacted.call,
      callId: id(raw.call.callId),
      serverCallId: id(raw.call.serverCallId),
      participantId: id(raw.call.participantId),
    },
    end: raw.end,
  };
  return { json, text: formatSupportReportText(json, rules, keep) };
}

/**
 * A file name for the downloaded report: `call-diagnostics-<call id>-<time>.json` (safe characters only).
 *
 * @public
 */
export function supportReportFileName(report: SupportReport): string {
  const id = (report.call.callId ?? 'call').replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'call';
  const time = report.generatedAt.replace(/[:.]/g, '-');
  return `call-diagnostics-${id}-${time}.json`;
}

/** What {@link createSupportReport} reads: a diagnostics object, a store, or the raw input. */

/**
 * Builds the support report (the one report builder): call ID, server call ID, participant ID, times, SDK and kit
 * versions, the timeline, the end code with its meaning, the transient/persistent classification, probe results,
 * the readiness check's summary, browser and OS.
 *
 * `from` is a `CallDiagnostics` (its snapshot, server call ID, SDK version and the app's `redact` rules), a store
 * (its snapshot only) or a {@link SupportReportInput}; `extra` adds probe results, the readiness result, the
 * environment and the time.
 *
 * Everything goes through {@link redact}: TURN credentials, tokens (JWTs, `Bearer …`, secret keys in objects and in
 * text forms), the app's `redact` rules and, unless `keepPersonalData`, personal data (ACS/Teams/phone ids, e-mail
 * and IP addresses, ICE candidates) never appear in `json` or `text`. The call, server call and participant IDs
 * are kept.
 * @public
 */
export function createSupportReport(
  from: Pick<CallDiagnostics, 'getReportInput'> | Pick<DiagnosticsStore, 'getSnapshot'> | SupportReportInput,
  extra: Pick<SupportReportInput, 'probe' | 'environment' | 'now' | 'readiness' | 'keepPersonalData'> = {},
): SupportReportResult {
  const f = from as Partial<{ getReportInput(): CallReportInput; getSnapshot(): DiagnosticsState }>;
  if (typeof f.getReportInput === 'function') {
    const input = f.getReportInput();
    return buildReport({ ...extra, ...input, keepPersonalData: extra.keepPersonalData ?? input.keepPersonalData });
  }
  if (typeof f.getSnapshot === 'function') return buildReport({ ...extra, state: f.getSnapshot() });
  return buildReport({ ...(from as SupportReportInput), ...extra });
}
