import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { createProbeSession, type RelayProbeSnapshot } from '../index.js';

const servers = [
  { urls: ['turn:relay.example.com:3478', 'turn:relay.example.com:443?transport=tcp'], username: 'u', credential: 'c' },
  { urls: 'turns:relay.example.com:5349', username: 'u', credential: 'c' },
];

const fake = () =>
  createFakeRelayPeerConnection((url) =>
    url.includes(':3478')
      ? { kind: 'error', afterMs: 5, code: 701 }
      : url.startsWith('turns:')
        ? { kind: 'reachable', afterMs: 15, relayProtocol: 'tls' }
        : { kind: 'reachable', afterMs: 10, relayProtocol: 'tcp' },
  );

/** Every snapshot the session publishes. */
function record(session: ReturnType<typeof createProbeSession>): RelayProbeSnapshot[] {
  const seen: RelayProbeSnapshot[] = [];
  session.subscribe(() => seen.push(session.getSnapshot()));
  return seen;
}

describe('createProbeSession', () => {
  it('starts idle; a run publishes running, each result in URL order, then done with the summary', async () => {
    const pc = fake();
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    expect(session.getSnapshot()).toEqual({ state: 'idle', results: [], summary: undefined, completed: 0, total: 0 });
    expect(session.getSnapshot()).toBe(session.getSnapshot());
    const seen = record(session);
    const report = await session.run();
    expect(seen[0]).toMatchObject({ state: 'running', total: 3, completed: 0 });
    expect(seen.slice(1, -1).map((s) => s.completed)).toEqual([1, 2, 3]);
    const done = session.getSnapshot();
    expect(done).toMatchObject({ state: 'done', completed: 3, total: 3 });
    expect(done.results.map((r) => r.status)).toEqual(['unreachable', 'reachable', 'reachable']);
    expect(done.summary).toBe(report?.summary);
    expect(pc.openCount()).toBe(0);
  });

  it('run options override the session options (servers, RTCPeerConnection)', async () => {
    const pc = fake();
    const session = createProbeSession({ RTCPeerConnection: pc.RTCPeerConnection });
    const report = await session.run({ iceServers: [servers[1] as (typeof servers)[number]] });
    expect(report?.results).toHaveLength(1);
    expect(session.getSnapshot()).toMatchObject({ state: 'done', total: 1 });
  });

  it('abort() closes every peer connection, ends as cancelled and resolves the run with undefined', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    const run = session.run();
    await vi.waitFor(() => expect(pc.openCount()).toBe(3));
    session.abort();
    expect(session.getSnapshot().state).toBe('cancelled');
    expect(pc.openCount()).toBe(0);
    await expect(run).resolves.toBeUndefined();
    session.abort();
    expect(session.getSnapshot().state).toBe('cancelled');
  });

  it('a signal cancels its run; an aborted signal starts nothing', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection });
    await expect(session.run({ signal: AbortSignal.abort() })).resolves.toBeUndefined();
    expect(session.getSnapshot().state).toBe('idle');
    const controller = new AbortController();
    const run = session.run({ signal: controller.signal });
    await vi.waitFor(() => expect(pc.openCount()).toBe(3));
    controller.abort();
    await expect(run).resolves.toBeUndefined();
    expect(session.getSnapshot().state).toBe('cancelled');
    expect(pc.openCount()).toBe(0);
  });

  it('a newer run replaces the one under way: only its results are published', async () => {
    const slow = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const quick = fake();
    const session = createProbeSession({ iceServers: servers });
    const first = session.run({ RTCPeerConnection: slow.RTCPeerConnection });
    await vi.waitFor(() => expect(slow.openCount()).toBe(3));
    const seen = record(session);
    const second = session.run({ RTCPeerConnection: quick.RTCPeerConnection });
    expect(slow.openCount()).toBe(0);
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toMatchObject({ results: expect.any(Array) });
    expect(seen.map((s) => s.state)).not.toContain('cancelled');
    expect(seen[0]).toMatchObject({ state: 'running', completed: 0 });
    expect(session.getSnapshot()).toMatchObject({ state: 'done', completed: 3 });
  });

  it('a throwing listener does not break the run or the other listeners; unsubscribe stops calls', async () => {
    const session = createProbeSession({ iceServers: servers, RTCPeerConnection: fake().RTCPeerConnection });
    const other = vi.fn();
    session.subscribe(() => {
      throw new Error('listener');
    });
    const off = session.subscribe(other);
    await session.run();
    expect(other).toHaveBeenCalled();
    const calls = other.mock.calls.length;
    off();
    await session.run();
    expect(other).toHaveBeenCalledTimes(calls);
    expect(session.getSnapshot().state).toBe('done');
  });
});
