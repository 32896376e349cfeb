import { hashId } from './hash.js';
import {
  boundOutcomes,
  type HistoryBounds,
  type HistoryDocument,
  lacksAny,
  nextClearMark,
  parseHistoryDocument,
  predatesClear,
  type StoredOutcome,
  serializeHistoryDocument,
  toStoredOutcome,
} from './historyDocument.js';
import {
  type HistoryStorage,
  historyKey,
  isQuotaError,
  removeStaleHistories,
  resolveStorage,
  saltedKey,
} from './historyStorage.js';

export type { HistoryStorage };

/**
 * One call's outcome. `code` 0 means the call ended fine; otherwise the ACS end code (and subcode).
 *
 * @public
 */
export interface CallOutcome {
  /** When the call ended (epoch ms). */
  readonly at: number;
  /** `callEndReason.code` (0 for a normal end). */
  readonly code: number;
  /** `callEndReason.subCode`. */
  readonly subCode?: number | undefined;
}

// Internal names (not exported from the package).
type HistoryStatus = ReturnType<OutcomeHistory['status']>;
type HistoryProblem = NonNullable<HistoryStatus['problem']>;

/**
 * An outcome history. Never throws: storage problems degrade it to memory.
 *
 * @public
 */
export interface OutcomeHistory {
  /** The outcomes kept, oldest first, already bounded by count and age. */
  list(): readonly CallOutcome[];
  /**
   * Adds an outcome. With a `callId`, a call already recorded is not recorded again (re-attach, StrictMode, two
   * consumers of one call). Returns false when it was a duplicate or invalid.
   */
  record(outcome: CallOutcome & { readonly callId?: string | undefined }): boolean;
  /** Forgets every outcome of this key. */
  clear(): void;
  /** Where the history lives now. */
  status(): {
    readonly backend: 'storage' | 'memory';
    /**
     * The last problem met, if any; the history keeps working in memory whatever it is. No storage (`unavailable`),
     * the storage is full (`quota`), it threw (`read-threw`, `write-threw`), or held something this version cannot
     * read (`corrupt`, `wrong-version`: ignored and replaced at the next write).
     */
    readonly problem: 'unavailable' | 'quota' | 'read-threw' | 'write-threw' | 'corrupt' | 'wrong-version' | undefined;
  };
}

/**
 * Options of {@link createOutcomeHistory}.
 *
 * @public
 */
export interface OutcomeHistoryOptions {
  /**
   * Where to keep the history. `undefined`: `globalThis.localStorage` when there is one (read lazily, never at import
   * time), memory otherwise. `null`: memory only.
   */
  readonly storage?: HistoryStorage | null | undefined;
  /**
   * The app's user id: the history is kept per user, under a hash of this id salted with a random value made once per
   * install and kept beside the history (`<namespace>:history:v1:device:salt`). The raw id is never stored. The salt
   * makes the same user's key differ from site to site (and install to install), so keys cannot be joined across
   * them or looked up in a precomputed table; it does not stop someone who can read this storage, salt included,
   * from testing a guess (a phone number, an e-mail address). Without it, the history is per device (per browser
   * profile).
   */
  readonly userId?: string | undefined;
  /** Key prefix. Default `call-diagnostics`. */
  readonly namespace?: string | undefined;
  /** Keep at most this many outcomes (newest kept). Default `DEFAULT_HISTORY_LIMITS`.`maxOutcomes` (50). */
  readonly maxOutcomes?: number | undefined;
  /**
   * Drop outcomes older than this (more than 0). Default `DEFAULT_HISTORY_LIMITS`.`maxAgeMs` (30 days). Other users'
   * histories on the device are pruned past 30 days (or this, if longer), never sooner.
   */
  readonly maxAgeMs?: number | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
}

const DAYS_30 = 30 * 24 * 60 * 60 * 1000;

/** Default bounds of the history: the last 50 outcomes, none older than 30 days. */
export const DEFAULT_HISTORY_LIMITS = { maxOutcomes: 50, maxAgeMs: DAYS_30 } as const;

/** How many clear marks an instance remembers having seen (clears are rare; a mark only matters in its millisecond). */
const SEEN_MARKS = 16;

/**
 * The clear marks an instance made or took in, the last {@link SEEN_MARKS}: a mark is applied (drops what was recorded
 * up to it) only when first seen. Read again later (this instance's earlier clear, still in storage after its later
 * one failed to write; another tab's mark, taken in before), it drops nothing recorded since, even in its millisecond.
 */
