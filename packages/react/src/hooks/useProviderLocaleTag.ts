import { useContext } from 'react';
import { CallDiagnosticsContext } from '../context/CallDiagnosticsContext.js';

/** The provider's locale as a tag (the tag given, or a locale object's `locale`); undefined outside a provider. */
export function useProviderLocaleTag(): string | undefined {
  const locale = useContext(CallDiagnosticsContext)?.locale;
  return typeof locale === 'string' ? locale : locale?.locale;
}
