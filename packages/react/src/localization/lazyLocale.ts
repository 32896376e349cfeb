import { type BannerStrings, bannerEnUS } from './bannerStrings.js';
import { LOCALE_LOADERS } from './locales/loaders.js';
import { createLocaleTree, type LocaleTreeKey } from './localeTree.js';
import { useLocaleTree } from './useLocaleTree.js';

/**
 * The call's strings (banner, toast, panel, report: the network family and the surfaces it shares) as a locale tree,
 * loaded on demand. Only the lazily-loaded surfaces import this module, never the provider itself. Its tables are whole
 * `CallDiagnosticsStrings`; the tree is typed by the part every surface reads (`BannerStrings`), and its built-in table
 * is that part, so the banner's chunk holds no other en-US words (each surface merges a table over its own part).
 */
const callStrings = createLocaleTree<BannerStrings>('call', bannerEnUS, LOCALE_LOADERS);

/** The loader a tag takes (`de` → de-DE, `zh-Hant` → zh-TW): the rules of `resolveLocale`. */
export function lazyLocaleKey(tag: string): LocaleTreeKey {
  return callStrings.key(tag);
}

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
