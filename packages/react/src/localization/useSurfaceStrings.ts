import { isDevelopment } from '@call-diagnostics/core/internal';
import { useContext } from 'react';
import { CallDiagnosticsContext, type CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';
import { lazyLocaleKey, useLazyLocale } from './lazyLocale.js';
import { matchLocale } from './matchLocale.js';
import { mergeStrings } from './strings.js';

// One resolution per provider context value (which changes only with the locale, the map or the overrides), loaded
// table (a tag without a map: undefined, then the table once its module has arrived) and surface part (`base`).
const resolved = new WeakMap<
  CallDiagnosticsContextValue,
  Map<object, { readonly table: object | undefined; readonly strings: object }>
>();

// Contexts whose locale was reported as unknown: one warning per provider value, whichever surfaces resolve it.
const warned = new WeakSet<CallDiagnosticsContextValue>();

// The locale warning is development-only: `isDevelopment() && process.env.NODE_ENV !== 'production'` (core's dev.ts)
// folds away in production builds, where bundlers replace `process.env.NODE_ENV`.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

function resolve<T extends object>(context: CallDiagnosticsContextValue, table: object | undefined, base: T): T {
  const { locale, locales } = context;
  let strings: object | undefined;
  if (typeof locale === 'string') {
    // A map is used as given (no import); without one the tag's module is loaded on demand (`table` once it has).
    const found = locales ? matchLocale(locale, locales) : { strings: table, matched: lazyLocaleKey(locale).matched };
    if (!found.matched && isDevelopment() && process.env.NODE_ENV !== 'production' && !warned.has(context)) {
      warned.add(context);
      console.warn(
        `[call-diagnostics] CallDiagnosticsProvider: no locale for "${locale}"${locales ? ' in `locales`' : ''}; using en-US. ${locales ? 'Add it to the map' : 'The kit has the 24 locales of `localeTags`'}, or pass a locale object.`,
      );
    }
    strings = found.strings;
  } else {
    strings = locale;
  }
  // Over en-US first: a locale object made for an older version of the kit still shows every message. Only the keys of
  // `base` are taken from the locale and the overrides, so a surface's strings hold its own words and no others.
  return mergeStrings(mergeStrings(base, strings as never), context.overrides as never);
}

/**
 * The strings a surface shows, of the shape of `base` (its part of en-US: `bannerEnUS` for the banner and the toast,
 * the whole `enUS` for the panel): `base`, then the provider's locale over it, then the provider's `strings`
 * overrides, each pruned to the keys of `base`. `base` outside a provider. A tag without a `locales` map loads that
 * locale's module on demand (`base` until it arrives); an unknown tag falls back to en-US with a development warning.
 */
export function useSurfaceStrings<T extends object>(base: T): T {
  const context = useContext(CallDiagnosticsContext);
  const table = useLazyLocale(typeof context?.locale === 'string' && !context.locales ? context.locale : undefined);
  if (!context) return base;
  let forContext = resolved.get(context);
  if (!forContext) {
    forContext = new Map();
    resolved.set(context, forContext);
  }
  let entry = forContext.get(base);
  if (!entry || entry.table !== table) {
    entry = { table, strings: resolve(context, table, base) };
    forContext.set(base, entry);
  }
  return entry.strings as T;
}
