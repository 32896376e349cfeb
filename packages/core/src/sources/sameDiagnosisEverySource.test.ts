/**
 * The same diagnosis, whatever the source: one scenario table run against all four sources (raw Call, CallAgent,
 * CallAdapter, StatefulCallClient) through the counting fakes of @call-diagnostics/testing. Each scenario drives the
 * fake the way the SDK or the UI library would; then createCallDiagnostics over each kind of source.
 */
import {
  createFakeCall,
  createFakeCallAdapter,
  createFakeCallAgent,
  createFakeStatefulCallClient,
  type FakeCall,
  type FakeDiagnosticValue,
  replayTimeline,
  SEED_410_3112_TIMELINE,
} from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics, type DiagnosticsSource } from '../createCallDiagnostics.js';
import type { DiagnosticEvent } from '../events.js';
import { selectBanner } from '../families/banner.js';
import { selectNetworkIssues, selectRelayDiagnostics } from '../families/network/selectors.js';
import { createDiagnosticsStore, type DiagnosticsStore } from '../store/createDiagnosticsStore.js';
import { attachCall } from './attachCall.js';
import { attachCallAdapter } from './attachCallAdapter.js';
import { attachCallAgent } from './attachCallAgent.js';
import { attachStatefulCallClient } from './attachStatefulCallClient.js';
import type { Detach } from './types.js';

type Reason = { code: number; subCode?: number };

/** What every source's test driver can do. */
interface Driver {
  readonly store: DiagnosticsStore;
  readonly events: DiagnosticEvent[];
  /** The clock (ms) the sources read; `tick` moves it. */
  tick(ms: number): void;
  raiseNetwork(name: string, value: FakeDiagnosticValue): void;
  raiseMedia(name: string, value: FakeDiagnosticValue): void;
  end(reason: Reason): void;
  /** The current call ends (optionally with a reason) and a new one starts. */
  replace(reason?: Reason): void;
  listenerCount(): number;
  detach(): void;
}

interface Harness {
  readonly store: DiagnosticsStore;
  readonly events: DiagnosticEvent[];
  readonly sink: (event: DiagnosticEvent) => void;
  readonly now: () => number;
  tick(ms: number): void;
}

function harness(): Harness {
  let t = 1_700_000_000_000;
  const store = createDiagnosticsStore();
  const events: DiagnosticEvent[] = [];
  return {
    store,
    events,
    sink: (event) => {
      events.push(event);
      store.dispatch(event);
    },
    now: () => t,
    tick: (ms) => {
      t += ms;
    },
  };
}

