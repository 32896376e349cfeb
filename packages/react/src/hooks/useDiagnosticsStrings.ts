import { type CallDiagnosticsStrings, enUS } from '../localization/en-US.js';
import { useSurfaceStrings } from '../localization/useSurfaceStrings.js';

/**
 * The strings to show: en-US, then the provider's locale over it, then the provider's `strings` overrides. en-US
 * outside a provider. A tag without a `locales` map loads that locale's module on demand (en-US until it arrives);
 * an unknown tag falls back to en-US with a development warning.
 */
export function useDiagnosticsStrings(): CallDiagnosticsStrings {
  return useSurfaceStrings(enUS);
}
