import type {
  CallDetails,
  FirewallProfile,
  ReadinessCheckId,
  ReadinessCheckResult,
  ReadinessResult,
} from '@call-diagnostics/core';
import type { RelayStatus } from '@call-diagnostics/core/internal';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';
import { formatAdminText } from '../../localization/format.js';
import { formatProbeAdminText } from '../../localization/formatProbe.js';
import type { ReadinessStrings } from '../../localization/readiness/en-US.js';
import { formatString } from '../../localization/strings.js';

function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/** A list of words joined with the locale's separator. */
function formatReadinessList(items: readonly string[], strings: ReadinessStrings): string {
  return items.join(strings.listSeparator);
}

/**
 * One check's reason as a sentence, its placeholders filled from the check's details: browser, version and platform
 * (environment), device counts (devices), working transports (relays), unreachable hosts as origins (signalling), the
 * count of recent 410/3112 ends (history). `main` gives the transport names (`UDP`, `TCP`, `TLS`).
 */
export function formatReadinessReason(
  check: ReadinessCheckResult,
  strings: ReadinessStrings,
  main: Pick<CallDiagnosticsStrings, 'probe'>,
): string {
  const template = strings.reasons[check.reason];
  const n = (value: number | undefined) =>
    value === undefined ? strings.unknown : formatNumber(value, strings.locale);
  const text = (value: string | undefined) => (value === undefined || value === '' ? strings.unknown : value);
  let values: Record<string, string> = {};
  switch (check.id) {
    case 'environment':
      values = {
        browser: text(check.details?.browser),
        browserVersion: text(check.details?.browserVersion),
        platform: text(check.details?.platform),
      };
      break;
    case 'devices':
      values = {
        microphones: n(check.details?.microphones),
        cameras: n(check.details?.cameras),
        speakers: n(check.details?.speakers),
      };
      break;
    case 'relays': {
      const summary = check.details?.summary;
      const working = summary?.working ?? [];
      values = {
        transports: working.length
          ? formatReadinessList(
              working.map((t) => main.probe.transports[t]),
              strings,
            )
          : strings.unknown,
      };
      break;
    }
    case 'signalling': {
      const hosts = (check.details?.endpoints ?? []).filter((e) => e.status !== 'reachable').map((e) => e.origin);
      values = { hosts: hosts.length ? formatReadinessList(hosts, strings) : strings.unknown };
      break;
    }
    case 'history':
      values = { count: n(check.details?.recentRelayFailures) };
      break;
  }
  return formatString(template, values);
}

/** "Not tested: Browser, Call service." for the checks a run skipped; undefined when it skipped none. */
export function formatReadinessUntested(
  untested: readonly ReadinessCheckId[],
  strings: ReadinessStrings,
): string | undefined {
  if (untested.length === 0) return undefined;
  return formatString(strings.untested, {
    checks: formatReadinessList(
      untested.map((id) => strings.checks[id]),
      strings,
    ),
  });
}

/** True when the run is `blocked` by the network: a relays or signalling check failed. */
export function isBlockedByNetwork(result: ReadinessResult | undefined): boolean {
  return (
    result?.verdict === 'blocked' &&
    result.checks.some((c) => (c.id === 'relays' || c.id === 'signalling') && c.status === 'fail')
  );
}

/**
 * The IT-admin text of a blocked run: the guidance panel's own text (`formatAdminText`: the firewall rules, NAT, VPN,
 * custom TURN; in the provider's locale, en-US outside one), the relay probe's lines when the relays were probed
 * (`formatProbeAdminText`: URLs and error codes, never credentials), and the check's findings (one reason per
 * failed or warning check).
 */
export function formatReadinessAdminText(
  result: ReadinessResult,
  strings: ReadinessStrings,
  main: CallDiagnosticsStrings,
  profile?: FirewallProfile,
): string {
  const relays = result.checks.find((c) => c.id === 'relays');
  const relayStatus: RelayStatus | undefined =
    relays?.status === 'pass' ? 'reachable' : relays?.status === 'fail' ? 'unreachable' : undefined;
  // Only what the check knows: no call exists yet. formatCallDetails leaves out the undefined lines.
  const details = {
    callId: undefined,
    participantId: undefined,
    code: undefined,
    at: result.finishedAt,
    relayStatus,
    unreachableSince: undefined,
  } as unknown as CallDetails;
  const parts = [formatAdminText(details, main, profile)];
  const probed = relays?.id === 'relays' ? relays.details : undefined;
  if (probed && probed.results.length > 0) parts.push(formatProbeAdminText(probed.results, probed.summary, main));
  const findings = result.checks
    .filter((c) => c.status === 'fail' || c.status === 'warn')
    .map((c) => `- ${strings.checks[c.id]}: ${formatReadinessReason(c, strings, main)}`);
  if (findings.length > 0) parts.push([strings.adminFindings, ...findings].join('\n'));
  return parts.join('\n\n');
}