const DRIVERS: Record<string, () => Driver> = {
  call() {
    const h = harness();
    let call: FakeCall = createFakeCall();
    let detach: Detach = attachCall(call, h.sink, { now: h.now });
    const calls = [call];
    return {
      ...h,
      raiseNetwork: (n, v) => call.controls.raiseNetwork(n, v),
      raiseMedia: (n, v) => call.controls.raiseMedia(n, v),
      end: (r) => call.controls.end(r),
      replace(reason) {
        if (reason) call.controls.end(reason);
        detach();
        call = createFakeCall();
        calls.push(call);
        // What createCallDiagnostics does when the app hands it the next call.
        h.sink({ type: 'reset', at: h.now() });
        detach = attachCall(call, h.sink, { now: h.now });
      },
      listenerCount: () => calls.reduce((sum, c) => sum + c.controls.listenerCount(), 0),
      detach: () => detach(),
    };
  },
  callAgent() {
    const h = harness();
    const agent = createFakeCallAgent();
    const detach = attachCallAgent(agent, h.sink, { now: h.now });
    return {
      ...h,
      raiseNetwork: (n, v) => agent.controls.raiseNetwork(n, v),
      raiseMedia: (n, v) => agent.controls.raiseMedia(n, v),
      end: (r) => agent.controls.end(r),
      replace: (reason) => {
        if (reason) agent.controls.end(reason);
        else if (agent.controls.activeCall) agent.controls.removeCall(agent.controls.activeCall);
        agent.controls.addCall();
      },
      listenerCount: () => agent.controls.listenerCount(),
      detach,
    };
  },
  ...Object.fromEntries(
    (['after', 'before', 'none'] as const).map((order) => [
      `callAdapter (callEnded event ${order})`,
      (): Driver => {
        const h = harness();
        const adapter = createFakeCallAdapter({ callEndedEvent: order });
        const detach = attachCallAdapter(adapter, h.sink, { now: h.now });
        return {
          ...h,
          raiseNetwork: (n, v) => adapter.controls.raiseNetwork(n, v),
          raiseMedia: (n, v) => adapter.controls.raiseMedia(n, v),
          end: (r) => adapter.controls.end(r),
          replace: (reason) => adapter.controls.replaceCall(reason ?? { code: 0, subCode: 0 }),
          listenerCount: () => adapter.controls.listenerCount(),
          detach,
        };
      },
    ]),
  ),
  statefulCallClient() {
    const h = harness();
    const client = createFakeStatefulCallClient();
    const detach = attachStatefulCallClient(client, h.sink, { now: h.now });
    return {
      ...h,
      raiseNetwork: (n, v) => client.controls.raiseNetwork(n, v),
      raiseMedia: (n, v) => client.controls.raiseMedia(n, v),
      end: (r) => client.controls.end(r),
      replace: (reason) => {
        client.controls.replaceCall(reason ?? { code: 0, subCode: 0 });
      },
      listenerCount: () => client.controls.listenerCount(),
      detach,
    };
  },
  'statefulCallClient (callId given)'() {
    const h = harness();
    const client = createFakeStatefulCallClient({ calls: [{ id: 'other-call' }, { id: 'my-call' }] });
    const detach = attachStatefulCallClient(client, h.sink, { now: h.now, callId: 'my-call' });
    return {
      ...h,
      raiseNetwork: (n, v) => {
        client.controls.raiseNetwork('networkSendQuality', 3, 'other-call'); // noise on another call: ignored
        client.controls.raiseNetwork(n, v, 'my-call');
      },
      raiseMedia: (n, v) => client.controls.raiseMedia(n, v, 'my-call'),
      end: (r) => client.controls.end(r, 'my-call'),
      // With a fixed callId the app re-attaches for a new call, as with a raw Call.
      replace: () => {},
      listenerCount: () => client.controls.listenerCount(),
      detach,
    };
  },
};

const ended = (d: Driver) => d.events.filter((e) => e.type === 'callEnded');

/** The end-code rows the issue names, with the catalog key each must show. */
const END_CODES: ReadonlyArray<[Reason, string]> = [
  [{ code: 410, subCode: 3112 }, 'relaysNotReachable'],
  [{ code: 410, subCode: 3100 }, 'setupNetworkUnexpected'],
  [{ code: 410, subCode: 3101 }, 'droppedNetworkUnexpected'],
  [{ code: 410, subCode: 3111 }, 'mediaOfferFailed'],
  [{ code: 410, subCode: 301004 }, 'noMediaConnectivitySetup'],
  [{ code: 410, subCode: 301005 }, 'mediaConnectivityLost'],
  [{ code: 490, subCode: 4502 }, 'httpRequestFailed'],
  [{ code: 496, subCode: 7 }, 'networkLostNoReconnect'],
  [{ code: 408, subCode: 40114 }, 'infrastructureUnreachable'],
];

