import { useContext } from 'react';
import { CallDiagnosticsContext } from '../context/CallDiagnosticsContext.js';
import { useOptionalChunk as useLazyModule } from '../hooks/useChunk.js';
import { type BannerStrings, bannerEnUS } from './bannerStrings.js';
import { callLocaleChunk } from './callLocaleChunk.js';
import { lazyTag, resolveSurfaceStrings } from './resolveSurfaceStrings.js';
import { useLocaleTree } from './useLocaleTree.js';

/**
 * The banner's and the toast's strings (`BannerStrings`: the banner, the toast and the network family's words),
 * resolved as `useDiagnosticsStrings()` resolves the whole table (en-US, the provider's locale, its overrides), without
 * the panel's words: the chunk the provider fetches on every mount carries only these. For a locale tag (with or
 * without a `locales` map) the locale tree and matching rules are fetched first (`callLocaleChunk`): undefined until
 * they have arrived (the surfaces show nothing meanwhile), then en-US until the tag's table has, as before.
 */
export function useBannerStrings(): BannerStrings | undefined {
  const context = useContext(CallDiagnosticsContext);
  const needed = typeof context?.locale === 'string';
  const locales = useLazyModule(callLocaleChunk, needed);
  const table = useLocaleTree(locales?.callStrings, lazyTag(context));
  if (needed && !locales) return undefined;
  return resolveSurfaceStrings(context, table, bannerEnUS, locales);
}
