import { useContext, useEffect, useMemo, useReducer } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { candidateTags } from '../../localization/matchLocale.js';
import { type ReadinessStrings, readinessEnUS } from '../../localization/readiness/en-US.js';
import { READINESS_LOCALE_LOADERS } from '../../localization/readiness/locales.js';
import { mergeStrings, type PartialStrings } from '../../localization/strings.js';

const loaded = new Map<string, ReadinessStrings>();
const loading = new Map<string, Promise<ReadinessStrings>>();

/** The key of `READINESS_LOCALE_LOADERS` for a BCP-47 tag (`de` → `de-DE`), or undefined for en-US / no match. */
function readinessLocaleKey(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const keys = new Map(Object.keys(READINESS_LOCALE_LOADERS).map((k) => [k.toLowerCase(), k]));
  for (const candidate of candidateTags(tag)) {
    if (candidate === 'en-US') return undefined;
    const key = keys.get(candidate.toLowerCase());
    if (key) return key;
  }
  return undefined;
}

/**
 * Loads the readiness strings of a locale (once; a failed load is tried again on the next call). Resolves en-US for
 * en-US or a tag without a table.
 */
export function loadReadinessStrings(tag: string | undefined): Promise<ReadinessStrings> {
  const key = readinessLocaleKey(tag);
  const loader = key ? READINESS_LOCALE_LOADERS[key] : undefined;
  if (!key || !loader) return Promise.resolve(readinessEnUS);
  const cached = loaded.get(key);
  if (cached) return Promise.resolve(cached);
  let promise = loading.get(key);
  if (!promise) {
    promise = loader().then(
      (strings) => {
        loaded.set(key, strings);
        loading.delete(key);
        return strings;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** The provider's locale as a tag, when inside a `CallDiagnosticsProvider`. */
function useProviderLocale(): string | undefined {
  const locale = useContext(CallDiagnosticsContext)?.locale;
  return typeof locale === 'string' ? locale : locale?.locale;
}

/**
 * The readiness strings to show: en-US, then the locale's table over it once loaded (en-US until then, or when the
 * load fails), then the overrides. `locale` defaults to the provider's.
 */
export function useReadinessStrings(
  locale: string | undefined,
  overrides: PartialStrings<ReadinessStrings> | undefined,
): ReadinessStrings {
  const providerLocale = useProviderLocale();
  const key = readinessLocaleKey(locale ?? providerLocale);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const table = key ? loaded.get(key) : undefined;
  useEffect(() => {
    if (!key || loaded.has(key)) return;
    let live = true;
    loadReadinessStrings(key).then(
      () => live && rerender(),
      () => undefined, // en-US stays
    );
    return () => {
      live = false;
    };
  }, [key]);
  return useMemo(() => mergeStrings(mergeStrings(readinessEnUS, table as never), overrides), [table, overrides]);
}
