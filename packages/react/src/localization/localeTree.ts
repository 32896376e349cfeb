import { createListeners, isDevelopment } from '@call-diagnostics/core/internal';
import { matchLocale } from './matchLocale.js';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * A locale tree's loaders: one per locale ACS ships (the 24 BCP-47 tags as ACS spells them, `'de-DE'`, `'zh-TW'`),
 * en-US included. Every loader but en-US's is a dynamic `import()`, so a bundler puts each locale of each tree in a
 * chunk of its own and a page downloads only the language it shows. Every tree of the kit (the call's strings, the
 * readiness check's, each family's) has this one shape.
 */
export type LocaleLoaders<T> = Readonly<Record<string, () => Promise<T>>>;

/** Which loader of a tree a tag takes. */
interface LocaleTreeKey {
  /** The loader's tag (`'de-DE'`); undefined for en-US (built in) and for a tag the kit has no locale for. */
  readonly key: string | undefined;
  /** False when nothing matched (en-US is used). */
  readonly matched: boolean;
}

/**
 * One locale tree: its en-US table (the fallback, in the code already) and its loaders, with the tables loaded so
 * far shared by every surface that reads the tree. No React here, so a chunk without React can load a tree.
 */
export interface LocaleTree<T> {
  /** The tree's name, for development messages (`'call'`, `'readiness'`…). */
  readonly name: string;
  /** The built-in table. */
  readonly enUS: T;
  /** The loaders (tests may replace one to make its import fail). */
  readonly loaders: LocaleLoaders<T>;
  /** The loader a tag takes (`de` → de-DE, `zh-Hant` → zh-TW): the rules of `resolveLocale`. */
  key(tag: string): LocaleTreeKey;
  /** The table of a loader key once loaded; undefined before. */
  peek(key: string): T | undefined;
  /** Loads a table once; a failed import rejects (en-US stays) and the next call tries again. */
  load(key: string): Promise<T>;
  /** Loads the table of a tag (en-US at once for en-US or a tag without a table); rejects when the import fails. */
  loadTag(tag: string | undefined): Promise<T>;
  /** Calls `listener` when a table arrives. */
  subscribe(listener: () => void): () => void;
}

/** Creates a {@link LocaleTree}. */
export function createLocaleTree<T>(name: string, enUS: T, loaders: LocaleLoaders<T>): LocaleTree<T> {
  const loaded = new Map<string, T>();
  const loading = new Map<string, Promise<T>>();
  const keys = new Map<string, LocaleTreeKey>();
  const listeners = createListeners();

  const load = (key: string): Promise<T> => {
    const table = loaded.get(key);
    if (table) return Promise.resolve(table);
    let promise = loading.get(key);
    if (!promise) {
      promise = Promise.resolve()
        .then(() => (loaders[key] as () => Promise<T>)())
        .then(
          (strings) => {
            loaded.set(key, strings);
            listeners.notify();
            return strings;
          },
          (error: unknown) => {
            if (isDevelopment() && process.env.NODE_ENV !== 'production') {
              console.warn(`[call-diagnostics] could not load the ${key} ${name} strings; using en-US.`, error);
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
  };

  const key = (tag: string): LocaleTreeKey => {
    let found = keys.get(tag);
    if (!found) {
      const match = matchLocale(tag, loaders);
      found = { key: match.strings && match.tag !== 'en-US' ? match.tag : undefined, matched: match.matched };
      keys.set(tag, found);
    }
    return found;
  };

  return {
    name,
    enUS,
    loaders,
    key,
    peek: (k) => loaded.get(k),
    load,
    loadTag(tag) {
      const k = tag === undefined ? undefined : key(tag).key;
      return k === undefined ? Promise.resolve(enUS) : load(k);
    },
    subscribe: listeners.subscribe,
  };
}
