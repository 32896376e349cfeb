/**
 * Helpers shared by the string-table tests (the main locales in `src/localization/locales.test.ts` and the readiness
 * check's own table in `src/localization/readiness/readinessLocales.test.ts`). Outside `src`, so never published.
 */

/** The 24 locales `@azure/communication-react` ships (DOMAIN.md). */
export const ACS_LOCALES: readonly string[] = [
  'ar-SA',
  'cs-CZ',
  'cy-GB',
  'de-DE',
  'en-GB',
  'en-US',
  'es-ES',
  'es-MX',
  'fi-FI',
  'fr-CA',
  'fr-FR',
  'he-IL',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'nb-NO',
  'nl-NL',
  'pl-PL',
  'pt-BR',
  'ru-RU',
  'sv-SE',
  'tr-TR',
  'zh-CN',
  'zh-TW',
];

/** Every string of a table by its dotted path (`banner.retry`); a non-string leaf shows as `<type>`. */
export function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else if (child && typeof child === 'object') for (const [p, v] of flatten(child, path)) out.set(p, v);
    else out.set(path, `<${typeof child}>`);
  }
  return out;
}

/** The `{placeholder}` names of a string, sorted. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

/**
 * Whether an English string is prose a translation must change: words of three letters or more once the
 * placeholders are gone. Not `{protocol} {ports} → {destinations}`, `UDP` or `, `, which every language writes alike.
 */
export const isProse = (english: string): boolean => /[a-z]{3,}/.test(english.replace(/\{\w+\}/g, ''));
