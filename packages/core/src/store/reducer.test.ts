import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from './reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE } from './state.js';

const relays = (value: boolean, at: number): DiagnosticEvent => ({
  type: 'diagnosticChanged',
  at,
  area: 'network',
  diagnostic: 'networkRelaysNotReachable',
  value,
});
const end = (at: number, code?: number, subCode?: number): DiagnosticEvent => ({
  type: 'callEnded',
  at,
  code,
  subCode,
});
const run = (events: DiagnosticEvent[], options = DEFAULT_REDUCER_OPTIONS): DiagnosticsState =>
  events.reduce((state, event) => diagnosticsReducer(state, event, options), INITIAL_STATE);

describe('relay state machine', () => {
  const cases: Array<{ name: string; events: DiagnosticEvent[]; status: string; notice: number; episode: number }> = [
    { name: 'healthy call', events: [], status: 'reachable', notice: 0, episode: 0 },
    { name: 'UFD true', events: [relays(true, 1000)], status: 'unreachable', notice: 0, episode: 1 },
    {
      name: 'false without true is not news',
      events: [relays(false, 1000)],
      status: 'reachable',
      notice: 0,
      episode: 0,
    },
    {
      name: 'true then false recovers',
      events: [relays(true, 1000), relays(false, 5000)],
      status: 'recovered',
      notice: 1,
      episode: 1,
    },
    {
      name: 'flapping within the window stays one episode with one notice',
      events: [
        relays(true, 0),
        relays(false, 100),
        relays(true, 200),
        relays(false, 300),
        relays(true, 400),
        relays(false, 500),
      ],
      status: 'recovered',
      notice: 1,
      episode: 1,
    },
    {
      name: 'a new episode after the window gets its own notice',
      events: [relays(true, 0), relays(false, 100), relays(true, 100 + 10_001), relays(false, 100 + 10_002)],
      status: 'recovered',
      notice: 2,
      episode: 2,
    },
    {
      name: 'the seed: UFD at 16:41:47, 410/3112 at 16:41:49',
      events: [relays(true, 47_000), end(49_000, 410, 3112)],
      status: 'failed',
      notice: 0,
      episode: 1,
    },
    {
      name: 'failed is final for the attempt',
      events: [relays(true, 0), end(10, 410, 3112), relays(false, 20)],
      status: 'failed',
      notice: 0,
      episode: 1,
    },
    {
      name: 'other end codes do not fail the relay',
      events: [relays(true, 0), end(10, 410, 3100)],
      status: 'unreachable',
      notice: 0,
      episode: 1,
    },
  ];
  it.each(cases)('$name', ({ events, status, notice, episode }) => {
    const state = run(events);
    expect(state.relay.status).toBe(status);
    expect(state.relay.recoveryNotice).toBe(notice);
    expect(state.relay.episode).toBe(episode);
  });

  it('keeps each time: since, unreachableSince, recoveredAt, failedAt', () => {
    const recovered = run([relays(true, 1000), relays(false, 4000)]);
    expect(recovered.relay).toMatchObject({ since: 4000, unreachableSince: 1000, recoveredAt: 4000 });
    const failed = run([relays(true, 1000), end(3000, 410, 3112)]);
    expect(failed.relay).toMatchObject({ since: 3000, unreachableSince: 1000, failedAt: 3000 });
  });
});

describe('snapshot identity', () => {
  it('returns the same object when nothing visible changed', () => {
    const s1 = run([relays(true, 0)]);
    expect(diagnosticsReducer(s1, relays(true, 5))).toBe(s1);
    expect(diagnosticsReducer(s1, { type: 'callStateChanged', at: 1, state: s1.call.state ?? 'x' })).not.toBe(s1);
    const s2 = diagnosticsReducer(s1, { type: 'callStateChanged', at: 1, state: 'Connected' });
    expect(diagnosticsReducer(s2, { type: 'callStateChanged', at: 2, state: 'Connected' })).toBe(s2);
  });
  it('keeps untouched slices', () => {
    const s1 = run([relays(true, 0)]);
    const s2 = diagnosticsReducer(s1, {
      type: 'diagnosticChanged',
      at: 1,
      area: 'network',
      diagnostic: 'networkSendQuality',
      value: 2,
    });
    expect(s2).not.toBe(s1);
    expect(s2.relay).toBe(s1.relay);
    expect(s2.media).toBe(s1.media);
  });
});

