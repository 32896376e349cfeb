import { hashId } from './hash.js';
import {
  boundOutcomes,
  type HistoryBounds,
  type HistoryDocument,
  isFiniteNumber,
  lacksAny,
  nextClearMark,
  parseHistoryDocument,
  predatesClear,
  type StoredOutcome,
  serializeHistoryDocument,
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
   * install and kept beside the history (`<namespace>:history:v1:device:salt`), so a key cannot be reversed to a phone number
   * or e-mail address by hashing guesses without that salt. The raw id is never stored. Without it, the history is
   * per device (per browser profile).
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

/** Default bounds of the history: the last 50 outcomes, none older than 30 days. */
export const DEFAULT_HISTORY_LIMITS = { maxOutcomes: 50, maxAgeMs: 30 * 24 * 60 * 60 * 1000 } as const;

/** A document with nothing in it: what a key that was never written holds. */
const EMPTY_DOCUMENT: HistoryDocument = Object.freeze({ outcomes: Object.freeze([]) });

/** An outcome this instance recorded, with when it recorded it (kept in memory only). */
interface OwnOutcome {
  readonly outcome: StoredOutcome;
  readonly recorded: number;
}

/** What one history instance holds between calls. */
interface HistoryState {
  readonly options: OutcomeHistoryOptions;
  readonly bounds: HistoryBounds;
  readonly now: () => number;
  /** The storage key, found once (a user's key needs the install's salt). */
  key: string | undefined;
  /** What this instance recorded (this session), merged into every read until a clear() newer than it. */
  own: readonly OwnOutcome[];
  /** The outcomes of the last document read: what is shown while storage cannot be read. */
  lastStored: readonly StoredOutcome[];
  /** The newest clear mark this instance knows of. */
  cleared: number | undefined;
  /** This instance's clear while storage has not taken it yet (its read or write failed); -Infinity: none. */
  unwrittenClear: number;
  pruned: boolean;
  problem: HistoryProblem | undefined;
  backend: 'storage' | 'memory';
}

function keyIn(h: HistoryState, s: HistoryStorage): string {
  const { userId, namespace } = h.options;
  h.key ??= userId ? saltedKey(s, userId, namespace) : historyKey(undefined, namespace);
  return h.key;
}

function degrade(h: HistoryState, problem: HistoryProblem): void {
  h.backend = 'memory';
  h.problem = problem;
}

/** The storage to use now; without one the history is in memory (`unavailable` unless the app asked for memory). */
function storageOf(h: HistoryState): HistoryStorage | undefined {
  const s = resolveStorage(h.options.storage);
  if (!s) {
    h.backend = 'memory';
    h.problem ??= h.options.storage === null ? undefined : 'unavailable';
  }
  return s;
}

/**
 * Takes in a document read from storage: its clear mark, and its outcomes unless it predates this instance's clear.
 * A clear stands whatever its order with this instance's own: what this instance recorded up to a mark it had not
 * taken in goes (in the same millisecond, which came first cannot be known: the clear wins).
 */
function takeDocument(h: HistoryState, doc: HistoryDocument): void {
  const mark = doc.cleared ?? Number.NEGATIVE_INFINITY;
  if (mark !== h.cleared) h.own = h.own.filter((o) => o.recorded > mark);
  if (predatesClear(mark, h.unwrittenClear)) {
    // This instance cleared and storage does not hold that yet: the document is older than the clear (the next write
    // stores it). Another instance's clear of the same millisecond with a later mark: this one is kept after it.
    if (mark > h.unwrittenClear) {
      h.unwrittenClear = nextClearMark(Math.floor(mark), mark, Math.random());
      h.cleared = h.unwrittenClear;
    }
    h.lastStored = [];
    return;
  }
  if (mark > (h.cleared ?? Number.NEGATIVE_INFINITY)) {
    h.unwrittenClear = Number.NEGATIVE_INFINITY;
    h.cleared = mark;
  }
  // A document older than this instance's clear (the clear's write failed, or a tab wrote from an older read) is
  // not read back: the clear stands, and the next write stores it again.
  h.lastStored = mark < (h.cleared ?? Number.NEGATIVE_INFINITY) ? [] : doc.outcomes;
}

/**
 * How a read went: `read` (a document, or none yet), `unreadable` (something this version cannot read: replaced at
 * the next write) or `threw` (nothing is known of what storage holds: nothing may be written over it).
 */
type ReadResult = 'read' | 'unreadable' | 'threw';

/** Reads storage into `lastStored` (and takes in a newer clear). */
function readStorage(h: HistoryState, s: HistoryStorage): ReadResult {
  let raw: string | null;
  try {
    raw = s.getItem(keyIn(h, s));
  } catch {
    degrade(h, 'read-threw');
    return 'threw';
  }
  const doc = raw === null || raw === undefined ? EMPTY_DOCUMENT : parseHistoryDocument(raw, h.bounds.maxOutcomes);
  if (typeof doc === 'string') {
    h.lastStored = [];
    degrade(h, doc);
    return 'unreadable';
  }
  takeDocument(h, doc);
  return 'read';
}

/** Writes `list` (and the clear mark); when full, the newest ten, which matter most for the classification. */
function writeStorage(h: HistoryState, s: HistoryStorage, list: readonly StoredOutcome[]): void {
  const attempt = (outcomes: readonly StoredOutcome[]): void =>
    s.setItem(keyIn(h, s), serializeHistoryDocument({ outcomes, cleared: h.cleared }));
  try {
    attempt(list);
    h.unwrittenClear = Number.NEGATIVE_INFINITY;
    h.lastStored = [...list];
    h.backend = 'storage';
    h.problem = undefined;
    if (!h.pruned) pruneOthers(h, s);
  } catch (error) {
    degrade(h, isQuotaError(error) ? 'quota' : 'write-threw');
    if (h.problem === 'quota' && list.length > 10) {
      try {
        attempt(list.slice(-10));
      } catch {
        // Memory keeps everything; storage stays as it was.
      }
    }
  }
}

/**
 * Deletes other users' histories with nothing newer than the default age (30 days), once per instance. Another
 * user's history is theirs: a shorter `maxAgeMs` of this instance never shortens it (a longer one keeps it longer).
 */
function pruneOthers(h: HistoryState, s: HistoryStorage): void {
  h.pruned = true;
  removeStaleHistories(s, {
    namespace: h.options.namespace,
    ownKey: keyIn(h, s),
    since: h.now() - Math.max(h.bounds.maxAgeMs, DEFAULT_HISTORY_LIMITS.maxAgeMs),
    maxOutcomes: DEFAULT_HISTORY_LIMITS.maxOutcomes,
  });
}

/**
 * The history as this instance sees it. Written back when storage lacks one of this instance's outcomes (another
 * tab wrote over it), while a clear is unwritten, or, with `force`, after a record (also replacing an unreadable
 * document); never after a read that threw: a document written blind would drop what other tabs wrote, their clears
 * included (the outcomes wait in memory for the next read).
 */
function view(h: HistoryState, force: boolean): StoredOutcome[] {
  const s = storageOf(h);
  const read = s && readStorage(h, s);
  const merged = boundOutcomes([...h.lastStored, ...h.own.map((o) => o.outcome)], h.now(), h.bounds);
  const changed = force || h.unwrittenClear > Number.NEGATIVE_INFINITY;
  if (s && read !== 'threw' && (changed || (read === 'read' && lacksAny(h.lastStored, merged)))) {
    writeStorage(h, s, merged);
  }
  return merged;
}

function record(h: HistoryState, outcome: CallOutcome & { readonly callId?: string | undefined }): boolean {
  const o = Object(outcome) as Partial<typeof outcome>;
  if (!isFiniteNumber(o.at) || !isFiniteNumber(o.code)) return false;
  const entry: StoredOutcome = {
    at: o.at,
    code: o.code,
    ...(isFiniteNumber(o.subCode) ? { subCode: o.subCode } : {}),
    ...(o.callId ? { call: hashId(o.callId) } : {}),
  };
  const s = storageOf(h);
  if (s) readStorage(h, s);
  const known = [...h.lastStored, ...h.own.map((own) => own.outcome)];
  if (entry.call && known.some((k) => k.call === entry.call)) return false;
  h.own = [...h.own, { outcome: entry, recorded: h.now() }].slice(-h.bounds.maxOutcomes);
  view(h, true);
  return true;
}

function clear(h: HistoryState): void {
  const s = storageOf(h);
  if (s) readStorage(h, s); // learns the newest clear mark of the document
  h.cleared = nextClearMark(h.now(), h.cleared, Math.random());
  h.own = [];
  h.lastStored = [];
  h.unwrittenClear = h.cleared;
  if (s) writeStorage(h, s, []);
}

/**
 * Creates an outcome history: `localStorage` by default (namespaced, versioned, bounded to the last 50 outcomes and
 * 30 days), memory when storage is absent, full, throwing or holds something unreadable. It never throws and never
 * loses an outcome it recorded while it lives: it keeps them in memory and writes them back when another tab's write
 * (based on an older read) dropped them. `clear()` is kept by every instance: the document carries when it was
 * cleared, and outcomes recorded before that are not merged back. The first write also deletes other users'
 * histories (same namespace) with nothing newer than 30 days (or `maxAgeMs`, if longer), so keys do not pile up on a
 * shared device.
 *
 * @public
 */
export function createOutcomeHistory(options: OutcomeHistoryOptions = {}): OutcomeHistory {
  const { maxOutcomes = DEFAULT_HISTORY_LIMITS.maxOutcomes, maxAgeMs = DEFAULT_HISTORY_LIMITS.maxAgeMs } = options;
  // NaN would switch the bounds off, and 0 keep nothing: a bad bound is a developer error, said at once.
  if (!(maxOutcomes >= 1 && maxAgeMs > 0)) {
    throw new TypeError('createOutcomeHistory: maxOutcomes must be ≥ 1 and maxAgeMs > 0 (not NaN)');
  }
  const h: HistoryState = {
    options,
    bounds: { maxOutcomes, maxAgeMs },
    now: options.now ?? Date.now,
    key: undefined,
    own: [],
    lastStored: [],
    cleared: undefined,
    unwrittenClear: Number.NEGATIVE_INFINITY,
    pruned: false,
    problem: undefined,
    backend: 'memory',
  };
  return {
    list: () => view(h, false).map(({ call: _call, ...outcome }) => outcome),
    record: (outcome) => record(h, outcome),
    clear: () => clear(h),
    status: () => ({ backend: h.backend, problem: h.problem }),
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
