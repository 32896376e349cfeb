/**
 * Fault matrix, core side (docs/reliability.md lists every scenario and the test that covers it). Each case: no
 * uncaught error, no leak, nothing lost, and a clear message where a developer must act.
 */
import { createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics } from './createCallDiagnostics.js';
import type { DiagnosticEvent } from './events.js';
import { selectBanner } from './families/banner.js';
import { attachCall } from './sources/attachCall.js';
import type { CallLike } from './sources/types.js';

function sink() {
  const events: DiagnosticEvent[] = [];
  return { events, push: (event: DiagnosticEvent) => events.push(event) };
}

/** A call whose members misbehave in the ways a real SDK object (or a disposed one) can. */
function hostileCall(overrides: Partial<Record<keyof CallLike, unknown>>): CallLike {
  const base = createFakeCall();
  return new Proxy(base, {
    get(target, key, receiver) {
      if (key in overrides) {
        const value = overrides[key as keyof CallLike];
        if (value instanceof Error) throw value;
        return value;
      }
      return Reflect.get(target, key, receiver);
    },
  }) as CallLike;
}

describe('fault matrix: sources', () => {
  it('F01 UFD feature missing (feature() returns undefined) → sourceIssue, call state still followed', () => {
    const call = createFakeCall();
    const s = sink();
    const broken = new Proxy(call, { get: (t, k, r) => (k === 'feature' ? () => undefined : Reflect.get(t, k, r)) });
    attachCall(broken, s.push);
    expect(s.events).toContainEqual(
      expect.objectContaining({ type: 'sourceIssue', reason: 'ufd-feature-unavailable' }),
    );
    call.controls.end({ code: 410, subCode: 3112 });
    expect(s.events.at(-1)).toMatchObject({ type: 'callEnded', code: 410, subCode: 3112 });
  });

  it('F02 UFD feature throwing → sourceIssue, no throw', () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded'));
    const s = sink();
    expect(() => attachCall(call, s.push)).not.toThrow();
    expect(s.events).toContainEqual(
      expect.objectContaining({ reason: 'ufd-feature-threw', detail: 'feature exploded' }),
    );
  });

  it('F03 getLatest throwing → sourceIssue, later events still arrive', () => {
    const call = createFakeCall();
    call.controls.failGetLatest();
    const s = sink();
    attachCall(call, s.push);
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    expect(s.events.at(-1)).toMatchObject({ diagnostic: 'networkRelaysNotReachable', value: true });
  });

  it('F04 a disposed call (on/off and getters throw) → sourceIssue at attach, detach does not throw', () => {
    const call = hostileCall({
      state: new Error('disposed'),
      id: new Error('disposed'),
      on: () => {
        throw new Error('disposed');
      },
      off: () => {
        throw new Error('disposed');
      },
    });
    const s = sink();
    const detach = attachCall(call, s.push);
    expect(s.events).toContainEqual(expect.objectContaining({ type: 'sourceIssue', reason: 'subscribe-threw' }));
    expect(() => detach()).not.toThrow();
  });

  it('F05 callEndReason missing on Disconnected → an end without code, no banner, no crash', () => {
    const call = createFakeCall();
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
    call.controls.setState('Disconnected');
    expect(diagnostics.getSnapshot().ended).toMatchObject({ code: undefined });
    expect(selectBanner(diagnostics.getSnapshot()).kind).toBe('none');
    diagnostics.dispose();
  });

  it('F06 unknown diagnostics, values and value types are kept or ignored, never thrown', () => {
    const call = createFakeCall();
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
    call.controls.raiseNetwork('networkFromTheFuture', 3);
    call.controls.raiseNetwork('networkRelaysNotReachable', 42 as never);
    call.controls.raiseMedia('mediaFromTheFuture', true);
    const state = diagnostics.getSnapshot();
    expect(state.network.networkFromTheFuture?.value).toBe(3);
    expect(state.relay.status).toBe('reachable'); // 42 is not `true`
    diagnostics.dispose();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('F07 unknown end codes (negative, huge, non-numeric) end the call without a banner', () => {
    for (const reason of [{ code: -1 }, { code: 999_999, subCode: 1 }, { code: Number.NaN }]) {
      const call = createFakeCall();
      const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
      call.controls.end(reason);
      expect(selectBanner(diagnostics.getSnapshot()).kind).toBe('none');
      diagnostics.dispose();
    }
  });

  it('F08 event storm: 100,000 quality events keep the timeline bounded and the relay untouched', () => {
    const call = createFakeCall();
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call }, timelineLimit: 100 });
    for (let i = 0; i < 100_000; i += 1) call.controls.raiseNetwork('networkSendQuality', ((i % 3) + 1) as 1 | 2 | 3);
    expect(diagnostics.getSnapshot().timeline.length).toBeLessThanOrEqual(100);
    expect(diagnostics.getSnapshot().relay.status).toBe('reachable');
    diagnostics.dispose();
  });

  it('F09 flapping: 1,000 true/false flips within the window give one episode and one recovery notice', () => {
    let now = 0;
    const call = createFakeCall();
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call }, now: () => now });
    for (let i = 0; i < 1000; i += 1) {
      now += 10;
      call.controls.raiseNetwork('networkRelaysNotReachable', i % 2 === 0);
    }
    expect(diagnostics.getSnapshot().relay).toMatchObject({ episode: 1, recoveryNotice: 1 });
    diagnostics.dispose();
  });

  it('F10 call id change mid-call is followed; the end reports the new id', () => {
    const call = createFakeCall({ id: 'temporary-id' });
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
    call.controls.changeId('server-assigned-id');
    call.controls.end({ code: 410, subCode: 3112 });
    expect(diagnostics.getSnapshot().ended?.callId).toBe('server-assigned-id');
    diagnostics.dispose();
  });

  it('F11 two diagnostics objects on one call do not interfere; each detaches only its own listeners', async () => {
    const call = createFakeCall();
    const a = createCallDiagnostics({ source: { kind: 'call', call } });
    const b = createCallDiagnostics({ source: { kind: 'call', call } });
    await vi.dynamicImportSettled(); // the others' diagnostics are followed once their code arrives
    expect(call.controls.listenerCount()).toBe(12);
    a.dispose();
    expect(call.controls.listenerCount()).toBe(6);
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    expect(b.getSnapshot().relay.status).toBe('unreachable');
    b.dispose();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('F12 the lazy SDK load failing → sourceIssue naming the fix, then the duck-typed fallback', async () => {
    const strict = createFakeCall({ duckTypedFeatures: false, network: { noNetwork: true } });
    const t = sink();
    attachCall(strict, t.push, {
      loadFeatures: async () => {
        throw new ReferenceError('MediaStream is not defined');
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(t.events).toContainEqual(
      expect.objectContaining({ type: 'sourceIssue', detail: expect.stringContaining('MediaStream is not defined') }),
    );
    // The strict fake also rejects the duck-typed fallback: the developer is told, nothing throws.
    expect(t.events.at(-1)).toMatchObject({ type: 'sourceIssue', reason: 'ufd-feature-threw' });
  });

  it('F13 a listener that throws inside the store does not break the source or other listeners', () => {
    const call = createFakeCall();
    const errors: unknown[] = [];
    const diagnostics = createCallDiagnostics({
      source: { kind: 'call', call },
      onListenerError: (e) => errors.push(e),
    });
    diagnostics.subscribe(() => {
      throw new Error('bad subscriber');
    });
    let seen = 0;
    diagnostics.subscribe(() => {
      seen += 1;
    });
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    expect(seen).toBe(1);
    expect(errors).toHaveLength(1);
    diagnostics.dispose();
  });

  it('F14 events after dispose are ignored (a call that keeps emitting after unmount)', () => {
    const call = createFakeCall();
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
    const before = diagnostics.getSnapshot();
    diagnostics.dispose();
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    expect(diagnostics.getSnapshot()).toBe(before);
  });
});
