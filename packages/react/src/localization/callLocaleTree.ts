// The call's locale tree and the matching rules: what a locale tag needs to find its table (`de` → de-DE). A chunk of its own for the banner (`callLocaleChunk`), fetched only when the
// provider's `locale` is a tag (with or without a `locales` map): a page in the built-in en-US (no `locale`, or a
// locale object) never downloads it.
import { type BannerStrings, bannerEnUS } from './bannerStrings.js';
import { registerCallLocales } from './callLocaleChunk.js';
import { LOCALE_LOADERS } from './locales/loaders.js';
import { createLocaleTree } from './localeTree.js';
import { matchLocale } from './matchLocale.js';
import type { CallLocales } from './resolveSurfaceStrings.js';

/**
 * The call's strings (banner, toast, panel, report: the network family and the surfaces it shares) as a locale tree,
 * loaded on demand. Its tables are whole `CallDiagnosticsStrings`; the tree is typed by the part every surface reads
 * (`BannerStrings`), and its built-in table is that part, so the banner's chunk holds no other en-US words (each
 * surface merges a table over its own part).
 */
export const callStrings = createLocaleTree<BannerStrings>('call', bannerEnUS, LOCALE_LOADERS);

/** The tree and the matching rules. */
export const CALL_LOCALES: CallLocales = { callStrings, matchLocale };

// Evaluated: the banner's chunk reads them from here on (`callLocaleChunk`), fetched or not.
registerCallLocales(CALL_LOCALES);
