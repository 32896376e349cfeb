import { type ReactElement, Suspense } from 'react';
import type { CallReadinessCheckProps } from './CallReadinessCheck.types.js';
import { LoadedCallReadinessCheck, loadCallReadinessCheck } from './loadCallReadinessCheck.js';

/**
 * A pre-join readiness check for a lobby or configuration screen: one row per check (browser, microphone and camera,
 * call media servers, call service, recent calls) with its status in words and a marker, progress while it runs,
 * the verdict, what was not tested, "Start the check" / "Run again", "Cancel", "Allow camera and microphone" when
 * access is needed, "Join" / "Join anyway" with `onJoin`, and the IT-admin text when the network blocks calls.
 *
 * It runs `createReadinessCheck` from `@call-diagnostics/core` (or shows the `check` you pass), works without a
 * `CallDiagnosticsProvider` and before any call exists. Its code (Fluent view and strings) is a chunk of its own,
 * fetched when it first renders (nothing is shown until then); call {@link preloadCallReadinessCheck} earlier to have
 * it at once.
 */
export function CallReadinessCheck(props: CallReadinessCheckProps): ReactElement {
  return (
    <Suspense fallback={null}>
      <LoadedCallReadinessCheck {...props} />
    </Suspense>
  );
}

/**
 * Fetches `CallReadinessCheck`'s chunk (and, with a `locale`, that locale's readiness strings), so it shows at once
 * when rendered: call it when the lobby route starts loading. Resolves when loaded; a failed fetch rejects and the next
 * call tries again.
 */
export async function preloadCallReadinessCheck(locale?: string): Promise<void> {
  const loaded = await loadCallReadinessCheck();
  if (locale) await loaded.loadStrings(locale);
}
