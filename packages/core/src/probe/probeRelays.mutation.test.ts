// Mutation tests for probeRelays (issue 12): each test pins one decision of the probe that a mutant could change
// unseen by the behaviour tests in probeRelays.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  probeRelays,
  type RelayPeerConnectionConstructor,
  type RelayProbeConfiguration,
  type RelayProbeOptions,
  type RelayProbeResult,
} from './probeRelays.js';

/** Hooks one fake peer connection runs; each defaults to a silent, well-behaved browser. */
interface Hooks {
  construct?(config: RelayProbeConfiguration): void;
  createDataChannel?(label: string): unknown;
  createOffer?(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription?(pc: FakePc): Promise<void>;
  getStats?(): Promise<{ forEach(callback: (value: unknown) => void): void }>;
  close?(): void;
  removeEventListener?(): void;
  noGetStats?: boolean;
}

interface FakePc {
  readonly url: string;
  readonly config: RelayProbeConfiguration;
  closed: boolean;
  setLocalCalls: number;
  readonly listeners: Map<string, Set<(event: Event) => void>>;
  emit(type: string, props: object): void;
}

/** A peer connection the test drives by hand: `emit` plays a browser event. */
function controllable(hooksFor: (url: string) => Hooks = () => ({})) {
  const pcs: FakePc[] = [];
  class Pc implements FakePc {
    readonly url: string;
    readonly config: RelayProbeConfiguration;
    readonly hooks: Hooks;
    closed = false;
    setLocalCalls = 0;
    readonly listeners = new Map<string, Set<(event: Event) => void>>();
    declare getStats?: () => Promise<{ forEach(callback: (value: unknown) => void): void }>;
    constructor(config: RelayProbeConfiguration) {
      this.url = config.iceServers[0]?.urls ?? '';
      this.config = config;
      this.hooks = hooksFor(this.url);
      this.hooks.construct?.(config);
      pcs.push(this);
      if (!this.hooks.noGetStats) {
        this.getStats = () => this.hooks.getStats?.() ?? Promise.resolve(new Map());
      }
    }
    addEventListener(type: string, listener: (event: Event) => void) {
      const set = this.listeners.get(type) ?? new Set();
      set.add(listener);
      this.listeners.set(type, set);
    }
    removeEventListener(type: string, listener: (event: Event) => void) {
      this.hooks.removeEventListener?.();
      this.listeners.get(type)?.delete(listener);
    }
    createDataChannel(label: string) {
      return this.hooks.createDataChannel ? this.hooks.createDataChannel(label) : {};
    }
    createOffer() {
      return this.hooks.createOffer ? this.hooks.createOffer() : Promise.resolve({ type: 'offer' as const, sdp: '' });
    }
    setLocalDescription() {
      this.setLocalCalls += 1;
      return this.hooks.setLocalDescription ? this.hooks.setLocalDescription(this) : Promise.resolve();
    }
    close() {
      this.closed = true;
      this.hooks.close?.();
    }
    emit(type: string, props: object) {
      const event = Object.assign(new Event(type), props);
      for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
    }
  }
  const open = () => pcs.filter((p) => !p.closed).length;
  const listenerCount = () => pcs.reduce((n, p) => n + [...p.listeners.values()].reduce((m, s) => m + s.size, 0), 0);
  return { Ctor: Pc as unknown as RelayPeerConnectionConstructor, pcs, open, listenerCount };
}

/** Emits an event on the peer connection for `url` after `ms`. */
const after =
  (ms: number, type: string, props: object) =>
  async (pc: FakePc): Promise<void> => {
    setTimeout(() => pc.emit(type, props), ms);
  };

const relay = (extra: object = {}) => ({ candidate: { type: 'relay', ...extra } });

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
  it('a relay candidate decides at once; host and srflx candidates, and "typ" inside the line, are read', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: async (pc) => {
        setTimeout(() => pc.emit('icecandidate', { candidate: { type: 'host' } }), 10);
        setTimeout(
          () => pc.emit('icecandidate', { candidate: { candidate: 'candidate:1 1 udp 1 h 9 typ srflx' } }),
          20,
        );
        if (url.includes('line')) {
          setTimeout(() => pc.emit('icecandidate', { candidate: { candidate: 'c 1 udp 1 h 9 typ relay raddr' } }), 30);
        } else {
          setTimeout(() => pc.emit('icecandidate', relay({ relayProtocol: 'tcp' })), 40);
        }
      },
    }));
    const report = await probe(['turn:type.example', 'turn:line.example'], { RTCPeerConnection: fake.Ctor });
    expect(report.results).toEqual([
      { url: 'turn:type.example', transport: 'udp', status: 'reachable', relayProtocol: 'tcp', ms: 40 },
      { url: 'turn:line.example', transport: 'udp', status: 'reachable', ms: 30 },
    ]);
  });

  it('a candidate with a null type falls back to the line; with neither, it is ignored until the timeout', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: after(
        5,
        'icecandidate',
        url.includes('null') ? { candidate: { type: null, candidate: 'x typ relay' } } : { candidate: {} },
      ),
    }));
    const report = await probe(['turn:null.example', 'turn:none.example'], {
      RTCPeerConnection: fake.Ctor,
      timeoutMs: 100,
    });
    expect(report.results.map((r) => [r.status, r.ms])).toEqual([
      ['reachable', 5],
      ['timeout', 100],
    ]);
    expect(report.results[1]?.errorText).toBe('No answer within 100 ms.');
  });

  it('gathering complete without a relay candidate: unreachable, or server-error with the first soft error', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: async (pc) => {
        if (url.includes('soft')) {
          setTimeout(() => pc.emit('icecandidateerror', { errorCode: 486, errorText: 'Quota' }), 5);
          setTimeout(() => pc.emit('icecandidateerror', { errorCode: 508, errorText: 'Insufficient' }), 6);
        }
        setTimeout(() => pc.emit('icecandidate', { candidate: null }), 10);
      },
    }));
    const report = await probe(['turn:plain.example', 'turn:soft.example'], { RTCPeerConnection: fake.Ctor });
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
    expect(fake.pcs.every((p) => p.closed)).toBe(true);
    expect(fake.listenerCount()).toBe(0);
  });

  it('STUN error codes: 300 and 699 are soft errors, 299 and 700 are ignored, 701 and 401 decide at once', async () => {
    const code = (url: string) => Number(/c(\d+)/.exec(url)?.[1]);
    const fake = controllable((url) => ({
      setLocalDescription: after(7, 'icecandidateerror', { errorCode: code(url), errorText: `text ${code(url)}` }),
    }));
    const urls = [299, 300, 699, 700, 701, 401].map((c) => `turn:c${c}.example`);
    const report = await probe(urls, { RTCPeerConnection: fake.Ctor, timeoutMs: 200 });
    expect(report.results.map((r) => [r.status, r.errorCode, r.errorText, r.ms])).toEqual([
      ['timeout', undefined, 'No answer within 200 ms.', 200],
      ['server-error', 300, 'text 300', 200],
      ['server-error', 699, 'text 699', 200],
      ['timeout', undefined, 'No answer within 200 ms.', 200],
      ['unreachable', 701, 'text 701', 7],
      ['auth-failed', 401, 'text 401', 7],
    ]);
  });

  it('an error code given as a string is read as a number; a missing or empty text becomes "error <code>"', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: after(
        3,
        'icecandidateerror',
        url.includes('a.')
          ? { errorCode: '701', errorText: '' }
          : url.includes('b.')
            ? { errorCode: 401 }
            : url.includes('d.')
              ? { errorCode: 701, errorText: 42 }
              : { errorCode: 'x', errorText: 'not a code' },
      ),
    }));
    const report = await probe(['turn:a.example', 'turn:b.example', 'turn:c.example', 'turn:d.example'], {
      RTCPeerConnection: fake.Ctor,
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
    const fake = controllable((url) => ({
      setLocalDescription: async (pc) => {
        setTimeout(() => pc.emit('icecandidateerror', { errorCode: 437, errorText: 'Mismatch' }), 5);
        if (url.includes('wins')) setTimeout(() => pc.emit('icecandidate', relay({ relayProtocol: 'udp' })), 20);
      },
    }));
    const report = await probe(['turn:wins.example', 'turn:late.example'], {
      RTCPeerConnection: fake.Ctor,
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
    const fake = controllable(() => ({
      setLocalDescription: async (pc) => {
        setTimeout(() => pc.emit('icecandidateerror', { errorCode: 401, errorText: 'Unauthorized' }), 5);
        setTimeout(() => pc.emit('icecandidate', relay({ relayProtocol: 'udp' })), 6);
        setTimeout(() => pc.emit('icecandidateerror', { errorCode: 701, errorText: 'x' }), 7);
      },
    }));
    const report = await probe('turn:a.example', { RTCPeerConnection: fake.Ctor, onResult, timeoutMs: 100 });
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
});

describe('probeRelays: relayProtocol from getStats()', () => {
  const stats = (values: unknown[]) => () =>
    Promise.resolve({ forEach: (cb: (v: unknown) => void) => values.forEach(cb) });

  it('only a relay local-candidate with a string relayProtocol counts, and the first one wins', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(4, 'icecandidate', relay()),
      getStats: stats([
        { type: 'remote-candidate', candidateType: 'relay', relayProtocol: 'x1' },
        { type: 'local-candidate', candidateType: 'host', relayProtocol: 'x2' },
        { type: 'local-candidate', candidateType: 'relay', relayProtocol: 7 },
        { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tcp' },
        { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tls' },
      ]),
    }));
    const report = await probe('turn:a.example', { RTCPeerConnection: fake.Ctor });
    expect(report.results[0]).toEqual({
      url: 'turn:a.example',
      transport: 'udp',
      status: 'reachable',
      relayProtocol: 'tcp',
      ms: 4,
    });
  });

  it('stats without a relay candidate, rejected stats or no getStats(): reachable without relayProtocol', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: after(4, 'icecandidate', relay({ relayProtocol: null })),
      ...(url.includes('none')
        ? { getStats: stats([{ type: 'local-candidate', candidateType: 'relay' }]) }
        : url.includes('reject')
          ? { getStats: () => Promise.reject(new Error('stats failed')) }
          : url.includes('null')
            ? { getStats: () => Promise.resolve(undefined as never) }
            : { noGetStats: true }),
    }));
    const report = await probe(
      ['turn:none.example', 'turn:reject.example', 'turn:null.example', 'turn:missing.example'],
      { RTCPeerConnection: fake.Ctor },
    );
    for (const result of report.results) {
      expect(result).toStrictEqual({ url: result.url, transport: 'udp', status: 'reachable', ms: 4 });
    }
    expect(fake.pcs.every((p) => p.closed)).toBe(true);
  });

  it('waits 250 ms for getStats(), then reports without relayProtocol; the peer connection stays open meanwhile', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: after(10, 'icecandidate', relay()),
      getStats: () =>
        new Promise((resolve) =>
          setTimeout(
            () =>
              resolve({
                forEach: (cb) => cb({ type: 'local-candidate', candidateType: 'relay', relayProtocol: 'udp' }),
              }),
            url.includes('slow') ? 251 : 249,
          ),
        ),
    }));
    const promise = probeRelays([{ urls: ['turn:quick.example', 'turn:slow.example'] }], {
      RTCPeerConnection: fake.Ctor,
      now: Date.now,
    });
    await vi.advanceTimersByTimeAsync(10 + 248);
    expect(fake.pcs.map((p) => p.closed)).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.pcs.map((p) => p.closed)).toEqual([true, false]);
    // Left: the slow URL's getStats() (fake), its 250 ms wait and its budget; the quick one's wait is cleared.
    expect(vi.getTimerCount()).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.pcs.map((p) => p.closed)).toEqual([true, true]);
    const report = await promise;
    expect(report.results.map((r) => [r.relayProtocol, r.ms])).toEqual([
      ['udp', 10],
      [undefined, 10],
    ]);
    expect(vi.getTimerCount()).toBe(1); // the slow getStats() of the fake itself, nothing of the probe
  });

  it('a relay candidate is the decision even when an error comes while getStats() is read', async () => {
    const fake = controllable(() => ({
      setLocalDescription: async (pc) => {
        setTimeout(() => pc.emit('icecandidate', relay()), 5);
        setTimeout(() => pc.emit('icecandidateerror', { errorCode: 701, errorText: 'late' }), 10);
      },
      getStats: () =>
        new Promise((resolve) =>
          setTimeout(
            () => resolve(new Map([['c', { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tcp' }]])),
            50,
          ),
        ),
    }));
    const report = await probe('turn:a.example', { RTCPeerConnection: fake.Ctor });
    expect(report.results).toEqual([
      { url: 'turn:a.example', transport: 'udp', status: 'reachable', relayProtocol: 'tcp', ms: 5 },
    ]);
  });

  it('a relayProtocol on the candidate skips getStats()', async () => {
    const getStats = vi.fn(() => Promise.resolve(new Map()));
    const fake = controllable(() => ({
      setLocalDescription: after(4, 'icecandidate', relay({ relayProtocol: 'tls' })),
      getStats,
    }));
    const report = await probe('turns:a.example', { RTCPeerConnection: fake.Ctor });
    expect(report.results[0]).toMatchObject({ relayProtocol: 'tls', transport: 'tls' });
    expect(getStats).not.toHaveBeenCalled();
  });

  it('an abort while getStats() is pending closes the peer connection at once and rejects', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(4, 'icecandidate', relay()),
      getStats: () => new Promise(() => {}),
    }));
    const controller = new AbortController();
    const promise = probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: fake.Ctor,
      signal: controller.signal,
    });
    const rejected = expect(promise).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The relay probe was cancelled.',
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(fake.pcs[0]?.closed).toBe(false);
    let settled = false;
    promise.catch(() => {
      settled = true;
    });
    controller.abort();
    expect(fake.pcs[0]?.closed).toBe(true);
    // Rejected at once, not when the 250 ms wait for getStats() ends.
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    await rejected;
  });

  it('only a relay candidate asks getStats(); errors, timeouts and an empty gathering do not', async () => {
    const getStats = vi.fn(() =>
      Promise.resolve(new Map([['c', { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tcp' }]])),
    );
    const fake = controllable((url) => ({
      getStats,
      setLocalDescription: url.includes('e701')
        ? after(3, 'icecandidateerror', { errorCode: 701, errorText: 'x' })
        : url.includes('e401')
          ? after(3, 'icecandidateerror', { errorCode: 401, errorText: 'x' })
          : url.includes('done')
            ? after(3, 'icecandidate', { candidate: null })
            : url.includes('soft')
              ? after(3, 'icecandidateerror', { errorCode: 486, errorText: 'x' })
              : async () => {},
    }));
    const report = await probe(
      ['turn:e701.example', 'turn:e401.example', 'turn:done.example', 'turn:soft.example', 'turn:silent.example'],
      { RTCPeerConnection: fake.Ctor, timeoutMs: 50 },
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

  it('a relayProtocol on the candidate that is not a string is ignored: getStats() says', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(4, 'icecandidate', relay({ relayProtocol: 7 })),
      getStats: () =>
        Promise.resolve(new Map([['c', { type: 'local-candidate', candidateType: 'relay', relayProtocol: 'tls' }]])),
    }));
    const report = await probe('turns:a.example', { RTCPeerConnection: fake.Ctor });
    expect(report.results[0]).toMatchObject({ status: 'reachable', relayProtocol: 'tls' });
  });
});

describe('probeRelays: starting a peer connection', () => {
  it('opens one data channel named relay-probe to start gathering', async () => {
    const labels: string[] = [];
    const fake = controllable(() => ({
      createDataChannel: (label) => {
        labels.push(label);
        return {};
      },
    }));
    await probe('turn:a.example', { RTCPeerConnection: fake.Ctor, timeoutMs: 10 });
    expect(labels).toEqual(['relay-probe']);
  });

  it('gives the browser one server: the trimmed URL, username and credential only when they are strings', async () => {
    const configs: RelayProbeConfiguration[] = [];
    const fake = controllable(() => ({ construct: (c) => configs.push(c) }));
    await settle(
      probeRelays(
        [
          { urls: '  turn:a.example  ', username: 'user-1', credential: 'cred-1' },
          { urls: 'turn:b.example', username: 5 as never, credential: undefined },
          { urls: 'turn:c.example', credential: 'only-cred' },
        ],
        { RTCPeerConnection: fake.Ctor, timeoutMs: 10 },
      ),
    );
    expect(configs).toStrictEqual([
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
    };
    const fake = controllable((url) => ({
      construct: () => {
        throw thrown[/turn:(\w+)/.exec(url)?.[1] as string];
      },
    }));
    const report = await probe(
      Object.keys(thrown).map((k) => `turn:${k}.example`),
      { RTCPeerConnection: fake.Ctor },
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
    ]);
    expect(report.summary).toMatchObject({ verdict: 'no-testable-servers', tested: 0 });
  });

  it('gathering that cannot start is unsupported, and the peer connection is closed', async () => {
    const fake = controllable((url) =>
      url.includes('channel')
        ? {
            createDataChannel: () => {
              throw new Error('no channels');
            },
          }
        : url.includes('offer')
          ? { createOffer: () => Promise.reject(Object.assign(new Error('no offer'), { name: 'InvalidStateError' })) }
          : { setLocalDescription: () => Promise.reject('refused') },
    );
    const report = await probe(['turn:channel.example', 'turn:offer.example', 'turn:local.example'], {
      RTCPeerConnection: fake.Ctor,
    });
    expect(report.results.map((r) => [r.status, r.errorText, r.ms])).toEqual([
      ['unsupported', 'Could not start ICE gathering: Error: no channels', 0],
      ['unsupported', 'Could not start ICE gathering: InvalidStateError: no offer', 0],
      ['unsupported', 'Could not start ICE gathering: refused', 0],
    ]);
    expect(fake.open()).toBe(0);
    expect(fake.listenerCount()).toBe(0);
  });

  it('an offer that arrives after the decision is not set as the local description', async () => {
    let resolveOffer!: (offer: RTCSessionDescriptionInit) => void;
    const fake = controllable(() => ({
      createOffer: () =>
        new Promise((resolve) => {
          resolveOffer = resolve;
        }),
    }));
    const promise = probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor, timeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(60);
    const report = await promise;
    expect(report.results[0]?.status).toBe('timeout');
    resolveOffer({ type: 'offer', sdp: '' });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.pcs[0]?.setLocalCalls).toBe(0);
  });

  it('close() and removeEventListener() that throw are ignored', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(3, 'icecandidate', relay({ relayProtocol: 'udp' })),
      close: () => {
        throw new Error('close failed');
      },
      removeEventListener: () => {
        throw new Error('remove failed');
      },
    }));
    const report = await probe(['turn:a.example', 'turn:b.example'], { RTCPeerConnection: fake.Ctor, concurrency: 1 });
    expect(report.results.map((r) => r.status)).toEqual(['reachable', 'reachable']);
  });
});

