// probeRelays against the kit's scriptable peer connection (`createFakeRelayPeerConnection`): each decision per URL,
// getStats(), starting gathering, the URLs decided without a peer connection, progress, timeouts and concurrency at
// their edges, abort, and credentials. The same probe against a real coturn in Chromium: probeRelays.browser.test.ts.
import {
  createFakeRelayPeerConnection,
  type FakeRelayCandidate,
  type FakeRelayEvent,
  type FakeRelayScript,
} from '@call-diagnostics/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { probeRelays, type RelayProbeOptions, type RelayProbeResult } from './probeRelays.js';

/** A fake browser that plays `scriptFor(url)` for each URL. */
const scripted = (scriptFor: (url: string) => Omit<FakeRelayScript, 'kind'> = () => ({})) =>
  createFakeRelayPeerConnection((url) => ({ kind: 'script', ...scriptFor(url) }));

/** An `icecandidate` event `afterMs` after gathering starts (`null`: gathering complete). */
const candidateAt = (afterMs: number, candidate: FakeRelayCandidate | null): FakeRelayEvent => ({
  afterMs,
  type: 'icecandidate',
  candidate,
});
/** An `icecandidateerror` event `afterMs` after gathering starts, with exactly these properties. */
const errorAt = (
  afterMs: number,
  properties: { errorCode?: unknown; errorText?: unknown; url?: string; address?: string | null; port?: number | null },
): FakeRelayEvent => ({
  afterMs,
  type: 'icecandidateerror',
  ...properties,
});
const relay = (extra: FakeRelayCandidate = {}): FakeRelayCandidate => ({ type: 'relay', ...extra });
/** A stats report holding one relay local-candidate with this protocol. */
const relayStats = (relayProtocol: unknown) => [{ type: 'local-candidate', candidateType: 'relay', relayProtocol }];

const SECRET_USER = 'planted-user-7f3a';
const SECRET_PASS = 'planted-pass-9c1d';
const QUERY_SECRET = 'query-only-5e2b';
const server = (urls: string | string[]) => ({ urls, username: SECRET_USER, credential: SECRET_PASS });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function settle<T>(promise: Promise<T>, ms = 20_000): Promise<T> {
  await vi.advanceTimersByTimeAsync(ms);
  return promise;
}

const probe = (urls: string | string[], options: RelayProbeOptions, extra: object = {}) =>
  settle(probeRelays([{ urls, ...extra }], { now: Date.now, ...options }));

