import { describe, expect, it } from 'vitest';
import { type AudioFigures, BAD, FAIR, GOOD, SILENT, statsSample } from '../../../test/mediaStatsSample.js';
import { assessSample } from './assessSample.js';
import { estimateMos } from './estimateMos.js';
import { readSample } from './readSample.js';
import { QUALITY_THRESHOLDS, resolveThresholds } from './thresholds.js';

type Parts = Parameters<typeof statsSample>[0];
const NONE = new Map<unknown, number>();

const assess = (parts: Parts, previous: ReadonlyMap<unknown, number> = NONE, thresholds = QUALITY_THRESHOLDS) =>
  assessSample(readSample(statsSample(parts)), previous, thresholds);
const keys = (parts: Parts, previous?: ReadonlyMap<unknown, number>) =>
  assess(parts, previous).reasons.map((r) => `${r.kind}:${r.direction}:${r.severity}:${r.value}:${r.threshold}`);

describe('assessSample: the figures of a direction', () => {
  it('sums packets and loss over the streams and takes the worst RTT and jitter of those that flow', () => {
    const { figures } = assess({
      receive: [
        { packetsPerSecond: 30, packetsLostPerSecond: 1, rttInMs: 50, jitterInMs: 9 },
        { packetsPerSecond: 10, packetsLostPerSecond: 2, rttInMs: 80, jitterInMs: 4 },
        { packetsPerSecond: 0, packetsLostPerSecond: 7, rttInMs: 999, jitterInMs: 999 },
      ],
    });
    expect(figures.receive).toEqual({
      packetsPerSecond: 40,
      lossPercent: 20, // 10 lost of 50
      rttMs: 80,
      jitterMs: 9,
      mos: estimateMos(80, 9, 20),
    });
    expect(figures.send).toBeUndefined();
  });

  it('is undefined for a direction whose streams carry no packets (lost ones alone are not a flow)', () => {
    expect(assess({ send: [{ packetsPerSecond: 0, packetsLostPerSecond: 5 }] }).figures.send).toBeUndefined();
  });

  it('takes a stream’s RTT from its transport when it has none, else from the worst transport', () => {
    const transports = [{ id: 'a', rttInMs: 70 }, { id: 'b' }, { id: 'c', rttInMs: 120 }];
    const rtt = (transportId: string | undefined) =>
      assess({ send: [{ ...GOOD, rttInMs: undefined, transportId }], transports }).figures.send?.rttMs;
    expect(rtt('a')).toBe(70);
    // Its transport reports no RTT, or there is no such transport: the worst one reported.
    expect(rtt('b')).toBe(120);
    expect(rtt('zzz')).toBe(120);
    expect(rtt(undefined)).toBe(120);
    expect(assess({ send: [{ ...GOOD, rttInMs: 10, transportId: 'c' }], transports }).figures.send?.rttMs).toBe(10);
  });

  it('leaves RTT and jitter undefined when nothing reports them, and counts them as 0 in the MOS', () => {
    const { figures, mos } = assess({ receive: [{ packetsPerSecond: 50, packetsLostPerSecond: 0 }], transports: [{}] });
    expect(figures.receive?.rttMs).toBeUndefined();
    expect(figures.receive?.jitterMs).toBeUndefined();
    expect(mos).toBe(estimateMos(0, 0, 0));
  });

  it('takes the MOS of the worse direction', () => {
    const a = assess({ send: [GOOD], receive: [FAIR] });
    expect(a.mos).toBe(estimateMos(250, 10, 0));
    const b = assess({ send: [FAIR], receive: [GOOD] });
    expect(b.mos).toBe(estimateMos(250, 10, 0));
  });
});

