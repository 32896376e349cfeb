/**
 * Where histories live in a Web Storage: their keys (salted per user), the storage to use, write errors, and the
 * pruning of other users' histories. Stateless: the history (`outcomeHistory.ts`) holds what it read.
 */
import { hashId, randomSalt } from './hash.js';
import { HISTORY_SCHEMA_VERSION, isStaleDocument } from './historyDocument.js';

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

/** The key prefix when the app gives no `namespace`. */
const DEFAULT_NAMESPACE = 'call-diagnostics';

/** A storage that can list and remove its keys (`localStorage` can; a custom `HistoryStorage` may not). */
type PrunableStorage = HistoryStorage & {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
};

/** `<namespace>:history:v1:`: every history key of this namespace and version starts so. */
function historyPrefix(namespace = DEFAULT_NAMESPACE): string {
  return `${namespace}:history:v${HISTORY_SCHEMA_VERSION}:`;
}

/**
 * The storage key: `<namespace>:history:v1:s:<hash of salt and user id>`, or `<namespace>:history:v1:device`.
 * Without `salt`: the unsalted `…:u:<hash of user id>` of earlier versions, read once to move its outcomes.
 */
export function historyKey(userId: string | undefined, namespace?: string, salt?: string): string {
  const who = !userId ? 'device' : salt === undefined ? `u:${hashId(userId)}` : `s:${hashId(`${salt}|${userId}`)}`;
  return `${historyPrefix(namespace)}${who}`;
}

/** The install's salt, kept beside the histories (made on first use), or undefined when storage does not keep it. */
function installSalt(s: HistoryStorage, namespace: string | undefined): string | undefined {
  const saltKey = `${historyKey(undefined, namespace)}:salt`;
  try {
    if (!s.getItem(saltKey)) s.setItem(saltKey, randomSalt());
    return s.getItem(saltKey) || undefined;
  } catch {
    // Storage refused the salt: it then lives in memory (the history lasts this session).
  }
  return undefined;
}

/** Moves a history found under the unsalted key of earlier versions to `key` (never over one there) and deletes it. */
function moveUnsaltedHistory(s: HistoryStorage, legacy: string, key: string): void {
  try {
    const old = s.getItem(legacy);
    if (old === null) return;
    if (s.getItem(key) === null) s.setItem(key, old);
    // Stryker disable next-line OptionalChaining: without removeItem the call throws after the move, into the catch below: same result
    s.removeItem?.(legacy);
  } catch {
    // Storage refused the move: the next session tries again.
  }
}

/**
 * The user's key in `s`: salted with the install's salt, after moving a history found under the unsalted key of
 * earlier versions. A salt that cannot be kept is made for this instance only (its history lasts this session).
 */
export function saltedKey(s: HistoryStorage, userId: string, namespace: string | undefined): string {
  const salt = installSalt(s, namespace);
  if (salt === undefined) return historyKey(userId, namespace, randomSalt());
  const key = historyKey(userId, namespace, salt);
  moveUnsaltedHistory(s, historyKey(userId, namespace), key);
  return key;
}

/**
 * The storage the `storage` option names: `null` → none (memory only); a storage → itself; `undefined` →
 * `globalThis.localStorage` when there is a usable one (read now, never at import time), else none.
 */
export function resolveStorage(option: HistoryStorage | null | undefined): HistoryStorage | undefined {
  if (option === null) return undefined;
  if (option) return option;
  try {
    const ls = (globalThis as { localStorage?: HistoryStorage }).localStorage;
    if (ls && typeof ls.getItem === 'function' && typeof ls.setItem === 'function') return ls;
  } catch {
    // Accessing localStorage throws a SecurityError when cookies/storage are blocked.
  }
  return undefined;
}

/** Whether a write failed because the storage is full (the names and codes browsers use). */
export function isQuotaError(error: unknown): boolean {
  const e = Object(error) as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Another user's history key of this namespace and version (not the salt, not the device's). */
function isUserHistoryKey(key: string | null, prefix: string): boolean {
  return !!key?.startsWith(prefix) && /^[su]:[0-9a-f]{16}$/.test(key.slice(prefix.length));
}

/**
 * Deletes the other users' histories in `s` (this namespace and version, never `ownKey`) with nothing (outcome or
 * clear mark) as new as `since`. A storage that cannot list or remove its keys is left as it is. Housekeeping: it
 * never throws (what it could not do waits for another instance).
 */
export function removeStaleHistories(s: HistoryStorage, namespace: string | undefined, ownKey: string, since: number) {
  const storage = s as PrunableStorage;
  if (typeof storage.length !== 'number') return;
  try {
    // Without key() or removeItem() (a custom HistoryStorage), the TypeError lands below: nothing is removed.
    const prefix = historyPrefix(namespace);
    const stale = Array.from({ length: storage.length }, (_, i) => storage.key(i))
      .filter((k): k is string => isUserHistoryKey(k, prefix) && k !== ownKey)
      .filter((k) => isStaleDocument(storage.getItem(k), since));
    for (const k of stale) storage.removeItem(k);
  } catch {
    // A storage that cannot list or remove its keys, or throws doing it: the history itself was written.
  }
}
