/**
 * Development-only console messages: what a source hit and how to fix it. Called only behind
 * `isDevelopment() && process.env.NODE_ENV !== 'production'`, so a production build drops them with their text.
 */
import type { DiagnosticEvent } from './events.js';
import { redactText } from './report/redact.js';
import type { RedactRule } from './report/secrets.js';

type SourceIssueEvent = Extract<DiagnosticEvent, { type: 'sourceIssue' }>;

/** How to fix what each `sourceIssue` reason says. */
const FIX: Readonly<Record<string, string>> = {
  'ufd-feature-unavailable':
    "the call's user-facing diagnostics could not be followed. Fix: pass features={Features} to CallDiagnosticsProvider (or `features: Features` to createCallDiagnostics), the `Features` export of the calling SDK.",
  'ufd-feature-threw':
    "call.feature() threw for UserFacingDiagnostics. Fix: pass features={Features} (the calling SDK's Features); a test double's feature() must accept Features.UserFacingDiagnostics (or set DUCK_TYPED_FEATURES on it).",
  'get-latest-threw':
    'reading the SDK object threw (often: it was already disposed). Fix: attach the live call or adapter.',
  'subscribe-threw':
    "subscribing to the SDK object's events threw (often: it was already disposed). Fix: attach the live object.",
  'handler-threw':
    'reading the SDK object inside one of its events threw; that event was skipped, the diagnosis goes on.',
  'source-load-failed':
    "the code that follows this kind of call holder could not be fetched (a flaky network, or a redeploy that renamed the app's chunks); attaching again tries again.",
};

/**
 * The console line for a source issue: `[call-diagnostics] <reason>: <detail> — <how to fix it>`. The SDK's text can
 * quote tokens, URLs with credentials and personal data: it is redacted as a support report is (secrets and the app's
 * rules always, personal data unless `keepPersonalData`).
 */
export function sourceIssueMessage(
  event: SourceIssueEvent,
  rules: readonly RedactRule[] | undefined,
  keepPersonalData: boolean | undefined,
): string {
  const detail = redactText(event.detail ?? '', rules, keepPersonalData);
  return `[call-diagnostics] ${event.reason}: ${detail} — ${FIX[event.reason] ?? ''}`;
}

/** Says once per reason (per diagnostics object, in `said`) on the console what a source hit and how to fix it. */
export function warnSourceIssue(
  event: DiagnosticEvent,
  said: Set<string>,
  options: { readonly redact?: readonly RedactRule[] | undefined; readonly keepPersonalData?: boolean | undefined },
): void {
  if (event.type !== 'sourceIssue' || said.has(event.reason)) return;
  said.add(event.reason);
  console.warn(sourceIssueMessage(event, options.redact, options.keepPersonalData));
}
