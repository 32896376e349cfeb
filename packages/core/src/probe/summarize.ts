import type { RelayTransport } from './relayUrl.js';
import type { RelayProbeResult } from './types.js';

/**
 * The probe's conclusion.
 *
 * @public
 */
export interface RelayProbeSummary {
  /**
   * What the probe means for calls, as a key the UI maps to words:
   * - `all-reachable`: every tested relay URL works.
   * - `udp-blocked-tcp-works`: no UDP relay works but TCP or TLS does: media relays over TCP, quality may drop.
   * - `partly-reachable`: some URLs work (UDP among them), others do not.
   * - `auth-failed`: nothing works and a server rejected the credentials (401): the app's relay credentials are
   *   wrong or expired, not the network.
   * - `server-error`: nothing works and a server answered with another error.
   * - `all-blocked`: no relay can be reached over any transport: this is what ends ACS calls with 410/3112.
   * - `no-testable-servers`: nothing to test (no `turn:`/`turns:` URL, or only malformed or `stun:` ones).
   * - `no-webrtc`: this browser has no WebRTC.
   */
  readonly verdict:
    | 'all-reachable'
    | 'udp-blocked-tcp-works'
    | 'partly-reachable'
    | 'auth-failed'
    | 'server-error'
    | 'all-blocked'
    | 'no-testable-servers'
    | 'no-webrtc';
  /** Transports with at least one reachable relay URL (`udp`, `tcp`, `tls`, in that order). */
  readonly working: readonly RelayTransport[];
  /** Transports that were tested and have no reachable relay URL. */
  readonly blocked: readonly RelayTransport[];
  /** URLs actually tested (not `invalid-url` or `unsupported`). */
  readonly tested: number;
  /** URLs found reachable. */
  readonly reachable: number;
  /** Milliseconds the whole probe took. */
  readonly ms: number;
}

// Internal name (not exported from the package).
type RelayProbeVerdict = RelayProbeSummary['verdict'];

const ORDER: readonly RelayTransport[] = ['udp', 'tcp', 'tls'];

/** Derives the summary and verdict from probe results (pure; {@link probeRelays} calls it). */
export function summarizeRelayProbe(results: readonly RelayProbeResult[], ms = 0): RelayProbeSummary {
  const tested = results.filter((r) => r.status !== 'invalid-url' && r.status !== 'unsupported');
  const reachable = tested.filter((r) => r.status === 'reachable');
  const working = ORDER.filter((t) => reachable.some((r) => r.transport === t));
  const blocked = ORDER.filter((t) => !working.includes(t) && tested.some((r) => r.transport === t));
  let verdict: RelayProbeVerdict;
  if (tested.length === 0) {
    const noWebRtc = results.some((r) => r.status === 'unsupported' && /WebRTC/.test(r.errorText ?? ''));
    verdict = noWebRtc ? 'no-webrtc' : 'no-testable-servers';
  } else if (reachable.length === tested.length) {
    verdict = 'all-reachable';
  } else if (reachable.length > 0) {
    verdict = blocked.includes('udp') ? 'udp-blocked-tcp-works' : 'partly-reachable';
  } else if (tested.some((r) => r.status === 'auth-failed')) {
    verdict = 'auth-failed';
  } else if (tested.some((r) => r.status === 'server-error')) {
    verdict = 'server-error';
  } else {
    verdict = 'all-blocked';
  }
  return { verdict, working, blocked, tested: tested.length, reachable: reachable.length, ms };
}
