/**
 * createCallDiagnostics, option by option and method by method: what each option changes in what the app sees
 * (history, classification, telemetry, server call ID, report input), the lifecycle's order and idempotence, and the
 * development console message for each `sourceIssue` reason: said once per reason, redacted, naming the fix; and
 * nothing at all unless both halves of `isDevelopment() && process.env.NODE_ENV !== 'production'` agree (a bundler
 * replaces the second half with a literal; `isDevelopment()` is false where there is no `process`).
 */
import {
  createFakeCall,
  createFakeCallAdapter,
  createFakeCallAgent,
  createFakeStatefulCallClient,
} from '@call-diagnostics/testing';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { memoryStorage } from '../test/memoryStorage.js';
import { type CallDiagnostics, createCallDiagnostics, type DiagnosticsSource } from './createCallDiagnostics.js';
import { hashId } from './history/hash.js';
import { createMemoryHistory, type OutcomeHistory } from './history/outcomeHistory.js';
import { selectPrimaryAction, selectRecurrence } from './history/selectors.js';
import type { CallLike } from './sources/types.js';
import { createDiagnosticsStore } from './store/createDiagnosticsStore.js';
import type { DiagnosticTelemetryRecord } from './telemetry/telemetry.js';

// `isDevelopment()` as the real one answers under Vitest (true), switchable to false for the development tests.
const dev = vi.hoisted(() => ({ on: true }));
vi.mock('./dev.js', () => ({ isDevelopment: () => dev.on }));

afterEach(() => {
  dev.on = true;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const resets = (d: CallDiagnostics) => d.getSnapshot().timeline.filter((e) => e.kind === 'reset').length;

/** The stored outcome documents' keys (the salt beside them left out). */
const historyKeys = (storage: { readonly data: Map<string, string> }) =>
  [...storage.data.keys()].filter((k) => !k.endsWith(':salt'));

/** Ends a fresh fake call through `d` with this code. */
function endCall(d: CallDiagnostics, id: string, code = 410, subCode = 3112) {
  const call = createFakeCall({ id });
  d.attach({ kind: 'call', call });
  call.controls.end({ code, subCode });
  return call;
}

describe('attach: which source is a new call', () => {
  const kinds: [string, () => DiagnosticsSource][] = [
    ['call', () => ({ kind: 'call', call: createFakeCall() })],
    ['callAgent', () => ({ kind: 'callAgent', agent: createFakeCallAgent() })],
    ['callAdapter', () => ({ kind: 'callAdapter', adapter: createFakeCallAdapter() })],
    ['statefulCallClient', () => ({ kind: 'statefulCallClient', client: createFakeStatefulCallClient() })],
  ];

  it.each(kinds)('%s: the same object again keeps the diagnosis; another one starts over', (_kind, make) => {
    const d = createCallDiagnostics({ history: false });
    const first = make();
    d.attach(first);
    expect(resets(d)).toBe(0); // the first attach starts nothing over
    d.attach(first);
    expect(resets(d)).toBe(0);
    d.attach(make());
    expect(resets(d)).toBe(1);
    d.dispose();
  });

  it('what the app dispatched before the first attach is kept', () => {
    const d = createCallDiagnostics({ history: false });
    d.dispatch({ type: 'sourceIssue', at: 1, reason: 'handler-threw', detail: 'before' });
    d.attach({ kind: 'call', call: createFakeCall() });
    expect(resets(d)).toBe(0);
    expect(d.getSnapshot().issues).toEqual([{ at: 1, reason: 'handler-threw', detail: 'before' }]);
  });

  it('a stateful client: another callId of the same client starts over, the same callId does not', async () => {
    const client = createFakeStatefulCallClient({ calls: [{ id: 'call-a' }, { id: 'call-b' }] });
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'statefulCallClient', client, callId: 'call-a' });
    await vi.dynamicImportSettled(); // the StatefulCallClient source is fetched on first use
    expect(d.getSnapshot().call.id).toBe('call-a'); // the given call, not the most recent one
    d.attach({ kind: 'statefulCallClient', client, callId: 'call-a' });
    expect(resets(d)).toBe(0);
    d.attach({ kind: 'statefulCallClient', client, callId: 'call-b' });
    await vi.dynamicImportSettled();
    expect(resets(d)).toBe(1);
    expect(d.getSnapshot().call.id).toBe('call-b');
  });

  it('a stray callId on another kind of source is ignored (same call, no fresh start)', () => {
    const call = createFakeCall();
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'call', call, callId: 'x' } as unknown as DiagnosticsSource);
    d.attach({ kind: 'call', call, callId: 'y' } as unknown as DiagnosticsSource);
    expect(resets(d)).toBe(0);
  });

  it('adapters and stateful clients run on the given clock', async () => {
    for (const source of [
      { kind: 'callAdapter', adapter: createFakeCallAdapter() },
      { kind: 'statefulCallClient', client: createFakeStatefulCallClient() },
    ] as DiagnosticsSource[]) {
      const d = createCallDiagnostics({ history: false, now: () => 1_234 });
      d.attach(source);
      await vi.dynamicImportSettled();
      expect(d.getSnapshot().timeline.find((e) => e.kind === 'attached')).toMatchObject({ at: 1_234 });
    }
  });
});

