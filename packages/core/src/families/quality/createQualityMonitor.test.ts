import { describe, expect, it, vi } from 'vitest';
import {
  type AudioFigures,
  audioSample,
  BAD,
  FAIR,
  GOOD,
  SILENT,
  statsSample,
} from '../../../test/mediaStatsSample.js';
import { createQualityMonitor, type QualityMonitor } from './createQualityMonitor.js';
import type { MediaStatsSampleLike } from './readSample.js';
import type { QualityAssessment } from './types.js';

/** A monitor with a counting listener. */
function watched(options?: Parameters<typeof createQualityMonitor>[0]) {
  const monitor = createQualityMonitor(options);
  const listener = vi.fn();
  monitor.subscribe(listener);
  return { monitor, listener };
}

/** Pushes `count` samples of `figures`; returns the level after each. */
const pushMany = (monitor: QualityMonitor, figures: AudioFigures, count: number) =>
  Array.from({ length: count }, () => monitor.push(audioSample(figures)).level);

const kinds = (a: QualityAssessment) => a.reasons.map((r) => r.kind);
const keys = (a: QualityAssessment) => a.reasons.map((r) => `${r.kind}:${r.direction}:${r.severity}`);

describe('createQualityMonitor: the issue-24 acceptance figures', () => {
  it('is good after 10 good samples (MOS ≥ 4.0), not after 9', () => {
    const { monitor, listener } = watched();
    expect(pushMany(monitor, GOOD, 9)).toEqual(Array(9).fill('unknown'));
    const tenth = monitor.push(audioSample(GOOD));
    expect(tenth.level).toBe('good');
    expect(tenth.mos).toBeGreaterThanOrEqual(4);
    expect(tenth.reasons).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stays good on the 1st and 2nd bad sample (MOS ≤ 2.5), is poor on the 3rd with rtt, jitter and loss; one change', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, GOOD, 10);
    listener.mockClear();
    const first = monitor.push(audioSample(BAD));
    expect(first.level).toBe('good');
    expect(first.mos).toBeLessThanOrEqual(2.5);
    expect(monitor.push(audioSample(BAD)).level).toBe('good');
    expect(listener).not.toHaveBeenCalled();
    const third = monitor.push(audioSample(BAD));
    expect(third.level).toBe('poor');
    expect(new Set(kinds(third))).toEqual(new Set(['rtt', 'jitter', 'loss']));
    expect(keys(third)).toEqual([
      'rtt:send:poor',
      'rtt:receive:poor',
      'jitter:send:fair',
      'jitter:receive:fair',
      'loss:send:fair',
      'loss:receive:fair',
    ]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stays poor through 20 alternating samples, with one notification in all', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, GOOD, 10);
    pushMany(monitor, BAD, 3);
    listener.mockClear();
    const levels = Array.from({ length: 20 }, (_, i) => monitor.push(audioSample(i % 2 ? BAD : GOOD)).level);
    expect(levels).toEqual(Array(20).fill('poor'));
    expect(listener).not.toHaveBeenCalled();
  });

  it('is good again on the 10th good sample in a row, not the 9th', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, GOOD, 10);
    pushMany(monitor, BAD, 3);
    for (let i = 0; i < 20; i += 1) monitor.push(audioSample(i % 2 ? BAD : GOOD));
    listener.mockClear();
    expect(pushMany(monitor, GOOD, 9)).toEqual(Array(9).fill('poor'));
    const tenth = monitor.push(audioSample(GOOD));
    expect(tenth.level).toBe('good');
    expect(tenth.reasons).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('is unknown after 5 samples without packets either way, not after 4', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    expect(pushMany(monitor, SILENT, 4)).toEqual(Array(4).fill('good'));
    const fifth = monitor.push(audioSample(SILENT));
    expect(fifth.level).toBe('unknown');
    expect(fifth.mos).toBeUndefined();
  });

  it('ignores malformed samples: the snapshot is returned unchanged and nothing counts', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, GOOD, 9);
    const before = monitor.getSnapshot();
    const malformed: unknown[] = [
      null,
      undefined,
      'sample',
      42,
      {},
      { audio: {} },
      { audio: { send: [] } },
      { audio: { send: 'x', receive: [] } },
      audioSample({ ...GOOD, rttInMs: Number.NaN }),
      audioSample({ ...GOOD, jitterInMs: -1 }),
      audioSample({ ...GOOD, packetsPerSecond: '50' as unknown as number }),
      audioSample({ ...GOOD, packetsLostPerSecond: -2 }),
      audioSample({ ...GOOD, rttInMs: null as unknown as number }),
      { ...audioSample(GOOD), transports: 'none' },
      { ...audioSample(GOOD), video: null },
    ];
    for (const sample of malformed) expect(monitor.push(sample as MediaStatsSampleLike)).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    // The 10th valid good sample, not the 25th sample, makes it good.
    expect(monitor.push(audioSample(GOOD)).level).toBe('good');
  });

  it('ignores a sample whose getters throw, and a sample that is a function', () => {
    const { monitor } = watched();
    const hostile = Object.defineProperty({}, 'audio', {
      get() {
        throw new Error('no');
      },
    });
    expect(monitor.push(hostile as MediaStatsSampleLike)).toBe(monitor.getSnapshot());
    expect(monitor.push((() => {}) as unknown as MediaStatsSampleLike).figures).toBeUndefined();
  });

  it('is unknown when it saw nothing valid', () => {
    const monitor = createQualityMonitor();
    expect(monitor.getSnapshot()).toEqual({
      level: 'unknown',
      reasons: [],
      mos: undefined,
      figures: undefined,
      since: undefined,
    });
    monitor.push(null as unknown as MediaStatsSampleLike);
    expect(monitor.getSnapshot().level).toBe('unknown');
    expect(monitor.getSnapshot().figures).toBeUndefined();
  });
});

