import { createFakeCallAdapter } from '@call-diagnostics/testing';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import type { DiagnosticEvent } from '../events.js';
import { attachCallAdapter } from './attachCallAdapter.js';
import type { CallAdapterLike, CallStateLike } from './types.js';

const AT = 9;
const now = () => AT;

const collect = collectEvents;

type State = { call?: Partial<CallStateLike> & { id?: unknown }; endedCall?: Partial<CallStateLike>; page?: string };

/**
 * A CallAdapter double: `state` is what getState() gives (a function, so it may throw), `publish` fires the state
 * handlers, `callEnded` fires the adapter's callEnded event. `keep` makes off/offStateChange no-ops.
 */
function adapterDouble(initial: State | (() => State) = {}, keep = false) {
  let state: () => State = typeof initial === 'function' ? initial : () => initial;
  const stateHandlers: ((s: unknown) => void)[] = [];
  const endedHandlers: ((e: unknown) => void)[] = [];
  const log: [string, unknown][] = [];
  const remove = (list: unknown[], fn: unknown) => {
    if (!keep && list.includes(fn)) list.splice(list.indexOf(fn), 1);
  };
  const adapter = {
    getState: () => state(),
    onStateChange: (fn: (s: unknown) => void) => {
      log.push(['onStateChange', fn]);
      stateHandlers.push(fn);
    },
    offStateChange: (fn: (s: unknown) => void) => {
      log.push(['offStateChange', fn]);
      remove(stateHandlers, fn);
    },
    on: (event: string, fn: (e: unknown) => void) => {
      log.push([`on ${event}`, fn]);
      endedHandlers.push(fn);
    },
    off: (event: string, fn: (e: unknown) => void) => {
      log.push([`off ${event}`, fn]);
      remove(endedHandlers, fn);
    },
  };
  return {
    adapter: adapter as unknown as CallAdapterLike,
    log,
    setState(next: State | (() => State)) {
      state = typeof next === 'function' ? next : () => next;
    },
    publish(next: State | undefined) {
      if (next) state = () => next;
      for (const fn of [...stateHandlers]) fn(next);
    },
    callEnded(event: unknown) {
      for (const fn of [...endedHandlers]) fn(event);
    },
  };
}

const live = (id: string, extra: Partial<CallStateLike> = {}) => ({ id, state: 'Connected', ...extra });
const ended = (id: string, code = 410, subCode = 3112) => ({
  id,
  state: 'Disconnected',
  callEndReason: { code, subCode },
});
const attachedTo = (callId: string, state = 'Connected') => ({
  type: 'attached',
  at: AT,
  source: 'callAdapter',
  callId,
  state,
});
const endOf = (callId: string | undefined, code?: number, subCode?: number) => ({
  type: 'callEnded',
  at: AT,
  callId,
  code,
  subCode,
});

/** An SDK payload whose `key` getter throws (a disposed or poisoned object). */
const throwingAt = (key: string, message: string) =>
  Object.defineProperty({}, key, {
    get() {
      throw new Error(message);
    },
    enumerable: true,
  });

describe('attachCallAdapter rejects what is not an adapter, with the exact message', () => {
  const all = { getState() {}, onStateChange() {}, offStateChange() {}, on() {}, off() {} };
  const without = (key: string) => ({ ...all, [key]: 'not a function' });
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 1],
    ['a function with every method', Object.assign(() => {}, all)],
    ['no getState', without('getState')],
    ['no onStateChange', without('onStateChange')],
    ['no offStateChange', without('offStateChange')],
    ['no on', without('on')],
    ['no off', without('off')],
  ])('%s', (_, value) => {
    expect(() => attachCallAdapter(value as never, () => {})).toThrow(
      new TypeError('attachCallAdapter: expected a CallAdapter'),
    );
  });

  it('a sink that is not a function', () => {
    expect(() => attachCallAdapter(createFakeCallAdapter(), 1 as never)).toThrow(
      new TypeError('attachCallAdapter: the second argument must be an event sink function'),
    );
  });
});