describe('probeRelays: the decision per URL', () => {
  it('a relay candidate is reachable: decided at once, the peer connection closed and unsubscribed', async () => {
    const fake = scripted(() => ({
      events: [
        candidateAt(80, { type: 'host', candidate: 'candidate:1 1 udp 1 10.0.0.1 9 typ host' }),
        candidateAt(80, relay({ candidate: 'candidate:2 1 udp 1 192.0.2.1 50000 typ relay', relayProtocol: 'tcp' })),
      ],
    }));
    const promise = probeRelays([server('turn:relay.example.com:443?transport=tcp')], {
      RTCPeerConnection: fake.RTCPeerConnection,
      now: Date.now,
    });
    await vi.advanceTimersByTimeAsync(100);
    const report = await promise;
    expect(report.results).toEqual([
      {
        url: 'turn:relay.example.com:443?transport=tcp',
        transport: 'tcp',
        status: 'reachable',
        relayProtocol: 'tcp',
        ms: 80,
      },
    ]);
    expect(report.summary).toMatchObject({ verdict: 'all-reachable', working: ['tcp'], tested: 1, reachable: 1 });
    expect(fake.instances).toHaveLength(1);
    expect(fake.instances[0]).toMatchObject({ closed: true, listeners: 0, dataChannels: ['relay-probe'] });
    expect(fake.instances[0]?.configuration).toEqual({
      iceServers: [
        { urls: 'turn:relay.example.com:443?transport=tcp', username: SECRET_USER, credential: SECRET_PASS },
      ],
      iceTransportPolicy: 'relay',
      iceCandidatePoolSize: 0,
    });
  });

  it('host and srflx candidates are read and skipped; "typ relay" inside the line is a relay candidate', async () => {
    const fake = scripted((url) => ({
      events: [
        candidateAt(10, { type: 'host' }),
        candidateAt(20, { candidate: 'candidate:1 1 udp 1 h 9 typ srflx' }),
        url.includes('line')
          ? candidateAt(30, { candidate: 'c 1 udp 1 h 9 typ relay raddr' })
          : candidateAt(40, relay({ relayProtocol: 'tcp' })),
      ],
    }));
    const report = await probe(['turn:type.example', 'turn:line.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
    });
    expect(report.results).toEqual([
      { url: 'turn:type.example', transport: 'udp', status: 'reachable', relayProtocol: 'tcp', ms: 40 },
      { url: 'turn:line.example', transport: 'udp', status: 'reachable', ms: 30 },
    ]);
  });

  it('a candidate with a null type falls back to the line; with neither, it is ignored until the timeout', async () => {
    const fake = scripted((url) => ({
      events: [candidateAt(5, url.includes('null') ? { type: null, candidate: 'x typ relay' } : {})],
    }));
    const report = await probe(['turn:null.example', 'turn:none.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 100,
    });
    expect(report.results.map((r) => [r.status, r.ms])).toEqual([
      ['reachable', 5],
      ['timeout', 100],
    ]);
    expect(report.results[1]?.errorText).toBe('No answer within 100 ms.');
  });

  it('gathering complete without a relay candidate: unreachable, or server-error with the first soft error', async () => {
    const fake = scripted((url) => ({
      events: [
        ...(url.includes('soft')
          ? [
              errorAt(5, { errorCode: 486, errorText: 'Quota' }),
              errorAt(6, { errorCode: 508, errorText: 'Insufficient' }),
            ]
          : []),
        candidateAt(10, null),
      ],
    }));
    const report = await probe(['turn:plain.example', 'turn:soft.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
    });
    expect(report.results).toEqual([
      {
        url: 'turn:plain.example',
        transport: 'udp',
        status: 'unreachable',
        errorText: 'Gathering ended without a relay candidate.',
        ms: 10,
      },
      {
        url: 'turn:soft.example',
        transport: 'udp',
        status: 'server-error',
        errorCode: 486,
        errorText: 'Quota',
        ms: 10,
      },
    ]);
    expect(fake.instances).toHaveLength(2);
    expect(fake.openCount()).toBe(0);
    expect(fake.instances.map((i) => i.listeners)).toEqual([0, 0]);
  });

  it('401 is auth-failed, decided at once; a 701 is unreachable once gathering ends right after it', async () => {
    const fake = scripted((url) => ({
      events: url.includes('3478')
        ? [errorAt(120, { errorCode: 701, errorText: 'TURN host lookup received error.' }), candidateAt(120, null)]
        : [errorAt(90, { errorCode: 401, errorText: 'Unauthorized' })],
    }));
    const promise = probeRelays([server(['turn:a.example:3478', 'turn:a.example:443?transport=tcp'])], {
      RTCPeerConnection: fake.RTCPeerConnection,
      now: Date.now,
    });
    await vi.advanceTimersByTimeAsync(130);
    const report = await promise;
    expect(report.results).toEqual([
      {
        url: 'turn:a.example:3478',
        transport: 'udp',
        status: 'unreachable',
        errorCode: 701,
        errorText: 'TURN host lookup received error.',
        ms: 120,
      },
      {
        url: 'turn:a.example:443?transport=tcp',
        transport: 'tcp',
        status: 'auth-failed',
        errorCode: 401,
        errorText: 'Unauthorized',
        ms: 90,
      },
    ]);
    expect(report.summary.verdict).toBe('auth-failed');
    expect(fake.instances).toHaveLength(2);
    expect(fake.instances.map((i) => [i.closed, i.listeners])).toEqual([
      [true, 0],
      [true, 0],
    ]);
  });

  it('error codes: 300 and 699 are soft errors, 299 and 700 are ignored, 401 decides at once, 701 at the end', async () => {
    const code = (url: string) => Number(/c(\d+)/.exec(url)?.[1]);
    const fake = scripted((url) => ({
      events: [errorAt(7, { errorCode: code(url), errorText: `text ${code(url)}` })],
    }));
    const urls = [299, 300, 699, 700, 701, 401].map((c) => `turn:c${c}.example`);
    const report = await probe(urls, { RTCPeerConnection: fake.RTCPeerConnection, timeoutMs: 200 });
    expect(report.results.map((r) => [r.status, r.errorCode, r.errorText, r.ms])).toEqual([
      ['timeout', undefined, 'No answer within 200 ms.', 200],
      ['server-error', 300, 'text 300', 200],
      ['server-error', 699, 'text 699', 200],
      ['timeout', undefined, 'No answer within 200 ms.', 200],
      ['unreachable', 701, 'text 701', 200],
      ['auth-failed', 401, 'text 401', 7],
    ]);
  });

  it('an error code given as a string is read as a number; a missing or empty text becomes "error <code>"', async () => {
    const events: Record<string, { errorCode?: unknown; errorText?: unknown }> = {
      a: { errorCode: '701', errorText: '' },
      b: { errorCode: 401 },
      c: { errorCode: 'x', errorText: 'not a code' },
      d: { errorCode: 701, errorText: 42 },
    };
    const fake = scripted((url) => ({ events: [errorAt(3, events[/turn:(\w)/.exec(url)?.[1] as string] ?? {})] }));
    const report = await probe(['turn:a.example', 'turn:b.example', 'turn:c.example', 'turn:d.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 50,
    });
    expect(report.results.map((r) => [r.status, r.errorCode, r.errorText])).toEqual([
      ['unreachable', 701, 'error 701'],
      ['auth-failed', 401, 'error 401'],
      ['timeout', undefined, 'No answer within 50 ms.'],
      ['unreachable', 701, 'error 701'],
    ]);
  });

  it('a soft error then a candidate is reachable; the timeout after a soft error is server-error', async () => {
    const fake = scripted((url) => ({
      events: [
        errorAt(5, { errorCode: 437, errorText: 'Mismatch' }),
        ...(url.includes('wins') ? [candidateAt(20, relay({ relayProtocol: 'udp' }))] : []),
      ],
    }));
    const report = await probe(['turn:wins.example', 'turn:late.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 300,
    });
    expect(report.results).toEqual([
      { url: 'turn:wins.example', transport: 'udp', status: 'reachable', relayProtocol: 'udp', ms: 20 },
      {
        url: 'turn:late.example',
        transport: 'udp',
        status: 'server-error',
        errorCode: 437,
        errorText: 'Mismatch',
        ms: 300,
      },
    ]);
  });

  it('the first decision wins: later events, the timer and a second candidate change nothing', async () => {
    const onResult = vi.fn();
    const fake = scripted(() => ({
      events: [
        errorAt(5, { errorCode: 401, errorText: 'Unauthorized' }),
        candidateAt(6, relay({ relayProtocol: 'udp' })),
        errorAt(7, { errorCode: 701, errorText: 'x' }),
      ],
    }));
    const report = await probe('turn:a.example', {
      RTCPeerConnection: fake.RTCPeerConnection,
      onResult,
      timeoutMs: 100,
    });
    expect(report.results).toEqual([
      {
        url: 'turn:a.example',
        transport: 'udp',
        status: 'auth-failed',
        errorCode: 401,
        errorText: 'Unauthorized',
        ms: 5,
      },
    ]);
    expect(onResult).toHaveBeenCalledOnce();
  });

  it('a silent URL (UDP dropped) ends exactly at its timeout', async () => {
    const fake = scripted((url) => ({ events: url.includes('silent') ? [] : [candidateAt(30, null)] }));
    const promise = probeRelays([server(['turn:silent.example', 'turn:done.example'])], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 2000,
      now: Date.now,
    });
    await vi.advanceTimersByTimeAsync(1999);
    let settled = false;
    void promise.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const report = await promise;
    expect(report.results[0]).toMatchObject({ status: 'timeout', ms: 2000 });
    expect(report.results[1]).toMatchObject({ status: 'unreachable', ms: 30 });
    expect(report.summary).toMatchObject({ verdict: 'all-blocked', working: [], blocked: ['udp'] });
    expect(fake.instances).toHaveLength(2);
    expect(fake.openCount()).toBe(0);
  });
});

