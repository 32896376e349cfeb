import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  probeRelays,
  type RelayPeerConnectionConstructor,
  type RelayProbeConfiguration,
  type RelayProbeResult,
} from './probeRelays.js';
import { parseRelayUrl, stripRelayUrlCredentials } from './relayUrl.js';
import { summarizeRelayProbe } from './summarize.js';

/** What the fake browser does for one URL. */
type Script =
  | { kind: 'candidate'; after: number; relayProtocol?: string; viaStats?: boolean }
  | { kind: 'error'; after: number; code: number; text?: string }
  | { kind: 'complete'; after: number }
  | { kind: 'silent' }
  | { kind: 'throw'; name: string; message: string };

interface FakeRecord {
  readonly url: string;
  readonly config: RelayProbeConfiguration;
  closed: boolean;
  listeners: number;
  channels: number;
}

/** A fake `RTCPeerConnection`: an EventTarget that plays a script per URL once `setLocalDescription` is called. */
function fakePeerConnection(scripts: (url: string) => Script) {
  const records: FakeRecord[] = [];
  let open = 0;
  let maxOpen = 0;
  class FakePc extends EventTarget {
    readonly record: FakeRecord;
    readonly script: Script;
    constructor(config: RelayProbeConfiguration) {
      super();
      const url = config.iceServers[0]?.urls ?? '';
      this.script = scripts(url);
      if (this.script.kind === 'throw') {
        const error = new Error(this.script.message);
        error.name = this.script.name;
        throw error;
      }
      this.record = { url, config, closed: false, listeners: 0, channels: 0 };
      records.push(this.record);
      open += 1;
      maxOpen = Math.max(maxOpen, open);
    }
    override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
      this.record.listeners += 1;
      super.addEventListener(type, listener);
    }
    override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
      this.record.listeners -= 1;
      super.removeEventListener(type, listener);
    }
    createDataChannel() {
      this.record.channels += 1;
      return {};
    }
    async createOffer() {
      return { type: 'offer' as const, sdp: 'v=0' };
    }
    async setLocalDescription() {
      const s = this.script;
      const emit = (type: string, props: object) => {
        if (!this.record.closed) this.dispatchEvent(Object.assign(new Event(type), props));
      };
      if (s.kind === 'candidate') {
        setTimeout(() => {
          emit('icecandidate', { candidate: { type: 'host', candidate: 'candidate:1 1 udp 1 10.0.0.1 9 typ host' } });
          emit('icecandidate', {
            candidate: {
              type: 'relay',
              candidate: 'candidate:2 1 udp 1 192.0.2.1 50000 typ relay',
              relayProtocol: s.viaStats ? null : (s.relayProtocol ?? 'udp'),
            },
          });
        }, s.after);
      } else if (s.kind === 'error') {
        setTimeout(
          () => emit('icecandidateerror', { errorCode: s.code, errorText: s.text ?? 'error', url: '' }),
          s.after,
        );
      } else if (s.kind === 'complete') {
        setTimeout(() => emit('icecandidate', { candidate: null }), s.after);
      }
    }
    async getStats() {
      const s = this.script;
      const protocol = s.kind === 'candidate' ? (s.relayProtocol ?? 'udp') : undefined;
      return new Map([['c', { type: 'local-candidate', candidateType: 'relay', relayProtocol: protocol }]]);
    }
    close() {
      if (!this.record.closed) open -= 1;
      this.record.closed = true;
    }
  }
  return {
    Ctor: FakePc as unknown as RelayPeerConnectionConstructor,
    records,
    get maxOpen() {
      return maxOpen;
    },
  };
}

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

async function run<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
  await vi.advanceTimersByTimeAsync(ms);
  return promise;
}

