import { type CallDiagnosticsStrings, enUS } from './en-US.js';
import { type LocaleMap, matchLocale } from './matchLocale.js';

export { candidateTags, type LocaleMap, localeDirection } from './matchLocale.js';

/** What {@link resolveLocale} found. */
export interface ResolvedLocale {
  /** The strings of that locale (en-US where it has none). */
  readonly strings: CallDiagnosticsStrings;
  /** The tag of the locale used. */
  readonly tag: string;
  /** False when nothing matched and en-US was used. */
  readonly matched: boolean;
}

/**
 * Finds the locale for a BCP-47 tag: the exact tag, then by language (`de` → de-DE, `pt` → pt-BR, `zh-Hant` and
 * `zh-HK` → zh-TW, `es-419` → es-MX, `no`/`nn` → nb-NO), then any locale of the same language in the map; en-US when
 * nothing matches (`matched: false`).
 */
export function resolveLocale(tag: string, available: LocaleMap): ResolvedLocale {
  const found = matchLocale(tag, available);
  return { ...found, strings: found.strings ?? enUS };
}
