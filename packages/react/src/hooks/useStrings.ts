import { useContext } from 'react';
import { CallDiagnosticsContext } from '../context/CallDiagnosticsContext.js';
import type { CallDiagnosticsStrings } from '../localization/en-US.js';
import { defaultStrings } from '../localization/strings.js';

/** The provider's strings, or en-US outside a provider. */
export function useDiagnosticsStrings(): CallDiagnosticsStrings {
  return useContext(CallDiagnosticsContext)?.strings ?? defaultStrings;
}
