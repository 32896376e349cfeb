import { useEffect, useSyncExternalStore } from 'react';
import type { LocaleTree } from './localeTree.js';

/**
 * A tree's table for a locale tag, loaded on demand: undefined (so en-US) until its module has arrived, then that
 * table; at once when it was loaded before. Undefined on the server and during hydration, so the first client render
 * matches the server's en-US HTML. `tag` or `tree` undefined (a tree whose chunk has not arrived): nothing to load.
 */
export function useLocaleTree<T>(tree: LocaleTree<T> | undefined, tag: string | undefined): T | undefined {
  const key = tag === undefined || !tree ? undefined : tree.key(tag).key;
  const table = useSyncExternalStore(
    tree?.subscribe ?? noSubscription,
    () => (key === undefined ? undefined : tree?.peek(key)),
    () => undefined,
  );
  useEffect(() => {
    if (tree && key !== undefined && tree.peek(key) === undefined) tree.load(key).catch(() => undefined); // en-US stays
  }, [tree, key]);
  return table;
}

const noSubscription = () => () => {};
