import { createListeners } from '@call-diagnostics/core/internal';
import type { LazyModule } from '../lazy/lazyModule.js';
import type { CallLocales } from './resolveSurfaceStrings.js';

// The call's locale tree and rules once `callLocaleTree.ts` has been evaluated: it registers them here, whether it
// was fetched by the banner or imported by the app's code (`preloadLocale`, `useDiagnosticsStrings`, the panel), so a
// surface has them from its first render whenever they are already in the page.
let registered: CallLocales | undefined;
let loading: Promise<CallLocales> | undefined;
const listeners = createListeners();

/** Called once by `callLocaleTree.ts` when it is evaluated. */
export function registerCallLocales(locales: CallLocales): void {
  registered = locales;
  listeners.notify();
}

/**
 * The call's locale tree and matching rules (`callLocaleTree.ts`) for the surfaces fetched on every mount: fetched
 * when the provider's `locale` is a tag or comes with a `locales` map, never for the built-in en-US. A failed fetch is
 * forgotten: the next `load()` tries again.
 */
export const callLocaleChunk: LazyModule<CallLocales> = {
  get: () => registered,
  load() {
    if (registered) return Promise.resolve(registered);
    loading ??= import('./callLocaleTree.js').then(
      ({ callStrings, matchLocale }) => {
        loading = undefined;
        return registered ?? { callStrings, matchLocale };
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  },
  subscribe: listeners.subscribe,
};
