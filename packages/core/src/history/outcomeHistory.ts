import { hashId, randomSalt } from './hash.js';

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

/** An outcome as stored: `call` is a hash of the call ID, so the same call is never counted twice. */
interface StoredOutcome extends CallOutcome {
  readonly call?: string | undefined;
}

/**
 * The part of the Web Storage API the history needs (`localStorage` is one).
 *
 * @public
 */
export interface HistoryStorage {
  /** `Storage.getItem`. */
  getItem(key: string): string | null;
  /** `Storage.setItem` (may throw when full). */
  setItem(key: string, value: string): void;
  /** Used, when present, to delete a history left under an unsalted key by an earlier version. */
  removeItem?(key: string): void;
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
  /** Drop outcomes older than this. Default `DEFAULT_HISTORY_LIMITS`.`maxAgeMs` (30 days). */
  readonly maxAgeMs?: number | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
}

/** Default bounds of the history: the last 50 outcomes, none older than 30 days. */
export const DEFAULT_HISTORY_LIMITS = { maxOutcomes: 50, maxAgeMs: 30 * 24 * 60 * 60 * 1000 } as const;

/** The schema version of the stored document `{ v: 1, outcomes: StoredOutcome[] }`. */
const HISTORY_SCHEMA_VERSION = 1;

/**
 * The storage key: `<namespace>:history:v1:s:<hash of salt and user id>`, or `<namespace>:history:v1:device`.
 * Without `salt`: the unsalted `…:u:<hash of user id>` of earlier versions, read once to move its outcomes.
 */
export function historyKey(userId: string | undefined, namespace = 'call-diagnostics', salt?: string): string {
  const who = !userId ? 'device' : salt === undefined ? `u:${hashId(userId)}` : `s:${hashId(`${salt}|${userId}`)}`;
  return `${namespace}:history:v${HISTORY_SCHEMA_VERSION}:${who}`;
}

/**
 * The user's key in `s`: reads (or makes, once per install) the salt, and moves a history found under the unsalted
 * key of earlier versions to it. A salt that cannot be kept lives in memory (the history then lasts this session).
 */
function saltedKey(s: HistoryStorage, userId: string, namespace?: string): string {
  const saltKey = `${historyKey(undefined, namespace)}:salt`;
  let key = '';
  try {
    if (!s.getItem(saltKey)) s.setItem(saltKey, randomSalt());
    const salt = s.getItem(saltKey);
    if (salt) {
      key = historyKey(userId, namespace, salt);
      const legacy = historyKey(userId, namespace);
      const old = s.getItem(legacy);
      if (old !== null) {
        if (s.getItem(key) === null) s.setItem(key, old);
        // Stryker disable next-line OptionalChaining: without removeItem the call throws after the move, into the catch below: same result
        s.removeItem?.(legacy);
      }
    }
  } catch {
    // Storage refused the salt (it then lives in memory) or the move (the next session tries again).
  }
  return key || historyKey(userId, namespace, randomSalt());
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function toOutcome(value: unknown): StoredOutcome | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!isFiniteNumber(v.at) || !isFiniteNumber(v.code)) return undefined;
  const out: { at: number; code: number; subCode?: number; call?: string } = { at: v.at, code: v.code };
  if (isFiniteNumber(v.subCode)) out.subCode = v.subCode;
  if (typeof v.call === 'string' && v.call.length <= 64) out.call = v.call;
  return out;
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

function identity(o: StoredOutcome): string {
  return `${o.at}|${o.code}|${o.subCode ?? ''}|${o.call ?? ''}`;
}

/** A stored document: `cleared` marks the last `clear()` (epoch ms), so that no instance brings older outcomes back. */
interface HistoryDocument {
  readonly outcomes: StoredOutcome[];
  readonly cleared?: number | undefined;
}

/** An outcome this instance recorded, with when it recorded it (kept in memory only). */
interface OwnOutcome {
  readonly outcome: StoredOutcome;
  readonly recorded: number;
}

/**
 * Creates an outcome history: `localStorage` by default (namespaced, versioned, bounded to the last 50 outcomes and
 * 30 days), memory when storage is absent, full, throwing or holds something unreadable. It never throws and never
 * loses an outcome it recorded while it lives: it keeps them in memory and writes them back when another tab's write
 * (based on an older read) dropped them. `clear()` is kept by every instance: the document carries when it was
 * cleared, and outcomes recorded before that are not merged back. The first write also deletes other users'
 * histories (same namespace) with nothing newer than `maxAgeMs`, so keys do not pile up on a shared device.
 *
 * @public
 */