describe('createQualityMonitor: silence and mute', () => {
  it('a muted person who still receives is judged by what arrives', () => {
    const { monitor } = watched();
    const muted = () => monitor.push(statsSample({ send: [SILENT], receive: [GOOD] }));
    for (let i = 0; i < 9; i += 1) muted();
    const tenth = muted();
    expect(tenth.level).toBe('good');
    expect(tenth.figures?.send).toBeUndefined();
    expect(tenth.figures?.receive?.packetsPerSecond).toBe(50);
  });

  it('treats absent stream lists and absent packet figures as no packets', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    for (let i = 0; i < 4; i += 1) monitor.push(statsSample({}));
    expect(monitor.getSnapshot().level).toBe('good');
    expect(monitor.push(statsSample({ send: [{}], receive: [{ rttInMs: 900 }] })).level).toBe('unknown');
  });

  it('silent samples neither break nor extend a run of better samples', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 5);
    pushMany(monitor, SILENT, 4);
    expect(pushMany(monitor, GOOD, 5)).toEqual([...Array(4).fill('unknown'), 'good']);
  });

  it('silent samples do not count in the 3 of 5', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    monitor.push(audioSample(BAD));
    pushMany(monitor, SILENT, 4);
    monitor.push(audioSample(BAD));
    expect(monitor.push(audioSample(BAD)).level).toBe('poor');
  });

  it('starts afresh after silence: bad samples from before do not count', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    pushMany(monitor, BAD, 2);
    pushMany(monitor, SILENT, 5);
    expect(monitor.getSnapshot().level).toBe('unknown');
    expect(pushMany(monitor, BAD, 3)).toEqual(['unknown', 'unknown', 'poor']);
  });
});

