import { isDevelopment } from '@call-diagnostics/core/internal';
import { useContext } from 'react';
import { CallDiagnosticsContext, type CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';
import type { CallDiagnosticsStrings } from '../localization/en-US.js';
import { lazyLocaleKey, useLazyLocale } from '../localization/lazyLocale.js';
import { matchLocale } from '../localization/matchLocale.js';
import { defaultStrings, mergeStrings } from '../localization/strings.js';

// One resolution per provider context value (which changes only with the locale, the map or the overrides) and
// loaded table (a tag without a map: undefined, then the table once its module has arrived).
const resolved = new WeakMap<
  CallDiagnosticsContextValue,
  { readonly table: CallDiagnosticsStrings | undefined; readonly strings: CallDiagnosticsStrings }
>();

// The locale warning is development-only: `isDevelopment() && process.env.NODE_ENV !== 'production'` (core's dev.ts)
// folds away in production builds, where bundlers replace `process.env.NODE_ENV`.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

function resolve(
  context: CallDiagnosticsContextValue,
  table: CallDiagnosticsStrings | undefined,
): CallDiagnosticsStrings {
  const { locale, locales } = context;
  let strings: CallDiagnosticsStrings | undefined;
  if (typeof locale === 'string') {
    // A map is used as given (no import); without one the tag's module is loaded on demand (`table` once it has).
    const found = locales ? matchLocale(locale, locales) : { strings: table, matched: lazyLocaleKey(locale).matched };
    if (!found.matched && isDevelopment() && process.env.NODE_ENV !== 'production') {
      console.warn(
        `[call-diagnostics] CallDiagnosticsProvider: no locale for "${locale}"${locales ? ' in `locales`' : ''}; using en-US. ${locales ? 'Add it to the map' : 'The kit has the 24 locales of `localeTags`'}, or pass a locale object.`,
      );
    }
    strings = found.strings;
  } else {
    strings = locale;
  }
  // Over en-US first: a locale object made for an older version of the kit still shows every message.
  return mergeStrings(mergeStrings(defaultStrings, strings as never), context.overrides);
}

/**
 * The strings to show: en-US, then the provider's locale over it, then the provider's `strings` overrides. en-US
 * outside a provider. A tag without a `locales` map loads that locale's module on demand (en-US until it arrives);
 * an unknown tag falls back to en-US with a development warning.
 */
export function useDiagnosticsStrings(): CallDiagnosticsStrings {
  const context = useContext(CallDiagnosticsContext);
  const table = useLazyLocale(typeof context?.locale === 'string' && !context.locales ? context.locale : undefined);
  if (!context) return defaultStrings;
  let entry = resolved.get(context);
  if (!entry || entry.table !== table) {
    entry = { table, strings: resolve(context, table) };
    resolved.set(context, entry);
  }
  return entry.strings;
}
