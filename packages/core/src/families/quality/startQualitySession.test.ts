import { createFakeCall, createFakeCallAdapter, createFakeCallAgent } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { audioSample, BAD, GOOD } from '../../../test/mediaStatsSample.js';
import { createCallDiagnostics, type DiagnosticsSource } from '../../createCallDiagnostics.js';
import { type DiagnosticsState, INITIAL_STATE } from '../../store/state.js';
import type { DiagnosticTelemetryRecord } from '../../telemetry/telemetry.js';
import { callOf, type QualitySessionTarget, startQualitySession } from './startQualitySession.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const call = createFakeCall({ id: 'q-call' });
  const records: DiagnosticTelemetryRecord[] = [];
  const diagnostics = createCallDiagnostics({
    history: false,
    source: { kind: 'call', call },
    onDiagnosticEvent: (r) => records.push(r),
  });
  const session = startQualitySession(diagnostics, { kind: 'call', call });
  return { call, diagnostics, session, records };
}

describe('startQualitySession', () => {
  it('opens one collector on the call, feeds its samples to the monitor, and records one qualityChanged per change', async () => {
    const { call, session, records } = setup();
    expect(call.controls.openCollectors()).toBe(1);
    for (let i = 0; i < 10; i += 1) call.controls.pushMediaStats(audioSample(GOOD));
    expect(session.monitor.getSnapshot().level).toBe('good');
    for (let i = 0; i < 3; i += 1) call.controls.pushMediaStats(audioSample(BAD));
    expect(session.monitor.getSnapshot()).toMatchObject({ level: 'poor' });
    await settle();
    const quality = records.filter((r) => r.kind === 'qualityChanged');
    expect(quality.map((r) => r.qualityLevel)).toEqual(['good', 'poor']);
    expect(quality[1]?.qualityReasons).toContain('loss:receive');
    expect(session.getLog().map((e) => e.assessment.level)).toEqual(['good', 'poor']);
  });

  it('a Bad network quality UFD makes it poor at once; the end disposes the collector and keeps the level', () => {
    const { call, session } = setup();
    call.controls.raiseNetwork('networkReceiveQuality', 3);
    expect(session.monitor.getSnapshot()).toMatchObject({
      level: 'poor',
      reasons: [{ kind: 'ufd', direction: 'receive' }],
    });
    call.controls.end({ code: 0, subCode: 0 });
    expect(call.controls.openCollectors()).toBe(0);
    expect(session.monitor.getSnapshot().level).toBe('poor');
  });

  it('onSample: each reported sample with the assessment after it; a throwing listener stops no other; unsubscribed, none', () => {
    const { call, session } = setup();
    const seen: string[] = [];
    session.onSample(() => {
      throw new Error('a broken reader');
    });
    const off = session.onSample((assessment) => seen.push(assessment.level));
    for (let i = 0; i < 3; i += 1) call.controls.pushMediaStats(audioSample(BAD));
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe(session.monitor.getSnapshot().level);
    off();
    call.controls.pushMediaStats(audioSample(BAD));
    expect(seen).toHaveLength(3);
  });

  it('stop() disposes the collector and leaves no listener', () => {
    const { call, session, diagnostics } = setup();
    session.stop();
    expect(call.controls.openCollectors()).toBe(0);
    diagnostics.dispose();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('a CallAgent: its call in progress; a new call starts a fresh monitor and collector', async () => {
    const agent = createFakeCallAgent();
    const diagnostics = createCallDiagnostics({ history: false, source: { kind: 'callAgent', agent } });
    await vi.dynamicImportSettled(); // the CallAgent source is fetched on first use
    const session = startQualitySession(diagnostics, { kind: 'callAgent', agent });
    const first = agent.controls.activeCall;
    expect(first?.controls.openCollectors()).toBe(1);
    for (let i = 0; i < 3; i += 1) first?.controls.pushMediaStats(audioSample(BAD));
    expect(session.monitor.getSnapshot().level).toBe('poor');
    const second = agent.controls.replaceCall({ code: 0, subCode: 0 });
    expect(first?.controls.openCollectors()).toBe(0);
    expect(second.controls.openCollectors()).toBe(1);
    expect(session.monitor.getSnapshot().level).toBe('unknown');
    session.stop();
    expect(second.controls.openCollectors()).toBe(0);
  });

  it('an adapter carries no media statistics: unknown, and the session says why', () => {
    const adapter = createFakeCallAdapter();
    const diagnostics = createCallDiagnostics({ history: false });
    const session = startQualitySession(diagnostics, { kind: 'callAdapter', adapter });
    expect(session.monitor.getSnapshot().level).toBe('unknown');
    expect(session.getProblem()).toBe('no-media-stats');
  });

  it('a call whose feature() has no collector: a problem in words, no throw', () => {
    const call = createFakeCall();
    (call as unknown as { feature: () => unknown }).feature = () => ({});
    const diagnostics = createCallDiagnostics({ history: false });
    const session = startQualitySession(diagnostics, { kind: 'call', call });
    expect(session.getProblem()).toBe('call.feature(MediaStats) gave no collector');
  });
});

/** A target whose state the test sets by hand (no store, no feature source), with the records it was told. */
function manualTarget(options: { track?: boolean } = {}) {
  let state: DiagnosticsState = INITIAL_STATE;
  const listeners = new Set<() => void>();
  const tracked: { kind: string; detail: unknown }[] = [];
  const target: QualitySessionTarget = {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => state,
    ...(options.track === false ? {} : { track: (kind, detail) => tracked.push({ kind, detail }) }),
  };
  return {
    target,
    tracked,
    listenerCount: () => listeners.size,
    /** Replaces parts of the state and tells the listeners. */
    set(next: Partial<DiagnosticsState>) {
      state = { ...state, ...next };
      for (const listener of [...listeners]) listener();
    },
  };
}

const ENDED: DiagnosticsState['ended'] = { at: 1, callId: 'x', code: 0, subCode: 0 };
const network = (values: Record<string, number | boolean>): DiagnosticsState['network'] =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value, at: 1 }]));
/** The SDK's `Features` with `MediaStats` = `factory` (the session reads that member). */
const featuresWith = (MediaStats: object) => ({ UserFacingDiagnostics: {}, MediaStats });
/** What a duck-typed fake call takes as `Features.MediaStats`. */
const DUCK_MEDIA_STATS = { name: 'MediaStats' };
/** A call whose collectors open through `Features.MediaStats` = `factory` only (no duck typing). */
const callWithFactory = (factory: object, state?: 'Connected' | 'Disconnected') =>
  createFakeCall({
    duckTypedFeatures: false,
    features: { UserFacingDiagnostics: {}, MediaStats: factory },
    ...(state ? { state } : {}),
  });