describe('createQualityMonitor: fair', () => {
  it('goes fair on 3 fair samples of 5, and names the figure', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    expect(pushMany(monitor, FAIR, 3)).toEqual(['good', 'good', 'fair']);
    expect(keys(monitor.getSnapshot())).toEqual(['rtt:send:fair', 'rtt:receive:fair']);
  });

  it('goes to the worst level 3 of the last 5 reach: 2 bad and 1 fair make fair', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    monitor.push(audioSample(BAD));
    monitor.push(audioSample(FAIR));
    const third = monitor.push(audioSample(BAD));
    expect(third.level).toBe('fair');
    // The reasons of every sample at fair or worse, the latest figures winning.
    expect(third.reasons.find((r) => r.kind === 'rtt' && r.direction === 'send')).toMatchObject({
      severity: 'poor',
      value: 450,
    });
    expect(monitor.push(audioSample(BAD)).level).toBe('poor');
  });

  it('recovers from poor to fair when the 10 better samples include a fair one, then needs 10 more for good', () => {
    const { monitor } = watched();
    pushMany(monitor, BAD, 3);
    expect(monitor.getSnapshot().level).toBe('poor');
    monitor.push(audioSample(FAIR));
    expect(pushMany(monitor, GOOD, 9)).toEqual([...Array(8).fill('poor'), 'fair']);
    expect(pushMany(monitor, GOOD, 10)).toEqual([...Array(9).fill('fair'), 'good']);
  });

  it('keeps the last reasons while it recovers (no sample at the level left in the window)', () => {
    const { monitor } = watched();
    pushMany(monitor, BAD, 3);
    pushMany(monitor, GOOD, 8);
    expect(monitor.getSnapshot().level).toBe('poor');
    expect(new Set(kinds(monitor.getSnapshot()))).toEqual(new Set(['rtt', 'jitter', 'loss']));
  });
});

describe('createQualityMonitor: network UFDs', () => {
  it('a Bad networkReceiveQuality makes it poor at once with a ufd reason; Good releases it', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, GOOD, 10);
    listener.mockClear();
    const held = monitor.setNetworkQuality('networkReceiveQuality', 3, 500);
    expect(held.level).toBe('poor');
    expect(held.since).toBe(500);
    expect(held.reasons).toEqual([{ kind: 'ufd', direction: 'receive', severity: 'poor', value: 3, threshold: 3 }]);
    expect(listener).toHaveBeenCalledTimes(1);
    // Released after 2 samples: the level follows the samples from poor, by the same rules.
    pushMany(monitor, GOOD, 2);
    const released = monitor.setNetworkQuality('networkReceiveQuality', 1);
    expect(released.level).toBe('poor');
    expect(kinds(released)).toEqual(['ufd']);
    expect(pushMany(monitor, GOOD, 8)).toEqual([...Array(7).fill('poor'), 'good']);
  });

  it('samples keep counting during the hold: after 10 good ones, the release shows good', () => {
    const { monitor } = watched();
    monitor.setNetworkQuality('networkSendQuality', 3);
    expect(pushMany(monitor, GOOD, 12)).toEqual(Array(12).fill('poor'));
    expect(monitor.setNetworkQuality('networkSendQuality', false).level).toBe('good');
  });

  it('both directions: send before receive; each released on its own; Poor releases too', () => {
    const { monitor } = watched();
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    const both = monitor.setNetworkQuality('networkSendQuality', 3);
    expect(both.reasons.map((r) => r.direction)).toEqual(['send', 'receive']);
    expect(monitor.setNetworkQuality('networkReceiveQuality', 2).level).toBe('poor');
    expect(monitor.getSnapshot().reasons.map((r) => r.direction)).toEqual(['send', 'receive']);
  });

  it('joins the samples’ reasons while held', () => {
    const { monitor } = watched();
    pushMany(monitor, FAIR, 3);
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    expect(keys(monitor.getSnapshot())).toEqual(['ufd:receive:poor', 'rtt:send:fair', 'rtt:receive:fair']);
  });

  it('keeps the ufd reason first while samples bring poor reasons of their own', () => {
    const { monitor } = watched();
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    pushMany(monitor, BAD, 3);
    expect(kinds(monitor.getSnapshot())).toEqual(['ufd', 'rtt', 'rtt', 'jitter', 'jitter', 'loss', 'loss']);
    expect(kinds(monitor.setNetworkQuality('networkReceiveQuality', 1))).toEqual([
      'rtt',
      'rtt',
      'jitter',
      'jitter',
      'loss',
      'loss',
    ]);
  });

  it('keeps the snapshot on a repeated Bad before any sample', () => {
    const { monitor, listener } = watched();
    const held = monitor.setNetworkQuality('networkSendQuality', 3);
    expect(monitor.setNetworkQuality('networkSendQuality', 3)).toBe(held);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a repeated Bad does not restart the count of better samples', () => {
    const { monitor } = watched();
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    pushMany(monitor, GOOD, 9);
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    monitor.push(audioSample(GOOD));
    expect(monitor.setNetworkQuality('networkReceiveQuality', 1).level).toBe('good');
  });

  it('ignores other diagnostics and values that are not Bad', () => {
    const { monitor, listener } = watched();
    const before = monitor.getSnapshot();
    expect(monitor.setNetworkQuality('networkReconnect', 3)).toBe(before);
    expect(monitor.setNetworkQuality('toString', 3)).toBe(before);
    expect(monitor.setNetworkQuality('networkReceiveQuality', true)).toBe(before);
    expect(monitor.setNetworkQuality('networkReceiveQuality', 2)).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('does not outlast silence: the level is unknown once the hold is released after 5 silent samples', () => {
    const { monitor } = watched();
    pushMany(monitor, GOOD, 10);
    pushMany(monitor, SILENT, 6);
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    expect(monitor.push(audioSample(SILENT)).level).toBe('poor');
    expect(monitor.setNetworkQuality('networkReceiveQuality', 1).level).toBe('unknown');
  });
});

