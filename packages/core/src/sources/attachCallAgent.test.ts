import { createFakeCall, createFakeCallAgent } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import type { DiagnosticEvent } from '../events.js';
import { attachCallAgent } from './attachCallAgent.js';
import type { CallAgentLike, CallLike } from './types.js';

const AT = 5;
const now = () => AT;

function collect() {
  const collected = collectEvents();
  return {
    ...collected,
    attachedIds: () => collected.events.flatMap((e) => (e.type === 'attached' ? [e.callId] : [])),
  };
}

type Handler = (args: unknown) => void;

/** An agent double whose `calls` getter is `calls()`, recording on/off; `keep` makes off a no-op. */
function agentDouble(calls: () => unknown, keep = false) {
  const handlers: Handler[] = [];
  const log: [string, string, Handler][] = [];
  const agent = {
    get calls() {
      return calls();
    },
    on: (event: string, fn: Handler) => {
      log.push(['on', event, fn]);
      handlers.push(fn);
    },
    off: (event: string, fn: Handler) => {
      log.push(['off', event, fn]);
      if (!keep && handlers.includes(fn)) handlers.splice(handlers.indexOf(fn), 1);
    },
  };
  const fire = (args: unknown) => {
    for (const fn of [...handlers]) fn(args);
  };
  return { agent: agent as unknown as CallAgentLike, log, fire, handlers };
}

const call = (id: string, state = 'Connected') => createFakeCall({ id, state: state as never });

/** An SDK payload whose `key` getter throws (a disposed or poisoned object). */
const throwingAt = (key: string, message: string) =>
  Object.defineProperty({}, key, {
    get() {
      throw new Error(message);
    },
    enumerable: true,
  });

describe('attachCallAgent rejects what is not an agent, with the exact message', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'agent'],
    ['a function with on and off', Object.assign(() => {}, { on() {}, off() {} })],
    ['on that is not a function', { on: 1, off() {} }],
    ['off that is not a function', { on() {}, off: 1 }],
  ])('%s', (_, value) => {
    expect(() => attachCallAgent(value as never, () => {})).toThrow(
      new TypeError('attachCallAgent: expected a CallAgent'),
    );
  });

  it('a sink that is not a function', () => {
    expect(() => attachCallAgent(createFakeCallAgent(), null as never)).toThrow(
      new TypeError('attachCallAgent: the second argument must be an event sink function'),
    );
  });
});

describe('attachCallAgent: which call it follows at attach', () => {
  it('no call: one attached event for the agent, nothing else', () => {
    for (const calls of [() => [], () => undefined]) {
      const { events, sink } = collect();
      const { agent } = agentDouble(calls);
      expect(() => attachCallAgent(agent, sink, { now })).not.toThrow();
      expect(events).toEqual([{ type: 'attached', at: AT, source: 'callAgent' }]);
    }
  });

  it('a calls getter that throws: as with no call', () => {
    const { events, sink } = collect();
    const { agent } = agentDouble(() => {
      throw new Error('disposed');
    });
    attachCallAgent(agent, sink, { now });
    expect(events).toEqual([{ type: 'attached', at: AT, source: 'callAgent' }]);
  });

  it.each([
    ['the newest of two live calls', ['a', 'b'], [], 'b'],
    ['the live one before a Disconnected one', ['a', 'b'], ['b:Disconnected'], 'a'],
    ['the live one before a Disconnecting one', ['a', 'b'], ['b:Disconnecting'], 'a'],
    ['the live one before one whose state cannot be read', ['a', 'b'], ['b:throws'], 'a'],
    ['the newest when all are ending', ['a', 'b'], ['a:Disconnected', 'b:Disconnecting'], 'b'],
  ])('%s', (_, ids, special, expected) => {
    const calls = ids.map((id) => {
      const rule = special.find((s) => s.startsWith(`${id}:`))?.split(':')[1];
      const c = call(id);
      if (rule === 'throws') {
        let reads = 0;
        // The first read (choosing) throws; later reads (attachCall) see Connected.
        Object.defineProperty(c, 'state', {
          get() {
            reads += 1;
            if (reads === 1) throw new Error('disposed');
            return 'Connected';
          },
        });
      } else if (rule) {
        Object.defineProperty(c, 'state', { value: rule });
      }
      return c;
    });
    const { sink, attachedIds, events } = collect();
    attachCallAgent(agentDouble(() => calls).agent, sink, { now });
    expect(attachedIds()).toEqual([expected]);
    expect(events[0]).toMatchObject({ type: 'attached', source: 'callAgent', callId: expected });
  });
});