describe('robustness', () => {
  const junk: unknown[] = [
    null,
    undefined,
    42,
    { type: 'nope', at: 1 },
    { type: 'diagnosticChanged', at: Number.NaN, area: 'network', diagnostic: 'noNetwork', value: true },
    { type: 'diagnosticChanged', at: 1, area: 'network', diagnostic: 'noNetwork', value: 'yes' },
    { type: 'diagnosticChanged', at: 1, area: 'elsewhere', diagnostic: 'noNetwork', value: true },
    { type: 'diagnosticChanged', at: 1, area: 'network', diagnostic: '', value: true },
  ];
  it.each(junk.map((event) => ({ event })))('ignores %#', ({ event }) => {
    expect(diagnosticsReducer(INITIAL_STATE, event as DiagnosticEvent)).toBe(INITIAL_STATE);
  });
  it('keeps unknown diagnostics without affecting the relay', () => {
    const state = run([{ type: 'diagnosticChanged', at: 1, area: 'network', diagnostic: 'networkFuture', value: 7 }]);
    expect(state.network.networkFuture?.value).toBe(7);
    expect(state.relay.status).toBe('reachable');
  });
  it('media UFDs never disturb network state', () => {
    const state = run([
      { type: 'diagnosticChanged', at: 1, area: 'media', diagnostic: 'networkRelaysNotReachable', value: true },
    ]);
    expect(state.relay.status).toBe('reachable');
    expect(state.network).toBe(INITIAL_STATE.network);
  });
  it('unknown end codes end the call without a catalog entry', () => {
    const state = run([end(1, 999, 12345)]);
    expect(state.ended).toMatchObject({ code: 999, subCode: 12345 });
    expect(state.ended).not.toHaveProperty('entry');
  });
  it('a missing callEndReason still records the end', () => {
    const state = run([end(1)]);
    expect(state.ended).toMatchObject({ code: undefined });
  });
  it('a second end report is not counted twice', () => {
    const s1 = run([end(1, 410, 3112)]);
    expect(diagnosticsReducer(s1, end(2, 0, 0))).toBe(s1);
  });
  it('bounds the timeline', () => {
    let state = INITIAL_STATE;
    const options = { ...DEFAULT_REDUCER_OPTIONS, timelineLimit: 10 };
    for (let i = 0; i < 100; i += 1) {
      state = diagnosticsReducer(
        state,
        { type: 'diagnosticChanged', at: i, area: 'network', diagnostic: 'networkSendQuality', value: (i % 3) + 1 },
        options,
      );
    }
    expect(state.timeline).toHaveLength(10);
    expect(state.timeline.at(-1)?.at).toBe(99);
  });
  it('reset starts a new attempt but keeps the timeline', () => {
    const state = run([relays(true, 0), end(1, 410, 3112), { type: 'reset', at: 2 }]);
    expect(state.ended).toBeUndefined();
    expect(state.relay.status).toBe('reachable');
    expect(state.timeline.length).toBe(3);
  });
});

// Cases the store shard's mutation run showed untested (docs/reliability.md, "Mutation testing").
const OPTIONS = { ...DEFAULT_REDUCER_OPTIONS, timelineLimit: 3 };
const stepLimited = (state: DiagnosticsState, event: unknown) =>
  diagnosticsReducer(state, event as DiagnosticEvent, OPTIONS);
const runLimited = (...events: unknown[]) => events.reduce<DiagnosticsState>(stepLimited, INITIAL_STATE);
const ufdEvent = (diagnostic: string, value: unknown, at = 10, extra: object = {}) => ({
  type: 'diagnosticChanged',
  at,
  area: 'network',
  diagnostic,
  value,
  ...extra,
});

describe('reducer: input it ignores', () => {
  it.each([
    ['a non-finite value', ufdEvent('noNetwork', Number.NaN)],
    ['an infinite value', ufdEvent('noNetwork', Number.POSITIVE_INFINITY)],
    ['a string value', ufdEvent('noNetwork', 'yes')],
    ['an empty diagnostic name', ufdEvent('', true)],
    ['an unknown area', { ...ufdEvent('noNetwork', true), area: 'elsewhere' }],
    ['a time that is not finite', ufdEvent('noNetwork', true, Number.NaN)],
    ['a time that is a string', ufdEvent('noNetwork', true, '10' as never)],
    ['a false flag read at attach that was never raised', ufdEvent('noNetwork', false, 10, { initial: true })],
    ['a call state that is not a string', { type: 'callStateChanged', at: 1, state: 5 }],
    ['a call ID that is not a string', { type: 'callIdChanged', at: 1, callId: 5 }],
    ['a recurrence that is not an object', { type: 'recurrenceClassified', at: 1, recurrence: 'x' }],
    ['an unknown event type', { type: 'nope', at: 1 }],
  ])('%s', (_name, event) => {
    expect(stepLimited(INITIAL_STATE, event)).toBe(INITIAL_STATE);
  });

  it('a false flag that is not from attach is recorded; a media UFD goes to media', () => {
    expect(stepLimited(INITIAL_STATE, ufdEvent('noNetwork', false)).network.noNetwork).toEqual({
      value: false,
      at: 10,
    });
    expect(
      stepLimited(INITIAL_STATE, { ...ufdEvent('cameraFreeze', true), area: 'media' }).media.cameraFreeze?.value,
    ).toBe(true);
  });
});

