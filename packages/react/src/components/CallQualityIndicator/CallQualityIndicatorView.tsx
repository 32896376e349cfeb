import type { ReactElement } from 'react';
import type { CallQualityIndicatorState } from './CallQualityIndicator.types.js';
import { renderCallQualityIndicator_unstable } from './renderCallQualityIndicator.js';
import { useCallQualityIndicatorStyles_unstable } from './useCallQualityIndicatorStyles.styles.js';

/** The indicator's Fluent view: styles and markup. */
export function CallQualityIndicatorView({
  state,
}: {
  readonly state: CallQualityIndicatorState;
}): ReactElement | null {
  return renderCallQualityIndicator_unstable(state, useCallQualityIndicatorStyles_unstable(state));
}
