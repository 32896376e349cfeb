import { createFakeStatefulCallClient } from '@call-diagnostics/testing';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import type { DiagnosticEvent } from '../events.js';
import { attachStatefulCallClient } from './attachStatefulCallClient.js';
import type { CallStateLike, StatefulCallClientLike } from './types.js';

const AT = 11;
const now = () => AT;

const collect = collectEvents;

type Calls = Record<string, Partial<CallStateLike>>;
type State = { calls?: Calls; callsEnded?: Calls };

/** A StatefulCallClient double: getState() gives `state()`; `publish` fires the handlers; `keep`: off is a no-op. */
function clientDouble(initial: State | (() => State), keep = false) {
  let state: () => State = typeof initial === 'function' ? initial : () => initial;
  const handlers: ((s: unknown) => void)[] = [];
  const log: [string, unknown][] = [];
  const client = {
    getState: () => state(),
    onStateChange: (fn: (s: unknown) => void) => {
      log.push(['onStateChange', fn]);
      handlers.push(fn);
    },
    offStateChange: (fn: (s: unknown) => void) => {
      log.push(['offStateChange', fn]);
      if (!keep && handlers.includes(fn)) handlers.splice(handlers.indexOf(fn), 1);
    },
  };
  return {
    client: client as unknown as StatefulCallClientLike,
    log,
    publish(next: State | undefined) {
      if (next) state = () => next;
      for (const fn of [...handlers]) fn(next);
    },
  };
}

const live = (id: string, extra: Partial<CallStateLike> = {}) => ({ id, state: 'Connected', ...extra });
const ended = (id: string, code = 410, subCode = 3112) => ({
  id,
  state: 'Disconnected',
  callEndReason: { code, subCode },
});
const clientAttached = (callId?: string) => ({ type: 'attached', at: AT, source: 'statefulCallClient', callId });
const attachedTo = (callId: string, state = 'Connected') => ({
  type: 'attached',
  at: AT,
  source: 'statefulCallClient',
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
const reset = { type: 'reset', at: AT };

/** An SDK payload whose `key` getter throws (a disposed or poisoned object). */
const throwingAt = (key: string, message: string) =>
  Object.defineProperty({}, key, {
    get() {
      throw new Error(message);
    },
    enumerable: true,
  });

describe('attachStatefulCallClient rejects what is not a client, with the exact message', () => {
  const all = { getState() {}, onStateChange() {}, offStateChange() {} };
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'client'],
    ['a function with every method', Object.assign(() => {}, all)],
    ['no getState', { ...all, getState: 1 }],
    ['no onStateChange', { ...all, onStateChange: 1 }],
    ['no offStateChange', { ...all, offStateChange: 1 }],
  ])('%s', (_, value) => {
    expect(() => attachStatefulCallClient(value as never, () => {})).toThrow(
      new TypeError('attachStatefulCallClient: expected a StatefulCallClient'),
    );
  });

  it('a sink that is not a function', () => {
    expect(() => attachStatefulCallClient(createFakeStatefulCallClient(), {} as never)).toThrow(
      new TypeError('attachStatefulCallClient: the second argument must be an event sink function'),
    );
  });
});

describe('attachStatefulCallClient: at attach', () => {
  it('no call: the client’s attached event alone', () => {
    const { events, sink } = collect();
    attachStatefulCallClient(clientDouble({ calls: {}, callsEnded: {} }).client, sink, { now });
    expect(events).toEqual([clientAttached()]);
  });

  it('a getState that throws: the issue, the attached event, nothing else', () => {
    const { events, sink } = collect();
    attachStatefulCallClient(
      clientDouble(() => {
        throw new Error('disposed');
      }).client,
      sink,
      { now },
    );
    expect(events).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'get-latest-threw', detail: 'client.getState(): disposed' },
      clientAttached(),
    ]);
  });

  it.each([
    ['the newest of two live calls', { a: live('a'), b: live('b') }, 'b'],
    ['the live one before a Disconnected one', { a: live('a'), b: live('b', { state: 'Disconnected' }) }, 'a'],
    ['the live one before a Disconnecting one', { a: live('a'), b: live('b', { state: 'Disconnecting' }) }, 'a'],
  ])('follows %s', (_, calls, expected) => {
    const { events, sink } = collect();
    attachStatefulCallClient(clientDouble({ calls, callsEnded: {} }).client, sink, { now });
    expect(events).toEqual([clientAttached(), attachedTo(expected)]);
  });

  it('only ending calls: none is followed', () => {
    const { events, sink } = collect();
    const calls = { a: live('a', { state: 'Disconnected' }), b: live('b', { state: 'Disconnecting' }) };
    attachStatefulCallClient(clientDouble({ calls, callsEnded: {} }).client, sink, { now });
    expect(events).toEqual([clientAttached()]);
  });
});

describe('attachStatefulCallClient with a callId', () => {
  it('waits for that call, follows it and reports its end from callsEnded', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { other: live('other') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now, callId: 'x' });
    expect(events).toEqual([clientAttached('x')]);
    double.publish({ calls: { other: live('other'), x: live('x') }, callsEnded: {} });
    double.publish({ calls: { x: live('x', { state: 'LocalHold' }) }, callsEnded: {} });
    expect(events.slice(1)).toEqual([attachedTo('x'), { type: 'callStateChanged', at: AT, state: 'LocalHold' }]);
    // Still listed in `calls` while already in `callsEnded`: ended.
    double.publish({ calls: { x: live('x', { state: 'Disconnecting' }) }, callsEnded: { x: ended('x') } });
    expect(events.slice(3)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnecting' },
      endOf('x', 410, 3112),
    ]);
  });

  it('an ended call found at attach: attached to it and its end', () => {
    const { events, sink } = collect();
    attachStatefulCallClient(clientDouble({ calls: {}, callsEnded: { x: ended('x', 0, 0) } }).client, sink, {
      now,
      callId: 'x',
    });
    expect(events).toEqual([clientAttached('x'), attachedTo('x', 'Disconnected'), endOf('x', 0, 0)]);
  });
});

