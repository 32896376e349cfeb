import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer } from './reducer.js';
import { selectBanner, selectRelayDiagnostics } from './selectors.js';
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
    expect(selectBanner(state).kind).toBe('none');
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

describe('selectors', () => {
  it('banner: warning while unreachable, error with code after 410/3112', () => {
    const warning = run([relays(true, 5)]);
    expect(selectBanner(warning)).toMatchObject({ kind: 'relaysUnreachable', intent: 'warning', since: 5 });
    const failed = run([
      { type: 'attached', at: 0, source: 'call', callId: 'c-1', participantId: 'p-1' },
      relays(true, 5),
      end(7, 410, 3112),
    ]);
    expect(selectBanner(failed)).toMatchObject({
      kind: 'callEnded',
      codeText: '410/3112',
      callId: 'c-1',
      participantId: 'p-1',
      relayFailure: true,
    });
    expect(selectRelayDiagnostics(failed)).toMatchObject({ failed: true, recommendedAction: 'fix-network' });
  });
  it('a normal end shows nothing', () => {
    expect(selectBanner(run([relays(true, 1), end(2, 0, 0)])).kind).toBe('none');
  });
});
