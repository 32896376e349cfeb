import type { ReactElement } from 'react';
import { createChunk, useOptionalChunk } from '../../hooks/useChunk.js';
import type { CallQualityIndicatorProps } from './CallQualityIndicator.types.js';
import { useCallQualityIndicator_unstable } from './useCallQualityIndicator.js';

/** The indicator's view (Fluent's Tooltip, the bars' styles), a chunk of its own. */
const viewChunk = createChunk(() => import('./CallQualityIndicatorView.js'));

/**
 * The call's network quality as three bars (good, fair, poor; empty while nothing is measured), with an accessible
 * name that says the level and why ("Network quality: poor — packet loss (receiving)"), a tooltip with the last
 * sample's figures, and a polite announcement once per level change. Inside a `CallDiagnosticsProvider` it follows the
 * provider's call (a media statistics collector opened while it is shown), or give it a `monitor`. Its view and words
 * are chunks of their own, fetched when it first renders; nothing is drawn until then.
 */
export function CallQualityIndicator(props: CallQualityIndicatorProps): ReactElement | null {
  const state = useCallQualityIndicator_unstable(props);
  const view = useOptionalChunk(viewChunk, true);
  return view ? <view.CallQualityIndicatorView state={state} /> : null;
}
