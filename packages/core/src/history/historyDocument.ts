/**
 * The stored history document and the pure rules over it: parse, bound (the merge of what storage and memory hold),
 * serialize, the clear marks, and when another user's document is stale. No storage, no clock, no randomness: the
 * history (`outcomeHistory.ts`) passes them in.
 */

/** The schema version of the stored document `{ v: 1, outcomes: StoredOutcome[], cleared? }`. */
export const HISTORY_SCHEMA_VERSION = 1;

/** An outcome as stored: `call` is a hash of the call ID, so the same call is never counted twice. */
export interface StoredOutcome {
  readonly at: number;
  readonly code: number;
  readonly subCode?: number | undefined;
  readonly call?: string | undefined;
}

/** A stored document: `cleared` marks the last `clear()` (epoch ms), so that no instance brings older outcomes back. */
export interface HistoryDocument {
  readonly outcomes: readonly StoredOutcome[];
  readonly cleared?: number | undefined;
}

/** What is wrong with a stored text that is not a document this version can read. */
export type DocumentProblem = 'corrupt' | 'wrong-version';

/** How much a history keeps: at most `maxOutcomes`, none older than `maxAgeMs`. */
export interface HistoryBounds {
  readonly maxOutcomes: number;
  readonly maxAgeMs: number;
}

/** An outcome dated more than this ahead of now (a clock set back, a forged entry) would never expire: it is dropped. */
const MAX_AHEAD_MS = 60_000;

function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

/** A stored entry as an outcome, or undefined when it is not one (no finite `at` and `code`). */
export function toStoredOutcome(value: unknown): StoredOutcome | undefined {
  const v = Object(value) as Record<string, unknown>;
  if (!isFiniteNumber(v.at) || !isFiniteNumber(v.code)) return undefined;
  return {
    at: v.at,
    code: v.code,
    ...(isFiniteNumber(v.subCode) ? { subCode: v.subCode } : {}),
    ...(typeof v.call === 'string' && v.call.length <= 64 ? { call: v.call } : {}),
  };
}

/** What makes two entries the same outcome (a document merged with memory holds each once). */
function identity(o: StoredOutcome): string {
  return JSON.stringify([o.at, o.code, o.subCode, o.call]);
}

/**
 * Parses a stored text; a {@link DocumentProblem} when it is not a document of this version. Only the last
 * `10 × maxOutcomes` entries are read (a document can be written by anyone who can write to storage).
 */
export function parseHistoryDocument(raw: string, maxOutcomes: number): HistoryDocument | DocumentProblem {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    // Not JSON: `doc` stays undefined, which is corrupt below.
  }
  const d = Object(doc) as { v?: unknown; outcomes?: unknown; cleared?: unknown };
  if (d.v !== HISTORY_SCHEMA_VERSION) return Array.isArray(doc) || !doc ? 'corrupt' : 'wrong-version';
  if (!Array.isArray(d.outcomes)) return 'corrupt';
  const outcomes = d.outcomes
    .slice(-10 * maxOutcomes)
    .map(toStoredOutcome)
    .filter((o): o is StoredOutcome => o !== undefined);
  return { outcomes, cleared: isFiniteNumber(d.cleared) ? d.cleared : undefined };
}

/** The text stored for a document. */
export function serializeHistoryDocument(doc: HistoryDocument): string {
  return JSON.stringify({ v: HISTORY_SCHEMA_VERSION, outcomes: doc.outcomes, cleared: doc.cleared });
}

/**
 * What a history shows of `list` (a document merged with what the instance recorded) at `now`: each outcome once,
 * none older than `maxAgeMs` or dated more than a minute ahead, sorted by time, the newest `maxOutcomes`.
 */
export function boundOutcomes(list: readonly StoredOutcome[], now: number, bounds: HistoryBounds): StoredOutcome[] {
  const since = now - bounds.maxAgeMs;
  const kept = new Map<string, StoredOutcome>();
  for (const o of list) {
    const id = identity(o);
    if (o.at >= since && o.at <= now + MAX_AHEAD_MS && !kept.has(id)) kept.set(id, o);
  }
  return [...kept.values()].sort((a, b) => a.at - b.at).slice(-bounds.maxOutcomes);
}

/** Whether `list` holds an outcome `stored` does not (another tab's write dropped it: write it back). */
export function lacksAny(stored: readonly StoredOutcome[], list: readonly StoredOutcome[]): boolean {
  const ids = new Set(stored.map(identity));
  return list.some((o) => !ids.has(identity(o)));
}

/**
 * The mark of a new `clear()` at `now` (epoch ms, with a fraction): newer than every mark this instance saw (`seen`),
 * and in its own millisecond, so that it can be compared with the times outcomes were recorded: an outcome recorded
 * in an earlier millisecond is older than the clear, whatever the instance. A second clear in the millisecond of a
 * mark seen (or with the clock set back behind it) takes a fraction between that mark's and the next millisecond; the
 * random part (`random` in [0, 1)) gives another instance's clear of the same millisecond another mark, so that a
 * document with an older mark is known not to hold this clear yet.
 */
export function nextClearMark(now: number, seen: number | undefined, random: number): number {
  const last = seen ?? -Infinity;
  const ms = Math.max(now, Math.floor(last));
  const mark = ms > last ? ms + random * 0.999 : last + (ms + 1 - last) * (0.25 + random * 0.5);
  // Past the precision of a time in ms (a dozen clears in one millisecond): the next millisecond, as a new clear.
  return mark > last && Math.floor(mark) === ms ? mark : ms + 1 + random * 0.999;
}

/**
 * Whether a stored document with clear mark `mark` predates this instance's clear `unwritten`, which storage has not
 * taken yet (its read or write failed): any other mark of that millisecond or earlier, whatever its fraction says.
 */
export function predatesClear(mark: number, unwritten: number): boolean {
  return mark !== unwritten && Math.floor(mark) <= Math.floor(unwritten);
}

/**
 * Whether another user's stored text can be deleted: nothing in it (an outcome or a clear mark) is as new as
 * `since`. A document of another version is kept; one that cannot be read goes; a vanished key (null) is left alone.
 * Only the last 500 entries are read (ten times the default bound).
 */
export function isStaleDocument(raw: string | null, since: number): boolean {
  if (raw === null) return false;
  const doc = parseHistoryDocument(raw, 50);
  if (doc === 'wrong-version') return false;
  if (doc === 'corrupt') return true;
  return Math.max(doc.cleared ?? -Infinity, ...doc.outcomes.map((o) => o.at)) < since;
}
