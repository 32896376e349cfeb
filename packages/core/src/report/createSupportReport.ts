import { formatCallEndCode, lookupCallEnd } from '../catalog/codes.js';
import { callEndMeaning } from '../catalog/meanings.js';
import type { DiagnosticsStore } from '../store/createDiagnosticsStore.js';
import type { DiagnosticsState } from '../store/state.js';
import { readEnvironment } from './environment.js';
import { qualityLines, qualitySection } from './qualitySection.js';
import { type RedactRule, redact, redactText } from './redact.js';
import type { CallReportInput, SupportReport, SupportReportInput, SupportReportResult } from './types.js';
import { KIT_VERSION } from './version.js';

export type { SupportReport, SupportReportInput, SupportReportResult };

/** The schema tag of {@link SupportReport}. */
const SUPPORT_REPORT_SCHEMA = 'call-diagnostics-report/v1';

function iso(at: number | undefined): string | undefined {
  return Number.isFinite(at) ? new Date(at as number).toISOString() : undefined;
}

/**
 * Renders a (redacted) report as plain text for a ticket or e-mail. The text is redacted again: secrets and the app's
 * rules everywhere, personal data everywhere but the call, server call and participant ID lines (unless
 * `keepPersonalData`).
 */
function formatSupportReportText(
  report: SupportReport,
  rules: readonly RedactRule[] | undefined,
  keepPersonalData: boolean,
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
  lines.push(...qualityLines(report.quality));
  if (report.probe !== undefined) {
    lines.push('', 'Relay probe:');
    // The probe was redacted to plain JSON data (no cycles, functions or bigints): it always prints.
    for (const line of JSON.stringify(report.probe, null, 2).split('\n')) lines.push(`  ${line}`);
  }
  return lines.map((line, i) => redactText(line, rules, keepPersonalData || ids.has(i))).join('\n');
}

function buildReport(input: SupportReportInput): SupportReportResult {
  const { state } = input;
  const rules = input.redact;
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
    ...(input.quality?.length ? { quality: qualitySection(input.quality) } : {}),
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
  const id = (report.call.callId ?? '').replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'call';
  const time = report.generatedAt.replace(/[:.]/g, '-');
  return `call-diagnostics-${id}-${time}.json`;
}

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
  from:
    | {
        getReportInput(): Pick<
          SupportReportInput,
          'state' | 'serverCallId' | 'classification' | 'sdkVersion' | 'redact' | 'keepPersonalData'
        >;
      }
    | Pick<DiagnosticsStore, 'getSnapshot'>
    | SupportReportInput,
  extra: Pick<SupportReportInput, 'probe' | 'environment' | 'now' | 'readiness' | 'keepPersonalData' | 'quality'> = {},
): SupportReportResult {
  const f = from as Partial<{ getReportInput(): CallReportInput; getSnapshot(): DiagnosticsState }>;
  if (typeof f.getReportInput === 'function') {
    const input = f.getReportInput();
    return buildReport({ ...extra, ...input, keepPersonalData: extra.keepPersonalData ?? input.keepPersonalData });
  }
  if (typeof f.getSnapshot === 'function') return buildReport({ ...extra, state: f.getSnapshot() });
  return buildReport({ ...(from as SupportReportInput), ...extra });
}