describe('attach: the adapter and stateful client sources are fetched on first use', () => {
  it('a holder that is not one is a TypeError at once, before any fetch', () => {
    const d = createCallDiagnostics({ history: false });
    expect(() => d.attach({ kind: 'callAdapter', adapter: {} as never })).toThrow(
      new TypeError('attachCallAdapter: expected a CallAdapter'),
    );
    expect(() => d.attach({ kind: 'statefulCallClient', client: {} as never })).toThrow(
      new TypeError('attachStatefulCallClient: expected a StatefulCallClient'),
    );
  });

  it('a detach before the code arrives leaves no listener', async () => {
    const adapter = createFakeCallAdapter();
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'callAdapter', adapter })();
    await vi.dynamicImportSettled();
    expect(adapter.controls.listenerCount()).toBe(0);
  });

  it('a stateful client whose call ends before the code arrives still reports that end', async () => {
    const client = createFakeStatefulCallClient({ calls: [{ id: 'call-a' }] });
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'statefulCallClient', client });
    client.controls.end({ code: 410, subCode: 3112 });
    await vi.dynamicImportSettled();
    expect(d.getSnapshot().ended).toMatchObject({ callId: 'call-a', code: 410, subCode: 3112 });
  });
});

describe('attach: bad sources', () => {
  const message = (kind: string) =>
    `createCallDiagnostics: unknown source ${kind}; kind must be one of call, callAgent, callAdapter, statefulCallClient`;

  it.each([
    ['null', null, 'undefined'],
    ['undefined', undefined, 'undefined'],
    ['an unknown kind', { kind: 'phone' }, '"phone"'],
    ['a string', 'call', 'undefined'],
  ])('%s → TypeError naming the kinds', (_name, source, shown) => {
    const d = createCallDiagnostics({ history: false });
    expect(() => d.attach(source as never)).toThrow(new TypeError(message(shown)));
  });

  it('a function carrying a valid kind is not a source either', () => {
    const d = createCallDiagnostics({ history: false });
    const source = Object.assign(() => {}, { kind: 'call', call: createFakeCall() });
    expect(() => d.attach(source as never)).toThrow(new TypeError(message('"call"')));
  });

  it('the source option is checked at creation; store bounds are RangeErrors', () => {
    expect(() => createCallDiagnostics({ source: { kind: 'x' } as never })).toThrow(new TypeError(message('"x"')));
    expect(() => createCallDiagnostics({ timelineLimit: 0 })).toThrow(RangeError);
    expect(() => createCallDiagnostics({ flapWindowMs: -1 })).toThrow(RangeError);
  });
});

