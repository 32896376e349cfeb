import { describe, expect, it } from 'vitest';
import { classifyRecurrence, type RecurrenceKind } from './classifyRecurrence.js';
import type { CallOutcome } from './outcomeHistory.js';

const OK = { code: 0 } as const;
const F3112 = { code: 410, subCode: 3112 } as const;
const OTHER = { code: 490, subCode: 4502 } as const;

/** Builds a history, one minute apart, oldest first. */
function history(...parts: Array<{ code: number; subCode?: number }>): CallOutcome[] {
  return parts.map((p, i) => ({ at: 1_700_000_000_000 + i * 60_000, ...p }));
}

/** The seed's first user: 180 calls, 160 ok, 2 failed 3112 (far apart; the latest call is the second failure). */
function seedUser180(): CallOutcome[] {
  const parts: Array<{ code: number; subCode?: number }> = [];
  for (let i = 0; i < 179; i += 1) parts.push(i === 60 ? F3112 : i % 10 === 9 && parts.length < 178 ? OTHER : OK);
  parts.push(F3112);
  return history(...parts);
}

describe('classifyRecurrence', () => {
  const cases: Array<{
    name: string;
    outcomes: CallOutcome[];
    kind: RecurrenceKind;
    reason: string;
    failures: number;
    total: number;
    consecutive: number;
  }> = [
    { name: 'no history', outcomes: [], kind: 'unknown', reason: 'no-history', failures: 0, total: 0, consecutive: 0 },
    {
      name: 'seed user A: 180 calls, 2 failed 3112 → transient',
      outcomes: seedUser180(),
      kind: 'transient',
      reason: 'succeeded-before',
      failures: 2,
      total: 180,
      consecutive: 1,
    },
    {
      name: 'seed user B: 6 of 6 failed 3112 → persistent',
      outcomes: history(F3112, F3112, F3112, F3112, F3112, F3112),
      kind: 'persistent',
      reason: 'consecutive-failures',
      failures: 6,
      total: 6,
      consecutive: 6,
    },
    {
      name: 'succeeded before, fails now → transient (retry once)',
      outcomes: history(OK, OK, OK, F3112),
      kind: 'transient',
      reason: 'succeeded-before',
      failures: 1,
      total: 4,
      consecutive: 1,
    },
    {
      name: 'succeeded before, fails twice in a row → persistent',
      outcomes: history(OK, OK, OK, F3112, F3112),
      kind: 'persistent',
      reason: 'consecutive-failures',
      failures: 2,
      total: 5,
      consecutive: 2,
    },
    {
      name: 'the very first call fails → unknown (one failure proves nothing)',
      outcomes: history(F3112),
      kind: 'unknown',
      reason: 'first-failure',
      failures: 1,
      total: 1,
      consecutive: 1,
    },
    {
      name: 'only successes → unknown, no failures',
      outcomes: history(OK, OK),
      kind: 'unknown',
      reason: 'no-failures',
      failures: 0,
      total: 2,
      consecutive: 0,
    },
    {
      name: 'failed, then worked again → transient',
      outcomes: history(OK, F3112, OK),
      kind: 'transient',
      reason: 'recovered-since',
      failures: 1,
      total: 3,
      consecutive: 0,
    },
    {
      name: 'interleaved, ≥ 50 % and ≥ 3 failures → persistent',
      outcomes: history(F3112, OK, F3112, OK, F3112),
      kind: 'persistent',
      reason: 'failure-ratio',
      failures: 3,
      total: 5,
      consecutive: 1,
    },
    {
      name: 'other network codes are not 3112 failures',
      outcomes: history(OK, OTHER, OTHER, F3112),
      kind: 'transient',
      reason: 'succeeded-before',
      failures: 1,
      total: 4,
      consecutive: 1,
    },
  ];
  it.each(cases)('$name', ({ outcomes, kind, reason, failures, total, consecutive }) => {
    expect(classifyRecurrence(outcomes)).toEqual({ kind, reason, failures, total, consecutiveFailures: consecutive });
  });

  it('sorts by time and ignores bad entries', () => {
    const shuffled = [
      { at: 3, ...F3112 },
      { at: 1, ...OK },
      { at: Number.NaN, code: 0 },
      null as unknown as CallOutcome,
      { at: 2, ...OK },
    ];
    expect(classifyRecurrence(shuffled)).toMatchObject({ kind: 'transient', total: 3, consecutiveFailures: 1 });
    expect(classifyRecurrence(undefined).kind).toBe('unknown');
  });

  it('thresholds are configurable', () => {
    const outcomes = history(OK, F3112, F3112);
    expect(classifyRecurrence(outcomes).kind).toBe('persistent');
    expect(classifyRecurrence(outcomes, { consecutiveFailures: 3, failureRatio: 1 }).kind).toBe('transient');
    const anyNetwork = (o: CallOutcome) => o.code !== 0;
    expect(classifyRecurrence(history(OK, OTHER, OTHER), { isFailure: anyNetwork }).kind).toBe('persistent');
  });
});