describe('createQualityMonitor: snapshots and listeners', () => {
  it('keeps the snapshot while nothing changes; figures move it without a notification', () => {
    const { monitor, listener } = watched();
    const first = monitor.push(audioSample(GOOD));
    expect(monitor.push(audioSample(GOOD))).toBe(first);
    expect(monitor.getSnapshot()).toBe(first);
    const moved = monitor.push(audioSample({ ...GOOD, rttInMs: 41 }));
    expect(moved).not.toBe(first);
    expect(moved.figures?.send?.rttMs).toBe(41);
    expect(listener).not.toHaveBeenCalled();
  });

  it('measures freezes between consecutive valid samples', () => {
    const monitor = createQualityMonitor();
    const withFreeze = (total: number) =>
      statsSample({ send: [GOOD], receive: [GOOD], videoReceive: [{ totalFreezeDurationInMs: total }] });
    expect(monitor.push(withFreeze(100)).figures?.freezeMs).toBe(0);
    monitor.push(null as unknown as MediaStatsSampleLike);
    expect(monitor.push(withFreeze(350)).figures?.freezeMs).toBe(250);
    expect(monitor.push(withFreeze(350)).figures?.freezeMs).toBe(0);
  });

  it('keeps a poor snapshot while the same bad sample repeats', () => {
    const { monitor } = watched();
    pushMany(monitor, BAD, 3);
    const poor = monitor.push(audioSample(BAD));
    expect(monitor.push(audioSample(BAD))).toBe(poor);
  });

  it('tells listeners when the reasons’ kinds change at the same level and count', () => {
    const { monitor, listener } = watched();
    const onlyJitter: AudioFigures = { ...GOOD, jitterInMs: 80 };
    const onlyLoss: AudioFigures = { ...GOOD, packetsPerSecond: 40, packetsLostPerSecond: 10 };
    const onlyRtt: AudioFigures = { ...GOOD, rttInMs: 450 };
    monitor.push(audioSample(onlyJitter));
    pushMany(monitor, onlyLoss, 4);
    expect(kinds(monitor.getSnapshot())).toEqual(['jitter', 'jitter', 'loss', 'loss']);
    listener.mockClear();
    // The jitter sample leaves the window as the RTT one comes in: 4 reasons before and after.
    monitor.push(audioSample(onlyRtt));
    expect(kinds(monitor.getSnapshot())).toEqual(['rtt', 'rtt', 'loss', 'loss']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows no reason and tells nobody on a first silent sample', () => {
    const { monitor, listener } = watched();
    const silent = monitor.push(audioSample(SILENT));
    expect(silent.reasons).toEqual([]);
    expect(silent.level).toBe('unknown');
    expect(silent.figures).toEqual({
      send: undefined,
      receive: undefined,
      availableOutgoingBitrate: undefined,
      freezeMs: undefined,
    });
    expect(listener).not.toHaveBeenCalled();
  });

  it('tells listeners when only the reasons change, not when only their figures do', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, BAD, 3);
    listener.mockClear();
    monitor.push(audioSample({ ...BAD, rttInMs: 460 }));
    expect(listener).not.toHaveBeenCalled();
    expect(monitor.getSnapshot().reasons[0]?.value).toBe(460);
    const onlyLoss: AudioFigures = { ...GOOD, packetsPerSecond: 40, packetsLostPerSecond: 10 };
    pushMany(monitor, onlyLoss, 5);
    expect(monitor.getSnapshot().level).toBe('poor');
    expect(kinds(monitor.getSnapshot())).toEqual(['loss', 'loss']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('freezes snapshots, their reasons and figures', () => {
    const { monitor } = watched();
    pushMany(monitor, BAD, 3);
    const s = monitor.getSnapshot();
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.reasons)).toBe(true);
    expect(Object.isFrozen(s.reasons[0])).toBe(true);
    expect(Object.isFrozen(s.figures)).toBe(true);
    expect(Object.isFrozen(s.figures?.send)).toBe(true);
    pushMany(monitor, GOOD, 10);
    expect(monitor.getSnapshot().level).toBe('good');
    expect(Object.isFrozen(monitor.getSnapshot().reasons)).toBe(true);
    expect(Object.isFrozen(createQualityMonitor().getSnapshot().reasons)).toBe(true);
  });

  it('unsubscribes exactly the listener', () => {
    const monitor = createQualityMonitor();
    const kept = vi.fn();
    const gone = vi.fn();
    monitor.subscribe(kept);
    monitor.subscribe(gone)();
    pushMany(monitor, GOOD, 10);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
  });
});