export function createOutcomeHistory(options: OutcomeHistoryOptions = {}): OutcomeHistory {
  let key: string | undefined;
  const keyIn = (s: HistoryStorage): string =>
    (key ??= options.userId
      ? saltedKey(s, options.userId, options.namespace)
      : historyKey(undefined, options.namespace));
  const { maxOutcomes = DEFAULT_HISTORY_LIMITS.maxOutcomes, maxAgeMs = DEFAULT_HISTORY_LIMITS.maxAgeMs } = options;
  // NaN would switch the bounds off: a bad bound is a developer error, said at once.
  if (!(maxOutcomes >= 1 && maxAgeMs >= 0)) {
    throw new TypeError('createOutcomeHistory: maxOutcomes must be ≥ 1 and maxAgeMs ≥ 0 (not NaN)');
  }
  const now = options.now ?? Date.now;
  /** What this instance recorded (this session), merged into every read until a clear() newer than it. */
  let own: OwnOutcome[] = [];
  /** The last document read from storage: what is shown while storage cannot be read. */
  let lastStored: StoredOutcome[] = [];
  let cleared: number | undefined;
  /** This instance's clear while storage has not taken it yet (its read or write failed). */
  let unwrittenClear: number | undefined;
  let pruned = false;
  let problem: HistoryProblem | undefined;
  let backend: 'storage' | 'memory' = 'memory';

  const storage = (): HistoryStorage | undefined => {
    if (options.storage === null) return undefined;
    if (options.storage) return options.storage;
    try {
      const ls = (globalThis as { localStorage?: HistoryStorage }).localStorage;
      if (ls && typeof ls.getItem === 'function' && typeof ls.setItem === 'function') return ls;
    } catch {
      // Accessing localStorage throws a SecurityError when cookies/storage are blocked.
    }
    return undefined;
  };

  const bound = (list: readonly StoredOutcome[]): StoredOutcome[] => {
    const t = now();
    const since = t - maxAgeMs;
    const ahead = t + 6e4;
    const seen = new Set<string>();
    const kept: StoredOutcome[] = [];
    for (const o of list) {
      const id = identity(o);
      // Dated more than a minute ahead (a clock set back, a forged entry): it would never expire, so it is dropped.
      if (o.at < since || o.at > ahead || seen.has(id)) continue;
      seen.add(id);
      kept.push(o);
    }
    kept.sort((a, b) => a.at - b.at);
    return kept.length > maxOutcomes ? kept.slice(kept.length - maxOutcomes) : kept;
  };

  /** Parses a stored document; a string for what is wrong with it. */
  const parse = (raw: string): HistoryDocument | 'corrupt' | 'wrong-version' => {
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } /* Stryker disable next-line BlockStatement: an empty catch leaves doc undefined, also 'corrupt' below */ catch {
      return 'corrupt';
    }
    const d = (doc && typeof doc === 'object' ? doc : {}) as { v?: unknown; outcomes?: unknown; cleared?: unknown };
    if (d.v !== HISTORY_SCHEMA_VERSION) return Array.isArray(doc) || !doc ? 'corrupt' : 'wrong-version';
    if (!Array.isArray(d.outcomes)) return 'corrupt';
    const outcomes: StoredOutcome[] = [];
    for (const item of d.outcomes.slice(-10 * maxOutcomes)) {
      const o = toOutcome(item);
      if (o) outcomes.push(o);
    }
    return { outcomes, cleared: isFiniteNumber(d.cleared) ? d.cleared : undefined };
  };

  /** Reads storage into `lastStored` (and takes in a newer clear). False when it could not be read. */
  const read = (s: HistoryStorage | undefined): boolean => {
    if (!s) {
      backend = 'memory';
      problem ??= options.storage === null ? undefined : 'unavailable';
      // Stryker disable next-line BooleanLiteral: without a storage, `readable` is never looked at (view checks `s` first)
      return false;
    }
    let raw: string | null;
    try {
      raw = s.getItem(keyIn(s));
    } catch {
      backend = 'memory';
      problem = 'read-threw';
      return false;
    }
    const doc = raw === null || raw === undefined ? { outcomes: [] } : parse(raw);
    if (typeof doc === 'string') {
      backend = 'memory';
      problem = doc;
      lastStored = [];
      return false;
    }
    const mark = doc.cleared ?? -Infinity;
    if (unwrittenClear !== undefined && mark !== unwrittenClear && Math.floor(mark) <= Math.floor(unwrittenClear)) {
      // This instance cleared (in this millisecond or later) and storage does not hold that yet: the document is
      // older than the clear, whatever the random fraction of its mark says. The next write stores the clear.
      lastStored = [];
      // Stryker disable next-line BooleanLiteral: with a clear unwritten, view() writes whatever read() returns
      return true;
    }
    if (mark > (cleared ?? -Infinity)) {
      unwrittenClear = undefined;
      // Another instance cleared the history: what this one recorded up to then is gone too.
      cleared = mark;
      own = own.filter((o) => o.recorded > mark);
    }
    // A document older than this instance's clear (the clear's write failed, or a tab wrote from an older read) is
    // not read back: the clear stands, and the next write stores it again.
    lastStored = mark < (cleared ?? -Infinity) ? [] : doc.outcomes;
    return true;
  };

  /** Deletes other users' v1 histories (this namespace) with nothing newer than maxAgeMs, once per instance. */
  const prune = (s: HistoryStorage & { length?: number; key?(index: number): string | null }): void => {
    pruned = true;
    if (typeof s.key !== 'function' || typeof s.length !== 'number' || !s.removeItem) return;
    const prefix = `${options.namespace ?? 'call-diagnostics'}:history:v${HISTORY_SCHEMA_VERSION}:`;
    const since = now() - maxAgeMs;
    const stale: string[] = [];
    for (let i = 0; i < s.length; i += 1) {
      const k = s.key(i);
      if (!k?.startsWith(prefix) || k === key || !/^[su]:[0-9a-f]{16}$/.test(k.slice(prefix.length))) continue;
      // Stryker disable next-line StringLiteral: any non-JSON stand-in for a vanished key parses as corrupt, like ''
      const doc = parse(s.getItem(k) ?? '');
      if (doc === 'wrong-version') continue;
      const newest =
        doc === 'corrupt' ? -Infinity : Math.max(doc.cleared ?? -Infinity, ...doc.outcomes.map((o) => o.at));
      if (newest < since) stale.push(k);
    }
    for (const k of stale) s.removeItem(k);
  };

  const write = (s: HistoryStorage, list: readonly StoredOutcome[]): void => {
    const attempt = (items: readonly StoredOutcome[]): void =>
      s.setItem(keyIn(s), JSON.stringify({ v: HISTORY_SCHEMA_VERSION, outcomes: items, cleared }));
    try {
      attempt(list);
      unwrittenClear = undefined;
      lastStored = [...list];
      backend = 'storage';
      problem = undefined;
      if (!pruned) prune(s);
    } catch (error) {
      backend = 'memory';
      problem = isQuotaError(error) ? 'quota' : 'write-threw';
      if (problem === 'quota' && list.length > 10) {
        // Full: the newest few still matter most for the classification.
        try {
          attempt(list.slice(-10));
        } catch {
          // Memory keeps everything; storage stays as it was.
        }
      }
    }
  };

  /**
   * The history as this instance sees it. Written back when storage lacks one of this instance's outcomes (another
   * tab wrote over it) or, with `force`, after a record (also replacing an unreadable document).
   */
  const view = (force?: boolean): StoredOutcome[] => {
    const s = storage();
    const readable = read(s);
    const merged = bound([...lastStored, ...own.map((o) => o.outcome)]);
    if (unwrittenClear !== undefined) force = true;
    if (s && !force && readable) {
      const stored = new Set(lastStored.map(identity));
      force = merged.some((o) => !stored.has(identity(o)));
    }
    if (s && force) write(s, merged);
    return merged;
  };

  return {
    list: () => view().map(({ call: _call, ...outcome }) => outcome),
    record(outcome) {
      if (!outcome || !isFiniteNumber(outcome.at) || !isFiniteNumber(outcome.code)) return false;
      const entry: StoredOutcome = {
        at: outcome.at,
        code: outcome.code,
        ...(isFiniteNumber(outcome.subCode) ? { subCode: outcome.subCode } : {}),
        ...(outcome.callId ? { call: hashId(outcome.callId) } : {}),
      };
      const s = storage();
      read(s);
      const known = [...lastStored, ...own.map((o) => o.outcome)];
      if (entry.call && known.some((o) => o.call === entry.call)) return false;
      own = [...own, { outcome: entry, recorded: now() }].slice(-maxOutcomes);
      view(true);
      return true;
    },
    clear() {
      const s = storage();
      read(s); // learns the newest clear mark of the document
      // Newer than any clear this instance saw, and (by its random fraction) not equal to another instance's clear
      // of the same millisecond: a document with an older mark is known not to hold this clear yet.
      cleared = Math.max(now(), Math.floor(cleared ?? -Infinity) + 1) + Math.random() * 0.999;
      own = [];
      lastStored = [];
      unwrittenClear = cleared;
      if (s) write(s, []);
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