describe("probeRelays: the browser's own errors are not the server's answer (Chromium, per network interface)", () => {
  // The events as Chromium raises them: per network interface (`address` masked), for the TURN URL and for the STUN
  // binding it also tries at the same address (`url` stun:…). 600 and 701 with these texts come from the browser itself.
  const FAMILY = 'IP address family does not match.';
  const INTERFACE = 'Address not associated with the desired network interface.';
  const TURN_LOOKUP = 'TURN host lookup received error.';
  const STUN_LOOKUP = 'STUN host lookup received error.';
  const v4 = { address: '0.0.0.x', port: 50083 };
  const v6 = { address: '[0:0:0:x:x:x:x:x]', port: 38716 };
  const turnUrl = 'turn:relay.example:3478?transport=udp';

  it('a local 600 then silence is unreachable at the timeout (never server-error: nothing answered)', async () => {
    const fake = scripted((url) => ({
      events: [
        errorAt(5, { errorCode: 600, errorText: url.includes('family') ? FAMILY : INTERFACE, url: turnUrl, ...v6 }),
      ],
    }));
    const report = await probe(['turn:family.example', 'turn:interface.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 300,
    });
    expect(report.results.map((r) => [r.status, r.errorCode, r.errorText, r.ms])).toEqual([
      ['unreachable', 600, FAMILY, 300],
      ['unreachable', 600, INTERFACE, 300],
    ]);
    expect(report.summary.verdict).toBe('all-blocked');
  });

  it('a 701 on one interface, then a relay candidate on another: reachable', async () => {
    const fake = scripted(() => ({
      events: [
        errorAt(17, { errorCode: 701, errorText: TURN_LOOKUP, url: turnUrl, ...v6 }),
        candidateAt(75, relay({ relayProtocol: 'udp', address: '192.0.2.10' })),
        candidateAt(130, null),
      ],
    }));
    const report = await probe('turn:relay.example:3478', { RTCPeerConnection: fake.RTCPeerConnection });
    expect(report.results).toEqual([
      { url: 'turn:relay.example:3478', transport: 'udp', status: 'reachable', relayProtocol: 'udp', ms: 75 },
    ]);
  });

  it('701 on every interface (STUN and TURN lookups): unreachable once gathering ends, with the TURN error', async () => {
    const fake = scripted(() => ({
      events: [
        errorAt(16, { errorCode: 701, errorText: STUN_LOOKUP, url: 'stun:nowhere.example:3478', ...v4 }),
        errorAt(16, { errorCode: 701, errorText: STUN_LOOKUP, url: 'stun:nowhere.example:3478', ...v6 }),
        errorAt(78, { errorCode: 701, errorText: TURN_LOOKUP, url: turnUrl, ...v4 }),
        errorAt(78, { errorCode: 701, errorText: TURN_LOOKUP, url: turnUrl, ...v6 }),
        candidateAt(137, null),
      ],
    }));
    const report = await probe('turn:nowhere.example:3478', { RTCPeerConnection: fake.RTCPeerConnection });
    expect(report.results).toEqual([
      {
        url: 'turn:nowhere.example:3478',
        transport: 'udp',
        status: 'unreachable',
        errorCode: 701,
        errorText: TURN_LOOKUP,
        ms: 137,
      },
    ]);
  });

  it('a 701 then silence is unreachable at the timeout; a STUN binding error alone says nothing about the relay', async () => {
    const fake = scripted((url) => ({
      events: url.includes('stun')
        ? [errorAt(16, { errorCode: 701, errorText: STUN_LOOKUP, url: 'stun:stun.example:3478', ...v4 })]
        : [errorAt(16, { errorCode: 701, errorText: 'Failed to establish connection', address: null, port: null })],
    }));
    const report = await probe(['turn:tcp.example?transport=tcp', 'turn:stun.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 200,
    });
    expect(report.results.map((r) => [r.status, r.errorCode, r.errorText, r.ms])).toEqual([
      ['unreachable', 701, 'Failed to establish connection', 200],
      ['timeout', undefined, 'No answer within 200 ms.', 200],
    ]);
  });

  it("only a 600 carries the browser's texts: another code with such a text is still the server's", async () => {
    const fake = scripted(() => ({
      events: [errorAt(5, { errorCode: 486, errorText: FAMILY, url: turnUrl, ...v4 }), candidateAt(9, null)],
    }));
    const report = await probe('turn:quota.example', { RTCPeerConnection: fake.RTCPeerConnection });
    expect(report.results.map((r) => [r.status, r.errorCode])).toEqual([['server-error', 486]]);
  });

  it("the server's own answers stay answers: a 600 with its own text, or a 438, is server-error", async () => {
    const fake = scripted((url) => ({
      events: [
        errorAt(5, { errorCode: 701, errorText: TURN_LOOKUP, url: turnUrl, ...v6 }),
        url.includes('global')
          ? errorAt(9, { errorCode: 600, errorText: 'Global Failure', url: turnUrl, ...v4 })
          : errorAt(9, { errorCode: 438, errorText: 'Stale Nonce', url: turnUrl, ...v4 }),
        candidateAt(20, null),
      ],
    }));
    const report = await probe(['turn:global.example', 'turn:nonce.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
    });
    expect(report.results.map((r) => [r.status, r.errorCode, r.errorText, r.ms])).toEqual([
      ['server-error', 600, 'Global Failure', 20],
      ['server-error', 438, 'Stale Nonce', 20],
    ]);
  });
});

