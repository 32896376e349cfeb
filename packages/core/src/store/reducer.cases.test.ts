import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { diagnosticsReducer, nextRelayState } from './reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_RELAY, INITIAL_STATE } from './state.js';

// Cases the store shard's mutation run showed untested (docs/reliability.md, "Mutation testing").
const OPTIONS = { ...DEFAULT_REDUCER_OPTIONS, timelineLimit: 3 };
const step = (state: DiagnosticsState, event: unknown) => diagnosticsReducer(state, event as DiagnosticEvent, OPTIONS);
const run = (...events: unknown[]) => events.reduce<DiagnosticsState>(step, INITIAL_STATE);
const ufd = (diagnostic: string, value: unknown, at = 10, extra: object = {}) => ({
  type: 'diagnosticChanged',
  at,
  area: 'network',
  diagnostic,
  value,
  ...extra,
});

describe('reducer: input it ignores', () => {
  it.each([
    ['a non-finite value', ufd('noNetwork', Number.NaN)],
    ['an infinite value', ufd('noNetwork', Number.POSITIVE_INFINITY)],
    ['a string value', ufd('noNetwork', 'yes')],
    ['an empty diagnostic name', ufd('', true)],
    ['an unknown area', { ...ufd('noNetwork', true), area: 'elsewhere' }],
    ['a time that is not finite', ufd('noNetwork', true, Number.NaN)],
    ['a time that is a string', ufd('noNetwork', true, '10' as never)],
    ['a false flag read at attach that was never raised', ufd('noNetwork', false, 10, { initial: true })],
    ['a call state that is not a string', { type: 'callStateChanged', at: 1, state: 5 }],
    ['a call ID that is not a string', { type: 'callIdChanged', at: 1, callId: 5 }],
    ['a recurrence that is not an object', { type: 'recurrenceClassified', at: 1, recurrence: 'x' }],
    ['an unknown event type', { type: 'nope', at: 1 }],
  ])('%s', (_name, event) => {
    expect(step(INITIAL_STATE, event)).toBe(INITIAL_STATE);
  });

  it('a false flag that is not from attach is recorded; a media UFD goes to media', () => {
    expect(step(INITIAL_STATE, ufd('noNetwork', false)).network.noNetwork).toEqual({ value: false, at: 10 });
    expect(step(INITIAL_STATE, { ...ufd('cameraFreeze', true), area: 'media' }).media.cameraFreeze?.value).toBe(true);
  });
});

describe('reducer: the timeline and identity', () => {
  it('keeps exactly the newest `timelineLimit` entries, with their names', () => {
    const state = run(
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
    const unknownEnd = run({ type: 'callEnded', at: 5 });
    expect(unknownEnd.timeline.at(-1)?.name).toBe('unknown');
    expect(unknownEnd.ended).toMatchObject({ code: undefined, subCode: undefined });
  });

  it('attached: the same facts keep the state; each different fact makes a new one', () => {
    const base = { type: 'attached', at: 1, source: 'call', callId: 'c', participantId: 'p', state: 'Connected' };
    const first = step(INITIAL_STATE, base);
    expect(first.timeline.at(-1)).toEqual({ at: 1, kind: 'attached', name: 'call' });
    expect(step(first, { ...base, at: 2 })).toBe(first);
    for (const change of [{ source: 'callAgent' }, { callId: 'd' }, { participantId: 'q' }, { state: 'InLobby' }]) {
      expect(step(first, { ...base, ...change })).not.toBe(first);
    }
    // Missing facts keep what was known.
    expect(step(first, { type: 'attached', at: 3, source: 'call' })).toBe(first);
  });

  it('a call state or ID that did not change keeps the state', () => {
    const s = run(
      { type: 'callStateChanged', at: 1, state: 'Connected' },
      { type: 'callIdChanged', at: 2, callId: 'x' },
    );
    expect(step(s, { type: 'callStateChanged', at: 3, state: 'Connected' })).toBe(s);
    expect(step(s, { type: 'callIdChanged', at: 3, callId: 'x' })).toBe(s);
    expect(s.call).toMatchObject({ state: 'Connected', id: 'x' });
  });

  it('callEnded: non-finite codes are unknown; the end keeps the call ID when it has none; a second end is ignored', () => {
    const s = run(
      { type: 'callIdChanged', at: 1, callId: 'known' },
      { type: 'callEnded', at: 2, code: Number.NaN, subCode: Number.POSITIVE_INFINITY },
    );
    expect(s.ended).toEqual({ at: 2, callId: 'known', code: undefined, subCode: undefined });
    expect(s.call).toMatchObject({ id: 'known', state: 'Disconnected' });
    expect(step(s, { type: 'callEnded', at: 3, code: 410, subCode: 3112 })).toBe(s);
    const own = run({ type: 'callIdChanged', at: 1, callId: 'known' }, { type: 'callEnded', at: 2, callId: 'server' });
    expect(own.ended?.callId).toBe('server');
    expect(own.call.id).toBe('server');
  });

  it('reset keeps the source, the episode count, the recovery cue and the issues; clears the rest', () => {
    const s = run(
      { type: 'attached', at: 1, source: 'callAgent', callId: 'c' },
      ufd('networkRelaysNotReachable', true, 2),
      ufd('networkRelaysNotReachable', false, 3),
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
    const s = step(INITIAL_STATE, { type: 'recurrenceClassified', at: 1, recurrence: r });
    expect(s.recurrence).toEqual(r);
    expect(step(s, { type: 'recurrenceClassified', at: 2, recurrence: { ...r } })).toBe(s);
    for (const change of [
      { kind: 'persistent' },
      { reason: 'x' },
      { failures: 2 },
      { total: 3 },
      { consecutiveFailures: 2 },
    ]) {
      expect(step(s, { type: 'recurrenceClassified', at: 2, recurrence: { ...r, ...change } }).recurrence).toEqual({
        ...r,
        ...change,
      });
    }
    expect(step(s, { type: 'recurrenceClassified', at: 2, recurrence: null })).toBe(s);
  });
});

describe('nextRelayState at its edges', () => {
  it('a failed relay stays failed; unreachable again keeps the same object', () => {
    const failed = { ...INITIAL_RELAY, status: 'failed' as const, failedAt: 5 };
    expect(nextRelayState(failed, true, 10, 1000)).toBe(failed);
    expect(nextRelayState(failed, false, 10, 1000)).toBe(failed);
    const down = nextRelayState(INITIAL_RELAY, true, 10, 1000);
    expect(nextRelayState(down, true, 20, 1000)).toBe(down);
  });

  it('recovered without a recovery time is a new episode, not a flap', () => {
    const odd = { ...INITIAL_RELAY, status: 'recovered' as const, episode: 1, recoveredAt: undefined };
    expect(nextRelayState(odd, true, 10, 1000)).toMatchObject({ status: 'unreachable', episode: 2, flaps: 0 });
    const recent = { ...odd, recoveredAt: 5 };
    expect(nextRelayState(recent, true, 10, 1000)).toMatchObject({ episode: 1, flaps: 1 });
    const reachable = { ...INITIAL_RELAY, recoveredAt: 5 };
    expect(nextRelayState(reachable, true, 10, 1000)).toMatchObject({ episode: 1, flaps: 0 });
  });
});
