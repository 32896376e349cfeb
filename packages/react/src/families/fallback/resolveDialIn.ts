import type { DialInInfo } from '@call-diagnostics/core';
import { isDevelopment, normalizeDialIn } from '@call-diagnostics/core/internal';

// Development-only message (core's dev.ts): folds away in production builds.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** Problems already said, so a provider that renders often says each once. */
const said = new Set<string>();

/**
 * The dial-in details to offer: the app's (the provider's `dialIn`, checked: malformed ones are dropped with a
 * development message, said once), else what the call told (a Teams meeting's own).
 */
export function resolveDialIn(given: unknown, fromCall: DialInInfo | undefined): DialInInfo | undefined {
  if (given === undefined) return fromCall;
  const { info, problem } = normalizeDialIn(given);
  if (problem && !said.has(problem) && isDevelopment() && process.env.NODE_ENV !== 'production') {
    said.add(problem);
    console.error(`[call-diagnostics] CallDiagnosticsProvider: ${problem}; "Join by phone" is not offered.`);
  }
  return info ?? fromCall;
}