describe('probeRelays: relayProtocol from getStats()', () => {
  it('only a relay local-candidate with a string relayProtocol counts, and the first one wins', async () => {
    const fake = scripted(() => ({
      events: [candidateAt(4, relay())],
      stats: [
        { type: 'remote-candidate', candidateType: 'relay', relayProtocol: 'x1' },
        { type: 'local-candidate', candidateType: 'host', relayProtocol: 'x2' },
        { type: 'local-candidate', candidateType: 'relay', relayProtocol: 7 },
        { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tcp' },
        { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tls' },
      ],
    }));
    const report = await probe('turn:a.example', { RTCPeerConnection: fake.RTCPeerConnection });
    expect(report.results[0]).toEqual({
      url: 'turn:a.example',
      transport: 'udp',
      status: 'reachable',
      relayProtocol: 'tcp',
      ms: 4,
    });
  });

  it('stats without a relay candidate, rejected stats or no getStats(): reachable without relayProtocol', async () => {
    const stats: Record<string, FakeRelayScript['stats']> = {
      none: [{ type: 'local-candidate', candidateType: 'relay' }],
      reject: () => Promise.reject(new Error('stats failed')),
      null: () => Promise.resolve(undefined),
      missing: 'missing',
    };
    const fake = scripted((url) => ({
      events: [candidateAt(4, relay({ relayProtocol: null }))],
      stats: stats[/turn:(\w+)/.exec(url)?.[1] as string],
    }));
    const report = await probe(
      ['turn:none.example', 'turn:reject.example', 'turn:null.example', 'turn:missing.example'],
      { RTCPeerConnection: fake.RTCPeerConnection },
    );
    for (const result of report.results) {
      expect(result).toStrictEqual({ url: result.url, transport: 'udp', status: 'reachable', ms: 4 });
    }
    expect(fake.instances).toHaveLength(4);
    expect(fake.openCount()).toBe(0);
  });

  it('waits 250 ms for getStats(), then reports without relayProtocol; the peer connection stays open meanwhile', async () => {
    const fake = scripted((url) => ({
      events: [candidateAt(10, relay())],
      stats: () =>
        new Promise((resolve) => setTimeout(() => resolve(relayStats('udp')), url.includes('slow') ? 251 : 249)),
    }));
    const promise = probeRelays([{ urls: ['turn:quick.example', 'turn:slow.example'] }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      now: Date.now,
    });
    await vi.advanceTimersByTimeAsync(10 + 248);
    expect(fake.instances.map((i) => i.closed)).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.instances.map((i) => i.closed)).toEqual([true, false]);
    // Left: the slow URL's getStats() (fake), its 250 ms wait and its budget; the quick one's wait is cleared.
    expect(vi.getTimerCount()).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.instances.map((i) => i.closed)).toEqual([true, true]);
    const report = await promise;
    expect(report.results.map((r) => [r.relayProtocol, r.ms])).toEqual([
      ['udp', 10],
      [undefined, 10],
    ]);
    expect(vi.getTimerCount()).toBe(1); // the slow getStats() of the fake itself, nothing of the probe
  });

  it('a relay candidate is the decision even when an error comes while getStats() is read', async () => {
    const fake = scripted(() => ({
      events: [candidateAt(5, relay()), errorAt(10, { errorCode: 701, errorText: 'late' })],
      stats: () => new Promise((resolve) => setTimeout(() => resolve(relayStats('tcp')), 50)),
    }));
    const report = await probe('turn:a.example', { RTCPeerConnection: fake.RTCPeerConnection });
    expect(report.results).toEqual([
      { url: 'turn:a.example', transport: 'udp', status: 'reachable', relayProtocol: 'tcp', ms: 5 },
    ]);
  });

  it('a relayProtocol on the candidate skips getStats()', async () => {
    const getStats = vi.fn(() => Promise.resolve(relayStats('udp')));
    const fake = scripted(() => ({ events: [candidateAt(4, relay({ relayProtocol: 'tls' }))], stats: getStats }));
    const report = await probe('turns:a.example', { RTCPeerConnection: fake.RTCPeerConnection });
    expect(report.results[0]).toMatchObject({ relayProtocol: 'tls', transport: 'tls' });
    expect(getStats).not.toHaveBeenCalled();
  });

  it('a relayProtocol on the candidate that is not a string, or empty, is ignored: getStats() says', async () => {
    const fake = scripted((url) => ({
      events: [candidateAt(4, relay({ relayProtocol: url.includes('empty') ? '' : 7 }))],
      stats: relayStats('tls'),
    }));
    const report = await probe(['turns:number.example', 'turns:empty.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
    });
    expect(report.results.map((r) => [r.status, r.relayProtocol])).toEqual([
      ['reachable', 'tls'],
      ['reachable', 'tls'],
    ]);
  });

  it('an abort while getStats() is pending closes the peer connection at once and rejects', async () => {
    const fake = scripted(() => ({ events: [candidateAt(4, relay())], stats: () => new Promise(() => {}) }));
    const controller = new AbortController();
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      signal: controller.signal,
    });
    const rejected = expect(promise).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The relay probe was cancelled.',
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.instances[0]?.closed).toBe(false);
    let settled = false;
    promise.catch(() => {
      settled = true;
    });
    controller.abort();
    expect(fake.instances[0]?.closed).toBe(true);
    // Rejected at once, not when the 250 ms wait for getStats() ends.
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    await rejected;
  });

  it('only a relay candidate asks getStats(); errors, timeouts and an empty gathering do not', async () => {
    const getStats = vi.fn(() => Promise.resolve(relayStats('tcp')));
    const events: Record<string, FakeRelayEvent[]> = {
      e701: [errorAt(3, { errorCode: 701, errorText: 'x' })],
      e401: [errorAt(3, { errorCode: 401, errorText: 'x' })],
      done: [candidateAt(3, null)],
      soft: [errorAt(3, { errorCode: 486, errorText: 'x' })],
      silent: [],
    };
    const fake = scripted((url) => ({ stats: getStats, events: events[/turn:(\w+)/.exec(url)?.[1] as string] }));
    const report = await probe(
      ['turn:e701.example', 'turn:e401.example', 'turn:done.example', 'turn:soft.example', 'turn:silent.example'],
      { RTCPeerConnection: fake.RTCPeerConnection, timeoutMs: 50 },
    );
    expect(report.results.map((r) => r.status)).toEqual([
      'unreachable',
      'auth-failed',
      'unreachable',
      'server-error',
      'timeout',
    ]);
    for (const result of report.results) expect('relayProtocol' in result).toBe(false);
    expect(getStats).not.toHaveBeenCalled();
  });
});

