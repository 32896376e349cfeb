import type { Chunk as LazyModule } from '../hooks/useChunk.js';
import type { CallLocales } from './resolveSurfaceStrings.js';

// The call's locale tree and rules once `callLocaleTree.ts` has been evaluated: it registers them here, whether the
// banner fetched it or the app's code imported it (`preloadLocale`, `useDiagnosticsStrings`, the panel), so a surface
// has them from its first render whenever they are already in the page. (No React and no listeners here: the module
// is shared with the tree's chunk, and `load()`'s promise is what the surfaces wait for.)
let registered: CallLocales | undefined;
let loading: Promise<CallLocales> | undefined;
const listeners = new Set<() => void>();

/** Called once by `callLocaleTree.ts` when it is evaluated. */
export function registerCallLocales(locales: CallLocales): void {
  registered = locales;
  for (const listener of listeners) listener();
}

/**
 * The call's locale tree and matching rules (`callLocaleTree.ts`) for the surfaces fetched on every mount: fetched
 * when the provider's `locale` is a tag, never for the built-in en-US. A failed fetch is forgotten: the next `load()`
 * tries again.
 */
export const callLocaleChunk: LazyModule<CallLocales> = {
  peek: () => registered,
  load() {
    loading ??= import('./callLocaleTree.js').then(
      (module) => module.CALL_LOCALES,
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