function seenMarks() {
  const marks = new Set<number>();
  const see = (mark: number): number => {
    marks.add(mark);
    if (marks.size > SEEN_MARKS) marks.delete(marks.values().next().value as number);
    return mark;
  };
  return {
    see,
    /** True the first time `mark` is seen (it is remembered from then on). */
    first(mark: number): boolean {
      if (marks.has(mark)) return false;
      see(mark);
      return true;
    },
  };
}

/** No outcomes, and a document with none: what a key that was never written holds. */
const NO_OUTCOMES: readonly StoredOutcome[] = Object.freeze([]);
const NO_DOCUMENT: HistoryDocument = Object.freeze({ outcomes: NO_OUTCOMES });

/** An outcome this instance recorded, with when it recorded it (kept in memory only). */
interface OwnOutcome {
  readonly outcome: StoredOutcome;
  readonly recorded: number;
}

/** The bounds given, or the defaults. NaN would switch them off and 0 keep nothing: a TypeError, said at once. */
function boundsOf(options: OutcomeHistoryOptions): HistoryBounds {
  const { maxOutcomes = DEFAULT_HISTORY_LIMITS.maxOutcomes, maxAgeMs = DEFAULT_HISTORY_LIMITS.maxAgeMs } = options;
  if (!(maxOutcomes >= 1 && maxAgeMs > 0)) {
    throw new TypeError('createOutcomeHistory: maxOutcomes must be ≥ 1 and maxAgeMs > 0 (not NaN)');
  }
  return { maxOutcomes, maxAgeMs };
}

/** The storage key of this history in `s`: the user's (salted with the install's salt) or the device's. */
function keyOf(s: HistoryStorage, { userId, namespace }: OutcomeHistoryOptions): string {
  return userId ? saltedKey(s, userId, namespace) : historyKey(undefined, namespace);
}

/**
 * Reads the document under `key`: a document (an empty one when there is none yet), what is wrong with what is
 * there (`corrupt`, `wrong-version`: replaced at the next write), or `read-threw` (nothing is known of what storage
 * holds: nothing may be written over it).
 */
function readDocument(s: HistoryStorage, key: () => string, maxOutcomes: number): HistoryDocument | HistoryProblem {
  let raw: string | null;
  try {
    raw = s.getItem(key());
  } catch {
    return 'read-threw';
  }
  return raw === null || raw === undefined ? NO_DOCUMENT : parseHistoryDocument(raw, maxOutcomes);
}

/** Writes a document; when storage is full, the newest ten outcomes (they matter most for the classification). */
function writeDocument(s: HistoryStorage, key: () => string, doc: HistoryDocument): HistoryProblem | undefined {
  const attempt = (outcomes: readonly StoredOutcome[]): void =>
    s.setItem(key(), serializeHistoryDocument({ outcomes, cleared: doc.cleared }));
  try {
    attempt(doc.outcomes);
    return undefined;
  } catch (error) {
    if (!isQuotaError(error)) return 'write-threw';
    if (doc.outcomes.length > 10) {
      try {
        attempt(doc.outcomes.slice(-10));
      } catch {
        // Memory keeps everything; storage stays as it was.
      }
    }
    return 'quota';
  }
}

/**
 * Creates an outcome history: `localStorage` by default (namespaced, versioned, bounded to the last 50 outcomes and
 * 30 days), memory when storage is absent, full, throwing or holds something unreadable. It never throws and never
 * loses an outcome it recorded while it lives: it keeps them in memory and writes them back when another tab's write
 * (based on an older read) dropped them, and never writes after a read that threw (a document written blind would
 * drop what other tabs wrote, their clears included). `clear()` is kept by every instance: the document carries when
 * it was cleared, and outcomes recorded before that are not merged back. The first write also deletes other users'
 * histories (same namespace) with nothing newer than 30 days (or `maxAgeMs`, if longer), so keys do not pile up on a
 * shared device.
 *
 * @public
 */
