import type { RelayProbeResult, RelayProbeSummary, RelayTransport } from '@call-diagnostics/core';
import type { CallDiagnosticsStrings } from './en-US.js';
import { formatString } from './strings.js';

function list(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function transports(items: readonly RelayTransport[], strings: CallDiagnosticsStrings): string {
  return list(
    items.map((t) => strings.probe.transports[t]),
    strings.locale,
  );
}

/** The probe's verdict in plain words (`UDP is blocked, but TCP and TLS work: …`), localized. */
export function formatProbeVerdict(summary: RelayProbeSummary, strings: CallDiagnosticsStrings): string {
  return formatString(strings.probe.verdicts[summary.verdict], {
    working: transports(summary.working, strings),
    blocked: transports(summary.blocked, strings),
  });
}

/** One result in words: `TCP · turn:relay.example.com:443?transport=tcp: works (72 ms)`. Never credentials. */
export function formatProbeResult(result: RelayProbeResult, strings: CallDiagnosticsStrings): string {
  return formatString(strings.probe.resultLine, {
    transport: strings.probe.transports[result.transport],
    url: result.url,
    status: strings.probe.statuses[result.status],
    ms: result.ms,
  });
}

/** The probe's part of the IT-admin text: verdict and one line per URL (with error codes; never credentials). */
export function formatProbeAdminText(
  results: readonly RelayProbeResult[],
  summary: RelayProbeSummary | undefined,
  strings: CallDiagnosticsStrings,
): string {
  const p = strings.probe;
  const lines = results.map((result) =>
    formatString(p.adminLine, {
      transport: p.transports[result.transport],
      url: result.url,
      status: p.statuses[result.status],
      code: result.errorCode === undefined ? '' : formatString(p.adminCode, { code: result.errorCode }),
      ms: result.ms,
    }),
  );
  return [
    p.adminHeading,
    ...(summary ? [formatString(p.adminVerdict, { verdict: formatProbeVerdict(summary, strings) })] : []),
    ...lines,
  ].join('\n');
}
