import { createFakeCallAdapter, createFakeCallAgent, createFakeStatefulCallClient } from '@call-diagnostics/testing';
import { describe, expect, it } from 'vitest';
import type { DiagnosticEvent } from '../events.js';
import { attachCallAdapter } from './attachCallAdapter.js';
import { attachCallAgent } from './attachCallAgent.js';
import { attachStatefulCallClient } from './attachStatefulCallClient.js';
import type { CallAdapterLike } from './types.js';

const collect = () => {
  const events: DiagnosticEvent[] = [];
  return { events, sink: (e: DiagnosticEvent) => events.push(e), types: () => events.map((e) => e.type) };
};

describe('attachCallAgent edges', () => {
  it('an agent with no call yet: attaches on callsUpdated, no reset for the first call', () => {
    const agent = createFakeCallAgent({ calls: [] });
    const { events, sink, types } = collect();
    const detach = attachCallAgent(agent, sink);
    const call = agent.controls.addCall({ id: 'first' });
    expect(types()).not.toContain('reset');
    expect(events.find((e) => e.type === 'attached' && e.callId === 'first')).toMatchObject({ source: 'callAgent' });
    call.controls.raiseNetwork('noNetwork', true);
    expect(events.at(-1)).toMatchObject({ type: 'diagnosticChanged', diagnostic: 'noNetwork', value: true });
    detach();
    expect(agent.controls.listenerCount()).toBe(0);
  });

  it('a call removed without reaching Disconnected: its end reason is still reported once', () => {
    const agent = createFakeCallAgent();
    const { events, sink } = collect();
    attachCallAgent(agent, sink);
    const call = agent.controls.activeCall;
    if (!call) throw new Error('no call');
    agent.controls.removeCall(call);
    expect(events.filter((e) => e.type === 'callEnded')).toHaveLength(1);
  });
});

describe('attachCallAdapter edges', () => {
  it('attached after the call ended: reports the endedCall reason', () => {
    const adapter = createFakeCallAdapter();
    adapter.controls.end({ code: 410, subCode: 3112 });
    const { events, sink } = collect();
    attachCallAdapter(adapter, sink);
    expect(events.filter((e) => e.type === 'callEnded')).toEqual([
      expect.objectContaining({ code: 410, subCode: 3112 }),
    ]);
  });

  it('an id change is a callIdChanged, not a new call', () => {
    const adapter = createFakeCallAdapter();
    const { sink, types } = collect();
    attachCallAdapter(adapter, sink);
    adapter.controls.changeId('server-id');
    expect(types()).toContain('callIdChanged');
    expect(types()).not.toContain('reset');
  });

  it('a throwing getState becomes a sourceIssue, never an exception', () => {
    const adapter: CallAdapterLike = {
      getState: () => {
        throw new Error('disposed');
      },
      onStateChange: () => {},
      offStateChange: () => {},
      on: () => {},
      off: () => {},
    };
    const { events, sink } = collect();
    expect(() => attachCallAdapter(adapter, sink)).not.toThrow();
    expect(events).toContainEqual(expect.objectContaining({ type: 'sourceIssue', reason: 'get-latest-threw' }));
  });

  it('rejects a non-adapter with a TypeError', () => {
    expect(() => attachCallAdapter({} as never, () => {})).toThrow(TypeError);
  });
});

describe('attachStatefulCallClient edges', () => {
  it('a re-keyed call (idChanged) is followed without a reset', () => {
    const client = createFakeStatefulCallClient({ calls: [{ id: 'temp' }] });
    const { events, sink, types } = collect();
    attachStatefulCallClient(client, sink);
    client.controls.changeId('final');
    client.controls.raiseNetwork('networkReconnect', 2);
    expect(types()).not.toContain('reset');
    expect(events).toContainEqual(expect.objectContaining({ type: 'callIdChanged', callId: 'final' }));
    expect(events.at(-1)).toMatchObject({ diagnostic: 'networkReconnect', value: 2 });
  });

  it('no call at attach: follows the first one that appears', () => {
    const client = createFakeStatefulCallClient({ calls: [] });
    const { events, sink } = collect();
    attachStatefulCallClient(client, sink);
    client.controls.addCall({ id: 'late', network: { networkRelaysNotReachable: true } });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'diagnosticChanged', diagnostic: 'networkRelaysNotReachable', initial: true }),
    );
  });
});

describe('a throwing getter inside an SDK event never reaches the SDK emitter', () => {
  const poisoned = () =>
    Object.defineProperty({}, 'call', {
      get() {
        throw new Error('state getter exploded');
      },
      enumerable: true,
    });

  it('CallAdapter: onStateChange and callEnded handlers report a sourceIssue instead of throwing', () => {
    let onState: ((state: unknown) => void) | undefined;
    let onEnded: ((event: unknown) => void) | undefined;
    const adapter = {
      getState: () => ({}),
      onStateChange: (fn: (state: unknown) => void) => {
        onState = fn;
      },
      offStateChange: () => {},
      on: (_: string, fn: (event: unknown) => void) => {
        onEnded = fn;
      },
      off: () => {},
    } as unknown as CallAdapterLike;
    const { events, sink } = collect();
    attachCallAdapter(adapter, sink);
    expect(() => onState?.(poisoned())).not.toThrow();
    const event = Object.defineProperty({}, 'callId', {
      get() {
        throw new Error('event getter exploded');
      },
    });
    expect(() => onEnded?.(event)).not.toThrow();
    expect(events.filter((e) => e.type === 'sourceIssue').length).toBeGreaterThanOrEqual(1);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'sourceIssue', detail: expect.stringContaining('state getter exploded') }),
    );
  });

  it('StatefulCallClient: a throwing state getter becomes a sourceIssue', () => {
    let onState: ((state: unknown) => void) | undefined;
    const client = {
      getState: () => ({ calls: {}, callsEnded: {} }),
      onStateChange: (fn: (state: unknown) => void) => {
        onState = fn;
      },
      offStateChange: () => {},
    };
    const { events, sink } = collect();
    attachStatefulCallClient(client as never, sink);
    const state = Object.defineProperty({}, 'calls', {
      get() {
        throw new Error('calls getter exploded');
      },
    });
    expect(() => onState?.(state)).not.toThrow();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'sourceIssue', detail: expect.stringContaining('calls getter exploded') }),
    );
  });

  it('CallAgent: a throwing callsUpdated payload becomes a sourceIssue', () => {
    let onCalls: ((args: unknown) => void) | undefined;
    const agent = {
      calls: [],
      on: (name: string, fn: (args: unknown) => void) => {
        if (name === 'callsUpdated') onCalls = fn;
      },
      off: () => {},
    };
    const { events, sink } = collect();
    attachCallAgent(agent as never, sink);
    const args = Object.defineProperty({}, 'added', {
      get() {
        throw new Error('added getter exploded');
      },
    });
    expect(() => onCalls?.(args)).not.toThrow();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'sourceIssue', detail: expect.stringContaining('added getter exploded') }),
    );
  });
});
