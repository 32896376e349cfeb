import { createFakeCall, replayTimeline, SEED_410_3112_TIMELINE } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import { selectBanner } from '../families/banner.js';
import { attachCall } from './attachCall.js';

const collect = collectEvents;

describe('attachCall', () => {
  it('reads a UFD raised before attach (getLatest) and the call facts', () => {
    const call = createFakeCall({ id: 'c-1', participantId: 'p-1', network: { networkRelaysNotReachable: true } });
    const { events, sink } = collect();
    attachCall(call, sink);
    expect(events[0]).toMatchObject({ type: 'attached', callId: 'c-1', participantId: 'p-1', state: 'Connected' });
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'diagnosticChanged',
        diagnostic: 'networkRelaysNotReachable',
        value: true,
        initial: true,
      }),
    );
  });

  it('follows UFDs, state, id and the end reason, then detaches to zero listeners', () => {
    const call = createFakeCall();
    const before = call.controls.listenerCount();
    const { events, sink } = collect();
    const detach = attachCall(call, sink);
    expect(call.controls.listenerCount()).toBe(before + 4);
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    call.controls.raiseMedia('cameraFreeze', true);
    call.controls.changeId('c-2');
    call.controls.end({ code: 410, subCode: 3112 });
    expect(events.map((e) => e.type)).toEqual([
      'attached',
      'diagnosticChanged',
      'diagnosticChanged',
      'callIdChanged',
      'callStateChanged',
      'callStateChanged',
      'callEnded',
    ]);
    expect(events.at(-1)).toMatchObject({ callId: 'c-2', code: 410, subCode: 3112 });
    detach();
    detach();
    expect(call.controls.listenerCount()).toBe(before);
    call.controls.raiseNetwork('noNetwork', true);
    expect(events).toHaveLength(7);
  });

  it('reports an end that happened before attach', () => {
    const call = createFakeCall();
    call.controls.end({ code: 410, subCode: 3112 });
    const { events, sink } = collect();
    attachCall(call, sink);
    expect(events.filter((e) => e.type === 'callEnded')).toHaveLength(1);
  });

  it('survives a throwing feature() and getLatest() as source issues', () => {
    const call = createFakeCall();
    call.controls.failFeature();
    const a = collect();
    expect(() => attachCall(call, a.sink)).not.toThrow();
    expect(a.events).toContainEqual(expect.objectContaining({ type: 'sourceIssue', reason: 'ufd-feature-threw' }));

    const call2 = createFakeCall();
    call2.controls.failGetLatest();
    const b = collect();
    attachCall(call2, b.sink);
    expect(b.events).toContainEqual(expect.objectContaining({ type: 'sourceIssue', reason: 'get-latest-threw' }));
    call2.controls.raiseNetwork('networkRelaysNotReachable', true);
    expect(b.events.at(-1)).toMatchObject({ type: 'diagnosticChanged', value: true });
  });

  it('asks for Features when a strict call rejects the guess, and works when given them', async () => {
    const Features = { UserFacingDiagnostics: { name: 'UserFacingDiagnostics' } };
    const strict = createFakeCall({ duckTypedFeatures: false, features: Features });
    const a = collect();
    attachCall(strict, a.sink);
    // The guess is refused, then the SDK's own Features are tried (it cannot load in Node) before the issue.
    await vi.waitFor(() => expect(a.events).toContainEqual(expect.objectContaining({ type: 'sourceIssue' })), {
      timeout: 15_000,
    });
    const b = collect();
    attachCall(strict, b.sink, { features: Features });
    strict.controls.raiseNetwork('noNetwork', true);
    expect(b.events.at(-1)).toMatchObject({ diagnostic: 'noNetwork', value: true });
  }, 20_000); // the SDK's import fails slowly on a loaded 2-core machine

  it('loads Features lazily in a browser-like environment and ignores results after detach', async () => {
    const Features = { UserFacingDiagnostics: { name: 'UserFacingDiagnostics' } };
    const call = createFakeCall({ duckTypedFeatures: false, features: Features, network: { noNetwork: true } });
    const loadFeatures = vi.fn(async () => Features);
    const { events, sink } = collect();
    attachCall(call, sink, { loadFeatures });
    await Promise.resolve();
    await Promise.resolve();
    expect(loadFeatures).toHaveBeenCalledOnce();
    expect(events).toContainEqual(expect.objectContaining({ diagnostic: 'noNetwork', initial: true }));

    const late = collect();
    const detach = attachCall(call, late.sink, { loadFeatures });
    detach();
    await Promise.resolve();
    await Promise.resolve();
    expect(late.events.filter((e) => e.type === 'diagnosticChanged')).toHaveLength(0);
    // The first attachment (not detached) holds its 4 listeners; the detached second one added none late.
    expect(call.controls.listenerCount()).toBe(4);
  });

  it('rejects what is not a call with a clear TypeError', () => {
    expect(() => attachCall(null as never, () => {})).toThrow(/expected the SDK's Call/);
    expect(() => attachCall({ on() {}, off() {} } as never, () => {})).toThrow(/with on, off and feature/);
  });
});

describe('createCallDiagnostics', () => {
  it('replays the seed timeline into a 410/3112 banner', async () => {
    const call = createFakeCall({ id: 'seed-call' });
    const diagnostics = createCallDiagnostics({ source: { kind: 'call', call } });
    await replayTimeline(call, SEED_410_3112_TIMELINE, { speed: Number.POSITIVE_INFINITY });
    expect(selectBanner(diagnostics.getSnapshot())).toMatchObject({ kind: 'callEnded', codeText: '410/3112' });
    diagnostics.dispose();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('a different call starts over; re-attaching the same call keeps the state (StrictMode)', () => {
    const a = createFakeCall({ network: { networkRelaysNotReachable: true } });
    const diagnostics = createCallDiagnostics();
    const detach = diagnostics.attach({ kind: 'call', call: a });
    detach();
    diagnostics.attach({ kind: 'call', call: a });
    expect(diagnostics.getSnapshot().relay.status).toBe('unreachable');
    expect(a.controls.listenerCount()).toBe(4);
    const b = createFakeCall();
    diagnostics.attach({ kind: 'call', call: b });
    expect(a.controls.listenerCount()).toBe(0);
    expect(diagnostics.getSnapshot().relay.status).toBe('reachable');
    diagnostics.dispose();
    expect(b.controls.listenerCount()).toBe(0);
  });

  it('rejects an unknown source kind', () => {
    expect(() => createCallDiagnostics({ source: { kind: 'nope' } as never })).toThrow(/unknown source/);
  });
});
