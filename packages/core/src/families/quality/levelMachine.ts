/**
 * The level's hysteresis, counted in samples (the SDK reports one a second): worse on 3 of the last 5 samples, better
 * after 10 better samples in a row, `unknown` after 5 samples without audio either way.
 */
import type { SampleAssessment } from './assessSample.js';
import type { QualityLevel, QualityReason } from './types.js';

/** Samples kept for the "worse" rule, and how many of them must be worse. */
export const WORSE_WINDOW = 5;
export const WORSE_COUNT = 3;
/** Better samples in a row for the "better" rule. */
export const BETTER_RUN = 10;
/** Samples in a row without audio packets either way before the level is `unknown`. */
export const SILENT_RUN = 5;

/** The hysteresis' state (owned and changed in place by one monitor). */
export interface LevelMachine {
  level: QualityLevel;
  /** The level's reasons (see `QualityAssessment.reasons`). */
  reasons: readonly QualityReason[];
  /** The last flowing samples, oldest first (at most {@link WORSE_WINDOW}). */
  window: Pick<SampleAssessment, 'severity' | 'reasons'>[];
  /** Flowing samples in a row better than the level, and the worst of them (a rank). */
  betterRun: number;
  betterWorst: number;
  /** Samples in a row without audio packets either way. */
  silentRun: number;
}

/** Levels from best to worst: `unknown` sits between `good` and `fair` (from it, `good` is better, the rest worse). */
const RANK: Readonly<Record<QualityLevel, number>> = { good: 0, unknown: 1, fair: 2, poor: 3 };
/** The levels the worse rule can move to, worst first. */
const WORSE_TARGETS = ['poor', 'fair'] as const;
/** The reasons' order: kind, then direction. */
const KIND_ORDER: readonly QualityReason['kind'][] = ['ufd', 'rtt', 'jitter', 'loss', 'bandwidth', 'freeze'];

const place = (r: QualityReason) => KIND_ORDER.indexOf(r.kind) * 2 + (r.direction === 'send' ? 0 : 1);

/** The reasons of `groups` together, one per kind and direction (the last one given wins), in order. */
export function mergeReasons(groups: readonly (readonly QualityReason[])[]): readonly QualityReason[] {
  // A sparse array indexed by place: `Object.values` lists it in place order, skipping the holes.
  const byPlace: QualityReason[] = [];
  for (const group of groups) for (const r of group) byPlace[place(r)] = r;
  return Object.freeze(Object.values(byPlace));
}

/** A machine with no sample seen: `unknown`. */
export function createLevelMachine(): LevelMachine {
  return { level: 'unknown', reasons: [], window: [], betterRun: 0, betterWorst: 0, silentRun: 0 };
}

function moveTo(m: LevelMachine, level: QualityLevel): void {
  m.level = level;
  m.betterRun = 0;
  m.betterWorst = 0;
}

/** The worse rule: the worst level that at least {@link WORSE_COUNT} of the window's samples reach, if worse. */
function applyWorse(m: LevelMachine): void {
  for (const target of WORSE_TARGETS) {
    if (RANK[target] <= RANK[m.level]) return;
    const reaching = m.window.filter((s) => RANK[s.severity] >= RANK[target]).length;
    if (reaching >= WORSE_COUNT) {
      moveTo(m, target);
      return;
    }
  }
}

/** The better rule: after {@link BETTER_RUN} better samples in a row, the worst level among them. */
function applyBetter(m: LevelMachine, severity: SampleAssessment['severity']): void {
  if (RANK[severity] >= RANK[m.level]) {
    m.betterRun = 0;
    m.betterWorst = 0;
    return;
  }
  m.betterRun += 1;
  m.betterWorst = Math.max(m.betterWorst, RANK[severity]);
  if (m.betterRun >= BETTER_RUN) moveTo(m, m.betterWorst === RANK.good ? 'good' : 'fair');
}

/** The level's reasons after a flowing sample: those of the window's samples at the level or worse, else the last. */
function refreshReasons(m: LevelMachine): void {
  if (m.level === 'good' || m.level === 'unknown') {
    m.reasons = [];
    return;
  }
  const at = m.window.filter((s) => RANK[s.severity] >= RANK[m.level]).map((s) => s.reasons);
  const merged = mergeReasons(at);
  if (merged.length > 0) m.reasons = merged;
}

/** Moves the machine by one valid sample. */
export function stepLevel(m: LevelMachine, sample: SampleAssessment): void {
  if (!sample.flowing) {
    m.silentRun += 1;
    // Every further silent sample too: a level forced by the UFD hold meanwhile does not outlast the silence.
    if (m.silentRun >= SILENT_RUN) {
      moveTo(m, 'unknown');
      m.window = [];
      m.reasons = [];
    }
    return;
  }
  m.silentRun = 0;
  m.window.push({ severity: sample.severity, reasons: sample.reasons });
  if (m.window.length > WORSE_WINDOW) m.window.shift();
  applyWorse(m);
  applyBetter(m, sample.severity);
  refreshReasons(m);
}

/**
 * The UFD hold begins (a Bad `networkSendQuality` / `networkReceiveQuality`): the level is `poor` at once, better
 * samples start counting anew, and the UFD's reasons join the level's until samples give reasons of their own.
 */
export function forcePoor(m: LevelMachine, reasons: readonly QualityReason[]): void {
  moveTo(m, 'poor');
  m.reasons = mergeReasons([m.reasons, reasons]);
}
