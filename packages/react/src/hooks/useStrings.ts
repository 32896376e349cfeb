import { isDevelopment } from '@call-diagnostics/core';
import { useContext } from 'react';
import { CallDiagnosticsContext, type CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';
import type { CallDiagnosticsStrings } from '../localization/en-US.js';
import { matchLocale } from '../localization/matchLocale.js';
import { defaultStrings, mergeStrings } from '../localization/strings.js';

// One resolution per provider context value (which changes only with the locale, the map or the overrides).
const resolved = new WeakMap<CallDiagnosticsContextValue, CallDiagnosticsStrings>();

// The locale warning is development-only: `isDevelopment() && process.env.NODE_ENV !== 'production'` (core's dev.ts)
// folds away in production builds, where bundlers replace `process.env.NODE_ENV`.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

function resolve(context: CallDiagnosticsContextValue): CallDiagnosticsStrings {
  const { locale, locales } = context;
  let strings: CallDiagnosticsStrings | undefined;
  if (typeof locale === 'string') {
    const found = matchLocale(locale, locales ?? {});
    if (!found.matched && isDevelopment() && process.env.NODE_ENV !== 'production') {
      console.warn(
        `[call-diagnostics] CallDiagnosticsProvider: no locale for "${locale}"${locales ? '' : ' (no `locales` map given)'}; using en-US. Pass \`locales\` (import { locales } from '@call-diagnostics/react'), or a locale object.`,
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
 * outside a provider. An unknown locale tag falls back to en-US with a development warning.
 */
export function useDiagnosticsStrings(): CallDiagnosticsStrings {
  const context = useContext(CallDiagnosticsContext);
  if (!context) return defaultStrings;
  let strings = resolved.get(context);
  if (!strings) {
    strings = resolve(context);
    resolved.set(context, strings);
  }
  return strings;
}