describe('attachCallAdapter: at attach', () => {
  it('no call: one attached event for the adapter', () => {
    const { events, sink } = collect();
    attachCallAdapter(adapterDouble({ page: 'configuration' }).adapter, sink, { now });
    expect(events).toEqual([{ type: 'attached', at: AT, source: 'callAdapter' }]);
  });

  it('a call: attached to it, once', () => {
    const { events, sink } = collect();
    attachCallAdapter(adapterDouble({ call: live('a') }).adapter, sink, { now });
    expect(events).toEqual([attachedTo('a')]);
  });

  it('only an ended call: attached to it and its end, once; later states repeat nothing', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ endedCall: ended('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ endedCall: ended('a'), page: 'leftCall' });
    expect(events).toEqual([attachedTo('a', 'Disconnected'), endOf('a', 410, 3112)]);
  });

  it('a call already Disconnected with its reason (no endedCall yet): its end is reported', () => {
    const { events, sink } = collect();
    attachCallAdapter(adapterDouble({ call: ended('a') }).adapter, sink, { now });
    expect(events).toEqual([attachedTo('a', 'Disconnected'), endOf('a', 410, 3112)]);
  });

  it('a call that is not Disconnected is not ended by a stale callEndReason', () => {
    const { events, sink } = collect();
    attachCallAdapter(adapterDouble({ call: live('a', { callEndReason: { code: 0 } }) }).adapter, sink, { now });
    expect(events).toEqual([attachedTo('a')]);
  });

  it('a getState that throws: one get-latest-threw issue with its message, then attached', () => {
    const { events, sink } = collect();
    attachCallAdapter(
      adapterDouble(() => {
        throw new Error('disposed');
      }).adapter,
      sink,
      { now },
    );
    expect(events).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'adapter.getState(): disposed' },
      { type: 'attached', at: AT, source: 'callAdapter' },
    ]);
  });

  it('a call without an id yet is not followed until its id arrives', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: { state: 'Connecting' } as never });
    attachCallAdapter(double.adapter, sink, { now });
    expect(events).toEqual([]);
    double.publish({ call: { id: 42, state: 'Connecting' } as never });
    expect(events).toEqual([]);
    double.publish({ call: { id: 'a', state: 'Connecting' } });
    expect(events).toEqual([attachedTo('a', 'Connecting')]);
  });
});

describe('attachCallAdapter: state changes', () => {
  it('state, id and UFD changes of the followed call, exactly', () => {
    const adapter = createFakeCallAdapter({ call: { id: 'a' } });
    const { events, sink } = collect();
    attachCallAdapter(adapter, sink, { now });
    adapter.controls.raiseNetwork('noNetwork', true);
    adapter.controls.changeId('a2');
    adapter.controls.setState('LocalHold');
    expect(events.slice(1)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true },
      { type: 'callIdChanged', at: AT, callId: 'a2' },
      { type: 'callStateChanged', at: AT, state: 'LocalHold' },
    ]);
  });

  it('a state handler given nothing does nothing', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish(undefined);
    expect(events).toEqual([attachedTo('a')]);
  });

  it('the end from the state alone (no callEnded event): endedCall with the same id', () => {
    const adapter = createFakeCallAdapter({ call: { id: 'a' }, callEndedEvent: 'none' });
    const { events, sink } = collect();
    attachCallAdapter(adapter, sink, { now });
    adapter.controls.end({ code: 410, subCode: 3112 });
    expect(events.slice(1)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnecting' },
      endOf('a', 410, 3112),
    ]);
  });

  it('the end from the state: an endedCall whose id was reassigned on the way out, with no call left', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ endedCall: ended('a-final'), page: 'leftCall' });
    expect(events.slice(1)).toEqual([endOf('a-final', 410, 3112)]);
  });

  it('the end from the state: the followed call still there (Disconnecting) beside its endedCall', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ call: live('a', { state: 'Disconnecting' }), endedCall: ended('a') });
    expect(events.slice(1)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnecting' },
      endOf('a', 410, 3112),
    ]);
  });

  it('a Disconnected call with its reason in the state: the end, after its state change', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ call: ended('a', 0, 0) });
    expect(events.slice(1)).toEqual([{ type: 'callStateChanged', at: AT, state: 'Disconnected' }, endOf('a', 0, 0)]);
  });

  it('an older endedCall beside the followed call does not end it', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('b'), endedCall: ended('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ call: live('b', { state: 'LocalHold' }), endedCall: ended('a') });
    expect(events).toEqual([attachedTo('b'), { type: 'callStateChanged', at: AT, state: 'LocalHold' }]);
  });

  it('an id change beside an older endedCall is the same call under a new id', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('b'), endedCall: ended('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ call: live('b2'), endedCall: ended('a') });
    expect(events).toEqual([attachedTo('b'), { type: 'callIdChanged', at: AT, callId: 'b2' }]);
  });

  it('a null endedCall is no end', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ call: live('a2'), endedCall: null as never });
    expect(events).toEqual([attachedTo('a'), { type: 'callIdChanged', at: AT, callId: 'a2' }]);
  });

  it('a new call after an end reported by the callEnded event alone: reset, then the new call', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.callEnded({ callId: 'a', code: 0, subCode: 0 });
    double.publish({ call: live('b') });
    expect(events.slice(1)).toEqual([endOf('a', 0, 0), { type: 'reset', at: AT }, attachedTo('b')]);
  });

  it('after the end, the ended call’s later states are not reported', () => {
    const adapter = createFakeCallAdapter({ call: { id: 'a' }, callEndedEvent: 'before' });
    const { events, sink } = collect();
    attachCallAdapter(adapter, sink, { now });
    adapter.controls.end({ code: 410, subCode: 3112 });
    expect(events.slice(1)).toEqual([endOf('a', 410, 3112)]);
  });

  it('after the end, a new call that is already Disconnected is not a new diagnosis', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ endedCall: ended('a') });
    double.publish({ call: { id: 'b', state: 'Disconnected' }, endedCall: ended('a') });
    expect(events.slice(1)).toEqual([endOf('a', 410, 3112)]);
  });

  it('a new call after the end: reset, then the new call', () => {
    const adapter = createFakeCallAdapter({ call: { id: 'a' } });
    const { events, sink } = collect();
    attachCallAdapter(adapter, sink, { now });
    adapter.controls.replaceCall({ code: 0, subCode: 0 }, { id: 'b' });
    expect(events.slice(1)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnecting' },
      endOf('a', 0, 0),
      { type: 'reset', at: AT },
      attachedTo('b'),
    ]);
  });

  it('a call replaced by another in one update: the old call’s end first, then reset and the new call', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.publish({ call: live('b', { state: 'Connecting' }), endedCall: ended('a') });
    expect(events.slice(1)).toEqual([endOf('a', 410, 3112), { type: 'reset', at: AT }, attachedTo('b', 'Connecting')]);
  });
});