describe('parseRelayUrl', () => {
  it('reads transport: missing or unknown is UDP, ?transport=tcp is TCP, turns: is TLS', () => {
    expect(parseRelayUrl('turn:relay.example.com')).toMatchObject({ transport: 'udp', port: 3478 });
    expect(parseRelayUrl('turn:relay.example.com:3478?transport=udp')).toMatchObject({ transport: 'udp' });
    expect(parseRelayUrl('turn:relay.example.com:3478?transport=sctp')).toMatchObject({ transport: 'udp' });
    expect(parseRelayUrl('turn:relay.example.com:443?transport=tcp')).toMatchObject({ transport: 'tcp', port: 443 });
    expect(parseRelayUrl('turns:relay.example.com')).toMatchObject({ transport: 'tls', port: 5349 });
    expect(parseRelayUrl('turns:relay.example.com:443?transport=tcp')).toMatchObject({ transport: 'tls' });
    expect(parseRelayUrl('turn:[2001:db8::1]:3478')).toMatchObject({ host: '[2001:db8::1]', port: 3478 });
  });
  it('rejects malformed URLs', () => {
    for (const bad of ['turn:', 'turn:host:99999', 'turn:host:abc', 'http://host', 'turn://host', 'turn:[::1', 42]) {
      expect(parseRelayUrl(bad)).toHaveProperty('error');
    }
  });
  it('never keeps credentials or unknown query parameters in the display URL', () => {
    expect(stripRelayUrlCredentials(`turn:${SECRET_USER}:${SECRET_PASS}@host:3478?transport=tcp&token=x`)).toBe(
      'turn:host:3478?transport=tcp',
    );
    const parsed = parseRelayUrl(`turn:${SECRET_USER}:${SECRET_PASS}@host`);
    expect(parsed).toHaveProperty('error');
    expect(JSON.stringify(parsed)).not.toContain(SECRET_PASS);
  });
});

