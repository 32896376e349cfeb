// createProbeSession: the snapshots a run publishes, in order, the abort and replace semantics, and the subscribers.
import { createFakeRelayPeerConnection, type FakeRelayBehaviour } from '@call-diagnostics/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProbeSession, type RelayProbeSnapshot } from './createProbeSession.js';
import type { RelayProbeIceServer } from './types.js';

const A = 'turn:a.example:3478';
const B = 'turn:b.example:443?transport=tcp';
const C = 'turns:c.example:5349';
const servers: RelayProbeIceServer[] = [{ urls: [A, B], username: 'u', credential: 'c' }, { urls: C }];

/** B decides first, then C, then A: results arrive out of URL order. */
const staggered = (url: string): FakeRelayBehaviour =>
  url === A
    ? { kind: 'error', afterMs: 30, code: 701 }
    : url === B
      ? { kind: 'reachable', afterMs: 10, relayProtocol: 'tcp' }
      : { kind: 'reachable', afterMs: 20, relayProtocol: 'tls' };

function watch(session: ReturnType<typeof createProbeSession>): RelayProbeSnapshot[] {
  const seen: RelayProbeSnapshot[] = [];
  session.subscribe(() => seen.push(session.getSnapshot()));
  return seen;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createProbeSession: a run', () => {
  it('publishes running, then each result in URL order with its count, then done', async () => {
    const pc = createFakeRelayPeerConnection(staggered);
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const seen = watch(session);
    const promise = session.run();
    expect(seen).toEqual([{ state: 'running', results: [], summary: undefined, completed: 0, total: 3 }]);
    await vi.advanceTimersByTimeAsync(100);
    const report = await promise;
    expect(seen.map((s) => [s.state, s.results.map((r) => r.url), s.completed, s.total, s.summary])).toEqual([
      ['running', [], 0, 3, undefined],
      ['running', [B], 1, 3, undefined],
      ['running', [B, C], 2, 3, undefined],
      ['running', [A, B, C], 3, 3, undefined],
      ['done', [A, B, C], 3, 3, report?.summary],
    ]);
    expect(seen.at(-1)?.results).toBe(report?.results);
    expect(report?.summary).toMatchObject({ verdict: 'udp-blocked-tcp-works' });
    expect(pc.instances).toHaveLength(3);
    expect(pc.openCount()).toBe(0);
  });

  it('counts URLs for the running snapshot: an array, a string, and an entry that is not an object', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({ RTCPeerConnection: pc.RTCPeerConnection });
    const seen = watch(session);
    void session.run({ iceServers: [{ urls: [A, B] }, { urls: C }, null as never, 'x' as never] });
    expect(seen[0]).toMatchObject({ state: 'running', total: 5 });
    session.abort();
    void session.run({ iceServers: 'turn:a' as never });
    expect(seen.at(-1)).toMatchObject({ state: 'running', total: 0 });
    session.abort();
    void session.run();
    expect(seen.at(-1)).toMatchObject({ state: 'running', total: 0 });
    session.abort();
  });

  it('passes the session options to the probe: timeoutMs, overallTimeoutMs, concurrency', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({
      iceServers: [{ urls: [A, B, C] }],
      RTCPeerConnection: pc.RTCPeerConnection,
      concurrency: 2,
      timeoutMs: 300,
      overallTimeoutMs: 500,
    });
    const promise = session.run();
    await vi.advanceTimersByTimeAsync(1);
    expect(pc.openCount()).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    const report = await promise;
    expect(report?.results.map((r) => [r.status, r.ms])).toEqual([
      ['timeout', 300],
      ['timeout', 300],
      ['timeout', 200],
    ]);
  });

  it('run options override the session ones; iceServers: undefined keeps the session servers', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({
      iceServers: [{ urls: [A, B] }],
      RTCPeerConnection: pc.RTCPeerConnection,
      timeoutMs: 300,
    });
    const first = session.run({ iceServers: undefined, timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await first)?.results.map((r) => [r.url, r.ms])).toEqual([
      [A, 100],
      [B, 100],
    ]);
    const second = session.run({ iceServers: [{ urls: C }] });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await second)?.results.map((r) => [r.url, r.ms])).toEqual([[C, 300]]);
  });

  it('a probe that throws ends the run as cancelled and resolves with undefined', async () => {
    let reads = 0;
    const exploding = {
      get urls() {
        reads += 1;
        if (reads > 1) throw new Error('urls getter exploded');
        return A;
      },
    };
    const session = createProbeSession({
      RTCPeerConnection: createFakeRelayPeerConnection(staggered).RTCPeerConnection,
    });
    const seen = watch(session);
    await expect(session.run({ iceServers: [exploding] })).resolves.toBeUndefined();
    expect(seen.map((s) => s.state)).toEqual(['running', 'cancelled']);
    // The run is over: a later abort() publishes nothing.
    session.abort();
    expect(seen).toHaveLength(2);
  });
});