/** `MediaStats` factory calls `call.feature()` got. */
const mediaStatsOpens = (feature: { mock: { calls: unknown[][] } }, factory: object) =>
  feature.mock.calls.filter(([f]) => f === factory).length;

describe('startQualitySession: which call it follows', () => {
  it('a CallAgent: the newest call not disconnected, not the first one, nor a newer disconnected one', () => {
    const factory = { name: 'MediaStatsFactory' };
    const older = callWithFactory(factory);
    const newer = callWithFactory(factory);
    const gone = callWithFactory(factory, 'Disconnected');
    const agent = createFakeCallAgent({ calls: [older, newer, gone] });
    const { target } = manualTarget();
    const session = startQualitySession(target, { kind: 'callAgent', agent }, { features: featuresWith(factory) });
    expect([older, newer, gone].map((c) => c.controls.openCollectors())).toEqual([0, 1, 0]);
    expect(session.getProblem()).toBeUndefined();
  });

  it('callOf: the call of a Call source, the newest live call of an agent, none for other sources or no source', () => {
    const call = createFakeCall();
    const live = createFakeCall();
    const agent = createFakeCallAgent({ calls: [live, createFakeCall({ state: 'Disconnected' })] });
    expect(callOf({ kind: 'call', call })).toBe(call);
    expect(callOf({ kind: 'callAgent', agent })).toBe(live);
    expect(callOf(undefined)).toBeUndefined();
    // A source of another kind is not read as an agent, even when it carries one.
    const adapterWithAgent = { kind: 'callAdapter', adapter: createFakeCallAdapter(), agent } as DiagnosticsSource;
    expect(callOf(adapterWithAgent)).toBeUndefined();
  });

  it('an agent whose calls cannot be read: no call, no throw', () => {
    const agent = createFakeCallAgent();
    Object.defineProperty(agent, 'calls', {
      get() {
        throw new Error('calls unavailable');
      },
    });
    expect(callOf({ kind: 'callAgent', agent })).toBeUndefined();
    const session = startQualitySession(manualTarget().target, { kind: 'callAgent', agent });
    expect(session.getProblem()).toBe('no-call');
  });

  it('no source, an agent with no call, or a Call source without its call: the problem is no-call', () => {
    expect(startQualitySession(manualTarget().target, undefined).getProblem()).toBe('no-call');
    const agent = createFakeCallAgent({ calls: [] });
    expect(startQualitySession(manualTarget().target, { kind: 'callAgent', agent }).getProblem()).toBe('no-call');
    const noCall = { kind: 'call', call: undefined } as unknown as DiagnosticsSource;
    expect(startQualitySession(manualTarget().target, noCall).getProblem()).toBe('no-call');
  });

  it('a followed call: no problem; ended: the collector closed and still no problem', () => {
    const call = createFakeCall();
    const manual = manualTarget();
    const session = startQualitySession(
      manual.target,
      { kind: 'call', call },
      { features: featuresWith(DUCK_MEDIA_STATS) },
    );
    expect(session.getProblem()).toBeUndefined();
    expect(call.controls.openCollectors()).toBe(1);
    manual.set({ ended: ENDED });
    expect(call.controls.openCollectors()).toBe(0);
    expect(session.getProblem()).toBeUndefined();
  });

  it('the given features come first: their MediaStats opens the collector (the target offers none)', () => {
    const factory = { name: 'MediaStatsFactory' };
    const call = callWithFactory(factory);
    const session = startQualitySession(
      manualTarget().target,
      { kind: 'call', call },
      { features: featuresWith(factory) },
    );
    expect(call.controls.openCollectors()).toBe(1);
    expect(session.getProblem()).toBeUndefined();
  });

  it('opens one collector per call: state changes while the same call goes on open no other', () => {
    const factory = { name: 'MediaStatsFactory' };
    const call = callWithFactory(factory);
    const feature = vi.spyOn(call, 'feature');
    const manual = manualTarget();
    startQualitySession(manual.target, { kind: 'call', call }, { features: featuresWith(factory) });
    manual.set({ network: network({ networkReceiveQuality: 1 }) });
    manual.set({ media: {} });
    expect(mediaStatsOpens(feature, factory)).toBe(1);
    expect(call.controls.openCollectors()).toBe(1);
  });

  it('the same call followed again after an end keeps its level (a fresh monitor only for another call)', () => {
    const call = createFakeCall();
    const manual = manualTarget();
    const session = startQualitySession(
      manual.target,
      { kind: 'call', call },
      { features: featuresWith(DUCK_MEDIA_STATS) },
    );
    for (let i = 0; i < 3; i += 1) call.controls.pushMediaStats(audioSample(BAD));
    expect(session.monitor.getSnapshot().level).toBe('poor');
    manual.set({ ended: ENDED });
    manual.set({ ended: undefined });
    expect(call.controls.openCollectors()).toBe(1);
    expect(session.monitor.getSnapshot().level).toBe('poor');
  });
});