describe('reducer: the timeline and identity', () => {
  it('keeps exactly the newest `timelineLimit` entries, with their names', () => {
    const state = runLimited(
      { type: 'callStateChanged', at: 1, state: 'Connecting' },
      { type: 'callStateChanged', at: 2, state: 'Connected' },
      { type: 'callIdChanged', at: 3, callId: 'id-2' },
      { type: 'sourceIssue', at: 4, reason: 'get-latest-threw' },
      { type: 'callEnded', at: 5, code: 410 },
    );
    expect(state.timeline.map((e) => [e.at, e.kind, e.name])).toEqual([
      [3, 'id', 'id-2'],
      [4, 'issue', 'get-latest-threw'],
      [5, 'ended', '410/'],
    ]);
    const unknownEnd = runLimited({ type: 'callEnded', at: 5 });
    expect(unknownEnd.timeline.at(-1)?.name).toBe('unknown');
    expect(unknownEnd.ended).toMatchObject({ code: undefined, subCode: undefined });
  });

  it('names each entry by its kind: a UFD is a diagnostic, a call state a state', () => {
    const state = runLimited(
      { type: 'diagnosticChanged', at: 1, area: 'network', diagnostic: 'networkSendQuality', value: 2 },
      { type: 'callStateChanged', at: 2, state: 'Connected' },
    );
    expect(state.timeline.map((e) => [e.at, e.kind, e.name])).toEqual([
      [1, 'diagnostic', 'networkSendQuality'],
      [2, 'state', 'Connected'],
    ]);
  });

  it('attached: the same facts keep the state; each different fact makes a new one', () => {
    const base = { type: 'attached', at: 1, source: 'call', callId: 'c', participantId: 'p', state: 'Connected' };
    const first = stepLimited(INITIAL_STATE, base);
    expect(first.timeline.at(-1)).toEqual({ at: 1, kind: 'attached', name: 'call' });
    expect(stepLimited(first, { ...base, at: 2 })).toBe(first);
    for (const change of [{ source: 'callAgent' }, { callId: 'd' }, { participantId: 'q' }, { state: 'InLobby' }]) {
      expect(stepLimited(first, { ...base, ...change })).not.toBe(first);
    }
    // Missing facts keep what was known.
    expect(stepLimited(first, { type: 'attached', at: 3, source: 'call' })).toBe(first);
  });

  it('a call state or ID that did not change keeps the state', () => {
    const s = runLimited(
      { type: 'callStateChanged', at: 1, state: 'Connected' },
      { type: 'callIdChanged', at: 2, callId: 'x' },
    );
    expect(stepLimited(s, { type: 'callStateChanged', at: 3, state: 'Connected' })).toBe(s);
    expect(stepLimited(s, { type: 'callIdChanged', at: 3, callId: 'x' })).toBe(s);
    expect(s.call).toMatchObject({ state: 'Connected', id: 'x' });
  });

  it('callEnded: non-finite codes are unknown; the end keeps the call ID when it has none; a second end is ignored', () => {
    const s = runLimited(
      { type: 'callIdChanged', at: 1, callId: 'known' },
      { type: 'callEnded', at: 2, code: Number.NaN, subCode: Number.POSITIVE_INFINITY },
    );
    expect(s.ended).toEqual({ at: 2, callId: 'known', code: undefined, subCode: undefined });
    expect(s.call).toMatchObject({ id: 'known', state: 'Disconnected' });
    expect(stepLimited(s, { type: 'callEnded', at: 3, code: 410, subCode: 3112 })).toBe(s);
    const own = runLimited(
      { type: 'callIdChanged', at: 1, callId: 'known' },
      { type: 'callEnded', at: 2, callId: 'server' },
    );
    expect(own.ended?.callId).toBe('server');
    expect(own.call.id).toBe('server');
  });

  it('reset keeps the source, the episode count, the recovery cue and the issues; clears the rest', () => {
    const s = runLimited(
      { type: 'attached', at: 1, source: 'callAgent', callId: 'c' },
      ufdEvent('networkRelaysNotReachable', true, 2),
      ufdEvent('networkRelaysNotReachable', false, 3),
      { type: 'sourceIssue', at: 4, reason: 'handler-threw' },
      { type: 'reset', at: 5 },
    );
    expect(s.call).toMatchObject({ source: 'callAgent', id: undefined });
    expect(s.relay).toMatchObject({ status: 'reachable', episode: 1, recoveryNotice: 1 });
    expect(s.issues).toHaveLength(1);
    expect(s.network).toEqual({});
    expect(s.timeline.at(-1)).toEqual({ at: 5, kind: 'reset', name: 'reset' });
  });

  it('recurrenceClassified: the same classification keeps the state; each changed field makes a new one', () => {
    const r = { kind: 'transient', reason: 'first-failure', failures: 1, total: 2, consecutiveFailures: 1 };
    const s = stepLimited(INITIAL_STATE, { type: 'recurrenceClassified', at: 1, recurrence: r });
    expect(s.recurrence).toEqual(r);
    expect(stepLimited(s, { type: 'recurrenceClassified', at: 2, recurrence: { ...r } })).toBe(s);
    for (const change of [
      { kind: 'persistent' },
      { reason: 'x' },
      { failures: 2 },
      { total: 3 },
      { consecutiveFailures: 2 },
    ]) {
      expect(
        stepLimited(s, { type: 'recurrenceClassified', at: 2, recurrence: { ...r, ...change } }).recurrence,
      ).toEqual({
        ...r,
        ...change,
      });
    }
    expect(stepLimited(s, { type: 'recurrenceClassified', at: 2, recurrence: null })).toBe(s);
  });
});