describe('attachCallAdapter: the callEnded event', () => {
  it('ends the followed call with the event’s code and subCode, once', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.callEnded({ callId: 'a', code: 410, subCode: 3112 });
    double.callEnded({ callId: 'a', code: 0 });
    expect(events.slice(1)).toEqual([endOf('a', 410, 3112)]);
  });

  it('a code without a subCode', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.callEnded({ callId: 'a', code: 487 });
    expect(events.slice(1)).toEqual([endOf('a', 487, undefined)]);
  });

  it('a subCode that is not a number is left out', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.callEnded({ callId: 'a', code: 410, subCode: '3112' });
    expect(events.slice(1)).toEqual([endOf('a', 410, undefined)]);
  });

  it('without a code: the reason is read from the endedCall in the state', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState({ endedCall: ended('a', 403, 10) });
    double.callEnded({ callId: 'a' });
    expect(events.slice(1)).toEqual([endOf('a', 403, 10)]);
  });

  it('without a code and no endedCall yet: the end without a reason', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState({});
    double.callEnded({ callId: 'a' });
    expect(events.slice(1)).toEqual([endOf('a')]);
  });

  it('without a code, a getState that throws: the issue, and the end without a reason', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState(() => {
      throw new Error('disposed');
    });
    double.callEnded({ callId: 'a' });
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'adapter.getState(): disposed' },
      endOf('a'),
    ]);
  });

  it('an event with no payload or no callId ends the followed call under its id', () => {
    for (const payload of [undefined, {}]) {
      const { events, sink } = collect();
      const double = adapterDouble({ call: live('a') });
      attachCallAdapter(double.adapter, sink, { now });
      double.setState({ endedCall: ended('a', 1, 2) });
      double.callEnded(payload);
      expect(events.slice(1)).toEqual([endOf('a', 1, 2)]);
    }
  });

  it('an event for another call, while the state’s endedCall is the followed one, is ignored', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState({ call: live('a'), endedCall: ended('a') });
    double.callEnded({ callId: 'other', code: 0 });
    expect(events.slice(1)).toEqual([]);
  });

  it('an event under a reassigned id that the state’s endedCall confirms ends the call under the new id', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState({ endedCall: ended('a-final') });
    double.callEnded({ callId: 'a-final', code: 410, subCode: 3112 });
    expect(events.slice(1)).toEqual([endOf('a-final', 410, 3112)]);
  });

  it('an event under another id with no endedCall yet is trusted', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState({});
    double.callEnded({ callId: 'x', code: 410, subCode: 3112 });
    expect(events.slice(1)).toEqual([endOf('x', 410, 3112)]);
  });

  it('an event under another id while getState throws: the issue, and the event is trusted', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    double.setState(() => {
      throw 'gone';
    });
    double.callEnded({ callId: 'x', code: 410, subCode: 3112 });
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'adapter.getState(): gone' },
      endOf('x', 410, 3112),
    ]);
  });

  it('before any call, or after the end, the event reads nothing (no issue from a throwing getState)', () => {
    const { events, sink } = collect();
    const double = adapterDouble({});
    attachCallAdapter(double.adapter, sink, { now });
    double.setState(() => {
      throw new Error('disposed');
    });
    double.callEnded({ callId: 'a' });
    expect(events).toEqual([{ type: 'attached', at: AT, source: 'callAdapter' }]);

    const second = collect();
    const other = adapterDouble({ call: live('a') });
    attachCallAdapter(other.adapter, second.sink, { now });
    other.callEnded({ callId: 'a', code: 0, subCode: 0 });
    other.setState(() => {
      throw new Error('disposed');
    });
    other.callEnded({ callId: 'a' });
    expect(second.events.slice(1)).toEqual([endOf('a', 0, 0)]);
  });
});