describe('detach, reset, dispose', () => {
  it("attach's own detach stops exactly that attachment; a stale one leaves the current source alone", () => {
    const a = createFakeCall();
    const b = createFakeCall();
    const d = createCallDiagnostics({ history: false });
    const detachA = d.attach({ kind: 'call', call: a });
    const detachB = d.attach({ kind: 'call', call: b });
    expect(a.controls.listenerCount()).toBe(0);
    detachA(); // stale: B stays followed, and detach() can still stop it
    expect(b.controls.listenerCount()).toBeGreaterThan(0);
    b.controls.raiseNetwork('networkRelaysNotReachable', true);
    expect(d.getSnapshot().relay.status).toBe('unreachable');
    d.detach();
    expect(b.controls.listenerCount()).toBe(0);
    detachB(); // already detached: nothing happens
    d.detach();

    const c = createFakeCall();
    const detachC = d.attach({ kind: 'call', call: c });
    detachC();
    expect(c.controls.listenerCount()).toBe(0);
    c.controls.end({ code: 410, subCode: 3112 });
    expect(d.getSnapshot().ended).toBeUndefined();
  });

  it('reset() starts a fresh attempt at now(): the end cleared, the timeline kept', () => {
    let t = 100;
    const d = createCallDiagnostics({ history: false, now: () => t });
    const call = createFakeCall();
    d.attach({ kind: 'call', call });
    call.controls.end({ code: 410, subCode: 3112 });
    expect(d.getSnapshot().ended).toBeDefined();
    t = 200;
    d.reset();
    expect(d.getSnapshot().ended).toBeUndefined();
    expect(d.getSnapshot().timeline.at(-1)).toEqual({ at: 200, kind: 'reset', name: 'reset' });
    expect(d.getSnapshot().timeline.map((e) => e.kind)).toContain('ended');
  });

  it('dispose() disposes the store it made, detaches, and is idempotent', () => {
    const call = createFakeCall();
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    d.dispose();
    expect(d.store.disposed).toBe(true);
    expect(call.controls.listenerCount()).toBe(0);
    expect(() => d.dispose()).not.toThrow();
  });

  it('dispose() leaves a shared store to its owner, and stops reacting to it', () => {
    const store = createDiagnosticsStore();
    const history = createMemoryHistory();
    const records: DiagnosticTelemetryRecord[] = [];
    const d = createCallDiagnostics({ store, history, onDiagnosticEvent: (r) => records.push(r) });
    expect(d.store).toBe(store);
    d.dispose();
    expect(store.disposed).toBe(false);
    store.dispatch({ type: 'callEnded', at: Date.now(), callId: 'after-dispose', code: 410, subCode: 3112 });
    expect(store.getSnapshot().ended).toBeDefined();
    expect(history.list()).toEqual([]);
    expect(records).toEqual([]);
  });
});