export function createOutcomeHistory(options: OutcomeHistoryOptions = {}): OutcomeHistory {
  const bounds = boundsOf(options);
  const { maxOutcomes, maxAgeMs } = bounds;
  const now = options.now ?? Date.now;
  // The storage key (found once: a user's key needs the install's salt); what this instance recorded this session
  // (merged into every read until a clear newer than it); the outcomes of the last document read (shown while storage
  // cannot be read); the newest clear mark known; this instance's clear while storage has not taken it yet (-Infinity:
  // none); whether other users' histories were pruned; and the status.
  let key: string | undefined;
  let own: readonly OwnOutcome[] = [];
  let lastStored = NO_OUTCOMES;
  let cleared: number | undefined;
  let unwrittenClear = -Infinity;
  let pruned = false;
  let problem: HistoryProblem | undefined;
  const marks = seenMarks();
  let backend: 'storage' | 'memory' = 'memory';
  const keyIn = (s: HistoryStorage) => (): string => (key ??= keyOf(s, options));
  /** The storage to use now; without one the history is in memory (`unavailable` unless the app asked for memory). */
  const storage = (): HistoryStorage | undefined => {
    const s = resolveStorage(options.storage);
    if (!s) {
      backend = 'memory';
      problem ??= options.storage === null ? undefined : 'unavailable';
    }
    return s;
  };
  /** Reads storage into `lastStored` and takes in its clear mark; returns what went wrong, if anything. */
  const read = (s: HistoryStorage): HistoryProblem | undefined => {
    const doc = readDocument(s, keyIn(s), maxOutcomes);
    if (typeof doc === 'string') {
      backend = 'memory';
      problem = doc;
      if (doc !== 'read-threw') lastStored = NO_OUTCOMES;
      return doc;
    }
    const mark = doc.cleared ?? -Infinity;
    // A clear stands whatever its order with this instance's: what was recorded up to a mark goes when it is first seen
    // (a mark seen before drops nothing recorded since, even in its millisecond: see `seenMarks`).
    if (marks.first(mark)) own = own.filter((o) => o.recorded > mark);
    if (predatesClear(mark, unwrittenClear)) {
      // Older than this instance's clear, which the next write stores; after a later clear of its millisecond.
      if (mark > unwrittenClear)
        cleared = unwrittenClear = marks.see(nextClearMark(Math.floor(mark), mark, Math.random()));
      lastStored = NO_OUTCOMES;
      return undefined;
    }
    if (mark > (cleared ?? -Infinity)) {
      unwrittenClear = -Infinity;
      cleared = mark;
    }
    // A document older than this instance's clear (its write failed, or a tab wrote from an older read) is not read.
    lastStored = mark < (cleared ?? -Infinity) ? NO_OUTCOMES : doc.outcomes;
    return undefined;
  };
  const write = (s: HistoryStorage, outcomes: readonly StoredOutcome[]): void => {
    problem = writeDocument(s, keyIn(s), { outcomes, cleared });
    backend = problem ? 'memory' : 'storage';
    if (problem) return;
    unwrittenClear = -Infinity;
    lastStored = outcomes;
    // Once per instance; another user's history is theirs: a shorter maxAgeMs of this instance never shortens it.
    if (!pruned) removeStaleHistories(s, options.namespace, keyIn(s)(), now() - Math.max(maxAgeMs, DAYS_30));
    pruned = true;
  };
  /** The history as this instance sees it, written back when storage should hold more (see above). */
  const view = (force: boolean): StoredOutcome[] => {
    const s = storage();
    const failed = s && read(s);
    const merged = boundOutcomes([...lastStored, ...own.map((o) => o.outcome)], now(), bounds);
    const changed = force || unwrittenClear > -Infinity || (!failed && lacksAny(lastStored, merged));
    if (s && failed !== 'read-threw' && changed) write(s, merged);
    return merged;
  };

  return {
    list: () => view(false).map(({ call: _call, ...outcome }) => outcome),
    record(outcome) {
      const o = Object(outcome) as Partial<typeof outcome>;
      const entry = toStoredOutcome({ ...o, call: o.callId ? hashId(o.callId) : undefined });
      if (!entry) return false;
      const s = storage();
      if (s) read(s);
      if (entry.call && [...lastStored, ...own.map((k) => k.outcome)].some((k) => k.call === entry.call)) return false;
      own = [...own, { outcome: entry, recorded: now() }].slice(-maxOutcomes);
      view(true);
      return true;
    },
    clear() {
      const s = storage();
      if (s) read(s); // learns the newest clear mark of the document
      cleared = unwrittenClear = marks.see(nextClearMark(now(), cleared, Math.random()));
      own = [];
      lastStored = NO_OUTCOMES;
      if (s) write(s, NO_OUTCOMES);
    },
    status: () => ({ backend, problem }),
  };
}

/**
 * A history kept in memory only (tests, stories, apps that must not write to storage).
 *
 * @public
 */
export function createMemoryHistory(options: Omit<OutcomeHistoryOptions, 'storage'> = {}): OutcomeHistory {
  return createOutcomeHistory({ ...options, storage: null });
}