describe('createProbeSession: abort and replace', () => {
  it('abort() keeps the results so far, publishes cancelled once, and does nothing without a run', async () => {
    const pc = createFakeRelayPeerConnection((url) => (url === B ? staggered(url) : { kind: 'silent' }));
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const seen = watch(session);
    session.abort();
    expect(seen).toEqual([]);
    expect(session.getSnapshot().state).toBe('idle');
    const promise = session.run();
    await vi.advanceTimersByTimeAsync(15);
    session.abort();
    expect(session.getSnapshot()).toMatchObject({ state: 'cancelled', completed: 1, total: 3 });
    expect(session.getSnapshot().results.map((r) => r.url)).toEqual([B]);
    expect(pc.openCount()).toBe(0);
    await expect(promise).resolves.toBeUndefined();
    session.abort();
    expect(seen.map((s) => s.state)).toEqual(['running', 'running', 'cancelled']);
  });

  it('abort() after a finished run changes nothing', async () => {
    const pc = createFakeRelayPeerConnection(staggered);
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const promise = session.run();
    await vi.advanceTimersByTimeAsync(100);
    await promise;
    const done = session.getSnapshot();
    session.abort();
    expect(session.getSnapshot()).toBe(done);
    expect(done.state).toBe('done');
  });

  it('an aborted signal while a run is under way cancels that run and starts nothing', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const first = session.run();
    await vi.advanceTimersByTimeAsync(1);
    expect(pc.openCount()).toBe(3);
    await expect(session.run({ signal: AbortSignal.abort() })).resolves.toBeUndefined();
    expect(session.getSnapshot().state).toBe('cancelled');
    expect(pc.openCount()).toBe(0);
    expect(pc.instances).toHaveLength(3);
    await expect(first).resolves.toBeUndefined();
  });

  it('an aborted signal on an idle session starts nothing; one aborted later cancels its run', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    await expect(session.run({ signal: AbortSignal.abort() })).resolves.toBeUndefined();
    expect(session.getSnapshot().state).toBe('idle');
    expect(pc.instances).toHaveLength(0);
    const controller = new AbortController();
    const run = session.run({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1);
    expect(pc.openCount()).toBe(3);
    controller.abort();
    await expect(run).resolves.toBeUndefined();
    expect(session.getSnapshot().state).toBe('cancelled');
    expect(pc.openCount()).toBe(0);
  });

  it('an aborted signal after a finished run leaves the done snapshot alone', async () => {
    const pc = createFakeRelayPeerConnection(staggered);
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const promise = session.run();
    await vi.advanceTimersByTimeAsync(100);
    await promise;
    const done = session.getSnapshot();
    await expect(session.run({ signal: AbortSignal.abort() })).resolves.toBeUndefined();
    expect(session.getSnapshot()).toBe(done);
  });

  it("a replaced run's signal no longer cancels anything, and its listener is removed", async () => {
    const slow = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const quick = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 50, relayProtocol: 'udp' }));
    const session = createProbeSession({ iceServers: [{ urls: A }] });
    const old = new AbortController();
    const remove = vi.spyOn(old.signal, 'removeEventListener');
    const add = vi.spyOn(old.signal, 'addEventListener');
    const first = session.run({ signal: old.signal, RTCPeerConnection: slow.RTCPeerConnection });
    expect(add).toHaveBeenCalledWith('abort', expect.any(Function), { once: true });
    await vi.advanceTimersByTimeAsync(1);
    const second = session.run({ RTCPeerConnection: quick.RTCPeerConnection });
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    old.abort();
    expect(session.getSnapshot().state).toBe('running');
    await vi.advanceTimersByTimeAsync(100);
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toMatchObject({ summary: { verdict: 'all-reachable' } });
    expect(session.getSnapshot().state).toBe('done');
  });

  it("a finished run removes its signal's listener; aborting that signal later changes nothing", async () => {
    const pc = createFakeRelayPeerConnection(staggered);
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const promise = session.run({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    await promise;
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    const done = session.getSnapshot();
    controller.abort();
    expect(session.getSnapshot()).toBe(done);
  });

  it('a signal aborted during the run cancels it; abort() removes the listener', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const promise = session.run({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1);
    session.abort();
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    await expect(promise).resolves.toBeUndefined();
  });

  it('a replacing run publishes running for itself at once (never cancelled) and only its own results', async () => {
    const slow = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 80, relayProtocol: 'udp' }));
    const quick = createFakeRelayPeerConnection(() => ({ kind: 'reachable', afterMs: 10, relayProtocol: 'udp' }));
    const session = createProbeSession({ iceServers: [{ urls: [A, B] }] });
    const first = session.run({ RTCPeerConnection: slow.RTCPeerConnection });
    await vi.advanceTimersByTimeAsync(5);
    const seen = watch(session);
    const second = session.run({ RTCPeerConnection: quick.RTCPeerConnection, iceServers: [{ urls: C }] });
    expect(seen).toEqual([{ state: 'running', results: [], summary: undefined, completed: 0, total: 1 }]);
    expect(slow.instances).toHaveLength(2);
    expect(slow.openCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    await first;
    await second;
    expect(seen.map((s) => [s.state, s.results.map((r) => r.url)])).toEqual([
      ['running', []],
      ['running', [C]],
      ['done', [C]],
    ]);
  });
});

