import { createListeners } from '../../util/listeners.js';
import { assessSample } from './assessSample.js';
import { createLevelMachine, forcePoor, type LevelMachine, mergeReasons, stepLevel } from './levelMachine.js';
import { type MediaStatsSampleLike, readSample } from './readSample.js';
import { type QualityThresholdOverrides, resolveThresholds } from './thresholds.js';
import type { QualityAssessment, QualityReason } from './types.js';

/**
 * Options of {@link createQualityMonitor}.
 *
 * @public
 */
export interface QualityMonitorOptions {
  /** Tiers to replace in {@link QUALITY_THRESHOLDS}. */
  readonly thresholds?: QualityThresholdOverrides | undefined;
  /** The clock for `since` when `push` gets no `at` (default `Date.now`). */
  readonly now?: (() => number) | undefined;
}

/**
 * A call's quality from the SDK's media statistics: feed it each `sampleReported` sample and the network quality
 * UFDs; read a steady level. Framework-free (`subscribe` / `getSnapshot` fit React's `useSyncExternalStore`).
 *
 * @public
 */
export interface QualityMonitor {
  /**
   * Judges one sample of `Features.MediaStats`' collector (`sampleReported`) and returns the new assessment (the
   * snapshot). A malformed sample is ignored: the snapshot is returned unchanged. `at`: when it was taken (default
   * `options.now()`, else `Date.now()`), used for `since`.
   */
  push(sample: MediaStatsSampleLike, at?: number): QualityAssessment;
  /** The current assessment (the same object until something in it changes). */
  getSnapshot(): QualityAssessment;
  /**
   * Calls `listener` when the level or its reasons (their kinds or directions) change; not when only the figures
   * move. Returns the unsubscribe function.
   */
  subscribe(listener: () => void): () => void;
  /**
   * Passes a network UFD on: a Bad (3) `networkSendQuality` or `networkReceiveQuality` makes the level `poor` at once
   * with a `ufd` reason; Good, Poor or `false` releases that hold (the level then follows the samples by the same
   * rules). Other diagnostics are ignored. Returns the assessment.
   */
  setNetworkQuality(diagnostic: string, value: number | boolean, at?: number): QualityAssessment;
  /** Forgets everything (a new call): `unknown`, no hold. Listeners are kept. */
  reset(): void;
}

/** The assessment before any sample. */
const INITIAL: QualityAssessment = Object.freeze({
  level: 'unknown',
  reasons: Object.freeze([]),
  mos: undefined,
  figures: undefined,
  since: undefined,
});

type Direction = QualityReason['direction'];

/** The reason of a Bad network UFD, per direction. */
const UFD_REASON: Readonly<Record<Direction, QualityReason>> = Object.freeze({
  send: Object.freeze({ kind: 'ufd', direction: 'send', severity: 'poor', value: 3, threshold: 3 }),
  receive: Object.freeze({ kind: 'ufd', direction: 'receive', severity: 'poor', value: 3, threshold: 3 }),
} as const);

/** The UFD a direction's hold comes from. */
const UFD_DIRECTIONS: ReadonlyMap<unknown, Direction> = new Map([
  ['networkSendQuality', 'send'],
  ['networkReceiveQuality', 'receive'],
]);

/** What listeners are told about: the kinds and directions of the reasons. */
const reasonKeys = (reasons: readonly QualityReason[]) => reasons.map((r) => `${r.kind}:${r.direction}`).join();

/** Whether `b` holds the same values as the frozen data object `a` (figures, a reason), nested objects alike. */
function sameData(a: object, b: object | undefined): boolean {
  if (b === undefined) return false;
  const other = b as Record<string, unknown>;
  return Object.entries(a).every(([key, value]) =>
    typeof value === 'object' ? sameData(value as object, other[key] as object | undefined) : value === other[key],
  );
}

/**
 * Whether two assessments hold the same data (the snapshot then keeps its identity). `since` moves only with the
 * level, and `mos` only with the figures (it is the worse direction's). `a`'s figures are undefined only before any
 * sample, when `b`'s are too.
 */
function sameAssessment(a: QualityAssessment, b: QualityAssessment): boolean {
  return (
    a.level === b.level &&
    a.reasons.length === b.reasons.length &&
    a.reasons.every((r, i) => sameData(r, b.reasons[i])) &&
    (a.figures === b.figures || sameData(a.figures as object, b.figures))
  );
}

/**
 * Creates a {@link QualityMonitor}: the E-model's MOS of each sample, the figures past {@link QUALITY_THRESHOLDS},
 * and a level with hysteresis counted in samples. The rules, thresholds and their sources: docs/quality.md.
 *
 * @public
 */
export function createQualityMonitor(options: QualityMonitorOptions = {}): QualityMonitor {
  const thresholds = resolveThresholds(options.thresholds);
  const ownNow = options.now;
  /** `options.now()`, else `Date.now()` (read at each call, so fake timers installed later apply). */
  const now = () => ownNow?.() ?? Date.now();
  const listeners = createListeners();
  let machine: LevelMachine = createLevelMachine();
  let freezeTotals: ReadonlyMap<unknown, number> = new Map();
  /** The directions whose network UFD is Bad. */
  const held = new Set<Direction>();
  let snapshot = INITIAL;

  /** Publishes what the machine, the hold and the last sample say; tells listeners when level or reasons changed. */
  const publish = (mos: number | undefined, figures: QualityAssessment['figures'], at: unknown) => {
    const level = held.size > 0 ? 'poor' : machine.level;
    const reasons = mergeReasons([[...held].map((direction) => UFD_REASON[direction]), machine.reasons]);
    const changed = level !== snapshot.level || reasonKeys(reasons) !== reasonKeys(snapshot.reasons);
    const since = level === snapshot.level ? snapshot.since : Number.isFinite(at) ? (at as number) : now();
    const next: QualityAssessment = { level, reasons, mos, figures, since };
    if (!sameAssessment(next, snapshot)) snapshot = Object.freeze(next);
    if (changed) listeners.notify();
    return snapshot;
  };

  const push = (sample: MediaStatsSampleLike, at?: number) => {
    let read: ReturnType<typeof readSample>;
    try {
      read = readSample(sample);
    } catch {
      return snapshot;
    }
    const assessed = assessSample(read, freezeTotals, thresholds);
    freezeTotals = read.freezeTotals;
    stepLevel(machine, assessed);
    return publish(assessed.mos, assessed.figures, at);
  };

  const setNetworkQuality = (diagnostic: string, value: number | boolean, at?: number) => {
    const direction = UFD_DIRECTIONS.get(diagnostic);
    if (direction === undefined) return snapshot;
    if (value !== 3) held.delete(direction);
    else if (!held.has(direction)) {
      held.add(direction);
      forcePoor(machine, [UFD_REASON[direction]]);
    }
    return publish(snapshot.mos, snapshot.figures, at);
  };

  const reset = () => {
    machine = createLevelMachine();
    freezeTotals = new Map();
    held.clear();
    // At `unknown` there are no reasons: only a level other than `unknown` is a change.
    const changed = snapshot.level !== 'unknown';
    snapshot = INITIAL;
    if (changed) listeners.notify();
  };

  return {
    push,
    getSnapshot: () => snapshot,
    subscribe: (listener) => listeners.subscribe(listener),
    setNetworkQuality,
    reset,
  };
}
