// Resolves a surface's strings from the provider's context: the surface's part of en-US, the provider's locale over it,
// its `strings` overrides over that. The locale tree and the matching rules come as an argument (`CallLocales`): the
// panel has them at once, the banner's chunk fetches them only for a locale tag or a `locales` map.
import { isDevelopment } from '@call-diagnostics/core/internal';
import type { CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';
import type { callStrings } from './callLocaleTree.js';
import type { matchLocale } from './matchLocale.js';
import { mergeStrings } from './strings.js';

/** What a locale tag needs: the call's locale tree and the matching rules (`callLocaleTree.ts`). */
export interface CallLocales {
  readonly callStrings: typeof callStrings;
  readonly matchLocale: typeof matchLocale;
}

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

/** The tag whose table is loaded on demand: a tag without a `locales` map. */
export function lazyTag(context: CallDiagnosticsContextValue | undefined): string | undefined {
  return typeof context?.locale === 'string' && !context.locales ? context.locale : undefined;
}

function localeTable(
  context: CallDiagnosticsContextValue,
  table: object | undefined,
  locales: CallLocales | undefined,
): object | undefined {
  const { locale } = context;
  if (typeof locale !== 'string') return locale;
  if (!locales) return undefined;
  // A map is used as given (no import); without one the tag's module is loaded on demand (`table` once it has).
  const found = context.locales
    ? locales.matchLocale(locale, context.locales)
    : { strings: table, matched: locales.callStrings.key(locale).matched };
  if (!found.matched && isDevelopment() && process.env.NODE_ENV !== 'production' && !warned.has(context)) {
    warned.add(context);
    console.warn(
      `[call-diagnostics] CallDiagnosticsProvider: no locale for "${locale}"${context.locales ? ' in `locales`' : ''}; using en-US. ${context.locales ? 'Add it to the map' : 'The kit has the 24 locales of `localeTags`'}, or pass a locale object.`,
    );
  }
  return found.strings;
}

/**
 * A surface's strings, of the shape of `base` (its part of en-US): `base`, then the provider's locale over it, then the
 * provider's `strings` overrides, each pruned to the keys of `base` (so a surface's strings hold its own words and no
 * others). Over en-US first: a locale object made for an older version of the kit still shows every message. `base`
 * outside a provider. Cached per context, table and `base`.
 */
export function resolveSurfaceStrings<T extends object>(
  context: CallDiagnosticsContextValue | undefined,
  table: object | undefined,
  base: T,
  locales: CallLocales | undefined,
): T {
  if (!context) return base;
  let forContext = resolved.get(context);
  if (!forContext) {
    forContext = new Map();
    resolved.set(context, forContext);
  }
  let entry = forContext.get(base);
  if (!entry || entry.table !== table) {
    const strings = localeTable(context, table, locales);
    entry = { table, strings: mergeStrings(mergeStrings(base, strings as never), context.overrides as never) };
    forContext.set(base, entry);
  }
  return entry.strings as T;
}
