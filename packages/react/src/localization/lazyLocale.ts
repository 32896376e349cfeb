import type { BannerStrings } from './bannerStrings.js';
import { callStrings } from './callLocaleTree.js';
import { useLocaleTree } from './useLocaleTree.js';

// The call's locale tree (`callLocaleTree.ts`), read at once here: the panel, the readiness check and `preloadLocale`
// import this module; the banner's chunk fetches the tree on demand (`useBannerStrings`).

/**
 * The call's strings of a locale tag loaded on demand: undefined (so en-US) until its module has arrived, then that
 * table. See {@link useLocaleTree}.
 */
export function useLazyLocale(tag: string | undefined): BannerStrings | undefined {
  return useLocaleTree(callStrings, tag);
}

/**
 * Loads the strings of a locale tag (`'de'`, `navigator.language`) ahead of time, so that a provider with that
 * `locale` and no `locales` map shows the language from its first render (without it, the surfaces show en-US until
 * the locale's chunk arrives). Resolves when it is loaded, at once for en-US or a tag the kit has no locale for;
 * rejects when the chunk cannot be fetched (the next call tries again).
 * @public
 */
export function preloadLocale(tag: string): Promise<void> {
  return callStrings.loadTag(tag).then(() => undefined);
}