describe('assessSample: reasons', () => {
  it('lists the figures past their tiers in order, with the tier crossed and its threshold', () => {
    expect(keys({ send: [BAD], receive: [BAD] })).toEqual([
      'rtt:send:poor:450:400',
      'rtt:receive:poor:450:400',
      'jitter:send:fair:45:30',
      'jitter:receive:fair:45:30',
      'loss:send:fair:6:1',
      'loss:receive:fair:6:1',
    ]);
  });

  it.each([
    ['rttInMs', 200, []],
    ['rttInMs', 201, ['rtt:send:fair:201:200']],
    ['rttInMs', 400, ['rtt:send:fair:400:200']],
    ['rttInMs', 401, ['rtt:send:poor:401:400']],
    ['jitterInMs', 30, []],
    ['jitterInMs', 31, ['jitter:send:fair:31:30']],
    ['jitterInMs', 50, ['jitter:send:fair:50:30']],
    ['jitterInMs', 51, ['jitter:send:poor:51:50']],
  ] as const)('%s %d → %j (strictly above a tier)', (key, value, expected) => {
    expect(keys({ send: [{ ...GOOD, [key]: value }] })).toEqual(expected);
  });

  it.each([
    [99, 1, []], // 1 %
    [98, 2, ['loss:send:fair:2:1']],
    [90, 10, ['loss:send:fair:10:1']],
    [89, 11, ['loss:send:poor:11:10']],
  ])('loss of %d packets sent and %d lost → %j', (packetsPerSecond, packetsLostPerSecond, expected) => {
    expect(keys({ send: [{ ...GOOD, packetsPerSecond, packetsLostPerSecond }] })).toEqual(expected);
  });

  it('judges the available outgoing bitrate only while video or a screen is sent, the lowest transport’s', () => {
    const transports = [{ availableOutgoingBitrate: 450_000 }, { availableOutgoingBitrate: 600_000 }, {}];
    expect(keys({ send: [GOOD], transports })).toEqual([]);
    expect(keys({ send: [GOOD], transports, videoSend: [{ packetsPerSecond: 0 }] })).toEqual([]);
    expect(keys({ send: [GOOD], transports, videoSend: [{ packetsPerSecond: 90 }] })).toEqual([
      'bandwidth:send:fair:450000:500000',
    ]);
    expect(keys({ send: [GOOD], transports, screenSend: [{ packetsPerSecond: 5 }] })).toEqual([
      'bandwidth:send:fair:450000:500000',
    ]);
    const tiers = (availableOutgoingBitrate: number) =>
      keys({ send: [GOOD], transports: [{ availableOutgoingBitrate }], videoSend: [{ packetsPerSecond: 1 }] });
    expect(tiers(500_000)).toEqual([]);
    expect(tiers(40_000)).toEqual(['bandwidth:send:fair:40000:500000']);
    expect(tiers(39_999)).toEqual(['bandwidth:send:poor:39999:40000']);
    expect(assess({ send: [GOOD], transports }).figures.availableOutgoingBitrate).toBe(450_000);
    expect(assess({ send: [GOOD], transports: [{}] }).figures.availableOutgoingBitrate).toBeUndefined();
  });

  it('measures freezes as the growth of each received stream’s total since the previous sample, worst stream', () => {
    const previous = new Map<unknown, number>([
      ['vr0', 1000],
      ['vr1', 50],
      ['vr2', 900],
    ]);
    const videoReceive = [
      { totalFreezeDurationInMs: 1200 }, // +200
      { totalFreezeDurationInMs: 50 }, // +0
      { totalFreezeDurationInMs: 100 }, // went down: a restarted stream, +0
      { totalFreezeDurationInMs: 5000 }, // first seen: +0
    ];
    const { figures } = assess({ send: [GOOD], videoReceive }, previous);
    expect(figures.freezeMs).toBe(200);
    expect(keys({ send: [GOOD], videoReceive }, previous)).toEqual(['freeze:receive:fair:200:0']);
    const grown = new Map<unknown, number>([['vr0', 699]]);
    expect(keys({ send: [GOOD], videoReceive: [{ totalFreezeDurationInMs: 1200 }] }, grown)).toEqual([
      'freeze:receive:poor:501:500',
    ]);
    const exactly = new Map<unknown, number>([['vr0', 700]]);
    expect(keys({ send: [GOOD], videoReceive: [{ totalFreezeDurationInMs: 1200 }] }, exactly)).toEqual([
      'freeze:receive:fair:500:0',
    ]);
  });

  it('has no freeze figure without received video totals, and 0 when nothing froze', () => {
    expect(assess({ send: [GOOD] }).figures.freezeMs).toBeUndefined();
    expect(assess({ send: [GOOD], videoReceive: [{}] }).figures.freezeMs).toBeUndefined();
    const previous = new Map<unknown, number>([['vr0', 10]]);
    expect(assess({ send: [GOOD], videoReceive: [{ totalFreezeDurationInMs: 10 }] }, previous).figures.freezeMs).toBe(
      0,
    );
  });
});

describe('assessSample: the class', () => {
  const severity = (figures: AudioFigures, parts: Parts = {}) =>
    assess({ send: [figures], receive: [figures], ...parts }).severity;

  it('is good, fair or poor by the worst figure', () => {
    expect(severity(GOOD)).toBe('good');
    expect(severity(FAIR)).toBe('fair');
    expect(severity(BAD)).toBe('poor');
    expect(severity({ ...GOOD, jitterInMs: 31 })).toBe('fair');
    expect(severity({ ...GOOD, jitterInMs: 51 })).toBe('poor');
    expect(severity(GOOD, { videoReceive: [{ totalFreezeDurationInMs: 9 }] })).toBe('good');
  });

  it('is fair or poor by the MOS alone when no figure is past its own tier', () => {
    // 200 ms, 25 ms, 0.99 %: every figure within its fair tier, MOS 3.97 (R 78.9).
    const moderate: AudioFigures = { rttInMs: 200, jitterInMs: 25, packetsPerSecond: 100, packetsLostPerSecond: 1 };
    const a = assess({ send: [moderate] });
    expect(a.reasons).toEqual([]);
    expect(a.mos).toBeLessThan(4.03);
    expect(a.severity).toBe('fair');
    const strict = resolveThresholds({ mos: { poor: 4.2 } });
    expect(assessSample(readSample(statsSample({ send: [moderate] })), NONE, strict).severity).toBe('poor');
    const lax = resolveThresholds({ mos: { fair: 3.9 } });
    expect(assessSample(readSample(statsSample({ send: [moderate] })), NONE, lax).severity).toBe('good');
  });

  it('does not flow when neither direction has packets, and then has no MOS', () => {
    const silent = assess({ send: [SILENT], receive: [SILENT] });
    expect(silent.flowing).toBe(false);
    expect(silent.mos).toBeUndefined();
    expect(assess({ receive: [GOOD] }).flowing).toBe(true);
    expect(assess({ send: [GOOD] }).flowing).toBe(true);
  });

  it('freezes its figures and reasons', () => {
    const a = assess({ send: [BAD], receive: [BAD] });
    expect(Object.isFrozen(a.figures)).toBe(true);
    expect(Object.isFrozen(a.figures.receive)).toBe(true);
    expect(Object.isFrozen(a.reasons)).toBe(true);
    expect(a.reasons.every((r) => Object.isFrozen(r))).toBe(true);
  });
});
