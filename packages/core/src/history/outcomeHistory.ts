import { hashId, randomSalt } from './hash.js';

/** One call's outcome. `code` 0 means the call ended fine; otherwise the ACS end code (and subcode). */
export interface CallOutcome {
  /** When the call ended (epoch ms). */
  readonly at: number;
  readonly code: number;
  readonly subCode?: number | undefined;
}

/** An outcome as stored: `call` is a hash of the call ID, so the same call is never counted twice. */
export interface StoredOutcome extends CallOutcome {
  readonly call?: string | undefined;
}

/** The part of the Web Storage API the history needs (`localStorage` is one). */
export interface HistoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /** Used, when present, to delete a history left under an unsalted key by an earlier version. */
  removeItem?(key: string): void;
}

/**
 * Why the history is running from memory: no storage (`unavailable`), the storage is full (`quota`), it threw
 * (`read-threw`, `write-threw`), or held something this version cannot read (`corrupt`, `wrong-version`: ignored
 * and replaced at the next write).
 */
export type HistoryProblem = 'unavailable' | 'quota' | 'read-threw' | 'write-threw' | 'corrupt' | 'wrong-version';

/** Where the history lives now. */
export interface HistoryStatus {
  readonly backend: 'storage' | 'memory';
  /** The last problem met, if any. The history keeps working in memory whatever it is. */
  readonly problem: HistoryProblem | undefined;
}

/** An outcome history. Never throws: storage problems degrade it to memory. */
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
  status(): HistoryStatus;
}

/** Options of {@link createOutcomeHistory}. */
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
  /** Keep at most this many outcomes (newest kept). Default {@link DEFAULT_HISTORY_LIMITS}.`maxOutcomes` (50). */
  readonly maxOutcomes?: number | undefined;
  /** Drop outcomes older than this. Default {@link DEFAULT_HISTORY_LIMITS}.`maxAgeMs` (30 days). */
  readonly maxAgeMs?: number | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
}

/** Default bounds of the history: the last 50 outcomes, none older than 30 days. */
export const DEFAULT_HISTORY_LIMITS = { maxOutcomes: 50, maxAgeMs: 30 * 24 * 60 * 60 * 1000 } as const;

/** The schema version of the stored document `{ v: 1, outcomes: StoredOutcome[] }`. */
export const HISTORY_SCHEMA_VERSION = 1;

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

/**
 * Creates an outcome history: `localStorage` by default (namespaced, versioned, bounded to the last 50 outcomes and
 * 30 days), memory when storage is absent, full, throwing or holds something unreadable. It never throws and never
 * loses an outcome it was given during this session: memory always keeps what storage could not.
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
  let memory: StoredOutcome[] = [];
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

  const read = (): StoredOutcome[] => {
    const s = storage();
    if (!s) {
      backend = 'memory';
      problem ??= options.storage === null ? undefined : 'unavailable';
      return memory;
    }
    let raw: string | null;
    try {
      raw = s.getItem(keyIn(s));
    } catch {
      backend = 'memory';
      problem = 'read-threw';
      return memory;
    }
    if (raw === null || raw === undefined) return memory;
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch {
      problem = 'corrupt';
      return memory;
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      problem = 'corrupt';
      return memory;
    }
    const d = doc as { v?: unknown; outcomes?: unknown };
    if (d.v !== HISTORY_SCHEMA_VERSION) {
      problem = 'wrong-version';
      return memory;
    }
    if (!Array.isArray(d.outcomes)) {
      problem = 'corrupt';
      return memory;
    }
    const stored: StoredOutcome[] = [];
    for (const item of d.outcomes.slice(-10 * maxOutcomes)) {
      const o = toOutcome(item);
      if (o) stored.push(o);
    }
    return [...stored, ...memory];
  };

  const write = (list: readonly StoredOutcome[]): void => {
    const s = storage();
    if (!s) {
      backend = 'memory';
      return;
    }
    const attempt = (items: readonly StoredOutcome[]): void =>
      s.setItem(keyIn(s), JSON.stringify({ v: HISTORY_SCHEMA_VERSION, outcomes: items }));
    try {
      attempt(list);
      backend = 'storage';
      problem = undefined;
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

  return {
    list() {
      memory = bound(read());
      return memory.map(({ call: _call, ...outcome }) => outcome);
    },
    record(outcome) {
      if (!outcome || !isFiniteNumber(outcome.at) || !isFiniteNumber(outcome.code)) return false;
      const entry: StoredOutcome = {
        at: outcome.at,
        code: outcome.code,
        ...(isFiniteNumber(outcome.subCode) ? { subCode: outcome.subCode } : {}),
        ...(outcome.callId ? { call: hashId(outcome.callId) } : {}),
      };
      const current = bound(read());
      if (entry.call && current.some((o) => o.call === entry.call)) {
        memory = current;
        return false;
      }
      memory = bound([...current, entry]);
      write(memory);
      return true;
    },
    clear() {
      memory = [];
      write([]);
    },
    status: () => ({ backend, problem }),
  };
}

/** A history kept in memory only (tests, stories, apps that must not write to storage). */
export function createMemoryHistory(options: Omit<OutcomeHistoryOptions, 'storage'> = {}): OutcomeHistory {
  return createOutcomeHistory({ ...options, storage: null });
}