describe('createProbeSession: subscribers', () => {
  it('every listener is called after each change, a throwing one included; unsubscribe stops only that one', async () => {
    const pc = createFakeRelayPeerConnection(staggered);
    const session = createProbeSession({ iceServers: [{ urls: B }], RTCPeerConnection: pc.RTCPeerConnection });
    const calls: string[] = [];
    session.subscribe(() => {
      calls.push('first');
      throw new Error('broken view');
    });
    const off = session.subscribe(() => calls.push('second'));
    const promise = session.run();
    await vi.advanceTimersByTimeAsync(100);
    await promise;
    expect(calls).toEqual(['first', 'second', 'first', 'second', 'first', 'second']);
    off();
    off();
    calls.length = 0;
    const again = session.run();
    await vi.advanceTimersByTimeAsync(100);
    await again;
    expect(calls).toEqual(['first', 'first', 'first']);
  });

  it('getSnapshot() is the same object until something changes, and a new one after', async () => {
    const pc = createFakeRelayPeerConnection(staggered);
    const session = createProbeSession({ iceServers: [{ urls: B }], RTCPeerConnection: pc.RTCPeerConnection });
    const idle = session.getSnapshot();
    expect(idle).toEqual({ state: 'idle', results: [], summary: undefined, completed: 0, total: 0 });
    expect(session.getSnapshot()).toBe(idle);
    const promise = session.run();
    const running = session.getSnapshot();
    expect(running).not.toBe(idle);
    expect(session.getSnapshot()).toBe(running);
    await vi.advanceTimersByTimeAsync(100);
    await promise;
    expect(session.getSnapshot()).not.toBe(running);
  });
});

describe('createProbeSession: an abort at any moment', () => {
  it('once cancelled is published, the run resolves with undefined and nothing follows', async () => {
    const outcomes = new Set<string>();
    for (let k = 0; k < 40; k += 1) {
      const pc = createFakeRelayPeerConnection(staggered);
      const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
      const states: string[] = [];
      let armed = false;
      session.subscribe(() => {
        const s = session.getSnapshot();
        states.push(s.state);
        if (armed || s.completed !== 3 || s.state !== 'running') return;
        armed = true;
        // Abort k microtasks after the last result: somewhere between the probe's end and the run's.
        let n = 0;
        const tick = (): void => {
          if (n++ < k) void Promise.resolve().then(tick);
          else session.abort();
        };
        tick();
      });
      const promise = session.run();
      await vi.advanceTimersByTimeAsync(100);
      const report = await promise;
      const cancelled = states.includes('cancelled');
      outcomes.add(cancelled ? 'cancelled' : 'done');
      expect([k, report === undefined]).toEqual([k, cancelled]);
      expect([k, states.at(-1)]).toEqual([k, cancelled ? 'cancelled' : 'done']);
      expect(session.getSnapshot().state).toBe(cancelled ? 'cancelled' : 'done');
    }
    expect([...outcomes].sort()).toEqual(['cancelled', 'done']);
  });
});
