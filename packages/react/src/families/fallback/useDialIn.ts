import type { DialInInfo } from '@call-diagnostics/core';
import { useContext, useMemo } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { resolveDialIn } from './resolveDialIn.js';
import { sameDialIn, selectDialIn } from './selectDialIn.js';

/**
 * The meeting's dial-in details: the provider's `dialIn` (checked; malformed ones are dropped with a development
 * message), else what the call told (a Teams meeting's audio conferencing, read once it connected). Undefined when
 * neither is known. "An argument beats the context": pass `diagnostics` outside a provider.
 */
export function useDialIn(diagnostics?: DiagnosticsSourceLike): DialInInfo | undefined {
  const given = useContext(CallDiagnosticsContext)?.dialIn;
  const fromCall = useDiagnosticsSelector(selectDialIn, diagnostics, sameDialIn);
  return useMemo(() => resolveDialIn(given, fromCall), [given, fromCall]);
}
