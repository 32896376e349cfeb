import { createFakeCall, createFakeCallAdapter, createFakeCallAgent } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { audioSample, BAD, GOOD } from '../../../test/mediaStatsSample.js';
import { createCallDiagnostics } from '../../createCallDiagnostics.js';
import type { DiagnosticTelemetryRecord } from '../../telemetry/telemetry.js';
import { startQualitySession } from './startQualitySession.js';

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
