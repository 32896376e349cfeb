import type { ReactElement } from 'react';
import type { CallReadinessCheckProps } from './CallReadinessCheck.types.js';
import { CallReadinessCheckBoundary } from './CallReadinessCheckBoundary.js';
import { CallReadinessCheckImpl } from './CallReadinessCheckImpl.js';
import { loadReadinessStrings } from './useReadinessStrings.js';

/**
 * A pre-join readiness check for a lobby or configuration screen: one row per check (browser, microphone and camera,
 * call media servers, call service, recent calls) with its status in words and a marker, progress while it runs,
 * the verdict, what was not tested, "Start the check" / "Run again", "Cancel", "Allow camera and microphone" when
 * access is needed, "Join" / "Join anyway" with `onJoin`, and the IT-admin text when the network blocks calls.
 *
 * It runs `createReadinessCheck` from `@call-diagnostics/core` (or shows the `check` you pass), works without a
 * `CallDiagnosticsProvider` and before any call exists. Its code is part of the page that renders it and of no other:
 * a bundler leaves it out of an app that never renders it, and the package opens no chunk for it (a dynamic `import()`
 * in the package would be bundled by esbuild into every app, used or not). To fetch it only on the lobby's route, split
 * that route in your app (`React.lazy`). If its view throws, the check is hidden and your page stays up; a render at
 * least 3 s later draws it again.
 */
export function CallReadinessCheck(props: CallReadinessCheckProps): ReactElement {
  return (
    <CallReadinessCheckBoundary>
      <CallReadinessCheckImpl {...props} />
    </CallReadinessCheckBoundary>
  );
}

/**
 * With a `locale`, fetches that locale's readiness strings, so `CallReadinessCheck` shows them at once when rendered:
 * call it when the lobby route starts loading. Resolves when loaded (at once without a locale or for en-US); a failed
 * fetch rejects and the next call tries again.
 */
export async function preloadCallReadinessCheck(locale?: string): Promise<void> {
  if (locale) await loadReadinessStrings(locale);
}