describe('startQualitySession: network quality UFDs and the clock', () => {
  it('passes each new send or receive value once, by its name, and nothing for absent or unchanged ones', () => {
    const manual = manualTarget();
    const session = startQualitySession(manual.target, undefined);
    const told = vi.spyOn(session.monitor, 'setNetworkQuality');
    manual.set({ media: {} });
    expect(told).not.toHaveBeenCalled();
    manual.set({ network: network({ networkSendQuality: 3 }) });
    expect(told.mock.calls).toEqual([['networkSendQuality', 3]]);
    expect(session.monitor.getSnapshot()).toMatchObject({
      level: 'poor',
      reasons: [{ kind: 'ufd', direction: 'send' }],
    });
    manual.set({ media: {} });
    expect(told).toHaveBeenCalledTimes(1);
    manual.set({ network: network({ networkSendQuality: 3, networkReceiveQuality: 3 }) });
    expect(told.mock.calls.at(-1)).toEqual(['networkReceiveQuality', 3]);
    manual.set({ media: {} });
    expect(told).toHaveBeenCalledTimes(2);
    manual.set({ network: network({ networkSendQuality: 1, networkReceiveQuality: 1 }) });
    expect(told.mock.calls.slice(2)).toEqual([
      ['networkSendQuality', 1],
      ['networkReceiveQuality', 1],
    ]);
    manual.set({ network: {} });
    expect(told).toHaveBeenCalledTimes(4);
  });

  it("the monitor dates changes with the session's clock, and so does the log", () => {
    let t = 500;
    const manual = manualTarget();
    const session = startQualitySession(manual.target, undefined, { now: () => t });
    manual.set({ network: network({ networkReceiveQuality: 3 }) });
    expect(session.monitor.getSnapshot().since).toBe(500);
    t = 700;
    const call = createFakeCall();
    const withCall = startQualitySession(
      manualTarget().target,
      { kind: 'call', call },
      {
        now: () => t,
        features: featuresWith(DUCK_MEDIA_STATS),
      },
    );
    for (let i = 0; i < 3; i += 1) call.controls.pushMediaStats(audioSample(BAD));
    expect(withCall.monitor.getSnapshot()).toMatchObject({ level: 'poor', since: 700 });
    expect(session.getLog()).toEqual([{ at: 500, assessment: expect.objectContaining({ level: 'poor' }) }]);
  });
});

