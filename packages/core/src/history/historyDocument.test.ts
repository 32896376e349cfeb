import { describe, expect, it } from 'vitest';
import {
  boundOutcomes,
  isStaleDocument,
  lacksAny,
  nextClearMark,
  parseHistoryDocument,
  predatesClear,
  serializeHistoryDocument,
  toStoredOutcome,
} from './historyDocument.js';

const NOW = 1_700_000_000_000;
const DAY = 24 * 60 * 60 * 1000;
const doc = (outcomes: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ v: 1, outcomes, ...extra });

describe('parseHistoryDocument', () => {
  it.each([
    ['not JSON', '{not json', 'corrupt'],
    ['an empty text', '', 'corrupt'],
    ['an array', '[]', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['0', '0', 'corrupt'],
    ['a number', '5', 'wrong-version'],
    ['an object without a version', '{}', 'wrong-version'],
    ['version 2', JSON.stringify({ v: 2, outcomes: [] }), 'wrong-version'],
    ['outcomes that are not a list', JSON.stringify({ v: 1, outcomes: 'nope' }), 'corrupt'],
  ])('%s is %s', (_name, raw, problem) => {
    expect(parseHistoryDocument(raw, 50)).toBe(problem);
  });

  it('reads the outcomes and a finite clear mark, dropping entries that are not outcomes', () => {
    expect(parseHistoryDocument(doc([{ at: 1, code: 0 }, 7, null, { at: 'x' }], { cleared: 5.5 }), 50)).toEqual({
      outcomes: [{ at: 1, code: 0 }],
      cleared: 5.5,
    });
    expect(parseHistoryDocument(doc([], { cleared: 'x' }), 50)).toEqual({ outcomes: [], cleared: undefined });
  });

  it('reads only the last 10 × maxOutcomes entries', () => {
    const outcomes = Array.from({ length: 25 }, (_, i) => ({ at: i, code: 0 }));
    const parsed = parseHistoryDocument(doc(outcomes), 2);
    expect(typeof parsed === 'object' && parsed.outcomes.map((o) => o.at)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 5),
    );
  });

  it('round-trips what serializeHistoryDocument writes', () => {
    const written = { outcomes: [{ at: 1, code: 410, subCode: 3112, call: 'abc' }], cleared: 2.25 };
    expect(JSON.parse(serializeHistoryDocument(written))).toEqual({ v: 1, ...written });
    expect(parseHistoryDocument(serializeHistoryDocument(written), 50)).toEqual(written);
    expect(serializeHistoryDocument({ outcomes: [] })).toBe('{"v":1,"outcomes":[]}');
  });
});

describe('toStoredOutcome', () => {
  it('keeps a finite subCode and a call hash of at most 64 characters, nothing else', () => {
    expect(toStoredOutcome({ at: 1, code: 2, subCode: 3, call: 'c', extra: true })).toStrictEqual({
      at: 1,
      code: 2,
      subCode: 3,
      call: 'c',
    });
    expect(toStoredOutcome({ at: 1, code: 2, subCode: Number.NaN, call: 'x'.repeat(65) })).toStrictEqual({
      at: 1,
      code: 2,
    });
    expect(toStoredOutcome({ at: 1 })).toBeUndefined();
    expect(toStoredOutcome('at')).toBeUndefined();
    expect(toStoredOutcome(undefined)).toBeUndefined();
  });
});

describe('boundOutcomes', () => {
  const bounds = { maxOutcomes: 3, maxAgeMs: DAY };

  it('keeps each outcome once, within maxAgeMs and a minute ahead, sorted, the newest maxOutcomes', () => {
    const list = [
      { at: NOW, code: 1 },
      { at: NOW - DAY - 1, code: 2 },
      { at: NOW - DAY, code: 3 },
      { at: NOW + 60_001, code: 4 },
      { at: NOW + 60_000, code: 5 },
      { at: NOW, code: 1 },
      { at: NOW, code: 1, call: 'c' },
    ];
    expect(boundOutcomes(list, NOW, bounds)).toEqual([
      { at: NOW, code: 1 },
      { at: NOW, code: 1, call: 'c' },
      { at: NOW + 60_000, code: 5 },
    ]);
    expect(boundOutcomes(list, NOW, { ...bounds, maxOutcomes: 50 })).toHaveLength(4);
  });

  it('lacksAny says whether a list holds an outcome storage does not', () => {
    const a = { at: 1, code: 0 };
    const b = { at: 2, code: 0 };
    expect(lacksAny([a, b], [b])).toBe(false);
    expect(lacksAny([a], [a, b])).toBe(true);
    expect(lacksAny([a], [{ ...a, subCode: 1 }])).toBe(true);
  });
});