describe('attachStatefulCallClient without a callId: following and moving on', () => {
  it('a second call added while one is followed does not take over', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    double.publish({
      calls: { a: live('a', { diagnostics: { network: { latest: { noNetwork: { value: true } } } } }), b: live('b') },
      callsEnded: {},
    });
    expect(events.slice(2)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true },
    ]);
  });

  it('the followed call still listed but already in callsEnded: its end', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    double.publish({ calls: { a: live('a', { state: 'Disconnecting' }) }, callsEnded: { a: ended('a') } });
    expect(events.slice(2)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnecting' },
      endOf('a', 410, 3112),
    ]);
  });

  it('the followed call ends in place while another is live: its end, then reset and the other call', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    double.publish({ calls: { a: ended('a'), b: live('b') }, callsEnded: {} });
    expect(events.slice(2)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnected' },
      endOf('a', 410, 3112),
      reset,
      attachedTo('b'),
    ]);
  });

  it('the followed call moved to callsEnded: its end, and then the next live call', () => {
    const client = createFakeStatefulCallClient({ calls: [{ id: 'a' }] });
    const { events, sink } = collect();
    attachStatefulCallClient(client, sink, { now });
    client.controls.replaceCall({ code: 410, subCode: 3112 }, { id: 'b' });
    expect(events.slice(2)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnected' },
      endOf('a', 410, 3112),
      reset,
      attachedTo('b'),
    ]);
  });

  it('the followed call moved to callsEnded in the update that brings another: its end, then reset and the other', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    double.publish({ calls: { b: live('b') }, callsEnded: { a: ended('a') } });
    expect(events.slice(2)).toEqual([
      { type: 'callStateChanged', at: AT, state: 'Disconnected' },
      endOf('a', 410, 3112),
      reset,
      attachedTo('b'),
    ]);
  });

  it('the followed call gone from both lists with no other call: its end without a reason', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    double.publish({ calls: {}, callsEnded: {} });
    expect(events.slice(2)).toEqual([endOf('a')]);
    // The same call back (a late snapshot) is not a new diagnosis.
    double.publish({ calls: { a: live('a') }, callsEnded: {} });
    expect(events.slice(3)).toEqual([]);
  });

  it('no call at attach: the first one that appears is followed, its readings initial', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: {}, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    const late = live('late', { diagnostics: { network: { latest: { networkRelaysNotReachable: { value: true } } } } });
    double.publish({ calls: { late }, callsEnded: {} });
    expect(events).toEqual([
      clientAttached(),
      attachedTo('late'),
      {
        type: 'diagnosticChanged',
        at: AT,
        area: 'network',
        diagnostic: 'networkRelaysNotReachable',
        value: true,
        initial: true,
      },
    ]);
  });

  it('a re-keyed call (gone under its id, live under another) is the same call under its new id, no reset', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { temp: live('temp') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    const final = live('final', { diagnostics: { network: { latest: { networkReconnect: { value: 2 } } } } });
    double.publish({ calls: { final }, callsEnded: {} });
    expect(events.slice(2)).toEqual([
      { type: 'callIdChanged', at: AT, callId: 'final' },
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'networkReconnect', value: 2 },
    ]);
    double.publish({ calls: { final: live('final', { state: 'LocalHold' }) }, callsEnded: {} });
    expect(events.slice(4)).toEqual([
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'networkReconnect', value: 1 },
      { type: 'callStateChanged', at: AT, state: 'LocalHold' },
    ]);
  });

  it('a state whose getter throws: handler-threw, never a throw into the client', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: {}, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    expect(() => double.publish(throwingAt('calls', 'calls getter exploded') as never)).not.toThrow();
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'handler-threw', detail: 'calls getter exploded' },
    ]);
  });

  it('a state handler given nothing does nothing', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    attachStatefulCallClient(double.client, sink, { now });
    double.publish(undefined);
    expect(events).toEqual([clientAttached(), attachedTo('a')]);
  });
});

describe('attachStatefulCallClient: subscriptions and detach', () => {
  it('one listener, removed by the same function; a client that keeps calling it reaches nothing', () => {
    const { events, sink } = collect();
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} }, true);
    const detach = attachStatefulCallClient(double.client, sink, { now });
    detach();
    detach();
    expect(double.log.map(([what]) => what)).toEqual(['onStateChange', 'offStateChange']);
    expect(double.log[1]?.[1]).toBe(double.log[0]?.[1]);
    double.publish({ calls: { a: ended('a') }, callsEnded: {} });
    expect(events).toEqual([clientAttached(), attachedTo('a')]);
  });

  it('a sink that detaches on the state change gets no callEnded after it', () => {
    const double = clientDouble({ calls: { a: live('a') }, callsEnded: {} });
    const events: DiagnosticEvent[] = [];
    const detach = attachStatefulCallClient(
      double.client,
      (event) => {
        events.push(event);
        if (event.type === 'callStateChanged') detach();
      },
      { now },
    );
    double.publish({ calls: { a: ended('a') }, callsEnded: {} });
    expect(events.map((e) => e.type)).toEqual(['attached', 'attached', 'callStateChanged']);
  });
});