describe('history option', () => {
  it('omitted: a history of its own (memory here), recording each end', () => {
    const d = createCallDiagnostics();
    expect(d.history?.status().backend).toBe('memory');
    endCall(d, 'c1');
    expect(d.history?.list()).toEqual([expect.objectContaining({ code: 410, subCode: 3112 })]);
  });

  it('a ready OutcomeHistory is used as it is', () => {
    const history = createMemoryHistory();
    const d = createCallDiagnostics({ history });
    expect(d.history).toBe(history);
  });

  it('false: no history, classification unknown', () => {
    const d = createCallDiagnostics({ history: false });
    endCall(d, 'c1');
    expect(d.history).toBeUndefined();
    expect(d.getRecurrence()).toEqual({
      kind: 'unknown',
      reason: 'no-history',
      failures: 0,
      total: 0,
      consecutiveFailures: 0,
    });
  });

  it.each([
    ['list', { list: () => [] }],
    ['record', { record: () => true }],
  ])('a Storage-like object that also has a %s method is still a storage', (_name, extra) => {
    const storage = Object.assign(memoryStorage(), extra);
    const d = createCallDiagnostics({ history: storage });
    expect(d.history).not.toBe(storage);
    endCall(d, 'c1');
    expect(historyKeys(storage)).toEqual(['call-diagnostics:history:v1:device']);
    expect(d.history?.list()).toHaveLength(1);
  });

  it('a storage is keyed per user under historyOptions, bounded by them, on the given clock', () => {
    const storage = memoryStorage();
    const t = 1_000_000;
    const d = createCallDiagnostics({
      history: storage,
      userId: '8:acs:alice',
      historyOptions: { namespace: 'my-app', maxOutcomes: 2, maxAgeMs: 1_000 },
      now: () => t,
    });
    endCall(d, 'c1');
    endCall(d, 'c2');
    endCall(d, 'c3');
    const keys = historyKeys(storage);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^my-app:history:v1:s:/);
    // Two kept (maxOutcomes); at t, which only the given clock sees as younger than maxAgeMs.
    expect(d.history?.list().map((o) => o.at)).toEqual([t, t]);
  });

  it('an end dispatched without a source is recorded and classified; no server call ID comes of it', async () => {
    const history = createMemoryHistory();
    const d = createCallDiagnostics({ history });
    d.dispatch({ type: 'callEnded', at: Date.now(), callId: 'manual', code: 410, subCode: 3112 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(history.list()).toHaveLength(1);
    expect(d.getSnapshot().recurrence).toMatchObject({ kind: 'unknown', reason: 'first-failure' });
    expect(d.getServerCallId()).toBeUndefined();
  });

  it('records an end only when it has a code, with its call ID', () => {
    const history = createMemoryHistory();
    const record = vi.spyOn(history, 'record');
    const d = createCallDiagnostics({ history });
    d.dispatch({ type: 'callEnded', at: 5, callId: 'no-code' });
    expect(record).not.toHaveBeenCalled();
    d.reset();
    d.dispatch({ type: 'callEnded', at: 6, callId: 'coded', code: 490, subCode: 4502 });
    expect(record).toHaveBeenCalledExactlyOnceWith({ at: 6, code: 490, subCode: 4502, callId: 'coded' });
  });

  it('a custom history whose list() or record() throws: the end is still diagnosed, classified as no history', () => {
    const boom = () => {
      throw new Error('broken history');
    };
    const history: OutcomeHistory = { ...createMemoryHistory(), list: boom, record: boom };
    const d = createCallDiagnostics({ history });
    expect(() => endCall(d, 'c1')).not.toThrow();
    expect(d.getSnapshot().ended).toMatchObject({ code: 410, subCode: 3112 });
    expect(d.getSnapshot().recurrence).toMatchObject({ kind: 'unknown', reason: 'no-history' });
    expect(d.getRecurrence()).toMatchObject({ kind: 'unknown', reason: 'no-history', total: 0 });
  });

  it('recurrence thresholds are the ones given', () => {
    const d = createCallDiagnostics({ history: createMemoryHistory(), recurrence: { consecutiveFailures: 1 } });
    endCall(d, 'c1');
    expect(d.getSnapshot().recurrence).toMatchObject({ kind: 'persistent', reason: 'consecutive-failures' });
    const never = createCallDiagnostics({
      history: createMemoryHistory(),
      recurrence: { consecutiveFailures: 1, isFailure: () => false },
    });
    endCall(never, 'c2');
    expect(never.getRecurrence()).toMatchObject({ kind: 'unknown', reason: 'no-failures' });
  });
});

describe('setUserId', () => {
  it("switches the kit's own history to the new user's, and back", () => {
    const storage = memoryStorage();
    const d = createCallDiagnostics({ history: storage, userId: 'alice' });
    endCall(d, 'alice-1', 410, 3112);
    const alices = d.history;
    d.setUserId('alice'); // the same user: nothing changes
    expect(d.history).toBe(alices);
    d.setUserId('bob');
    expect(d.history).not.toBe(alices);
    expect(d.history?.list()).toEqual([]);
    endCall(d, 'bob-1', 490, 4502);
    expect(d.history?.list().map((o) => o.code)).toEqual([490]);
    expect(historyKeys(storage)).toHaveLength(2);
    d.setUserId('alice');
    expect(d.history?.list().map((o) => o.code)).toEqual([410]);
  });

  it.each([
    ['list', { list: () => [] }],
    ['record', { record: () => true }],
  ])(
    'a Storage-like object with a %s method is a storage here too: the next user gets their own history',
    (_name, extra) => {
      const storage = Object.assign(memoryStorage(), extra);
      const d = createCallDiagnostics({ history: storage, userId: 'alice' });
      endCall(d, 'alice-1');
      d.setUserId('bob');
      expect(d.history?.list()).toEqual([]);
      endCall(d, 'bob-1');
      expect(historyKeys(storage)).toHaveLength(2);
    },
  );

  it('the default history is remade too', () => {
    const d = createCallDiagnostics({ userId: 'alice' });
    endCall(d, 'alice-1');
    expect(() => d.setUserId(undefined)).not.toThrow();
    expect(d.history?.list()).toEqual([]);
  });

  it("an app-given OutcomeHistory stays the app's; history: false stays off", () => {
    const history = createMemoryHistory();
    const given = createCallDiagnostics({ history, userId: 'alice' });
    given.setUserId('bob');
    expect(given.history).toBe(history);
    const off = createCallDiagnostics({ history: false, userId: 'alice' });
    off.setUserId('bob');
    expect(off.history).toBeUndefined();
  });

  it("telemetry's Identifier follows the user, as the identifier option says", async () => {
    const raw: DiagnosticTelemetryRecord[] = [];
    const d = createCallDiagnostics({
      history: false,
      userId: '8:acs:alice',
      identifier: 'raw',
      onDiagnosticEvent: (r) => raw.push(r),
    });
    d.track('panelOpened');
    d.setUserId('8:acs:bob');
    d.track('panelOpened');
    d.setUserId(undefined);
    d.track('panelOpened');
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(raw.map((r) => r.Identifier)).toEqual(['8:acs:alice', '8:acs:bob', undefined]);

    const hashed: DiagnosticTelemetryRecord[] = [];
    const h = createCallDiagnostics({
      history: false,
      userId: '8:acs:alice',
      identifier: 'hashed',
      onDiagnosticEvent: (r) => hashed.push(r),
    });
    h.track('panelOpened');
    h.setUserId('8:acs:bob');
    h.track('panelOpened');
    expect(hashed.map((r) => r.Identifier)).toEqual([hashId('8:acs:alice'), hashId('8:acs:bob')]);

    const none: DiagnosticTelemetryRecord[] = [];
    createCallDiagnostics({ history: false, userId: '8:acs:alice', onDiagnosticEvent: (r) => none.push(r) }).track(
      'reportCopied',
    );
    expect(none).toEqual([expect.objectContaining({ kind: 'reportCopied', Identifier: undefined })]);
  });
});

describe('telemetry', () => {
  it('without onDiagnosticEvent nothing is emitted, so onTelemetryError never hears of it', () => {
    const onTelemetryError = vi.fn();
    const d = createCallDiagnostics({ history: false, onTelemetryError });
    d.track('retryPressed');
    endCall(d, 'c1');
    expect(onTelemetryError).not.toHaveBeenCalled();
  });

  it('a throwing onDiagnosticEvent goes to onTelemetryError; a throwing onTelemetryError goes nowhere', async () => {
    const error = new Error('app bug');
    const onTelemetryError = vi.fn(() => {
      throw new Error('handler bug too');
    });
    const d = createCallDiagnostics({
      history: false,
      onDiagnosticEvent: () => {
        throw error;
      },
      onTelemetryError,
    });
    expect(() => d.track('reportDownloaded')).not.toThrow();
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(onTelemetryError).toHaveBeenCalledExactlyOnceWith(error);
    const quiet = createCallDiagnostics({
      history: false,
      onDiagnosticEvent: () => {
        throw error;
      },
    });
    expect(() => quiet.track('reportDownloaded')).not.toThrow();
  });

  it('records carry the clock, the SDK version and the redact rules', async () => {
    const records: DiagnosticTelemetryRecord[] = [];
    const d = createCallDiagnostics({
      history: false,
      now: () => Date.UTC(2026, 0, 2, 3, 4, 5),
      sdkVersion: '1.40.0',
      redact: ['secret-call'],
      onDiagnosticEvent: (r) => records.push(r),
    });
    d.attach({ kind: 'call', call: createFakeCall({ id: 'secret-call-7' }) });
    d.track('retryPressed');
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(records[0]).toMatchObject({
      kind: 'retryPressed',
      at: '2026-01-02T03:04:05.000Z',
      sdkVersion: '1.40.0',
      CorrelationId: '[redacted]-7',
    });
  });
});

describe('server call ID and report input', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("is the ended call's, once info answered; not before, and not the next call's", async () => {
    const d = createCallDiagnostics({ history: false });
    expect(d.getServerCallId()).toBeUndefined();
    const call = createFakeCall({ id: 'c1', serverCallId: 'server-1' });
    d.attach({ kind: 'call', call });
    expect(d.getServerCallId()).toBeUndefined();
    call.controls.end({ code: 0, subCode: 0 });
    await flush();
    expect(d.getServerCallId()).toBe('server-1');
    d.attach({ kind: 'call', call: createFakeCall({ id: 'c2' }) });
    expect(d.getServerCallId()).toBeUndefined();
  });

  it("is keyed by the ended call's ID, even if the SDK renames the call afterwards", async () => {
    const d = createCallDiagnostics({ history: false });
    const call = createFakeCall({ id: 'c1', serverCallId: 'server-1' });
    d.attach({ kind: 'call', call });
    call.controls.end({ code: 0, subCode: 0 });
    await flush();
    d.dispatch({ type: 'callIdChanged', at: Date.now(), callId: 'c1-renamed' });
    expect(d.getSnapshot().call.id).toBe('c1-renamed');
    expect(d.getServerCallId()).toBe('server-1');
  });

  it.each([
    ['a number', async () => 42],
    ['a rejection', async () => Promise.reject(new Error('offline'))],
    [
      'a throw',
      () => {
        throw new Error('disposed');
      },
    ],
  ])('info answering %s gives none', async (_name, getServerCallId) => {
    const call = createFakeCall({ id: 'c1' });
    // The fake, live (its getters, on/off and feature), with another info.
    const odd = Object.assign(Object.create(call), { info: { getServerCallId } }) as CallLike;
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'call', call: odd });
    call.controls.end({ code: 0, subCode: 0 });
    await flush();
    expect(d.getSnapshot().ended).toBeDefined();
    expect(d.getServerCallId()).toBeUndefined();
  });

  it('getReportInput gathers what a report needs', async () => {
    const rules = [/x/];
    const d = createCallDiagnostics({
      history: createMemoryHistory(),
      sdkVersion: '1.46.1',
      redact: rules,
      keepPersonalData: true,
    });
    const call = createFakeCall({ id: 'c1', serverCallId: 'server-1' });
    d.attach({ kind: 'call', call });
    call.controls.end({ code: 410, subCode: 3112 });
    await flush();
    const input = d.getReportInput();
    expect(input).toEqual({
      state: d.getSnapshot(),
      serverCallId: 'server-1',
      classification: d.getSnapshot().recurrence,
      sdkVersion: '1.46.1',
      redact: rules,
      keepPersonalData: true,
    });
    expect(input.classification).toMatchObject({ kind: 'unknown', reason: 'first-failure' });
  });
});