describe('createQualityMonitor: since, now and reset', () => {
  it('since is the at of the push that changed the level, and stays with it', () => {
    const monitor = createQualityMonitor({ now: () => 999 });
    for (let i = 0; i < 10; i += 1) monitor.push(audioSample(GOOD), 1000 + i);
    expect(monitor.getSnapshot().since).toBe(1009);
    monitor.push(audioSample({ ...GOOD, rttInMs: 41 }), 2000);
    expect(monitor.getSnapshot().since).toBe(1009);
  });

  it('since falls back to options.now, then to Date.now, when at is missing or not a finite number', () => {
    const now = vi.fn(() => 77);
    const monitor = createQualityMonitor({ now });
    pushMany(monitor, GOOD, 9);
    expect(now).not.toHaveBeenCalled();
    expect(monitor.push(audioSample(GOOD), Number.NaN).since).toBe(77);
    const plain = createQualityMonitor();
    const late = createQualityMonitor({ now: () => undefined as unknown as number });
    vi.spyOn(Date, 'now').mockReturnValue(55);
    try {
      pushMany(plain, GOOD, 10);
      expect(plain.getSnapshot().since).toBe(55);
      pushMany(late, GOOD, 10);
      expect(late.getSnapshot().since).toBe(55);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('reset forgets samples, holds and freeze totals, and tells listeners once', () => {
    const { monitor, listener } = watched();
    pushMany(monitor, GOOD, 10);
    monitor.setNetworkQuality('networkReceiveQuality', 3);
    listener.mockClear();
    monitor.reset();
    expect(monitor.getSnapshot()).toEqual({
      level: 'unknown',
      reasons: [],
      mos: undefined,
      figures: undefined,
      since: undefined,
    });
    expect(listener).toHaveBeenCalledTimes(1);
    monitor.reset();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(pushMany(monitor, GOOD, 10).at(-1)).toBe('good');
    listener.mockClear();
    // The hold is gone: a Good UFD changes nothing.
    monitor.setNetworkQuality('networkReceiveQuality', 1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('reset forgets the freeze totals (a stream seen before counts from its next total)', () => {
    const monitor = createQualityMonitor();
    const withFreeze = (total: number) =>
      statsSample({ send: [GOOD], receive: [GOOD], videoReceive: [{ totalFreezeDurationInMs: total }] });
    monitor.push(withFreeze(100));
    monitor.reset();
    expect(monitor.push(withFreeze(900)).figures?.freezeMs).toBe(0);
  });

  it('applies threshold overrides', () => {
    const monitor = createQualityMonitor({ thresholds: { rttMs: { fair: 30 } } });
    const sample = monitor.push(audioSample(GOOD));
    expect(sample.figures?.send?.rttMs).toBe(40);
    pushMany(monitor, GOOD, 2);
    expect(monitor.getSnapshot().level).toBe('fair');
    expect(monitor.getSnapshot().reasons[0]).toMatchObject({ kind: 'rtt', severity: 'fair', threshold: 30 });
  });
});
