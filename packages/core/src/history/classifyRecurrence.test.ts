import * as core from '@call-diagnostics/core';
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

describe('classifyRecurrence: the edges of each rule (issue 12)', () => {
  it('only 410 with subcode 3112 is a relay failure by default: 410/3113 and 400/3112 are not', () => {
    expect(classifyRecurrence(history(OK, { code: 410, subCode: 3113 }, { code: 410, subCode: 3113 }))).toEqual({
      kind: 'unknown',
      reason: 'no-failures',
      failures: 0,
      total: 3,
      consecutiveFailures: 0,
    });
    expect(classifyRecurrence(history(OK, { code: 400, subCode: 3112 }, { code: 400, subCode: 3112 }))).toMatchObject({
      reason: 'no-failures',
      failures: 0,
    });
    expect(classifyRecurrence(history(OK, { code: 410 }, { code: 410 }))).toMatchObject({ reason: 'no-failures' });
  });

  it('failures at exactly the failure ratio (3 of 6) are persistent', () => {
    expect(classifyRecurrence(history(F3112, OK, F3112, OK, F3112, OK))).toEqual({
      kind: 'persistent',
      reason: 'failure-ratio',
      failures: 3,
      total: 6,
      consecutiveFailures: 0,
    });
  });

  it('just under the ratio (3 of 7) is transient, recovered since', () => {
    expect(classifyRecurrence(history(F3112, OK, F3112, OK, F3112, OK, OK))).toEqual({
      kind: 'transient',
      reason: 'recovered-since',
      failures: 3,
      total: 7,
      consecutiveFailures: 0,
    });
  });

  it('the ratio needs minFailures: 2 of 2 spread failures at a 0.5 ratio are not enough', () => {
    expect(classifyRecurrence(history(F3112, OK, F3112, OK))).toMatchObject({
      kind: 'transient',
      reason: 'recovered-since',
    });
    expect(classifyRecurrence(history(F3112, OK, F3112, OK), { minFailures: 2 })).toMatchObject({
      kind: 'persistent',
      reason: 'failure-ratio',
    });
  });

  it('a success before the failure means a call ended with code 0: other ends are not successes', () => {
    expect(classifyRecurrence(history(OTHER, OTHER, F3112))).toEqual({
      kind: 'unknown',
      reason: 'first-failure',
      failures: 1,
      total: 3,
      consecutiveFailures: 1,
    });
    expect(classifyRecurrence(history(OTHER, OK, F3112))).toMatchObject({ reason: 'succeeded-before' });
  });

  it('the failures themselves are not the success before them, even when a custom isFailure counts a code 0 end', () => {
    // An app counting "removed from the call" (0/5300) as a failure.
    const isFailure = (o: CallOutcome) => o.code === 0 && o.subCode === 5300;
    expect(classifyRecurrence(history({ code: 0, subCode: 5300 }), { isFailure })).toEqual({
      kind: 'unknown',
      reason: 'first-failure',
      failures: 1,
      total: 1,
      consecutiveFailures: 1,
    });
    expect(classifyRecurrence(history(OK, { code: 0, subCode: 5300 }), { isFailure })).toMatchObject({
      kind: 'transient',
      reason: 'succeeded-before',
    });
  });

  it('a consecutiveFailures threshold below 1 still needs one failure in a row', () => {
    expect(classifyRecurrence(history(F3112, OK), { consecutiveFailures: 0 })).toMatchObject({
      kind: 'transient',
      reason: 'recovered-since',
    });
    expect(classifyRecurrence(history(OK, F3112), { consecutiveFailures: 0 })).toMatchObject({
      kind: 'persistent',
      reason: 'consecutive-failures',
    });
  });

  it('a non-array is no history', () => {
    expect(classifyRecurrence({ length: 2 } as never)).toEqual({
      kind: 'unknown',
      reason: 'no-history',
      failures: 0,
      total: 0,
      consecutiveFailures: 0,
    });
    expect(classifyRecurrence(null)).toMatchObject({ reason: 'no-history', total: 0 });
  });
});

describe('classifyRecurrence is a public function of @call-diagnostics/core again (issue 22)', () => {
  it('reads the seed’s two users: 2 failures of 180 → transient, 6 of 6 → persistent', () => {
    const { classifyRecurrence: publicClassify } = core as unknown as {
      classifyRecurrence?: typeof classifyRecurrence;
    };
    expect(typeof publicClassify).toBe('function');
    expect(publicClassify?.(seedUser180())).toEqual({
      kind: 'transient',
      reason: 'succeeded-before',
      failures: 2,
      total: 180,
      consecutiveFailures: 1,
    });
    expect(publicClassify?.(history(F3112, F3112, F3112, F3112, F3112, F3112))).toEqual({
      kind: 'persistent',
      reason: 'consecutive-failures',
      failures: 6,
      total: 6,
      consecutiveFailures: 6,
    });
  });
});
