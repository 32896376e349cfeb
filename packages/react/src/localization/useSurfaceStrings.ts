import { useContext } from 'react';
import { CallDiagnosticsContext } from '../context/CallDiagnosticsContext.js';
import { CALL_LOCALES } from './callLocaleTree.js';
import { useLazyLocale } from './lazyLocale.js';
import { lazyTag, resolveSurfaceStrings } from './resolveSurfaceStrings.js';

/**
 * The strings a surface shows, of the shape of `base` (its part of en-US: the whole `enUS` for the panel), with the
 * locale tree at hand (see `resolveSurfaceStrings`). A tag without a `locales` map loads that locale's module on demand
 * (`base` until it arrives); an unknown tag falls back to en-US with a development warning.
 */
export function useSurfaceStrings<T extends object>(base: T): T {
  const context = useContext(CallDiagnosticsContext);
  const table = useLazyLocale(lazyTag(context));
  return resolveSurfaceStrings(context, table, base, CALL_LOCALES);
}