describe('attachCallAdapter: subscriptions and detach', () => {
  it('subscribes onStateChange then callEnded, and removes the same two functions, newest first', () => {
    const double = adapterDouble({ call: live('a') });
    const detach = attachCallAdapter(double.adapter, () => {}, { now });
    expect(double.log.map(([what]) => what)).toEqual(['onStateChange', 'on callEnded']);
    detach();
    detach();
    expect(double.log.map(([what]) => what)).toEqual([
      'onStateChange',
      'on callEnded',
      'off callEnded',
      'offStateChange',
    ]);
    expect(double.log[3]?.[1]).toBe(double.log[0]?.[1]);
    expect(double.log[2]?.[1]).toBe(double.log[1]?.[1]);
  });

  it('an onStateChange that throws: subscribe-threw, and callEnded is not subscribed', () => {
    const double = adapterDouble({ call: live('a') });
    double.adapter.onStateChange = () => {
      throw new Error('disposed adapter');
    };
    const { events, sink } = collect();
    attachCallAdapter(double.adapter, sink, { now });
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'subscribe-threw', detail: 'disposed adapter' },
    ]);
    expect(double.log).toEqual([]);
  });

  it('a state or callEnded payload whose getter throws: handler-threw, never a throw into the adapter', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') });
    attachCallAdapter(double.adapter, sink, { now });
    expect(() => double.publish(throwingAt('call', 'state getter exploded') as never)).not.toThrow();
    expect(() => double.callEnded(throwingAt('callId', 'event getter exploded'))).not.toThrow();
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'handler-threw', detail: 'state getter exploded' },
      { type: 'sourceIssue', at: AT, reason: 'handler-threw', detail: 'event getter exploded' },
    ]);
  });

  it('an adapter that keeps calling its handlers after detach: nothing reaches the sink', () => {
    const { events, sink } = collect();
    const double = adapterDouble({ call: live('a') }, true);
    const detach = attachCallAdapter(double.adapter, sink, { now });
    detach();
    double.publish({ call: live('a', { state: 'Disconnected', callEndReason: { code: 1 } }) });
    double.callEnded({ callId: 'a', code: 1 });
    expect(events).toEqual([attachedTo('a')]);
  });

  it('an adapter that keeps calling its handlers after detach is not read again', () => {
    let reads = 0;
    const double = adapterDouble(() => {
      reads += 1;
      return { call: live('a') };
    }, true);
    const detach = attachCallAdapter(double.adapter, () => {}, { now });
    detach();
    const before = reads;
    double.callEnded({ callId: 'other' });
    double.callEnded({ callId: 'a' });
    expect(reads).toBe(before);
  });

  it('a sink that detaches on the state change gets no callEnded after it', () => {
    const double = adapterDouble({ call: live('a') });
    const events: DiagnosticEvent[] = [];
    const detach = attachCallAdapter(
      double.adapter,
      (event) => {
        events.push(event);
        if (event.type === 'callStateChanged') detach();
      },
      { now },
    );
    double.publish({ call: ended('a') });
    expect(events.map((e) => e.type)).toEqual(['attached', 'callStateChanged']);
  });
});