describe.each(Object.keys(DRIVERS))('source: %s', (name) => {
  const make = DRIVERS[name] as () => Driver;
  const replaces = !name.includes('callId given');

  it("the seed's timeline: relays unreachable, then ~2 s later Disconnected with 410/3112", () => {
    const d = make();
    d.raiseNetwork('networkRelaysNotReachable', true);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({ kind: 'relaysUnreachable', intent: 'warning' });
    d.tick(2000);
    d.end({ code: 410, subCode: 3112 });
    const banner = selectBanner(d.store.getSnapshot());
    expect(banner).toMatchObject({ kind: 'callEnded', codeText: '410/3112', relayFailure: true });
    expect(selectRelayDiagnostics(d.store.getSnapshot()).status).toBe('failed');
    expect(ended(d)).toHaveLength(1);
  });

  it('recovery: unreachable then reachable gives one recovery notice and no banner', () => {
    const d = make();
    d.raiseNetwork('networkRelaysNotReachable', true);
    d.tick(3000);
    d.raiseNetwork('networkRelaysNotReachable', false);
    const relay = selectRelayDiagnostics(d.store.getSnapshot());
    expect(relay).toMatchObject({ status: 'recovered', recoveryNotice: 1, episode: 1 });
    expect(selectBanner(d.store.getSnapshot())).toEqual({ kind: 'none' });
  });

  it('flapping within the window stays one episode with one notice', () => {
    const d = make();
    for (let i = 0; i < 4; i += 1) {
      d.raiseNetwork('networkRelaysNotReachable', true);
      d.tick(1000);
      d.raiseNetwork('networkRelaysNotReachable', false);
      d.tick(1000);
    }
    expect(selectRelayDiagnostics(d.store.getSnapshot())).toMatchObject({ episode: 1, recoveryNotice: 1 });
  });

  it.each(END_CODES)('ends with %o → its own catalog row, reported once', (reason, key) => {
    const d = make();
    d.end(reason);
    const banner = selectBanner(d.store.getSnapshot());
    expect(banner.kind).toBe('callEnded');
    if (banner.kind !== 'callEnded') return;
    expect(banner.entry.key).toBe(key);
    expect(banner.code).toBe(reason.code);
    expect(banner.subCode).toBe(reason.subCode);
    expect(ended(d)).toHaveLength(1);
  });

  it('a normal end (0/0) shows nothing', () => {
    const d = make();
    d.end({ code: 0, subCode: 0 });
    expect(selectBanner(d.store.getSnapshot())).toEqual({ kind: 'none' });
    expect(ended(d)).toHaveLength(1);
  });

  it('no network: shown while true; noNetwork=false is NOT set (the UI library defect)', () => {
    const d = make();
    d.raiseNetwork('noNetwork', true);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({ kind: 'networkIssue', issue: 'noNetwork' });
    d.raiseNetwork('noNetwork', false);
    expect(d.store.getSnapshot().network.noNetwork?.value).toBe(false);
    expect(selectBanner(d.store.getSnapshot())).toEqual({ kind: 'none' });
  });

  it('reconnect Poor → Good: reconnecting, then nothing; Bad: could not reconnect', () => {
    const d = make();
    d.raiseNetwork('networkReconnect', 2);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({ kind: 'networkIssue', issue: 'reconnecting' });
    d.raiseNetwork('networkReconnect', 1);
    expect(selectBanner(d.store.getSnapshot())).toEqual({ kind: 'none' });
    d.raiseNetwork('networkReconnect', 3);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({
      kind: 'networkIssue',
      issue: 'reconnectFailed',
      intent: 'error',
    });
  });

  it('quality storms give one banner with a count, and media UFDs never disturb network state', () => {
    const d = make();
    for (let i = 0; i < 50; i += 1) {
      d.raiseNetwork('networkSendQuality', i % 2 === 0 ? 2 : 3);
      d.raiseNetwork('networkReceiveQuality', i % 3 === 0 ? 3 : 2);
      d.tick(100);
    }
    const banner = selectBanner(d.store.getSnapshot());
    expect(banner).toMatchObject({ kind: 'networkIssue', moreIssues: 1 });
    const network = d.store.getSnapshot().network;
    for (let i = 0; i < 20; i += 1) d.raiseMedia('cameraFreeze', i % 2 === 0);
    expect(d.store.getSnapshot().network).toBe(network);
    expect(selectBanner(d.store.getSnapshot())).toEqual(banner);
    d.raiseNetwork('networkSendQuality', 1);
    d.raiseNetwork('networkReceiveQuality', 1);
    expect(selectBanner(d.store.getSnapshot())).toEqual({ kind: 'none' });
  });

  it('several at once: the most important shows with a count of the others (never a stack)', () => {
    const d = make();
    d.raiseNetwork('networkSendQuality', 2);
    d.raiseNetwork('networkReconnect', 2);
    d.raiseNetwork('networkRelaysNotReachable', true);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({ kind: 'relaysUnreachable', moreIssues: 2 });
    d.raiseNetwork('noNetwork', true);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({
      kind: 'networkIssue',
      issue: 'noNetwork',
      moreIssues: 3,
    });
    expect(selectNetworkIssues(d.store.getSnapshot()).map((i) => i.entry.key)).toEqual([
      'noNetwork',
      'relaysUnreachable',
      'reconnecting',
      'sendQualityPoor',
    ]);
  });

  it.runIf(replaces)('a call replaced by another starts a fresh diagnosis; the old end was kept first', () => {
    const d = make();
    d.raiseNetwork('networkRelaysNotReachable', true);
    d.replace({ code: 410, subCode: 3112 });
    expect(ended(d)).toHaveLength(1);
    expect(ended(d)[0]).toMatchObject({ code: 410, subCode: 3112 });
    const snapshot = d.store.getSnapshot();
    expect(snapshot.ended).toBeUndefined();
    expect(snapshot.relay.status).toBe('reachable');
    expect(selectBanner(snapshot)).toEqual({ kind: 'none' });
    d.raiseNetwork('noNetwork', true);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({ kind: 'networkIssue', issue: 'noNetwork' });
    d.end({ code: 496, subCode: 7 });
    expect(ended(d)).toHaveLength(2);
    expect(selectBanner(d.store.getSnapshot())).toMatchObject({ kind: 'callEnded', codeText: '496/7' });
  });

  it('detaching leaves 0 listeners and no further events', () => {
    const d = make();
    expect(d.listenerCount()).toBeGreaterThan(0);
    d.detach();
    expect(d.listenerCount()).toBe(0);
    const count = d.events.length;
    d.raiseNetwork('noNetwork', true);
    d.end({ code: 410, subCode: 3112 });
    expect(d.events).toHaveLength(count);
    d.detach(); // twice is safe
  });
});

