import type { CallDiagnosticsStrings } from './en-US.js';

/** Locales by BCP-47 tag (`'de-DE'`), as `locales` from `@call-diagnostics/react/locales` holds them. */
export type LocaleMap = Readonly<Record<string, CallDiagnosticsStrings>>;

/** The tag a language alone (or a script/region the kit has no file for) falls back to. */
const LANGUAGE_DEFAULTS: Readonly<Record<string, string>> = {
  ar: 'ar-SA',
  cs: 'cs-CZ',
  cy: 'cy-GB',
  de: 'de-DE',
  en: 'en-US',
  es: 'es-ES',
  fi: 'fi-FI',
  fr: 'fr-FR',
  he: 'he-IL',
  iw: 'he-IL',
  it: 'it-IT',
  ja: 'ja-JP',
  ko: 'ko-KR',
  nb: 'nb-NO',
  no: 'nb-NO',
  nn: 'nb-NO',
  nl: 'nl-NL',
  pl: 'pl-PL',
  pt: 'pt-BR',
  ru: 'ru-RU',
  sv: 'sv-SE',
  tr: 'tr-TR',
  zh: 'zh-CN',
};

/** Regions that read Traditional Chinese. */
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);
/** Spanish of the Americas: closer to es-MX than to es-ES. */
const LATIN_AMERICAN_SPANISH = new Set(['419', 'mx', 'us', 'ar', 'co', 'cl', 'pe', 've', 'ec', 'gt', 'cu', 'bo', 'do']);

/** The tags to try for a requested tag, most specific first. */
export function candidateTags(tag: string): string[] {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = (parts[0] ?? '').toLowerCase();
  const rest = parts.slice(1).map((part) => part.toLowerCase());
  const script = rest.find((part) => part.length === 4);
  const region = rest.find((part) => part.length === 2 || /^\d{3}$/.test(part));
  const out: string[] = [];
  if (language && region) out.push(`${language}-${region.toUpperCase()}`);
  if (language === 'zh') {
    const traditional = script === 'hant' || (script !== 'hans' && !!region && TRADITIONAL_CHINESE_REGIONS.has(region));
    out.push(traditional ? 'zh-TW' : 'zh-CN');
  }
  if (language === 'es' && region && LATIN_AMERICAN_SPANISH.has(region)) out.push('es-MX');
  if (language === 'fr' && region === 'ca') out.push('fr-CA');
  const fallback = LANGUAGE_DEFAULTS[language];
  if (fallback) out.push(fallback);
  return out;
}

/** What {@link matchLocale} found: `strings` is undefined when it comes down to the built-in en-US. */
export interface MatchedLocale<T = CallDiagnosticsStrings> {
  readonly strings: T | undefined;
  readonly tag: string;
  readonly matched: boolean;
}

/**
 * Finds the locale for a BCP-47 tag: the exact tag, then by language (`de` → de-DE, `pt` → pt-BR, `zh-Hant` and
 * `zh-HK` → zh-TW, `es-419` → es-MX, `no`/`nn` → nb-NO), then any locale of the same language in the map; en-US when
 * nothing matches (`matched: false`). The map's values may be anything: the locale loaders are matched the same way.
 */
export function matchLocale<T = CallDiagnosticsStrings>(
  tag: string,
  available: Readonly<Record<string, T>>,
): MatchedLocale<T> {
  const byLowerTag = new Map(
    Object.entries(available).map(([key, value]) => [key.toLowerCase(), [key, value] as const]),
  );
  const candidates = candidateTags(tag);
  for (const candidate of candidates) {
    const hit = byLowerTag.get(candidate.toLowerCase());
    if (hit) return { strings: hit[1], tag: hit[0], matched: true };
  }
  // English with no English locale in the map: the built-in en-US.
  if (candidates.includes('en-US')) return { strings: undefined, tag: 'en-US', matched: true };
  const language = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  for (const [key, [original, strings]] of byLowerTag) {
    if (language && key.split('-')[0] === language) return { strings, tag: original, matched: true };
  }
  const english = byLowerTag.get('en-us');
  return { strings: english?.[1], tag: english?.[0] ?? 'en-US', matched: false };
}

/** The writing direction of a tag's language (Arabic, Hebrew, Persian, Urdu… read right to left). */
export function localeDirection(tag: string): 'ltr' | 'rtl' {
  const language = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return ['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug'].includes(language) ? 'rtl' : 'ltr';
}