describe('clear marks', () => {
  it('a mark is in its millisecond, and newer than every mark seen (also with the clock set back)', () => {
    expect(nextClearMark(NOW, undefined, 0)).toBe(NOW);
    expect(nextClearMark(NOW, undefined, 0.5)).toBe(NOW + 0.5 * 0.999);
    expect(nextClearMark(NOW, NOW - 10.5, 0.5)).toBe(NOW + 0.5 * 0.999);
    // In the millisecond of the mark seen: between it and the next millisecond (a quarter to three quarters of the way).
    expect(nextClearMark(NOW, NOW + 0.5, 0)).toBe(NOW + 0.5 + 0.5 * 0.25);
    expect(nextClearMark(NOW, NOW, 0.5)).toBe(NOW + 0.5);
    expect(nextClearMark(NOW - 50, NOW + 0.5, 0.99)).toBeCloseTo(NOW + 0.5 + 0.5 * 0.745, 3);
  });

  it('a dozen clears in one millisecond stay in it, newer each time, until a time in ms can hold no finer fraction', () => {
    let mark = nextClearMark(NOW, undefined, 0.5);
    const marks = [mark];
    for (let i = 0; i < 40; i += 1) {
      mark = nextClearMark(NOW, mark, 0.5);
      marks.push(mark);
    }
    for (let i = 1; i < marks.length; i += 1) expect(marks[i]).toBeGreaterThan(marks[i - 1] as number);
    expect(Math.floor(marks[10] as number)).toBe(NOW);
    expect(Math.floor(marks.at(-1) as number)).toBeGreaterThan(NOW);
  });

  it('past the finest fraction a time in ms can hold, the next millisecond, as a new clear', () => {
    // Near NOW, a double holds fractions of 1/4096: this is the last one below NOW + 1.
    const lastFraction = NOW + 0.999755859375;
    expect(lastFraction).toBeLessThan(NOW + 1);
    // A quarter of the way to NOW + 1 rounds back to lastFraction itself (not newer): the next millisecond.
    expect(nextClearMark(NOW, lastFraction, 0)).toBe(NOW + 1);
    // Most of the way rounds up to NOW + 1 (another millisecond): the next millisecond, with its own fraction.
    expect(nextClearMark(NOW, lastFraction, 0.9)).toBeCloseTo(NOW + 1 + 0.9 * 0.999, 3);
  });

  it('a document predates an unwritten clear when its mark is another of the same millisecond or earlier', () => {
    expect(predatesClear(NOW + 0.9, NOW + 0.1)).toBe(true);
    expect(predatesClear(NOW - 5, NOW + 0.1)).toBe(true);
    expect(predatesClear(Number.NEGATIVE_INFINITY, NOW + 0.1)).toBe(true);
    expect(predatesClear(NOW + 0.1, NOW + 0.1)).toBe(false);
    expect(predatesClear(NOW + 1, NOW + 0.1)).toBe(false);
    expect(predatesClear(NOW, Number.NEGATIVE_INFINITY)).toBe(false);
    expect(predatesClear(Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY)).toBe(false);
  });
});

describe('isStaleDocument', () => {
  it('stale when nothing in it (outcome or clear mark) is as new as `since`', () => {
    expect(isStaleDocument(doc([{ at: NOW, code: 0 }]), NOW)).toBe(false);
    expect(isStaleDocument(doc([{ at: NOW - 1, code: 0 }]), NOW)).toBe(true);
    expect(isStaleDocument(doc([{ at: NOW - 1, code: 0 }], { cleared: NOW }), NOW)).toBe(false);
    expect(isStaleDocument(doc([]), NOW)).toBe(true);
  });

  it('an unreadable document is stale; another version, or a key that vanished (null), is not', () => {
    expect(isStaleDocument('{not json', NOW)).toBe(true);
    expect(isStaleDocument(JSON.stringify({ v: 2, outcomes: [] }), NOW)).toBe(false);
    expect(isStaleDocument(null, NOW)).toBe(false);
  });
});