describe('probeRelays: starting a peer connection', () => {
  it('opens one data channel named relay-probe, then sets one local description', async () => {
    const fake = scripted();
    await probe('turn:a.example', { RTCPeerConnection: fake.RTCPeerConnection, timeoutMs: 10 });
    expect(fake.instances.map((i) => [i.dataChannels, i.localDescriptions])).toEqual([[['relay-probe'], 1]]);
  });

  it('gives the browser one server: the trimmed URL, username and credential only when they are strings', async () => {
    const fake = scripted();
    await settle(
      probeRelays(
        [
          { urls: '  turn:a.example  ', username: 'user-1', credential: 'cred-1' },
          { urls: 'turn:b.example', username: 5 as never, credential: undefined },
          { urls: 'turn:c.example', credential: 'only-cred' },
        ],
        { RTCPeerConnection: fake.RTCPeerConnection, timeoutMs: 10 },
      ),
    );
    expect(fake.instances.map((i) => i.configuration)).toStrictEqual([
      {
        iceServers: [{ urls: 'turn:a.example', username: 'user-1', credential: 'cred-1' }],
        iceTransportPolicy: 'relay',
        iceCandidatePoolSize: 0,
      },
      { iceServers: [{ urls: 'turn:b.example' }], iceTransportPolicy: 'relay', iceCandidatePoolSize: 0 },
      {
        iceServers: [{ urls: 'turn:c.example', credential: 'only-cred' }],
        iceTransportPolicy: 'relay',
        iceCandidatePoolSize: 0,
      },
    ]);
  });

  it('a constructor error: SyntaxError, InvalidAccessError and TypeError are invalid-url, anything else unsupported', async () => {
    const thrown: Record<string, unknown> = {
      syntax: Object.assign(new Error('bad url'), { name: 'SyntaxError' }),
      access: Object.assign(new Error('bad access'), { name: 'InvalidAccessError' }),
      type: new TypeError('bad type'),
      other: Object.assign(new Error('no'), { name: 'NotSupportedError' }),
      plain: 'a string thrown',
      // Only an Error's name counts: an object that merely looks like one is not a refusal of the URL.
      lookalike: { name: 'SyntaxError', message: 'not an Error' },
    };
    const fake = scripted((url) => ({ fail: { construct: thrown[/turn:(\w+)/.exec(url)?.[1] as string] } }));
    const report = await probe(
      Object.keys(thrown).map((k) => `turn:${k}.example`),
      { RTCPeerConnection: fake.RTCPeerConnection },
    );
    expect(report.results).toEqual([
      { url: 'turn:syntax.example', transport: 'udp', status: 'invalid-url', errorText: 'SyntaxError: bad url', ms: 0 },
      {
        url: 'turn:access.example',
        transport: 'udp',
        status: 'invalid-url',
        errorText: 'InvalidAccessError: bad access',
        ms: 0,
      },
      { url: 'turn:type.example', transport: 'udp', status: 'invalid-url', errorText: 'TypeError: bad type', ms: 0 },
      { url: 'turn:other.example', transport: 'udp', status: 'unsupported', errorText: 'NotSupportedError: no', ms: 0 },
      { url: 'turn:plain.example', transport: 'udp', status: 'unsupported', errorText: 'a string thrown', ms: 0 },
      { url: 'turn:lookalike.example', transport: 'udp', status: 'unsupported', errorText: '[object Object]', ms: 0 },
    ]);
    expect(report.summary).toMatchObject({ verdict: 'no-testable-servers', tested: 0 });
    expect(fake.instances).toHaveLength(0);
  });

  it('gathering that cannot start is unsupported, and the peer connection is closed', async () => {
    const fail: Record<string, FakeRelayScript['fail']> = {
      channel: { createDataChannel: new Error('no channels') },
      offer: { createOffer: Object.assign(new Error('no offer'), { name: 'InvalidStateError' }) },
      local: { setLocalDescription: 'refused' },
    };
    const fake = scripted((url) => ({ fail: fail[/turn:(\w+)/.exec(url)?.[1] as string] }));
    const report = await probe(['turn:channel.example', 'turn:offer.example', 'turn:local.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
    });
    expect(report.results.map((r) => [r.status, r.errorText, r.ms])).toEqual([
      ['unsupported', 'Could not start ICE gathering: Error: no channels', 0],
      ['unsupported', 'Could not start ICE gathering: InvalidStateError: no offer', 0],
      ['unsupported', 'Could not start ICE gathering: refused', 0],
    ]);
    expect(fake.instances).toHaveLength(3);
    expect(fake.openCount()).toBe(0);
    expect(fake.instances.map((i) => i.listeners)).toEqual([0, 0, 0]);
  });

  it('an offer that arrives after the decision is not set as the local description', async () => {
    let resolveOffer!: (offer: RTCSessionDescriptionInit) => void;
    const fake = scripted(() => ({
      createOffer: () =>
        new Promise((resolve) => {
          resolveOffer = resolve;
        }),
    }));
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      timeoutMs: 50,
    });
    await vi.advanceTimersByTimeAsync(60);
    const report = await promise;
    expect(report.results[0]?.status).toBe('timeout');
    resolveOffer({ type: 'offer', sdp: '' });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.instances[0]?.localDescriptions).toBe(0);
  });

  it('close() and removeEventListener() that throw are ignored', async () => {
    const fake = scripted(() => ({
      events: [candidateAt(3, relay({ relayProtocol: 'udp' }))],
      fail: { close: new Error('close failed'), removeEventListener: new Error('remove failed') },
    }));
    const report = await probe(['turn:a.example', 'turn:b.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      concurrency: 1,
    });
    expect(report.results.map((r) => r.status)).toEqual(['reachable', 'reachable']);
  });
});