describe('probeRelays', () => {
  it('reports a relay candidate as reachable, ends early and closes the peer connection', async () => {
    const fake = fakePeerConnection(() => ({ kind: 'candidate', after: 80, relayProtocol: 'tcp' }));
    const promise = probeRelays([server('turn:relay.example.com:443?transport=tcp')], {
      RTCPeerConnection: fake.Ctor,
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
    const [record] = fake.records;
    expect(record).toMatchObject({ closed: true, listeners: 0, channels: 1 });
    expect(record?.config).toEqual({
      iceServers: [
        { urls: 'turn:relay.example.com:443?transport=tcp', username: SECRET_USER, credential: SECRET_PASS },
      ],
      iceTransportPolicy: 'relay',
      iceCandidatePoolSize: 0,
    });
  });

  it('reads relayProtocol from getStats() when the candidate has none', async () => {
    const fake = fakePeerConnection(() => ({ kind: 'candidate', after: 10, relayProtocol: 'tls', viaStats: true }));
    const report = await run(probeRelays([server('turns:relay.example.com:443')], { RTCPeerConnection: fake.Ctor }));
    expect(report.results[0]).toMatchObject({ status: 'reachable', transport: 'tls', relayProtocol: 'tls' });
  });

  it('decides 701 as unreachable and 401 as auth-failed at once', async () => {
    const fake = fakePeerConnection((url) =>
      url.includes('3478')
        ? { kind: 'error', after: 120, code: 701, text: 'TURN host lookup received error.' }
        : { kind: 'error', after: 90, code: 401, text: 'Unauthorized' },
    );
    const promise = probeRelays([server(['turn:a.example:3478', 'turn:a.example:443?transport=tcp'])], {
      RTCPeerConnection: fake.Ctor,
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
    expect(fake.records.every((r) => r.closed && r.listeners === 0)).toBe(true);
  });

  it('reports other STUN errors as server-error (a later candidate still wins)', async () => {
    const fake = fakePeerConnection(() => ({ kind: 'error', after: 50, code: 486, text: 'Allocation Quota Reached' }));
    const report = await run(
      probeRelays([server('turn:a.example')], { RTCPeerConnection: fake.Ctor, timeoutMs: 1000 }),
    );
    expect(report.results[0]).toMatchObject({ status: 'server-error', errorCode: 486, ms: 1000 });
    expect(report.summary.verdict).toBe('server-error');
  });

  it('ends a silent URL (UDP dropped) at the timeout, and gathering-complete without a candidate as unreachable', async () => {
    const fake = fakePeerConnection((url) =>
      url.includes('silent') ? { kind: 'silent' } : { kind: 'complete', after: 30 },
    );
    const promise = probeRelays([server(['turn:silent.example', 'turn:done.example'])], {
      RTCPeerConnection: fake.Ctor,
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
    expect(fake.records.every((r) => r.closed)).toBe(true);
  });

  it('default overall timeout is 5 s; URLs not started by then are timeouts', async () => {
    const fake = fakePeerConnection(() => ({ kind: 'silent' }));
    const promise = probeRelays([server(['turn:a.example', 'turn:b.example', 'turn:c.example'])], {
      RTCPeerConnection: fake.Ctor,
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
    expect(fake.records).toHaveLength(2);
    expect(fake.records.every((r) => r.closed)).toBe(true);
  });

  it('aborts: rejects with AbortError and closes every open peer connection', async () => {
    const fake = fakePeerConnection(() => ({ kind: 'silent' }));
    const controller = new AbortController();
    const results: RelayProbeResult[] = [];
    const promise = probeRelays([server(['turn:a.example', 'turn:b.example?transport=tcp'])], {
      RTCPeerConnection: fake.Ctor,
      signal: controller.signal,
      onResult: (r) => results.push(r),
    });
    const assertion = expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.records.map((r) => r.closed)).toEqual([false, false]);
    controller.abort();
    await assertion;
    expect(fake.records.map((r) => r.closed)).toEqual([true, true]);
    expect(results).toEqual([]);
    await expect(probeRelays([server('turn:a.example')], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('reports malformed URLs as invalid-url, browser-refused URLs too, and stun: as unsupported', async () => {
    const fake = fakePeerConnection((url) =>
      url.includes('refused')
        ? { kind: 'throw', name: 'SyntaxError', message: `Failed to construct: '${url}' is invalid` }
        : { kind: 'candidate', after: 5 },
    );
    const report = await run(
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
        { RTCPeerConnection: fake.Ctor },
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

  it('without WebRTC every URL is unsupported, with a clear message, and nothing throws', async () => {
    const report = await probeRelays([server(['turn:a.example', 'turns:b.example'])]);
    expect(report.results.map((r) => r.status)).toEqual(['unsupported', 'unsupported']);
    expect(report.results[0]?.errorText).toMatch(/no WebRTC/);
    expect(report.summary.verdict).toBe('no-webrtc');
    expect((await probeRelays(undefined)).summary.verdict).toBe('no-testable-servers');
    expect((await probeRelays([{ urls: 'stun:s.example' }])).summary.verdict).toBe('no-testable-servers');
  });

  it('respects the concurrency limit and closes every peer connection', async () => {
    const fake = fakePeerConnection((url) => ({ kind: 'candidate', after: 10 + Number(url.slice(-1)) * 7 }));
    const urls = Array.from({ length: 9 }, (_, i) => `turn:r${i}.example:3478?transport=tcp&n=${i}`);
    const progress: number[] = [];
    const report = await run(
      probeRelays([server(urls)], {
        RTCPeerConnection: fake.Ctor,
        concurrency: 3,
        onResult: (_, p) => progress.push(p.completed),
      }),
    );
    expect(fake.maxOpen).toBe(3);
    expect(fake.records).toHaveLength(9);
    expect(fake.records.every((r) => r.closed && r.listeners === 0)).toBe(true);
    expect(report.results.map((r) => r.url)).toEqual(urls.map((u) => u.replace(/&n=\d/, '')));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('planted secret: no credential in results, summary, errors or console output', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const fake = fakePeerConnection((url) =>
      url.includes('boom')
        ? { kind: 'throw', name: 'SyntaxError', message: `bad ${SECRET_USER} ${SECRET_PASS}` }
        : { kind: 'error', after: 5, code: 401, text: `Unauthorized for ${SECRET_USER}` },
    );
    const report = await run(
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
        { RTCPeerConnection: fake.Ctor },
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
});

describe('summarizeRelayProbe', () => {
  const r = (transport: RelayProbeResult['transport'], status: RelayProbeResult['status']): RelayProbeResult => ({
    url: `turn:x?transport=${transport}`,
    transport,
    status,
    ms: 1,
  });
  it('maps mixes to verdicts', () => {
    expect(summarizeRelayProbe([r('udp', 'timeout'), r('tcp', 'reachable')]).verdict).toBe('udp-blocked-tcp-works');
    expect(summarizeRelayProbe([r('udp', 'timeout'), r('tls', 'reachable')])).toMatchObject({
      verdict: 'udp-blocked-tcp-works',
      working: ['tls'],
      blocked: ['udp'],
    });
    expect(summarizeRelayProbe([r('udp', 'reachable'), r('tcp', 'unreachable')]).verdict).toBe('partly-reachable');
    expect(summarizeRelayProbe([r('udp', 'timeout'), r('tcp', 'unreachable')]).verdict).toBe('all-blocked');
    expect(summarizeRelayProbe([r('udp', 'invalid-url')]).verdict).toBe('no-testable-servers');
  });
});
