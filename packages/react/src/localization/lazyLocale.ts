import { createListeners, isDevelopment } from '@call-diagnostics/core/internal';
import { useEffect, useSyncExternalStore } from 'react';
import type { CallDiagnosticsStrings } from './en-US.js';
import { LOCALE_LOADERS } from './locales/loaders.js';
import { matchLocale } from './matchLocale.js';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

// A tiny external store: the tables loaded so far (shared by every provider and surface), the loads under way, and
// who to tell when one arrives. No React state: a surface reads it with useSyncExternalStore.
const loaded = new Map<string, CallDiagnosticsStrings>();
const loading = new Map<string, Promise<void>>();
const listeners = createListeners();
const keys = new Map<string, LazyLocaleKey>();

/** Which loader of `LOCALE_LOADERS` a tag takes. */
export interface LazyLocaleKey {
  /** The loader's tag (`'de-DE'`); undefined for en-US (built in) and for a tag the kit has no locale for. */
  readonly key: string | undefined;
  /** False when nothing matched (en-US is used). */
  readonly matched: boolean;
}

/** The loader a tag takes (`de` → de-DE, `zh-Hant` → zh-TW): the rules of `resolveLocale`. */
export function lazyLocaleKey(tag: string): LazyLocaleKey {
  let found = keys.get(tag);
  if (!found) {
    const match = matchLocale(tag, LOCALE_LOADERS);
    found = { key: match.strings ? match.tag : undefined, matched: match.matched };
    keys.set(tag, found);
  }
  return found;
}

/** Loads a table once; a failed import rejects (en-US stays) and the next call tries again. */
function load(key: string): Promise<void> {
  if (loaded.has(key)) return Promise.resolve();
  let promise = loading.get(key);
  if (!promise) {
    promise = Promise.resolve()
      .then(() => (LOCALE_LOADERS[key] as () => Promise<CallDiagnosticsStrings>)())
      .then(
        (strings) => {
          loaded.set(key, strings);
          listeners.notify();
        },
        (error: unknown) => {
          if (isDevelopment() && process.env.NODE_ENV !== 'production') {
            console.warn(`[call-diagnostics] could not load the ${key} strings; using en-US.`, error);
          }
          throw error;
        },
      )
      .finally(() => {
        loading.delete(key);
      });
    loading.set(key, promise);
  }
  return promise;
}

const subscribe = listeners.subscribe;

/**
 * The strings of a locale tag loaded on demand: undefined (so en-US) until its module has arrived, then that table;
 * at once when it was loaded before. Undefined on the server and during hydration, so the first client render
 * matches the server's en-US HTML. `tag` undefined: nothing to load.
 */
export function useLazyLocale(tag: string | undefined): CallDiagnosticsStrings | undefined {
  const key = tag === undefined ? undefined : lazyLocaleKey(tag).key;
  const strings = useSyncExternalStore(
    subscribe,
    () => (key === undefined ? undefined : loaded.get(key)),
    () => undefined,
  );
  useEffect(() => {
    if (key !== undefined && !loaded.has(key)) load(key).catch(() => undefined); // en-US stays
  }, [key]);
  return strings;
}

/**
 * Loads the strings of a locale tag (`'de'`, `navigator.language`) ahead of time, so that a provider with that
 * `locale` and no `locales` map shows the language from its first render (without it, the surfaces show en-US until
 * the locale's chunk arrives). Resolves when it is loaded, at once for en-US or a tag the kit has no locale for;
 * rejects when the chunk cannot be fetched (the next call tries again).
 * @public
 */
export function preloadLocale(tag: string): Promise<void> {
  const { key } = lazyLocaleKey(tag);
  return key === undefined ? Promise.resolve() : load(key);
}