describe('attachCallAgent: callsUpdated', () => {
  it('events of the followed call are passed on as they are; only attached is re-labelled', () => {
    const a = call('a');
    const { events, sink } = collect();
    const { agent } = agentDouble(() => [a]);
    attachCallAgent(agent, sink, { now });
    a.controls.raiseNetwork('noNetwork', true);
    expect(events).toEqual([
      {
        type: 'attached',
        at: AT,
        source: 'callAgent',
        callId: 'a',
        participantId: expect.any(String),
        state: 'Connected',
      },
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true },
    ]);
  });

  it('no call at attach: the first call added is followed, without a reset', () => {
    const { events, sink } = collect();
    const double = agentDouble(() => []);
    attachCallAgent(double.agent, sink, { now });
    const first = call('first');
    double.fire({ added: [first], removed: [] });
    first.controls.raiseNetwork('noNetwork', true);
    expect(events).toEqual([
      { type: 'attached', at: AT, source: 'callAgent' },
      {
        type: 'attached',
        at: AT,
        source: 'callAgent',
        callId: 'first',
        participantId: expect.any(String),
        state: 'Connected',
      },
      { type: 'diagnosticChanged', at: AT, area: 'network', diagnostic: 'noNetwork', value: true },
    ]);
  });

  it('the same call added again is not a new call', async () => {
    const a = call('a');
    const { events, sink } = collect();
    const double = agentDouble(() => [a]);
    attachCallAgent(double.agent, sink, { now });
    double.fire({ added: [a], removed: [] });
    expect(events.map((e) => e.type)).toEqual(['attached']);
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(a.controls.listenerCount()).toBe(6);
  });

  it('a payload that is missing or empty changes nothing and raises no issue', () => {
    const a = call('a');
    const { events, sink } = collect();
    const double = agentDouble(() => [a]);
    attachCallAgent(double.agent, sink, { now });
    double.fire(undefined);
    double.fire(null);
    double.fire({});
    double.fire({ added: [], removed: [] });
    double.fire({ removed: [call('stranger')] });
    expect(events.map((e) => e.type)).toEqual(['attached']);
    a.controls.raiseNetwork('noNetwork', true);
    expect(events.at(-1)).toMatchObject({ type: 'diagnosticChanged', diagnostic: 'noNetwork' });
  });

  it('a removal while no call is followed does nothing', () => {
    const { events, sink } = collect();
    const double = agentDouble(() => []);
    attachCallAgent(double.agent, sink, { now });
    double.fire({ removed: [call('x')] });
    expect(events).toEqual([{ type: 'attached', at: AT, source: 'callAgent' }]);
  });

  it('added calls that are already ending are not followed', () => {
    const a = call('a');
    const { events, sink } = collect();
    const double = agentDouble(() => [a]);
    attachCallAgent(double.agent, sink, { now });
    double.fire({ added: [call('gone', 'Disconnected'), call('going', 'Disconnecting')] });
    expect(events.map((e) => e.type)).toEqual(['attached']);
  });

  it('a removed call that was not the followed one leaves the followed call alone', async () => {
    const a = call('a');
    const b = call('b');
    const { events, sink } = collect();
    const double = agentDouble(() => [a, b]);
    attachCallAgent(double.agent, sink, { now });
    double.fire({ removed: [a] });
    expect(events.map((e) => e.type)).toEqual(['attached']);
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(b.controls.listenerCount()).toBe(6);
  });

  it('a followed call removed without an end of its own: callEnded with its id and reason, read from the call', () => {
    const a = call('a');
    Object.defineProperty(a, 'callEndReason', { value: { code: 410, subCode: 3112 } });
    const { events, sink } = collect();
    const double = agentDouble(() => [a]);
    attachCallAgent(double.agent, sink, { now });
    double.fire({ removed: [a] });
    expect(events.slice(1)).toEqual([{ type: 'callEnded', at: AT, callId: 'a', code: 410, subCode: 3112 }]);
    expect(a.controls.listenerCount()).toBe(0);
  });

  it('a sink that removes the same call again while it hears of its end: one callEnded', () => {
    const a = call('a');
    const events: DiagnosticEvent[] = [];
    const double = agentDouble(() => [a]);
    attachCallAgent(
      double.agent,
      (event) => {
        events.push(event);
        if (event.type === 'callEnded') double.fire({ removed: [a] });
      },
      { now },
    );
    double.fire({ removed: [a] });
    expect(events.map((e) => e.type)).toEqual(['attached', 'callEnded']);
    expect(a.controls.listenerCount()).toBe(0);
  });

  it('a removed call whose getters throw: callEnded without a reason', () => {
    const a = call('a');
    const { events, sink } = collect();
    const double = agentDouble(() => [a]);
    attachCallAgent(double.agent, sink, { now });
    Object.defineProperty(a, 'callEndReason', {
      get() {
        throw new Error('disposed');
      },
    });
    double.fire({ removed: [a] });
    expect(events.slice(1)).toEqual([
      { type: 'callEnded', at: AT, callId: undefined, code: undefined, subCode: undefined },
    ]);
  });

  it('a callsUpdated payload whose getter throws: handler-threw, never a throw into the agent', () => {
    const { events, sink } = collect();
    const double = agentDouble(() => []);
    attachCallAgent(double.agent, sink, { now });
    expect(() => double.fire(throwingAt('added', 'added getter exploded'))).not.toThrow();
    expect(events.slice(1)).toEqual([
      { type: 'sourceIssue', at: AT, reason: 'handler-threw', detail: 'added getter exploded' },
    ]);
  });

  it('a new call after another: reset, then the new call; the old one is let go', () => {
    const agent = createFakeCallAgent({ calls: [{ id: 'a' }] });
    const a = agent.controls.activeCall as CallLike;
    const { events, sink } = collect();
    attachCallAgent(agent, sink, { now });
    agent.controls.addCall({ id: 'b' });
    expect(events.map((e) => e.type)).toEqual(['attached', 'reset', 'attached']);
    expect(events.at(-1)).toMatchObject({ source: 'callAgent', callId: 'b' });
    expect((a as unknown as ReturnType<typeof createFakeCall>).controls.listenerCount()).toBe(0);
  });

  it('a call superseded while it is being attached (the sink adds another) sends nothing more', () => {
    const agent = createFakeCallAgent({ calls: [{ id: 'a' }] });
    const events: DiagnosticEvent[] = [];
    let b: ReturnType<typeof createFakeCall> | undefined;
    attachCallAgent(
      agent,
      (event) => {
        events.push(event);
        if (event.type === 'attached' && event.callId === 'b' && !b) {
          b = agent.controls.addCall({ id: 'c' });
        }
      },
      { now },
    );
    const newB = agent.controls.addCall({ id: 'b', network: { noNetwork: true } });
    newB.controls.raiseNetwork('networkReconnect', 3);
    const ids = events.map((e) => `${e.type}${'callId' in e && e.callId ? ` ${e.callId}` : ''}`);
    expect(ids).toEqual(['attached a', 'reset', 'attached b', 'reset', 'attached c']);
    // Nothing of the superseded call is left subscribed.
    expect(newB.controls.listenerCount()).toBe(0);
  });

  it('a sink that detaches while a new call is being attached leaves nothing subscribed', () => {
    const agent = createFakeCallAgent({ calls: [{ id: 'a' }] });
    const events: DiagnosticEvent[] = [];
    const detach = attachCallAgent(
      agent,
      (event) => {
        events.push(event);
        if (event.type === 'attached' && event.callId === 'b') detach();
      },
      { now },
    );
    const b = agent.controls.addCall({ id: 'b', network: { noNetwork: true } });
    expect(events.map((e) => e.type)).toEqual(['attached', 'reset', 'attached']);
    expect(agent.controls.listenerCount()).toBe(0);
    b.controls.raiseNetwork('networkReconnect', 3);
    expect(events).toHaveLength(3);
  });

  it('detach removes the agent listener (the same function) and the call’s; a kept handler then does nothing', () => {
    const a = call('a');
    const { events, sink } = collect();
    const double = agentDouble(() => [a], true);
    const detach = attachCallAgent(double.agent, sink, { now });
    detach();
    detach();
    expect(double.log.map(([w, e]) => `${w} ${e}`)).toEqual(['on callsUpdated', 'off callsUpdated']);
    expect(double.log[1]?.[2]).toBe(double.log[0]?.[2]);
    expect(a.controls.listenerCount()).toBe(0);
    const b = call('b');
    double.fire({ added: [b], removed: [a] });
    expect(events.map((e) => e.type)).toEqual(['attached']);
    expect(b.controls.listenerCount()).toBe(0);
  });
});
