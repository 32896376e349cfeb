import { CountingEmitter, createFakeCall, createMediaStatsSample } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { followMediaStats } from './followMediaStats.js';
import type { CallLike } from './types.js';

const MediaStats = { name: 'MediaStats' };
const sample = createMediaStatsSample({ rttMs: 80, jitterMs: 10, lossPercent: 1 });

/** A call whose `feature()` returns a MediaStats feature creating `collector` (recording the options it was given). */
function callWith(collector: unknown) {
  const createCollector = vi.fn((_options?: object) => collector);
  const call = { feature: () => ({ createCollector }) } as unknown as CallLike;
  return { call, createCollector };
}

/** A collector built on a counting emitter, with spied off and dispose. */
function spyCollector() {
  const emitter = new CountingEmitter();
  const collector = {
    on: vi.fn((event: string, listener: (sample: unknown) => void) => emitter.on(event, listener)),
    off: vi.fn((event: string, listener: (sample: unknown) => void) => emitter.off(event, listener)),
    dispose: vi.fn(),
  };
  return { emitter, collector };
}

describe('followMediaStats: opening the collector', () => {
  it('hands each sample of the one collector to onSample, with no problem', () => {
    const call = createFakeCall();
    const onSample = vi.fn();
    const onProblem = vi.fn();
    followMediaStats(call, onSample, { factory: MediaStats, onProblem });
    expect(call.controls.openCollectors()).toBe(1);
    call.controls.pushMediaStats(sample);
    expect(onSample.mock.calls).toEqual([[sample]]);
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('passes the collector options as given, and {} without them', () => {
    const given = { aggregationInterval: 2, dataPointsPerAggregation: 5 };
    const withOptions = callWith(spyCollector().collector);
    followMediaStats(withOptions.call, () => {}, { factory: MediaStats, collector: given });
    expect(withOptions.createCollector.mock.calls).toEqual([[given]]);
    const without = callWith(spyCollector().collector);
    followMediaStats(without.call, () => {}, { factory: MediaStats });
    expect(without.createCollector.mock.calls).toEqual([[{}]]);
  });

  it('a collector without on, off or dispose is the “gave no collector” problem', () => {
    const fn = () => {};
    for (const collector of [undefined, { off: fn, dispose: fn }, { on: fn, dispose: fn }, { on: fn, off: fn }]) {
      const onProblem = vi.fn();
      followMediaStats(callWith(collector).call, () => {}, { factory: MediaStats, onProblem });
      expect(onProblem.mock.calls).toEqual([['call.feature(MediaStats) gave no collector']]);
    }
  });

  it('a throwing feature() is said through onProblem; without onProblem nothing throws', () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('disposed'));
    const onProblem = vi.fn();
    followMediaStats(call, () => {}, { factory: MediaStats, onProblem });
    expect(onProblem.mock.calls).toEqual([['disposed']]);
    expect(() => followMediaStats(call, () => {}, { factory: MediaStats })()).not.toThrow();
  });

  it('no factory is the “no Features.MediaStats” problem and opens nothing; without onProblem nothing throws', () => {
    const call = createFakeCall();
    const onProblem = vi.fn();
    followMediaStats(call, () => {}, { onProblem });
    expect(onProblem.mock.calls).toEqual([["no Features.MediaStats: pass the SDK's Features"]]);
    expect(call.controls.openCollectors()).toBe(0);
    expect(() => followMediaStats(call, () => {})()).not.toThrow();
  });
});

describe('followMediaStats: a factory still being loaded', () => {
  it('opens the collector once the promise resolves to the factory', async () => {
    const call = createFakeCall();
    const onSample = vi.fn();
    const onProblem = vi.fn();
    followMediaStats(call, onSample, { factory: Promise.resolve(MediaStats), onProblem });
    expect(call.controls.openCollectors()).toBe(0);
    await Promise.resolve();
    expect(call.controls.openCollectors()).toBe(1);
    call.controls.pushMediaStats(sample);
    expect(onSample.mock.calls).toEqual([[sample]]);
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('a rejected promise is said through onProblem; without onProblem nothing throws', async () => {
    const onProblem = vi.fn();
    followMediaStats(createFakeCall(), () => {}, { factory: Promise.reject(new Error('no SDK')), onProblem });
    await Promise.resolve();
    await Promise.resolve();
    expect(onProblem.mock.calls).toEqual([['no SDK']]);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    followMediaStats(createFakeCall(), () => {}, { factory: Promise.reject(new Error('no SDK')) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('detached before the promise settles: no collector opens and a rejection is no problem', async () => {
    const call = createFakeCall();
    const onProblem = vi.fn();
    followMediaStats(call, () => {}, { factory: Promise.resolve(MediaStats), onProblem })();
    followMediaStats(call, () => {}, { factory: Promise.reject(new Error('no SDK')), onProblem })();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(call.controls.openCollectors()).toBe(0);
    expect(onProblem).not.toHaveBeenCalled();
  });
});

describe('followMediaStats: detaching', () => {
  it('removes the sampleReported listener and disposes the collector, once however often detached', () => {
    const { emitter, collector } = spyCollector();
    const detach = followMediaStats(callWith(collector).call, () => {}, { factory: MediaStats });
    expect(emitter.listenerCount('sampleReported')).toBe(1);
    detach();
    expect(emitter.listenerCount()).toBe(0);
    expect(collector.off).toHaveBeenCalledTimes(1);
    expect(collector.off.mock.calls[0]?.[0]).toBe('sampleReported');
    expect(collector.dispose).toHaveBeenCalledTimes(1);
    detach();
    expect(collector.off).toHaveBeenCalledTimes(1);
    expect(collector.dispose).toHaveBeenCalledTimes(1);
  });

  it('the fake call’s collector is closed and holds no listener after detach', () => {
    const call = createFakeCall();
    const detach = followMediaStats(call, () => {}, { factory: MediaStats });
    detach();
    expect(call.controls.openCollectors()).toBe(0);
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('no sample reaches onSample after detach, even from a collector whose off throws', () => {
    const { emitter, collector } = spyCollector();
    collector.off.mockImplementation(() => {
      throw new Error('disposed');
    });
    const onSample = vi.fn();
    const detach = followMediaStats(callWith(collector).call, onSample, { factory: MediaStats });
    expect(() => detach()).not.toThrow();
    emitter.emit('sampleReported', sample);
    expect(onSample).not.toHaveBeenCalled();
  });

  it('detaching a follow that opened nothing does not throw', () => {
    expect(() => followMediaStats(createFakeCall(), () => {})()).not.toThrow();
  });
});
