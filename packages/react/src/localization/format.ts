import { ACS_FIREWALL_PUBLIC, type CallDetails, type FirewallProfile, type FirewallRule } from '@call-diagnostics/core';
import { formatPorts } from '@call-diagnostics/core/internal';
import type { CallDiagnosticsStrings } from './en-US.js';
import { formatIsoTime } from './formatTime.js';
import { formatString } from './strings.js';

/** One firewall rule in words: `UDP 3478–3481 → 20.202.0.0/16 (media)`, localized. */
export function formatRule(rule: FirewallRule, strings: CallDiagnosticsStrings): string {
  return formatString(strings.panel.ruleLine, {
    protocol: rule.protocol,
    ports: formatPorts(rule.ports),
    destinations: [...rule.addressRanges, ...rule.domains].join(', '),
    purpose: strings.purpose[rule.purpose],
  });
}

/** The "Copy details" text: call ID, participant ID, codes, time. One `Label: value` line each. */
export function formatCallDetails(details: CallDetails, strings: CallDiagnosticsStrings): string {
  const d = strings.details;
  const lines: Array<[string, string | undefined]> = [
    [d.callId, details.callId],
    [d.participantId, details.participantId],
    [d.code, details.code],
    [d.time, formatIsoTime(details.at)],
    [d.relayStatus, details.relayStatus],
    [d.relaysUnreachableSince, formatIsoTime(details.unreachableSince)],
  ];
  return lines
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

/** The "copy for your IT admin" text: the firewall rules, NAT/VPN/custom TURN notes, and the call's details. */
export function formatAdminText(
  details: CallDetails,
  strings: CallDiagnosticsStrings,
  profile: FirewallProfile = ACS_FIREWALL_PUBLIC,
): string {
  const a = strings.panel.adminText;
  const rules = profile.rules.map((rule) => `- ${formatRule(rule, strings)}`);
  const detailsText = formatCallDetails(details, strings);
  return [
    a.heading,
    '',
    a.rulesHeading,
    ...rules,
    `- ${a.nat}`,
    `- ${a.vpn}`,
    `- ${a.customTurn}`,
    ...(detailsText ? ['', a.detailsHeading, detailsText] : []),
  ].join('\n');
}

export { formatIsoTime, formatTime } from './formatTime.js';
export { formatString };
