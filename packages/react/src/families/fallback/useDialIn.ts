import type { DialInInfo } from '@call-diagnostics/core';
import { isDevelopment, normalizeDialIn } from '@call-diagnostics/core/internal';
import { useContext, useMemo } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';

// Development-only message (core's dev.ts): folds away in production builds.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Problems already said, so a provider that renders often says each once. */
const said = new Set<string>();

/** The app's `dialIn`, checked: undefined (and a development message) when malformed. */
function checked(dialIn: unknown): DialInInfo | undefined {
  if (dialIn === undefined) return undefined;
  const { info, problem } = normalizeDialIn(dialIn);
  if (problem && !said.has(problem) && isDevelopment() && process.env.NODE_ENV !== 'production') {
    said.add(problem);
    console.error(`[call-diagnostics] CallDiagnosticsProvider: ${problem}; "Join by phone" is not offered.`);
  }
  return info;
}

const selectDialIn = (state: { readonly dialIn?: DialInInfo | undefined }) => state.dialIn;
const same = (a: unknown, b: unknown) => a === b;

/**
 * The meeting's dial-in details: the provider's `dialIn` (checked; malformed ones are dropped with a development
 * message), else what the call told (a Teams meeting's audio conferencing, read once it connected). Undefined when
 * neither is known. "An argument beats the context": pass `diagnostics` outside a provider.
 */
export function useDialIn(diagnostics?: DiagnosticsSourceLike): DialInInfo | undefined {
  const given = useContext(CallDiagnosticsContext)?.dialIn;
  const app = useMemo(() => checked(given), [given]);
  const fromCall = useDiagnosticsSelector(selectDialIn, diagnostics, same);
  return app ?? fromCall;
}