describe('createCallDiagnostics: outcome history, classification, telemetry', () => {
  it('records each call outcome exactly once, even when re-attached or reported twice', () => {
    const history = createMemoryHistory();
    const diagnostics = createCallDiagnostics({ history });
    const call = createFakeCall({ id: 'call-a' });
    diagnostics.attach({ kind: 'call', call });
    diagnostics.attach({ kind: 'call', call }); // StrictMode: detach + attach the same call
    call.controls.end({ code: 410, subCode: 3112 });
    diagnostics.dispatch({ type: 'callEnded', at: Date.now(), callId: 'call-a', code: 410, subCode: 3112 });
    diagnostics.attach({ kind: 'call', call }); // re-attach after the end: reads Disconnected again
    expect(history.list()).toEqual([expect.objectContaining({ code: 410, subCode: 3112 })]);

    // A second diagnostics object on the same history and call (two consumers) adds nothing either.
    const other = createCallDiagnostics({ history });
    other.attach({ kind: 'call', call });
    expect(history.list()).toHaveLength(1);
  });

  it('a fine end is code 0; the next attempt after reset is recorded too', () => {
    const history = createMemoryHistory();
    const diagnostics = createCallDiagnostics({ history });
    const first = createFakeCall({ id: 'call-1' });
    diagnostics.attach({ kind: 'call', call: first });
    first.controls.end({ code: 0, subCode: 0 });
    const second = createFakeCall({ id: 'call-2' });
    diagnostics.attach({ kind: 'call', call: second });
    second.controls.end({ code: 490, subCode: 4502 });
    expect(history.list().map((o) => o.code)).toEqual([0, 490]);
  });

  it('succeeded before, fails now → transient (Retry first), then persistent (Check your network first)', () => {
    const history = createMemoryHistory();
    const now = Date.now();
    for (let i = 0; i < 5; i += 1) history.record({ at: now - 10_000 + i, code: 0 });
    const diagnostics = createCallDiagnostics({ history });

    const first = createFakeCall({ id: 'fail-1' });
    diagnostics.attach({ kind: 'call', call: first });
    first.controls.end({ code: 410, subCode: 3112 });
    expect(selectRecurrence(diagnostics.getSnapshot())).toMatchObject({ kind: 'transient', consecutiveFailures: 1 });
    expect(selectPrimaryAction(diagnostics.getSnapshot())).toBe('retry');

    const second = createFakeCall({ id: 'fail-2' });
    diagnostics.attach({ kind: 'call', call: second });
    second.controls.end({ code: 410, subCode: 3112 });
    expect(selectRecurrence(diagnostics.getSnapshot())).toMatchObject({ kind: 'persistent', consecutiveFailures: 2 });
    expect(selectPrimaryAction(diagnostics.getSnapshot())).toBe('fix-network');
  });

  it('without history the catalog decides (fix-network for 410/3112)', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    const call = createFakeCall();
    diagnostics.attach({ kind: 'call', call });
    call.controls.end({ code: 410, subCode: 3112 });
    expect(diagnostics.history).toBeUndefined();
    expect(selectRecurrence(diagnostics.getSnapshot())).toMatchObject({ kind: 'unknown', reason: 'no-history' });
    expect(selectPrimaryAction(diagnostics.getSnapshot())).toBe('fix-network');
  });

  it('a throwing storage never costs the diagnosis', () => {
    const boom = () => {
      throw new Error('storage broken');
    };
    const diagnostics = createCallDiagnostics({ history: { getItem: boom, setItem: boom } });
    const call = createFakeCall();
    diagnostics.attach({ kind: 'call', call });
    expect(() => call.controls.end({ code: 410, subCode: 3112 })).not.toThrow();
    expect(diagnostics.getSnapshot().ended).toMatchObject({ code: 410, subCode: 3112 });
    expect(diagnostics.getSnapshot().relay.status).toBe('failed');
  });

  it('emits records that join ACSCallSummary; a throwing callback never reaches the app', async () => {
    const records: DiagnosticTelemetryRecord[] = [];
    const onTelemetryError = vi.fn();
    let fail = true;
    const diagnostics = createCallDiagnostics({
      history: false,
      userId: '8:acs:user-9',
      identifier: 'raw',
      sdkVersion: '1.46.1',
      onTelemetryError,
      onDiagnosticEvent: (record) => {
        records.push(record);
        if (fail) {
          fail = false;
          throw new Error('app bug');
        }
      },
    });
    const call = createFakeCall({ id: 'call-9', participantId: 'participant-9' });
    diagnostics.attach({ kind: 'call', call });
    expect(() => call.controls.raiseNetwork('networkRelaysNotReachable', true)).not.toThrow();
    call.controls.raiseNetwork('networkRelaysNotReachable', false);
    call.controls.end({ code: 410, subCode: 3112 });
    diagnostics.track('retryPressed');
    diagnostics.track('panelOpened');
    diagnostics.track('reportCopied');
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    expect(onTelemetryError).toHaveBeenCalledOnce();
    expect(records.map((r) => r.kind)).toEqual([
      'relaysUnreachable',
      'relaysRecovered',
      'callEnded',
      'retryPressed',
      'panelOpened',
      'reportCopied',
    ]);
    expect(records[2]).toMatchObject({
      schema: 'call-diagnostics/v1',
      CorrelationId: 'call-9',
      ParticipantId: 'participant-9',
      Identifier: '8:acs:user-9',
      endCode: 410,
      endSubCode: 3112,
      endCodeText: '410/3112',
      relayStatus: 'failed',
      classification: 'unknown',
      sdkVersion: '1.46.1',
    });
    expect(records[2]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe("telemetry's Identifier is the app's choice (issue 12)", () => {
  const PHONE = '4:+14255550123';
  const records = async (identifier?: 'raw' | 'hashed' | 'none') => {
    const out: DiagnosticTelemetryRecord[] = [];
    const d = createCallDiagnostics({
      history: false,
      userId: PHONE,
      ...(identifier ? { identifier } : {}),
      onDiagnosticEvent: (r) => out.push(r),
    });
    d.dispatch({ type: 'attached', at: 1, source: 'manual', callId: 'call-1', participantId: 'p-1' });
    d.track('panelOpened');
    await vi.dynamicImportSettled(); // the telemetry record builder is fetched on the first record
    return out;
  };

  it("defaults to 'none': no identifier leaves the page unless the app asks", async () => {
    const [record] = await records();
    expect(record?.Identifier).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('4255550123');
    expect(record).toMatchObject({ CorrelationId: 'call-1', ParticipantId: 'p-1' });
  });

  it("'hashed' sends a hash, 'raw' the id as given, 'none' nothing", async () => {
    expect((await records('hashed'))[0]?.Identifier).toBe(hashId(PHONE));
    expect((await records('raw'))[0]?.Identifier).toBe(PHONE);
    expect((await records('none'))[0]?.Identifier).toBeUndefined();
  });
});

let warn: MockInstance<typeof console.warn>;
const said = () => warn.mock.calls.map((args) => String(args[0]));

/** A live fake call with some members replaced. */
function callWith(overrides: Record<string, unknown>): CallLike & ReturnType<typeof createFakeCall> {
  return Object.assign(Object.create(createFakeCall()), overrides);
}

const FIX = {
  unavailable:
    "the call's user-facing diagnostics could not be followed. Fix: pass features={Features} to CallDiagnosticsProvider (or `features: Features` to createCallDiagnostics), the `Features` export of the calling SDK.",
  threw:
    "call.feature() threw for UserFacingDiagnostics. Fix: pass features={Features} (the calling SDK's Features); a test double's feature() must accept Features.UserFacingDiagnostics (or set DUCK_TYPED_FEATURES on it).",
  getLatest: 'reading the SDK object threw (often: it was already disposed). Fix: attach the live call or adapter.',
  subscribe:
    "subscribing to the SDK object's events threw (often: it was already disposed). Fix: attach the live object.",
  handler: 'reading the SDK object inside one of its events threw; that event was skipped, the diagnosis goes on.',
};

describe('development: what each source issue says', () => {
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'development');
  });

  it('ufd-feature-threw: the redacted SDK text and the fix', () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded for user-42, token=abcdef123'));
    createCallDiagnostics({ history: false, redact: ['user-42'] }).attach({ kind: 'call', call });
    expect(said()).toEqual([
      `[call-diagnostics] ufd-feature-threw: feature exploded for [redacted], token=[redacted] — ${FIX.threw}`,
    ]);
  });

  it('a TURN password holding a / in an SDK error does not reach the console (issue 22)', () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('ICE failed turn:user:ab/cd+secret==@relay.example.com:3478'));
    createCallDiagnostics({ history: false }).attach({ kind: 'call', call });
    expect(said()).toEqual([
      `[call-diagnostics] ufd-feature-threw: ICE failed turn:[redacted]@relay.example.com:3478 — ${FIX.threw}`,
    ]);
  });

  it('personal data in an SDK error reaches the console only with keepPersonalData', () => {
    const fail = (keepPersonalData: boolean) => {
      const call = createFakeCall();
      call.controls.failFeature(new Error('no feature for 8:acs:b6aada1f-0b1d_00 at 203.0.113.42'));
      createCallDiagnostics({ history: false, keepPersonalData }).attach({ kind: 'call', call });
    };
    fail(false);
    fail(true);
    expect(said()).toEqual([
      `[call-diagnostics] ufd-feature-threw: no feature for [redacted] at [redacted] — ${FIX.threw}`,
      `[call-diagnostics] ufd-feature-threw: no feature for 8:acs:b6aada1f-0b1d_00 at 203.0.113.42 — ${FIX.threw}`,
    ]);
  });

  it('ufd-feature-unavailable, get-latest-threw (network and media: said once), subscribe-threw', () => {
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'call', call: callWith({ feature: () => undefined }) });
    const stale = createFakeCall();
    stale.controls.failGetLatest(new Error('disposed'));
    d.attach({ kind: 'call', call: stale });
    d.attach({
      kind: 'call',
      call: callWith({
        on: () => {
          throw new Error('object disposed');
        },
      }),
    });
    expect(said()).toEqual([
      `[call-diagnostics] ufd-feature-unavailable: call.feature(UserFacingDiagnostics) gave no network diagnostics — ${FIX.unavailable}`,
      `[call-diagnostics] get-latest-threw: network: disposed — ${FIX.getLatest}`,
      `[call-diagnostics] subscribe-threw: object disposed — ${FIX.subscribe}`,
    ]);
    // Every issue is still in the diagnosis; only the console hears each reason once.
    expect(d.getSnapshot().issues.map((i) => i.reason)).toContain('subscribe-threw');
    expect(d.getSnapshot().issues.filter((i) => i.reason === 'get-latest-threw')).toHaveLength(2);
  });

  it('handler-threw, once per reason for the object, again for another object', () => {
    const call = createFakeCall();
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    // The SDK handing the UFD handler an argument that throws when read.
    const hostile = {
      get diagnostic(): string {
        throw new Error('args revoked');
      },
    };
    const network = (
      call.feature(undefined as never) as unknown as {
        network: { emitter: { emit: (event: string, args: unknown) => void } };
      }
    ).network;
    network.emitter.emit('diagnosticChanged', hostile);
    network.emitter.emit('diagnosticChanged', hostile);
    expect(said()).toEqual([`[call-diagnostics] handler-threw: args revoked — ${FIX.handler}`]);
    expect(d.getSnapshot().issues.filter((i) => i.reason === 'handler-threw')).toHaveLength(2);

    const other = createFakeCall();
    other.controls.failFeature(new Error('a'));
    const d2 = createCallDiagnostics({ history: false, source: { kind: 'call', call: other } });
    d2.attach({ kind: 'call', call: other }); // the same call again: the same issue, not said twice
    expect(said()).toHaveLength(2);
    expect(said()[1]).toBe(`[call-diagnostics] ufd-feature-threw: a — ${FIX.threw}`);
  });
});

describe('outside development: nothing on the console', () => {
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  const attachBroken = () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded'));
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    expect(d.getSnapshot().issues).toEqual([expect.objectContaining({ reason: 'ufd-feature-threw' })]);
  };

  it('a bundle whose NODE_ENV was replaced by "production", even if isDevelopment() says otherwise', () => {
    vi.stubEnv('NODE_ENV', 'production');
    dev.on = true;
    attachBroken();
    expect(warn).not.toHaveBeenCalled();
  });

  it('where isDevelopment() is false (no process), whatever NODE_ENV reads', () => {
    vi.stubEnv('NODE_ENV', 'development');
    dev.on = false;
    attachBroken();
    expect(warn).not.toHaveBeenCalled();
  });

  it('production, then development again: the reason was never said, so it is said then', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded'));
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    vi.stubEnv('NODE_ENV', 'development');
    d.attach({ kind: 'call', call });
    expect(said()).toEqual([`[call-diagnostics] ufd-feature-threw: feature exploded — ${FIX.threw}`]);
  });
});