describe('probeRelays: URLs decided without a peer connection', () => {
  it('malformed URLs are invalid-url, browser-refused URLs too, and stun: is unsupported', async () => {
    const fake = createFakeRelayPeerConnection((url) =>
      url.includes('refused')
        ? { kind: 'script', fail: { construct: new SyntaxError(`Failed to construct: '${url}' is invalid`) } }
        : { kind: 'reachable', afterMs: 5 },
    );
    const report = await settle(
      probeRelays(
        [
          server([
            'turn:',
            'stun:stun.example:3478',
            'turn:refused.example',
            `turn:${SECRET_USER}:${SECRET_PASS}@h.example`,
          ]),
          server('turn:ok.example'),
        ],
        { RTCPeerConnection: fake.RTCPeerConnection },
      ),
    );
    expect(report.results.map((r) => r.status)).toEqual([
      'invalid-url',
      'unsupported',
      'invalid-url',
      'invalid-url',
      'reachable',
    ]);
    expect(report.results[3]?.url).toBe('turn:h.example');
    expect(report.summary).toMatchObject({ verdict: 'all-reachable', tested: 1 });
  });

  it('a null or non-object server entry, and a non-string URL, are invalid-url', async () => {
    const fake = scripted();
    const report = await settle(
      probeRelays([null as never, 'turn:x' as never, { urls: [42 as never, 'turn:ok.example'] }], {
        RTCPeerConnection: fake.RTCPeerConnection,
        timeoutMs: 10,
        now: Date.now,
      }),
    );
    expect(report.results.map((r) => [r.url, r.transport, r.status, r.errorText, r.ms])).toEqual([
      ['(not a string)', 'udp', 'invalid-url', 'The URL is not a string.', 0],
      ['(not a string)', 'udp', 'invalid-url', 'The URL is not a string.', 0],
      ['(not a string)', 'udp', 'invalid-url', 'The URL is not a string.', 0],
      ['turn:ok.example', 'udp', 'timeout', 'No answer within 10 ms.', 10],
    ]);
    expect(fake.instances.map((i) => i.url)).toEqual(['turn:ok.example']);
  });

  it('iceServers that is not an array (null, an object) probes nothing', async () => {
    for (const servers of [null, undefined, { urls: 'turn:a.example' }]) {
      const report = await probeRelays(servers as never, { RTCPeerConnection: scripted().RTCPeerConnection });
      expect(report.results).toEqual([]);
      expect(report.summary).toMatchObject({ verdict: 'no-testable-servers', tested: 0 });
    }
  });

  it('stun: and stuns: are unsupported with their transport; an invalid URL keeps its error', async () => {
    const fake = scripted();
    const report = await settle(
      probeRelays([{ urls: ['stun:s.example', 'stuns:s.example', 'turn:bad host'] }], {
        RTCPeerConnection: fake.RTCPeerConnection,
      }),
    );
    const STUN = 'stun: URLs are not testable by a relay probe (it needs a turn: or turns: URL).';
    expect(report.results).toEqual([
      { url: 'stun:s.example', transport: 'udp', status: 'unsupported', errorText: STUN, ms: 0 },
      { url: 'stuns:s.example', transport: 'tls', status: 'unsupported', errorText: STUN, ms: 0 },
      {
        url: 'turn:bad host',
        transport: 'udp',
        status: 'invalid-url',
        errorText: 'Missing or invalid host name.',
        ms: 0,
      },
    ]);
    expect(fake.instances).toEqual([]);
  });

  it('without WebRTC: every turn: URL is unsupported with its transport; a non-function constructor counts as none', async () => {
    const NO = 'This browser has no WebRTC (RTCPeerConnection), so relays cannot be tested here.';
    const report = await probeRelays([{ urls: ['turn:a.example?transport=tcp', 'turns:b.example'] }], {
      RTCPeerConnection: {} as never,
    });
    expect(report.results).toEqual([
      { url: 'turn:a.example?transport=tcp', transport: 'tcp', status: 'unsupported', errorText: NO, ms: 0 },
      { url: 'turns:b.example', transport: 'tls', status: 'unsupported', errorText: NO, ms: 0 },
    ]);
    expect(report.summary.verdict).toBe('no-webrtc');
  });

  it('without any RTCPeerConnection nothing throws; nothing testable is no-testable-servers', async () => {
    const report = await probeRelays([server(['turn:a.example', 'turns:b.example'])]);
    expect(report.results.map((r) => r.status)).toEqual(['unsupported', 'unsupported']);
    expect(report.results[0]?.errorText).toMatch(/no WebRTC/);
    expect(report.summary.verdict).toBe('no-webrtc');
    expect((await probeRelays(undefined)).summary.verdict).toBe('no-testable-servers');
    expect((await probeRelays([{ urls: 'stun:s.example' }])).summary.verdict).toBe('no-testable-servers');
  });

  it('uses the global RTCPeerConnection when no option is given', async () => {
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 2 }));
    vi.stubGlobal('RTCPeerConnection', fake.RTCPeerConnection);
    try {
      const report = await settle(probeRelays([{ urls: 'turn:a.example' }]));
      expect(report.results[0]?.status).toBe('reachable');
      expect(fake.instances).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('probeRelays: progress and results', () => {
  it('onResult gets each result with its index, the count so far and the total, in decision order', async () => {
    const fake = createFakeRelayPeerConnection((url) => ({
      kind: 'reachable',
      afterMs: url.includes('slow') ? 30 : 10,
    }));
    const calls: Array<[string, number, number, number]> = [];
    await probe(['stun:s.example', 'turn:slow.example', 'turn:quick.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      onResult: (r, p) => calls.push([r.status, p.index, p.completed, p.total]),
    });
    expect(calls).toEqual([
      ['unsupported', 0, 1, 3],
      ['reachable', 2, 2, 3],
      ['reachable', 1, 3, 3],
    ]);
  });

  it('a throwing onResult breaks nothing', async () => {
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 2 }));
    const onResult = vi.fn(() => {
      throw new Error('progress bar broke');
    });
    const report = await probe(['turn:a.example', 'turn:b.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      onResult,
    });
    expect(report.results.map((r) => r.status)).toEqual(['reachable', 'reachable']);
    expect(onResult).toHaveBeenCalledTimes(2);
  });

  it('ms never goes below 0 when the clock steps back; the summary has the whole run', async () => {
    let t = 1000;
    const fake = scripted();
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      now: () => t,
    });
    await vi.advanceTimersByTimeAsync(5);
    t = 900;
    fake.instances[0]?.emit('icecandidate', { candidate: relay({ relayProtocol: 'udp' }) });
    const report = await settle(promise);
    expect(report.results[0]?.ms).toBe(0);
    expect(report.summary.ms).toBe(0);
  });

  it('ms is rounded, in the results and the summary', async () => {
    let t = 0;
    const fake = scripted();
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      now: () => t,
    });
    await vi.advanceTimersByTimeAsync(5);
    t = 12.6;
    fake.instances[0]?.emit('icecandidate', { candidate: relay({ relayProtocol: 'udp' }) });
    t = 20.4;
    const report = await settle(promise);
    expect(report.results[0]?.ms).toBe(13);
    expect(report.summary.ms).toBe(20);
  });

  it('without performance, the clock is Date.now()', async () => {
    vi.stubGlobal('performance', undefined);
    try {
      const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 30 }));
      const report = await settle(
        probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.RTCPeerConnection }),
      );
      expect(report.results[0]).toMatchObject({ status: 'reachable', ms: 30 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the default clock is performance.now()', async () => {
    const now = vi.spyOn(performance, 'now');
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 2 }));
    await settle(probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.RTCPeerConnection }));
    expect(now).toHaveBeenCalled();
    now.mockRestore();
  });
});

