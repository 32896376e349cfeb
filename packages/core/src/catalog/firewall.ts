/**
 * The network requirements ACS media and signalling need, as data, so guidance UIs, reports and IT-admin text all
 * say the same thing. Source: ACS "Network recommendations" (network-requirements.md).
 */

/**
 * One firewall rule a network must allow.
 *
 * @public
 */
export interface FirewallRule {
  /** Stable key for localization (`firewall.rules.<key>`). */
  readonly key: string;
  /** `media` (relays, audio and video) or `signalling` (call setup, HTTPS). */
  readonly purpose: 'media' | 'signalling';
  /** The transport protocol. */
  readonly protocol: 'UDP' | 'TCP';
  /** Inclusive port range. */
  readonly ports: readonly [from: number, to: number];
  /** Address ranges (CIDR), when the destination is addressed by IP. */
  readonly addressRanges: readonly string[];
  /** Domain patterns, when the destination is addressed by name. */
  readonly domains: readonly string[];
}

/**
 * A cloud's set of rules.
 *
 * @public
 */
export interface FirewallProfile {
  /** The Azure cloud these rules are for. */
  readonly cloud: 'public';
  /** What the network must allow, media first. */
  readonly rules: readonly FirewallRule[];
}

/**
 * ACS public cloud requirements.
 *
 * @public
 */
export const ACS_FIREWALL_PUBLIC: FirewallProfile = {
  cloud: 'public',
  rules: [
    {
      key: 'mediaUdp',
      purpose: 'media',
      protocol: 'UDP',
      ports: [3478, 3481],
      addressRanges: ['20.202.0.0/16'],
      domains: [],
    },
    {
      key: 'mediaTcp',
      purpose: 'media',
      protocol: 'TCP',
      ports: [443, 443],
      addressRanges: ['20.202.0.0/16'],
      domains: [],
    },
    {
      key: 'signallingHttps',
      purpose: 'signalling',
      protocol: 'TCP',
      ports: [443, 443],
      addressRanges: [],
      domains: ['*.skype.com', '*.microsoft.com', '*.azure.net', '*.azure.com', '*.office.com'],
    },
    {
      key: 'signallingHttp',
      purpose: 'signalling',
      protocol: 'TCP',
      ports: [80, 80],
      addressRanges: [],
      domains: ['*.skype.com', '*.microsoft.com', '*.azure.net', '*.azure.com', '*.office.com'],
    },
  ],
};

/** Formats a port range: `3478–3481` or `443`. */
export function formatPorts(ports: readonly [number, number]): string {
  return ports[0] === ports[1] ? String(ports[0]) : `${ports[0]}–${ports[1]}`;
}

/** One line per rule, in plain text, for a message to an IT administrator (protocol, ports, destinations). */
export function describeFirewallRules(profile: FirewallProfile = ACS_FIREWALL_PUBLIC): string[] {
  return profile.rules.map(
    (rule) =>
      `${rule.protocol} ${formatPorts(rule.ports)} → ${[...rule.addressRanges, ...rule.domains].join(', ')} (${rule.purpose})`,
  );
}