describe('createCallDiagnostics over the sources', () => {
  const sources: Array<[string, () => { source: DiagnosticsSource; end: () => void; listeners: () => number }]> = [
    [
      'call',
      () => {
        const call = createFakeCall();
        return {
          source: { kind: 'call', call },
          end: () => call.controls.end({ code: 410, subCode: 3112 }),
          listeners: () => call.controls.listenerCount(),
        };
      },
    ],
    [
      'callAgent',
      () => {
        const agent = createFakeCallAgent();
        return {
          source: { kind: 'callAgent', agent },
          end: () => agent.controls.end({ code: 410, subCode: 3112 }),
          listeners: () => agent.controls.listenerCount(),
        };
      },
    ],
    [
      'callAdapter',
      () => {
        const adapter = createFakeCallAdapter();
        return {
          source: { kind: 'callAdapter', adapter },
          end: () => adapter.controls.end({ code: 410, subCode: 3112 }),
          listeners: () => adapter.controls.listenerCount(),
        };
      },
    ],
    [
      'statefulCallClient',
      () => {
        const client = createFakeStatefulCallClient({ calls: [{ id: 'c1' }] });
        return {
          source: { kind: 'statefulCallClient', client, callId: 'c1' },
          end: () => client.controls.end({ code: 410, subCode: 3112 }),
          listeners: () => client.controls.listenerCount(),
        };
      },
    ],
  ];
  it.each(sources)('takes a %s source: its end diagnosed, 0 listeners after dispose', async (kind, make) => {
    const { source, end, listeners } = make();
    const diagnostics = createCallDiagnostics({ source, history: false } as never);
    await vi.dynamicImportSettled(); // a CallAgent, CallAdapter or StatefulCallClient source is fetched on first use
    expect(diagnostics.getSnapshot().call.source).toBe(kind);
    end();
    expect(selectBanner(diagnostics.getSnapshot())).toMatchObject({ kind: 'callEnded', relayFailure: true });
    diagnostics.dispose();
    expect(listeners()).toBe(0);
  });

  it("the seed's timeline replayed on a call: the 410/3112 banner, then 0 listeners after dispose", async () => {
    const call = createFakeCall({ id: 'seed-call' });
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
    await replayTimeline(call, SEED_410_3112_TIMELINE, { speed: Number.POSITIVE_INFINITY });
    expect(selectBanner(diagnostics.getSnapshot())).toMatchObject({ kind: 'callEnded', codeText: '410/3112' });
    diagnostics.dispose();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('a different call starts over; re-attaching the same call keeps the state (StrictMode)', async () => {
    const a = createFakeCall({ network: { networkRelaysNotReachable: true } });
    const diagnostics = createCallDiagnostics({ history: false });
    const detach = diagnostics.attach({ kind: 'call', call: a });
    detach();
    diagnostics.attach({ kind: 'call', call: a });
    expect(diagnostics.getSnapshot().relay.status).toBe('unreachable');
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(a.controls.listenerCount()).toBe(6);
    const b = createFakeCall();
    diagnostics.attach({ kind: 'call', call: b });
    expect(a.controls.listenerCount()).toBe(0);
    expect(diagnostics.getSnapshot().relay.status).toBe('reachable');
    diagnostics.dispose();
    expect(b.controls.listenerCount()).toBe(0);
  });
});
