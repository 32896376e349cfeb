import type { ReactElement } from 'react';
import { useChunk } from '../../hooks/useChunk.js';
import type { CallReadinessCheckProps } from './CallReadinessCheck.types.js';
import { CallReadinessCheckBoundary } from './CallReadinessCheckBoundary.js';
import { callReadinessCheckChunk } from './callReadinessCheckChunk.js';

/** The Fluent view once its chunk has arrived (nothing before); a failed download is thrown to the boundary. */
function LoadedCallReadinessCheck(props: CallReadinessCheckProps): ReactElement | null {
  const loaded = useChunk(callReadinessCheckChunk);
  return loaded ? <loaded.CallReadinessCheckImpl {...props} /> : null;
}

/**
 * A pre-join readiness check for a lobby or configuration screen: one row per check (browser, microphone and camera,
 * call media servers, call service, recent calls) with its status in words and a marker, progress while it runs,
 * the verdict, what was not tested, "Start the check" / "Run again", "Cancel", "Allow camera and microphone" when
 * access is needed, "Join" / "Join anyway" with `onJoin`, and the IT-admin text when the network blocks calls.
 *
 * It runs `createReadinessCheck` from `@call-diagnostics/core` (or shows the `check` you pass), works without a
 * `CallDiagnosticsProvider` and before any call exists. Its code (Fluent view and strings) is a chunk of its own,
 * fetched when it first renders (nothing is shown until then); call {@link preloadCallReadinessCheck} earlier to have
 * it at once. If the chunk cannot be downloaded (or the view throws), the check is hidden and your page stays up; a
 * render at least 3 s later downloads it again.
 */
export function CallReadinessCheck(props: CallReadinessCheckProps): ReactElement {
  return (
    <CallReadinessCheckBoundary>
      <LoadedCallReadinessCheck {...props} />
    </CallReadinessCheckBoundary>
  );
}

/**
 * Fetches `CallReadinessCheck`'s chunk (and, with a `locale`, that locale's readiness strings), so it shows at once
 * when rendered: call it when the lobby route starts loading. Resolves when loaded; a failed fetch rejects and the next
 * call tries again.
 */
export async function preloadCallReadinessCheck(locale?: string): Promise<void> {
  const loaded = await callReadinessCheckChunk.load();
  if (locale) await loaded.loadReadinessStrings(locale);
}
