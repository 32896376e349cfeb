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