describe('probeRelays: URLs decided without a peer connection', () => {
  it('a null or non-object server entry, and a non-string URL, are invalid-url', async () => {
    const fake = controllable();
    const report = await settle(
      probeRelays([null as never, 'turn:x' as never, { urls: [42 as never, 'turn:ok.example'] }], {
        RTCPeerConnection: fake.Ctor,
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
    expect(fake.pcs.map((p) => p.url)).toEqual(['turn:ok.example']);
  });

  it('iceServers that is not an array (null, an object) probes nothing', async () => {
    for (const servers of [null, undefined, { urls: 'turn:a.example' }]) {
      const report = await probeRelays(servers as never, { RTCPeerConnection: controllable().Ctor });
      expect(report.results).toEqual([]);
      expect(report.summary).toMatchObject({ verdict: 'no-testable-servers', tested: 0 });
    }
  });

  it('stun: and stuns: are unsupported with their transport; an invalid URL keeps its error', async () => {
    const fake = controllable();
    const report = await settle(
      probeRelays([{ urls: ['stun:s.example', 'stuns:s.example', 'turn:bad host'] }], { RTCPeerConnection: fake.Ctor }),
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
    expect(fake.pcs).toEqual([]);
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
  });

  it('uses the global RTCPeerConnection when no option is given', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(2, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    vi.stubGlobal('RTCPeerConnection', fake.Ctor);
    try {
      const report = await settle(probeRelays([{ urls: 'turn:a.example' }]));
      expect(report.results[0]?.status).toBe('reachable');
      expect(fake.pcs).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('probeRelays: progress and results', () => {
  it('onResult gets each result with its index, the count so far and the total, in decision order', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: after(url.includes('slow') ? 30 : 10, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    const calls: Array<[string, number, number, number]> = [];
    await probe(['stun:s.example', 'turn:slow.example', 'turn:quick.example'], {
      RTCPeerConnection: fake.Ctor,
      onResult: (r, p) => calls.push([r.status, p.index, p.completed, p.total]),
    });
    expect(calls).toEqual([
      ['unsupported', 0, 1, 3],
      ['reachable', 2, 2, 3],
      ['reachable', 1, 3, 3],
    ]);
  });

  it('a throwing onResult breaks nothing', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(2, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    const onResult = vi.fn(() => {
      throw new Error('progress bar broke');
    });
    const report = await probe(['turn:a.example', 'turn:b.example'], { RTCPeerConnection: fake.Ctor, onResult });
    expect(report.results.map((r) => r.status)).toEqual(['reachable', 'reachable']);
    expect(onResult).toHaveBeenCalledTimes(2);
  });

  it('ms never goes below 0 when the clock steps back; the summary has the whole run', async () => {
    let t = 1000;
    const fake = controllable(() => ({
      setLocalDescription: async (pc) => {
        setTimeout(() => {
          t = 900;
          pc.emit('icecandidate', relay({ relayProtocol: 'udp' }));
        }, 5);
      },
    }));
    const report = await settle(
      probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor, now: () => t }),
    );
    expect(report.results[0]?.ms).toBe(0);
    expect(report.summary.ms).toBe(0);
  });

  it('ms is rounded, in the results and the summary', async () => {
    let t = 0;
    const fake = controllable(() => ({
      setLocalDescription: async (pc) => {
        setTimeout(() => {
          t = 12.6;
          pc.emit('icecandidate', relay({ relayProtocol: 'udp' }));
          t = 20.4;
        }, 5);
      },
    }));
    const report = await settle(
      probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor, now: () => t }),
    );
    expect(report.results[0]?.ms).toBe(13);
    expect(report.summary.ms).toBe(20);
  });

  it('without performance, the clock is Date.now()', async () => {
    vi.stubGlobal('performance', undefined);
    try {
      const fake = controllable(() => ({
        setLocalDescription: after(30, 'icecandidate', relay({ relayProtocol: 'udp' })),
      }));
      const report = await settle(probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor }));
      expect(report.results[0]).toMatchObject({ status: 'reachable', ms: 30 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the default clock is performance.now()', async () => {
    const now = vi.spyOn(performance, 'now');
    const fake = controllable(() => ({
      setLocalDescription: after(2, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    await settle(probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor }));
    expect(now).toHaveBeenCalled();
    now.mockRestore();
  });
});

describe('probeRelays: timeouts and concurrency', () => {
  it('timeoutMs above the overall timeout is cut to it; invalid values fall back to the defaults', async () => {
    const ends = async (options: RelayProbeOptions) => {
      const fake = controllable();
      const report = await probe('turn:a.example', { RTCPeerConnection: fake.Ctor, ...options });
      return [report.results[0]?.ms, report.results[0]?.errorText];
    };
    expect(await ends({ timeoutMs: 900, overallTimeoutMs: 400 })).toEqual([400, 'No answer within 400 ms.']);
    expect(await ends({ timeoutMs: 300, overallTimeoutMs: 400 })).toEqual([300, 'No answer within 300 ms.']);
    expect(await ends({})).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ overallTimeoutMs: 0, timeoutMs: 0 })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ overallTimeoutMs: -1, timeoutMs: Number.NaN })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ overallTimeoutMs: Number.POSITIVE_INFINITY })).toEqual([5000, 'No answer within 5000 ms.']);
    expect(await ends({ timeoutMs: 250.4 })).toEqual([250, 'No answer within 250 ms.']);
  });

  it('a URL whose turn comes after the overall deadline is a timeout without a peer connection', async () => {
    const fake = controllable();
    const report = await probe(['turn:a.example', 'turn:b.example'], {
      RTCPeerConnection: fake.Ctor,
      concurrency: 1,
      overallTimeoutMs: 100,
    });
    expect(report.results.map((r) => [r.url, r.status, r.errorText, r.ms])).toEqual([
      ['turn:a.example', 'timeout', 'No answer within 100 ms.', 100],
      ['turn:b.example', 'timeout', 'Not started: the overall timeout passed.', 0],
    ]);
    expect(report.results[1]).toEqual({
      url: 'turn:b.example',
      transport: 'udp',
      status: 'timeout',
      errorText: 'Not started: the overall timeout passed.',
      ms: 0,
    });
    expect(fake.pcs).toHaveLength(1);
  });

  it('the second URL gets only what is left of the overall budget', async () => {
    const fake = controllable((url) =>
      url.includes('a.') ? { setLocalDescription: after(60, 'icecandidateerror', { errorCode: 701 }) } : {},
    );
    const report = await probe(['turn:a.example', 'turn:b.example'], {
      RTCPeerConnection: fake.Ctor,
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
      let open = 0;
      let max = 0;
      const fake = controllable(() => ({
        construct: () => {
          open += 1;
          max = Math.max(max, open);
        },
        setLocalDescription: after(10, 'icecandidate', relay({ relayProtocol: 'udp' })),
        close: () => {
          open -= 1;
        },
      }));
      const list = Array.from({ length: urls }, (_, i) => `turn:r${i}.example`);
      const report = await probe(list, { RTCPeerConnection: fake.Ctor, concurrency });
      expect(report.results.every((r) => r.status === 'reachable')).toBe(true);
      return max;
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
});

describe('probeRelays: abort', () => {
  it('an abort closes every open peer connection at once, drops late results and starts no more URLs', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(50, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    const controller = new AbortController();
    const onResult = vi.fn();
    const promise = probeRelays([{ urls: ['turn:a.example', 'turn:b.example', 'turn:c.example'] }], {
      RTCPeerConnection: fake.Ctor,
      concurrency: 2,
      signal: controller.signal,
      onResult,
    });
    const rejected = expect(promise).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The relay probe was cancelled.',
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.open()).toBe(2);
    controller.abort();
    expect(fake.open()).toBe(0);
    expect(fake.listenerCount()).toBe(0);
    await rejected;
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.pcs).toHaveLength(2);
    expect(onResult).not.toHaveBeenCalled();
  });

  it('an abort after some results keeps them from onResult afterwards; an abort after the end changes nothing', async () => {
    const fake = controllable((url) => ({
      setLocalDescription: after(url.includes('a.') ? 5 : 50, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    const controller = new AbortController();
    const seen: string[] = [];
    const promise = probeRelays([{ urls: ['turn:a.example', 'turn:b.example'] }], {
      RTCPeerConnection: fake.Ctor,
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
      probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor, signal: later.signal }),
    );
    later.abort();
    expect(done.results[0]?.status).toBe('reachable');
  });

  it('removes its abort listener from the signal when it ends', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const fake = controllable(() => ({
      setLocalDescription: after(2, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    await settle(
      probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor, signal: controller.signal }),
    );
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function), { once: true });
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1]);
  });

  it('an already aborted signal rejects before anything is constructed', async () => {
    const fake = controllable();
    await expect(
      probeRelays([{ urls: 'turn:a.example' }], { RTCPeerConnection: fake.Ctor, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError', message: 'The relay probe was cancelled.' });
    expect(fake.pcs).toEqual([]);
  });
});

describe('probeRelays: credentials never leave', () => {
  const refuse = (text: string) =>
    controllable(() => ({
      construct: () => {
        throw Object.assign(new Error(text), { name: 'SyntaxError' });
      },
    }));

  it('a secret that contains another is removed whole (longest first)', async () => {
    const report = await probeRelays([{ urls: 'turn:a.example', username: 'abcd', credential: 'abcdXYZW' }], {
      RTCPeerConnection: refuse('user abcd pass abcdXYZW end').Ctor,
    });
    expect(report.results[0]?.errorText).toBe('SyntaxError: user [redacted] pass [redacted] end');
  });

  it('a 3-character secret is cut out; a shorter one replaces the whole text, only when it is there', async () => {
    const three = await probeRelays([{ urls: 'turn:a.example', username: 'abc', credential: 'pw' }], {
      RTCPeerConnection: refuse('no such user abc').Ctor,
    });
    expect(three.results[0]?.errorText).toBe('SyntaxError: no such user [redacted]');
    const two = await probeRelays([{ urls: 'turn:a.example', username: 'abc', credential: 'pw' }], {
      RTCPeerConnection: refuse('bad pw').Ctor,
    });
    expect(two.results[0]?.errorText).toBe('[redacted] (the error text held a credential)');
  });

  it('URL userinfo with and without "//" is a secret; an empty part is not', async () => {
    const report = await probeRelays(
      [{ urls: ['turn://bob:hunter22@h.example', 'TURN:carol@h.example', 'turn:@h.example', 'turn:ok.example'] }],
      { RTCPeerConnection: refuse('seen bob:hunter22 bob hunter22 carol and here').Ctor },
    );
    expect(report.results[3]?.errorText).toBe('SyntaxError: seen [redacted] [redacted] [redacted] [redacted] and here');
  });

  it('the scheme in front of the userinfo is not a secret', async () => {
    const report = await probeRelays([{ urls: ['turn:dave:pass9@h.example', 'turn:ok.example'] }], {
      RTCPeerConnection: refuse('turn: dave pass9 turns').Ctor,
    });
    expect(report.results[1]?.errorText).toBe('SyntaxError: turn: [redacted] [redacted] turns');
  });

  it('only a scheme at the very start is left out of the secrets', async () => {
    const report = await probeRelays([{ urls: ['x9:turn:carol:pw55@h.example', 'turn:ok.example'] }], {
      RTCPeerConnection: refuse('turn carol pw55').Ctor,
    });
    expect(report.results[1]?.errorText).toBe('SyntaxError: [redacted] [redacted] [redacted]');
  });

  it('a URL without userinfo adds no secret: its host stays in error texts', async () => {
    const report = await probeRelays([{ urls: 'turn:ok.example:3478' }], {
      RTCPeerConnection: refuse('cannot reach ok.example:3478').Ctor,
    });
    expect(report.results[0]?.errorText).toBe('SyntaxError: cannot reach ok.example:3478');
  });

  it('spaces before the scheme are not part of the userinfo', async () => {
    const report = await probeRelays([{ urls: [' turn:bobby:pw12@h.example', 'turn:ok.example'] }], {
      RTCPeerConnection: refuse('in turn: bobby pw12').Ctor,
    });
    expect(report.results[1]?.errorText).toBe('SyntaxError: in turn: [redacted] [redacted]');
  });

  it('IP addresses in an error text stay (support needs them); other secrets are redacted', async () => {
    const report = await probeRelays([{ urls: 'turn:a.example' }], {
      RTCPeerConnection: refuse('cannot reach 192.0.2.7 with token=abcdef123').Ctor,
    });
    expect(report.results[0]?.errorText).toContain('192.0.2.7');
    expect(report.results[0]?.errorText).not.toContain('abcdef123');
  });

  it('a result without an error text is kept as it is', async () => {
    const fake = controllable(() => ({
      setLocalDescription: after(2, 'icecandidate', relay({ relayProtocol: 'udp' })),
    }));
    const report = await probe('turn:a.example', { RTCPeerConnection: fake.Ctor }, { username: 'u', credential: 'c' });
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
