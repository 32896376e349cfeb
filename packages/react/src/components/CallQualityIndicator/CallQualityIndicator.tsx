import type { ReactElement } from 'react';
import type { CallQualityIndicatorProps } from './CallQualityIndicator.types.js';
import { CallQualityIndicatorView } from './CallQualityIndicatorView.js';
import { useCallQualityIndicator_unstable } from './useCallQualityIndicator.js';

/**
 * The call's network quality as three bars (good, fair, poor; empty while nothing is measured), with an accessible
 * name that says the level and why ("Network quality: poor — packet loss (receiving)"), a tooltip with the last
 * sample's figures, and a polite announcement once per level change. Inside a `CallDiagnosticsProvider` it follows the
 * provider's call (a media statistics collector opened while it is shown), or give it a `monitor`. Its code is part of
 * the page that renders it (a bundler leaves it out of an app that never does); it draws nothing on the server and
 * until hydrated, then at once.
 */
export function CallQualityIndicator(props: CallQualityIndicatorProps): ReactElement | null {
  return <CallQualityIndicatorView state={useCallQualityIndicator_unstable(props)} />;
}