describe('probeRelays: timeouts and concurrency', () => {
  it('timeoutMs above the overall timeout is cut to it; invalid values fall back to the defaults', async () => {
    const ends = async (options: RelayProbeOptions) => {
      const report = await probe('turn:a.example', { RTCPeerConnection: scripted().RTCPeerConnection, ...options });
      return [report.results[0]?.ms, report.results[0]?.errorText];
    };
    expect(await ends({ timeoutMs: 900, overallTimeoutMs: 400 })).toEqual([400, 'No answer within 400 ms.']);
    expect(await ends({ timeoutMs: 300, overallTimeoutMs: 400 })).toEqual([300, 'No answer within 300 ms.']);
    expect(await ends({})).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ overallTimeoutMs: 0, timeoutMs: 0 })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ overallTimeoutMs: -1, timeoutMs: Number.NaN })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ overallTimeoutMs: Number.POSITIVE_INFINITY })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ timeoutMs: '300' as never })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ timeoutMs: 250.4 })).toEqual([250, 'No answer within 250 ms.']);
  });

  it('the default overall timeout is 5 s; URLs not started by then are timeouts', async () => {
    const fake = scripted();
    const promise = probeRelays([server(['turn:a.example', 'turn:b.example', 'turn:c.example'])], {
      RTCPeerConnection: fake.RTCPeerConnection,
      concurrency: 1,
      timeoutMs: 3000,
      now: Date.now,
    });
    await vi.advanceTimersByTimeAsync(5000);
    const report = await promise;
    expect(report.results.map((r) => [r.status, r.ms])).toEqual([
      ['timeout', 3000],
      ['timeout', 2000],
      ['timeout', 0],
    ]);
    expect(report.summary.ms).toBe(5000);
    expect(fake.instances).toHaveLength(2);
    expect(fake.openCount()).toBe(0);
  });

  it('a URL whose turn comes after the overall deadline is a timeout without a peer connection', async () => {
    const fake = scripted();
    const report = await probe(['turn:a.example', 'turn:b.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      concurrency: 1,
      overallTimeoutMs: 100,
    });
    expect(report.results).toEqual([
      { url: 'turn:a.example', transport: 'udp', status: 'timeout', errorText: 'No answer within 100 ms.', ms: 100 },
      {
        url: 'turn:b.example',
        transport: 'udp',
        status: 'timeout',
        errorText: 'Not started: the overall timeout passed.',
        ms: 0,
      },
    ]);
    expect(fake.instances).toHaveLength(1);
  });

  it('the second URL gets only what is left of the overall budget', async () => {
    const fake = scripted((url) =>
      url.includes('a.') ? { events: [errorAt(60, { errorCode: 701 }), candidateAt(60, null)] } : {},
    );
    const report = await probe(['turn:a.example', 'turn:b.example'], {
      RTCPeerConnection: fake.RTCPeerConnection,
      concurrency: 1,
      overallTimeoutMs: 100,
    });
    expect(report.results.map((r) => [r.status, r.ms])).toEqual([
      ['unreachable', 60],
      ['timeout', 40],
    ]);
    expect(report.results[1]?.errorText).toBe('No answer within 40 ms.');
  });

  it('concurrency: the limit is floored, at least 1, and invalid values mean 8', async () => {
    const maxOpen = async (concurrency: number | undefined, urls = 12) => {
      const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 10 }));
      const list = Array.from({ length: urls }, (_, i) => `turn:r${i}.example`);
      const report = await probe(list, { RTCPeerConnection: fake.RTCPeerConnection, concurrency });
      expect(report.results.map((r) => r.status)).toEqual(list.map(() => 'reachable'));
      return fake.maxOpenCount();
    };
    expect(await maxOpen(2.9)).toBe(2);
    expect(await maxOpen(0.5)).toBe(1);
    expect(await maxOpen(1)).toBe(1);
    expect(await maxOpen(undefined)).toBe(8);
    expect(await maxOpen(0)).toBe(8);
    expect(await maxOpen(-3)).toBe(8);
    expect(await maxOpen(Number.NaN)).toBe(8);
    expect(await maxOpen(20, 3)).toBe(3);
  });

  it('with 9 URLs and concurrency 3: at most 3 open, every one closed, results in URL order', async () => {
    const fake = createFakeRelayPeerConnection((url) => ({
      kind: 'reachable',
      afterMs: 10 + Number(url.slice(-1)) * 7,
    }));
    const urls = Array.from({ length: 9 }, (_, i) => `turn:r${i}.example:3478?transport=tcp&n=${i}`);
    const progress: number[] = [];
    const report = await settle(
      probeRelays([server(urls)], {
        RTCPeerConnection: fake.RTCPeerConnection,
        concurrency: 3,
        onResult: (_, p) => progress.push(p.completed),
      }),
    );
    expect(fake.maxOpenCount()).toBe(3);
    expect(fake.instances).toHaveLength(9);
    expect(fake.instances.map((i) => [i.closed, i.listeners])).toEqual(urls.map(() => [true, 0]));
    expect(report.results.map((r) => r.url)).toEqual(urls.map((u) => u.replace(/&n=\d/, '')));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('probeRelays: abort', () => {
  it('an abort closes every open peer connection at once, drops late results and starts no more URLs', async () => {
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 50 }));
    const controller = new AbortController();
    const onResult = vi.fn();
    const promise = probeRelays([{ urls: ['turn:a.example', 'turn:b.example', 'turn:c.example'] }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      concurrency: 2,
      signal: controller.signal,
      onResult,
    });
    const rejected = expect(promise).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The relay probe was cancelled.',
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.openCount()).toBe(2);
    controller.abort();
    expect(fake.openCount()).toBe(0);
    expect(fake.instances.map((i) => i.listeners)).toEqual([0, 0]);
    await rejected;
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.instances).toHaveLength(2);
    expect(onResult).not.toHaveBeenCalled();
  });

  it('an abort after some results keeps them from onResult afterwards; an abort after the end changes nothing', async () => {
    const fake = createFakeRelayPeerConnection((url) => ({ kind: 'reachable', afterMs: url.includes('a.') ? 5 : 50 }));
    const controller = new AbortController();
    const seen: string[] = [];
    const promise = probeRelays([{ urls: ['turn:a.example', 'turn:b.example'] }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      signal: controller.signal,
      onResult: (r) => seen.push(r.url),
    });
    const rejected = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await rejected;
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['turn:a.example']);

    const later = new AbortController();
    const done = await settle(
      probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.RTCPeerConnection, signal: later.signal }),
    );
    later.abort();
    expect(done.results[0]?.status).toBe('reachable');
  });

  it('a URL decided in the same task as the abort is not reported', async () => {
    const fake = scripted();
    const controller = new AbortController();
    const onResult = vi.fn();
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      signal: controller.signal,
      onResult,
    });
    const rejected = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(5);
    fake.instances[0]?.emit('icecandidateerror', { errorCode: 701, errorText: 'decided' });
    controller.abort();
    await rejected;
    expect(onResult).not.toHaveBeenCalled();
  });

  it('an abort from onResult starts no further URL', async () => {
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 5 }));
    const controller = new AbortController();
    const promise = probeRelays([{ urls: ['turn:a.example', 'turn:b.example', 'turn:c.example'] }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      concurrency: 1,
      signal: controller.signal,
      onResult: () => controller.abort(),
    });
    const rejected = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(100);
    await rejected;
    expect(fake.instances.map((i) => i.url)).toEqual(['turn:a.example']);
  });

  it('an offer that arrives after an abort is not set as the local description', async () => {
    let resolveOffer!: (offer: RTCSessionDescriptionInit) => void;
    const fake = scripted(() => ({
      createOffer: () =>
        new Promise((resolve) => {
          resolveOffer = resolve;
        }),
    }));
    const controller = new AbortController();
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.RTCPeerConnection,
      signal: controller.signal,
    });
    const rejected = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(5);
    controller.abort();
    await rejected;
    resolveOffer({ type: 'offer', sdp: '' });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.instances[0]?.localDescriptions).toBe(0);
  });

  it('removes its abort listener from the signal when it ends', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 2 }));
    await settle(
      probeRelays([{ urls: 'turn:a.example' }], {
        RTCPeerConnection: fake.RTCPeerConnection,
        signal: controller.signal,
      }),
    );
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function), { once: true });
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1]);
  });

  it('an already aborted signal rejects before anything is constructed', async () => {
    const fake = scripted();
    await expect(
      probeRelays([{ urls: 'turn:a.example' }], {
        RTCPeerConnection: fake.RTCPeerConnection,
        signal: AbortSignal.abort(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError', message: 'The relay probe was cancelled.' });
    expect(fake.instances).toEqual([]);
  });
});

describe('probeRelays: credentials never leave', () => {
  const refuse = (text: string) =>
    scripted(() => ({ fail: { construct: Object.assign(new Error(text), { name: 'SyntaxError' }) } }))
      .RTCPeerConnection;

  it('planted secret: no credential in results, summary, errors or console output', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const fake = scripted((url) =>
      url.includes('boom')
        ? { fail: { construct: new SyntaxError(`bad ${SECRET_USER} ${SECRET_PASS}`) } }
        : { events: [errorAt(5, { errorCode: 401, errorText: `Unauthorized for ${SECRET_USER}` })] },
    );
    const report = await settle(
      probeRelays(
        [
          server([
            'turn:a.example',
            'turn:boom.example',
            `turns:${SECRET_USER}:${SECRET_PASS}@b.example?secret=${SECRET_PASS}`,
            // A secret that is only in the query (not the credential, which is scrubbed as a literal anyway).
            `turn:c.example:3478?transport=tcp&sig=${QUERY_SECRET}`,
          ]),
          { urls: `turn:d.example?ttl=1;password=${QUERY_SECRET}&token=${QUERY_SECRET}` },
        ],
        { RTCPeerConnection: fake.RTCPeerConnection },
      ),
    );
    const text = JSON.stringify(report);
    expect(text).not.toContain(QUERY_SECRET);
    expect(text).not.toContain(SECRET_USER);
    expect(text).not.toContain(SECRET_PASS);
    const controller = new AbortController();
    controller.abort();
    const error = await probeRelays([server('turn:a.example')], { signal: controller.signal }).catch((e: unknown) => e);
    expect(String((error as Error).message) + String((error as Error).stack)).not.toContain(SECRET_PASS);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('a secret that contains another is removed whole (longest first)', async () => {
    const report = await probeRelays([{ urls: 'turn:a.example', username: 'abcd', credential: 'abcdXYZW' }], {
      RTCPeerConnection: refuse('user abcd pass abcdXYZW end'),
    });
    expect(report.results[0]?.errorText).toBe('SyntaxError: user [redacted] pass [redacted] end');
  });

  it('a 3-character secret is cut out; a shorter one replaces the whole text, only when it is there', async () => {
    const three = await probeRelays([{ urls: 'turn:a.example', username: 'abc', credential: 'pw' }], {
      RTCPeerConnection: refuse('no such user abc'),
    });
    expect(three.results[0]?.errorText).toBe('SyntaxError: no such user [redacted]');
    const two = await probeRelays([{ urls: 'turn:a.example', username: 'abc', credential: 'pw' }], {
      RTCPeerConnection: refuse('bad pw'),
    });
    expect(two.results[0]?.errorText).toBe('[redacted] (the error text held a credential)');
  });

  it('URL userinfo with and without "//" is a secret; an empty part is not', async () => {
    const report = await probeRelays(
      [{ urls: ['turn://bob:hunter22@h.example', 'TURN:carol@h.example', 'turn:@h.example', 'turn:ok.example'] }],
      { RTCPeerConnection: refuse('seen bob:hunter22 bob hunter22 carol and here') },
    );
    expect(report.results[3]?.errorText).toBe('SyntaxError: seen [redacted] [redacted] [redacted] [redacted] and here');
  });

  it('the scheme in front of the userinfo is not a secret', async () => {
    const report = await probeRelays([{ urls: ['turn:dave:pass9@h.example', 'turn:ok.example'] }], {
      RTCPeerConnection: refuse('turn: dave pass9 turns'),
    });
    expect(report.results[1]?.errorText).toBe('SyntaxError: turn: [redacted] [redacted] turns');
  });

  it('only a scheme at the very start is left out of the secrets', async () => {
    const report = await probeRelays([{ urls: ['x9:turn:carol:pw55@h.example', 'turn:ok.example'] }], {
      RTCPeerConnection: refuse('turn carol pw55'),
    });
    expect(report.results[1]?.errorText).toBe('SyntaxError: [redacted] [redacted] [redacted]');
  });

  it('a URL without userinfo adds no secret: its host stays in error texts', async () => {
    const report = await probeRelays([{ urls: 'turn:ok.example:3478' }], {
      RTCPeerConnection: refuse('cannot reach ok.example:3478'),
    });
    expect(report.results[0]?.errorText).toBe('SyntaxError: cannot reach ok.example:3478');
  });

  it('spaces before the scheme are not part of the userinfo', async () => {
    const report = await probeRelays([{ urls: [' turn:bobby:pw12@h.example', 'turn:ok.example'] }], {
      RTCPeerConnection: refuse('in turn: bobby pw12'),
    });
    expect(report.results[1]?.errorText).toBe('SyntaxError: in turn: [redacted] [redacted]');
  });

  it('IP addresses in an error text stay (support needs them); other secrets are redacted', async () => {
    const report = await probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: refuse('cannot reach 192.0.2.7 with token=abcdef123'),
    });
    expect(report.results[0]?.errorText).toContain('192.0.2.7');
    expect(report.results[0]?.errorText).not.toContain('abcdef123');
  });

  it('a result without an error text is kept as it is', async () => {
    const fake = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 2, relayProtocol: 'udp' }));
    const report = await probe(
      'turn:a.example',
      { RTCPeerConnection: fake.RTCPeerConnection },
      { username: 'u', credential: 'c' },
    );
    expect(report.results[0]).toEqual({
      url: 'turn:a.example',
      transport: 'udp',
      status: 'reachable',
      relayProtocol: 'udp',
      ms: 2,
    } satisfies RelayProbeResult);
    expect('errorText' in (report.results[0] as object)).toBe(false);
  });
});
