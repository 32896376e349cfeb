import type { CallOutcome } from './outcomeHistory.js';

/**
 * How relay failures recur for this user: `transient` (retry), `persistent` (fix the network) or `unknown`.
 *
 * @public
 */
export interface RecurrenceClassification {
  /** `transient` → offer Retry; `persistent` → Fix your network; `unknown` → no history to judge by. */
  readonly kind: 'transient' | 'persistent' | 'unknown';
  /** Outcomes counted as failures (by default 410/3112). */
  readonly failures: number;
  /** All outcomes considered. */
  readonly total: number;
  /** Failures in a row at the end (the newest outcomes). */
  readonly consecutiveFailures: number;
  /** Why it was classified so (machine-readable; stable). */
  readonly reason: /** No outcomes at all. */
    | 'no-history'
    /** Outcomes, but none failed. */
    | 'no-failures'
    /** The failure(s) so far are the only calls: one failure proves nothing yet. */
    | 'first-failure'
    /** The latest call(s) succeeded after earlier failures. */
    | 'recovered-since'
    /** The latest call failed, calls succeeded before: retry once. */
    | 'succeeded-before'
    /** At least `consecutiveFailures` failures in a row, most recent last. */
    | 'consecutive-failures'
    /** Failures are at least `failureRatio` of the calls (and at least `minFailures`). */
    | 'failure-ratio';
}

// Internal names (not exported from the package).
export type RecurrenceKind = RecurrenceClassification['kind'];
type RecurrenceReason = RecurrenceClassification['reason'];

/** The thresholds of {@link classifyRecurrence}, all given (its parameter takes any of them). */
interface RecurrenceThresholds {
  readonly consecutiveFailures: number;
  readonly failureRatio: number;
  readonly minFailures: number;
  readonly isFailure: (outcome: CallOutcome) => boolean;
}

/** 410/3112: the end whose recurrence decides between "retry" and "fix your network". */
const isRelayFailureOutcome = (outcome: CallOutcome): boolean => outcome.code === 410 && outcome.subCode === 3112;

/** An entry with a finite time and code (anything else in the list is ignored). */
function isOutcome(o: CallOutcome | null | undefined): o is CallOutcome {
  const v: Partial<CallOutcome> = Object(o);
  return Number.isFinite(v.at) && Number.isFinite(v.code);
}

/** Defaults: 2 in a row, or ≥ 50 % of calls with ≥ 3 failures → persistent; failures are 410/3112. */
const DEFAULT_RECURRENCE_THRESHOLDS: RecurrenceThresholds = {
  consecutiveFailures: 2,
  failureRatio: 0.5,
  minFailures: 3,
  isFailure: isRelayFailureOutcome,
};

/**
 * Classifies a user's outcome history, the way the ACS troubleshooting guide reads `ACSCallSummary` per
 * `Identifier`, but on the device at the moment it matters. The diagnostics object does this after each call with
 * its own history; call it yourself for outcomes kept elsewhere (a server, another store):
 *
 * | history (oldest → newest)                   | kind         | reason                 |
 * | ------------------------------------------- | ------------ | ---------------------- |
 * | none                                        | `unknown`    | `no-history`           |
 * | only 3112 once                              | `unknown`    | `first-failure`        |
 * | 180 calls, 2 failed 3112, not in a row      | `transient`  | `succeeded-before`     |
 * | 6 calls, 6 failed 3112                      | `persistent` | `consecutive-failures` |
 * | …ok, ok, 3112                               | `transient`  | `succeeded-before`     |
 * | …ok, ok, 3112, 3112                         | `persistent` | `consecutive-failures` |
 * | 3112, ok, 3112, ok, 3112 (≥ 50 %, ≥ 3)      | `persistent` | `failure-ratio`        |
 * | …3112, ok                                   | `transient`  | `recovered-since`      |
 *
 * Outcomes are sorted by time first; bad entries (and a value that is not a list) are ignored. Pure.
 *
 * @param outcomes - The user's call outcomes, in any order (`code` 0 for a call that ended fine).
 * @param thresholds - When failures count as `persistent` rather than `transient`; each has a default.
 * @returns The kind (`transient` → offer Retry; `persistent` → Fix your network; `unknown`), why, and the counts.
 * @example
 * ```ts
 * const outcomes = await fetchOutcomes(userId); // [{ at, code: 410, subCode: 3112 }, { at, code: 0 }, …]
 * if (classifyRecurrence(outcomes).kind === 'persistent') showNetworkHelp();
 * ```
 *
 * @public
 */
export function classifyRecurrence(
  outcomes: readonly CallOutcome[] | null | undefined,
  thresholds: {
    /** This many failures in a row (the newest outcomes) make it `persistent`. Default 2 (the seed's "retry once"). */
    readonly consecutiveFailures?: number;
    /** Failures making up at least this share of all outcomes make it `persistent`. Default 0.5. */
    readonly failureRatio?: number;
    /** The fewest failures for the ratio rule. Default 3. */
    readonly minFailures?: number;
    /** What counts as a failure. Default: 410/3112 (no relay candidates). */
    readonly isFailure?: (outcome: CallOutcome) => boolean;
  } = {},
): RecurrenceClassification {
  const t: RecurrenceThresholds = { ...DEFAULT_RECURRENCE_THRESHOLDS, ...thresholds };
  const list = (Array.isArray(outcomes) ? outcomes.filter(isOutcome) : []).sort((a, b) => a.at - b.at);
  const total = list.length;
  let failures = 0;
  for (const o of list) if (t.isFailure(o)) failures += 1;
  let consecutiveFailures = 0;
  for (let i = list.length - 1; i >= 0 && t.isFailure(list[i] as CallOutcome); i -= 1) consecutiveFailures += 1;
  const result = (kind: RecurrenceKind, reason: RecurrenceReason): RecurrenceClassification => ({
    kind,
    failures,
    total,
    consecutiveFailures,
    reason,
  });

  if (total === 0) return result('unknown', 'no-history');
  if (failures === 0) return result('unknown', 'no-failures');
  if (consecutiveFailures >= Math.max(1, t.consecutiveFailures)) return result('persistent', 'consecutive-failures');
  if (failures >= t.minFailures && failures / total >= t.failureRatio) return result('persistent', 'failure-ratio');
  if (consecutiveFailures === 0) return result('transient', 'recovered-since');
  const before = list.slice(0, list.length - consecutiveFailures);
  if (before.some((o) => o.code === 0)) return result('transient', 'succeeded-before');
  return result('unknown', 'first-failure');
}