describe('startQualitySession: the log and telemetry', () => {
  it('keeps the last 100 changes, oldest dropped first; getLog() hands out a copy', () => {
    let t = 0;
    const manual = manualTarget();
    const session = startQualitySession(manual.target, undefined, { now: () => t });
    const change = () => {
      t += 1;
      if (session.monitor.getSnapshot().level === 'poor') session.monitor.reset();
      else session.monitor.setNetworkQuality('networkReceiveQuality', 3);
    };
    for (let i = 0; i < 100; i += 1) change();
    const full = session.getLog();
    expect(full).toHaveLength(100);
    expect(full[0]?.at).toBe(1);
    change();
    expect(full.map((e) => e.at)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const after = session.getLog();
    expect(after).toHaveLength(100);
    expect(after.map((e) => e.at).slice(0, 2)).toEqual([2, 3]);
    expect(after.at(-1)?.at).toBe(101);
    expect(manual.tracked.filter((r) => r.kind === 'qualityChanged')).toHaveLength(101);
  });

  it('a target without track: changes are still logged, nothing throws', () => {
    const manual = manualTarget({ track: false });
    const session = startQualitySession(manual.target, undefined);
    manual.set({ network: network({ networkReceiveQuality: 3 }) });
    expect(session.getLog().map((e) => e.assessment.level)).toEqual(['poor']);
  });

  it('stop() twice is harmless and leaves no state listener', () => {
    const manual = manualTarget();
    const session = startQualitySession(manual.target, undefined);
    expect(manual.listenerCount()).toBe(1);
    session.stop();
    expect(() => session.stop()).not.toThrow();
    expect(manual.listenerCount()).toBe(0);
  });
});
