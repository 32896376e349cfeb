// summarizeRelayProbe: the counts, the transport lists and the verdict for each combination of results.
import { describe, expect, it } from 'vitest';
import { summarizeRelayProbe } from './summarize.js';
import type { RelayProbeResult } from './types.js';

describe('summarizeRelayProbe', () => {
  const r = (
    transport: RelayProbeResult['transport'],
    status: RelayProbeResult['status'],
    errorText?: string,
  ): RelayProbeResult => ({
    url: `turn:x?transport=${transport}`,
    transport,
    status,
    ms: 1,
    ...(errorText === undefined ? {} : { errorText }),
  });

  it('counts tested and reachable URLs; invalid and unsupported ones are not tested', () => {
    const summary = summarizeRelayProbe(
      [
        r('udp', 'invalid-url'),
        r('udp', 'unsupported'),
        r('udp', 'timeout'),
        r('tcp', 'reachable'),
        r('tcp', 'unreachable'),
        r('tls', 'auth-failed'),
        r('tls', 'server-error'),
      ],
      42,
    );
    expect(summary).toEqual({
      verdict: 'udp-blocked-tcp-works',
      working: ['tcp'],
      blocked: ['udp', 'tls'],
      tested: 5,
      reachable: 1,
      ms: 42,
    });
  });

  it('lists working and blocked transports in udp, tcp, tls order, whatever the input order', () => {
    expect(
      summarizeRelayProbe([r('tls', 'reachable'), r('udp', 'reachable'), r('tcp', 'reachable'), r('udp', 'timeout')]),
    ).toEqual({
      verdict: 'partly-reachable',
      working: ['udp', 'tcp', 'tls'],
      blocked: [],
      tested: 4,
      reachable: 3,
      ms: 0,
    });
    expect(summarizeRelayProbe([r('tls', 'timeout'), r('tcp', 'timeout'), r('udp', 'timeout')])).toMatchObject({
      verdict: 'all-blocked',
      working: [],
      blocked: ['udp', 'tcp', 'tls'],
    });
  });

  it.each([
    [[r('udp', 'reachable')], 'all-reachable'],
    [[r('udp', 'reachable'), r('tcp', 'invalid-url'), r('tls', 'unsupported')], 'all-reachable'],
    [[r('udp', 'timeout'), r('tcp', 'reachable')], 'udp-blocked-tcp-works'],
    [[r('udp', 'timeout'), r('tls', 'reachable')], 'udp-blocked-tcp-works'],
    [[r('udp', 'reachable'), r('udp', 'timeout')], 'partly-reachable'],
    [[r('tcp', 'reachable'), r('tls', 'timeout')], 'partly-reachable'],
    [[r('udp', 'reachable'), r('tcp', 'timeout')], 'partly-reachable'],
    [[r('udp', 'server-error'), r('tcp', 'auth-failed')], 'auth-failed'],
    [[r('udp', 'auth-failed'), r('tcp', 'server-error')], 'auth-failed'],
    [[r('udp', 'timeout'), r('tcp', 'server-error')], 'server-error'],
    [[r('udp', 'timeout'), r('tcp', 'unreachable')], 'all-blocked'],
    [[r('udp', 'unreachable')], 'all-blocked'],
    [[], 'no-testable-servers'],
    [[r('udp', 'unsupported')], 'no-testable-servers'],
    [[r('udp', 'unsupported', 'stun: URLs are not testable')], 'no-testable-servers'],
    [[r('udp', 'invalid-url', 'no WebRTC here')], 'no-testable-servers'],
    [[r('udp', 'unsupported', 'stun: only'), r('tcp', 'unsupported', 'This browser has no WebRTC')], 'no-webrtc'],
  ] as const)('%j → %s', (results, verdict) => {
    expect(summarizeRelayProbe(results).verdict).toBe(verdict);
  });
});
