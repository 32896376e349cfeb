import { type BannerStrings, bannerEnUS } from './bannerStrings.js';
import { useSurfaceStrings } from './useSurfaceStrings.js';

/**
 * The banner's and the toast's strings (`BannerStrings`: the banner, the toast and the network family's words), resolved
 * as `useDiagnosticsStrings()` resolves the whole table (en-US, the provider's locale, its overrides), without the
 * panel's words: the chunk the provider fetches on every mount carries only these.
 */
export function useBannerStrings(): BannerStrings {
  return useSurfaceStrings(bannerEnUS);
}
