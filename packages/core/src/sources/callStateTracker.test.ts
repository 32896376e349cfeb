import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { CallStateTracker } from './callStateTracker.js';
import type { CallStateLike } from './types.js';

const AT = 13;

function tracker() {
  const events: DiagnosticEvent[] = [];
  const t = new CallStateTracker(
    (event) => events.push(event),
    () => AT,
    'callAdapter',
  );
  return { t, events };
}

const latest = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));
const call = (
  id: string,
  network: Record<string, unknown> = {},
  extra: Partial<CallStateLike> & Record<string, unknown> = {},
): CallStateLike =>
  ({
    id,
    state: 'Connected',
    diagnostics: { network: { latest: latest(network) }, media: { latest: {} } },
    ...extra,
  }) as CallStateLike;
const changed = (diagnostic: string, value: unknown, initial?: true) => ({
  type: 'diagnosticChanged',
  at: AT,
  area: 'network',
  diagnostic,
  value,
  ...(initial ? { initial } : {}),
});

describe('CallStateTracker', () => {
  it('start: attached, then the initial readings marked initial; update: only what changed, not marked', () => {
    const { t, events } = tracker();
    t.start(call('a', { noNetwork: true, networkReconnect: 2 }));
    t.update(call('a', { noNetwork: true, networkReconnect: 3, networkRelaysNotReachable: false }));
    expect(events).toEqual([
      { type: 'attached', at: AT, source: 'callAdapter', callId: 'a', state: 'Connected' },
      changed('noNetwork', true, true),
      changed('networkReconnect', 2, true),
      changed('networkReconnect', 3),
      changed('networkRelaysNotReachable', false),
    ]);
  });

  it('readings that are not a flag or a quality are skipped, and do not count as a change', () => {
    const { t, events } = tracker();
    t.start(call('a', { noNetwork: true, odd: 'yes' }));
    t.update(call('a', { noNetwork: 'garbage', odd: 'still' }));
    expect(events.slice(1)).toEqual([changed('noNetwork', true, true)]);
  });

  it('a key gone from latest is no longer raised: false for a flag, 1 (good) for a quality', () => {
    const { t, events } = tracker();
    t.start(call('a', { noNetwork: true, networkReconnect: 3, odd: 'x' }));
    t.update(call('a', {}));
    expect(events.slice(3)).toEqual([changed('noNetwork', false), changed('networkReconnect', 1)]);
  });

  it('latest that is missing, null, not an object, or throws reads as empty', () => {
    const { t, events } = tracker();
    t.start(call('a', { noNetwork: true }));
    const withLatest = (value: unknown) =>
      ({ id: 'a', state: 'Connected', diagnostics: { network: { latest: value } } }) as never;
    t.update(withLatest('noNetwork'));
    expect(events.slice(2)).toEqual([changed('noNetwork', false)]);
    t.update(call('a', { noNetwork: true }));
    t.update(withLatest(null));
    t.update(call('a', { noNetwork: true }));
    t.update({ id: 'a', state: 'Connected' } as never);
    t.update(call('a', { noNetwork: true }));
    t.update(
      Object.defineProperty({ id: 'a', state: 'Connected' }, 'diagnostics', {
        get() {
          throw new Error('disposed');
        },
      }) as never,
    );
    expect(events.slice(2)).toEqual([
      changed('noNetwork', false),
      changed('noNetwork', true),
      changed('noNetwork', false),
      changed('noNetwork', true),
      changed('noNetwork', false),
      changed('noNetwork', true),
      changed('noNetwork', false),
    ]);
  });

  it('update: an id or a state that is not a string is not a change', () => {
    const { t, events } = tracker();
    t.start(call('a'));
    t.update({ ...call('a'), id: undefined, state: undefined } as never);
    expect(events.slice(1)).toEqual([]);
    t.update(call('a'));
    expect(events.slice(1)).toEqual([]);
  });

  it('update: id then UFDs then state, each once', () => {
    const { t, events } = tracker();
    t.start(call('a'));
    t.update(call('b', { noNetwork: true }, { state: 'LocalHold' }));
    t.update(call('b', { noNetwork: true }, { state: 'LocalHold' }));
    expect(events.slice(1)).toEqual([
      { type: 'callIdChanged', at: AT, callId: 'b' },
      changed('noNetwork', true),
      { type: 'callStateChanged', at: AT, state: 'LocalHold' },
    ]);
  });

  it('the end: only for Disconnected with a reason, once, with the reason and id', () => {
    const { t, events } = tracker();
    t.start(call('a', {}, { callEndReason: { code: 1 } }));
    t.update(call('a', {}, { state: 'Disconnecting', callEndReason: { code: 1 } }));
    t.update(call('a', {}, { state: 'Disconnected' }));
    expect(events.map((e) => e.type)).toEqual(['attached', 'callStateChanged', 'callStateChanged']);
    t.update(call('a', {}, { state: 'Disconnected', callEndReason: { code: 410, subCode: 3112 } }));
    t.update(call('a', {}, { state: 'Disconnected', callEndReason: { code: 0 } }));
    expect(events.slice(3)).toEqual([{ type: 'callEnded', at: AT, callId: 'a', code: 410, subCode: 3112 }]);
    expect(t.ended).toBe(true);
  });

  it('start of a call already Disconnected with a reason: attached, then its end', () => {
    const { t, events } = tracker();
    t.start(call('a', {}, { state: 'Disconnected', callEndReason: { code: 487, subCode: 0 } }));
    expect(events).toEqual([
      { type: 'attached', at: AT, source: 'callAdapter', callId: 'a', state: 'Disconnected' },
      { type: 'callEnded', at: AT, callId: 'a', code: 487, subCode: 0 },
    ]);
  });

  it('end: without a reason, under another id, or before any start', () => {
    const before = tracker();
    expect(before.t.started).toBe(false);
    expect(before.t.ended).toBe(false);
    before.t.end({ code: 1 });
    expect(before.events).toEqual([]);
    expect(before.t.ended).toBe(false);
    expect(before.t.id).toBeUndefined();

    const { t, events } = tracker();
    t.start(call('a'));
    expect(t.started).toBe(true);
    t.end(undefined);
    expect(events.slice(1)).toEqual([{ type: 'callEnded', at: AT, callId: 'a', code: undefined, subCode: undefined }]);
    t.start(call('b'));
    t.end({ code: 2 }, 'b-final');
    expect(events.slice(2)).toEqual([
      { type: 'reset', at: AT },
      { type: 'attached', at: AT, source: 'callAdapter', callId: 'b', state: 'Connected' },
      { type: 'callEnded', at: AT, callId: 'b-final', code: 2, subCode: undefined },
    ]);
  });
});
