import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AudioFigures, BAD, FAIR, GOOD, SILENT, statsSample } from '../../../test/mediaStatsSample.js';
import { createQualityMonitor } from './createQualityMonitor.js';
import type { MediaStatsSampleLike } from './readSample.js';
import type { QualityAssessment, QualityLevel } from './types.js';

/** 10,000 generated cases (FC_RUNS lowers it for the mutation run, where each mutant reruns the property). */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);
/** The properties that push 20–60 samples per case run a tenth as many. */
const LONG_RUNS = Math.max(100, Math.floor(RUNS / 10));

const LEVELS: readonly QualityLevel[] = ['good', 'fair', 'poor', 'unknown'];
const RANK: Record<QualityLevel, number> = { good: 0, unknown: 1, fair: 2, poor: 3 };

const figureArb = (max: number) => fc.option(fc.double({ min: 0, max, noNaN: true }), { nil: undefined });
const audioArb: fc.Arbitrary<AudioFigures> = fc.record({
  packetsPerSecond: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  packetsLostPerSecond: figureArb(60),
  rttInMs: figureArb(1500),
  jitterInMs: figureArb(300),
});
/** Valid samples of every kind: random figures, video, screens and transports. */
const sampleArb = fc
  .record({
    send: fc.array(audioArb, { maxLength: 2 }),
    receive: fc.array(audioArb, { maxLength: 2 }),
    videoSend: fc.array(fc.record({ packetsPerSecond: fc.integer({ min: 0, max: 200 }) }), { maxLength: 1 }),
    videoReceive: fc.array(fc.record({ totalFreezeDurationInMs: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 2 }),
    transports: fc.array(fc.record({ rttInMs: figureArb(800), availableOutgoingBitrate: figureArb(2e6) }), {
      maxLength: 2,
    }),
  })
  .map(statsSample);
/** Anything at all, or a valid sample with one part broken. */
const hostileArb = fc.oneof(
  fc.anything(),
  sampleArb,
  fc
    .tuple(sampleArb, fc.constantFrom('audio', 'video', 'screenShare', 'transports'), fc.anything())
    .map(([sample, key, value]) => ({ ...sample, [key]: value })),
);

/** The levels after each push of `samples`, from a fresh monitor, and the notifications per push. */
function follow(samples: readonly MediaStatsSampleLike[]) {
  const monitor = createQualityMonitor({ now: () => 0 });
  let notified = 0;
  monitor.subscribe(() => {
    notified += 1;
  });
  return samples.map((sample) => {
    const before = notified;
    return { assessment: monitor.push(sample), notifications: notified - before };
  });
}

/** The sample indexes at which the level changed, with the direction of the change. */
function changes(levels: readonly QualityLevel[]) {
  const out: { at: number; better: boolean }[] = [];
  levels.forEach((level, i) => {
    const previous = i === 0 ? 'unknown' : (levels[i - 1] as QualityLevel);
    if (level !== previous) out.push({ at: i, better: RANK[level] < RANK[previous] });
  });
  return out;
}

const sameLevelAndReasons = (a: QualityAssessment, b: QualityAssessment) =>
  a.level === b.level &&
  isDeepStrictEqual(
    a.reasons.map((r) => [r.kind, r.direction]),
    b.reasons.map((r) => [r.kind, r.direction]),
  );

describe('createQualityMonitor (properties)', () => {
  it('never throws, whatever it is given, and always shows a frozen assessment with a level', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ push: hostileArb, at: fc.anything() }),
            fc.record({
              diagnostic: fc.oneof(fc.constantFrom('networkSendQuality', 'networkReceiveQuality'), fc.string()),
              value: fc.anything(),
            }),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          const monitor = createQualityMonitor();
          for (const step of steps) {
            const a =
              'push' in step
                ? monitor.push(step.push as MediaStatsSampleLike, step.at as number)
                : monitor.setNetworkQuality(step.diagnostic, step.value as number);
            expect(LEVELS).toContain(a.level);
            expect(Object.isFrozen(a)).toBe(true);
            expect(a).toBe(monitor.getSnapshot());
          }
        },
      ),
      { numRuns: LONG_RUNS },
    );
  });

  it('does not flap: an improvement comes 10 samples after the previous change, a fall 3 after an improvement', () => {
    const flowing = fc.constantFrom(GOOD, FAIR, BAD, { ...GOOD, jitterInMs: 40 }, { ...BAD, rttInMs: 100 });
    fc.assert(
      fc.property(fc.array(flowing, { minLength: 1, maxLength: 60 }), (figures) => {
        const levels = follow(figures.map((f) => statsSample({ send: [f], receive: [f] }))).map(
          (s) => s.assessment.level,
        );
        const list = changes(levels);
        list.forEach((change, i) => {
          const previous = list[i - 1];
          // The first change is from `unknown`: 10 good samples, or 3 worse ones.
          const since = previous === undefined ? change.at + 1 : change.at - previous.at;
          if (change.better) expect(since).toBeGreaterThanOrEqual(10);
          else if (previous?.better) expect(since).toBeGreaterThanOrEqual(3);
          else expect(since).toBeGreaterThanOrEqual(1);
        });
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it('changes its level at most twice under any alternating input, however long', () => {
    const kinds: AudioFigures[] = [GOOD, FAIR, BAD, SILENT];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...kinds),
        fc.integer({ min: 20, max: 60 }),
        (a, b, length) => {
          const samples = Array.from({ length }, (_, i) => (i % 2 ? b : a)).map((f) =>
            statsSample({ send: [f], receive: [f] }),
          );
          const levels = follow(samples).map((s) => s.assessment.level);
          expect(changes(levels).length).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the snapshot’s identity exactly while its data is the same, and notifies only level or reason changes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            sampleArb,
            sampleArb.map((s) => [s, s] as const),
            hostileArb,
          ),
          { maxLength: 40 },
        ),
        (steps) => {
          const samples = steps.flatMap((s) => (Array.isArray(s) ? s : [s])) as MediaStatsSampleLike[];
          let previous = createQualityMonitor().getSnapshot();
          for (const { assessment, notifications } of follow(samples)) {
            expect(assessment === previous).toBe(isDeepStrictEqual(assessment, previous));
            expect(notifications).toBe(sameLevelAndReasons(assessment, previous) ? 0 : 1);
            previous = assessment;
          }
        },
      ),
      { numRuns: LONG_RUNS },
    );
  });
});
