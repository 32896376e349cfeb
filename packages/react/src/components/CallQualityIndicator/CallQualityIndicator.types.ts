import type { QualityAssessment, QualityMonitor } from '@call-diagnostics/core';

/** Props of {@link CallQualityIndicator}. */
export interface CallQualityIndicatorProps {
  /** Your own quality monitor; defaults to the provider's call. */
  readonly monitor?: QualityMonitor | undefined;
  /** Merged last over the indicator's class. */
  readonly className?: string;
}

/** What the indicator shows, decided by `useCallQualityIndicator_unstable`. */
export interface CallQualityIndicatorState {
  /** The assessment behind it. */
  readonly assessment: QualityAssessment;
  /** `good`, `fair`, `poor` or `unknown`. */
  readonly level: QualityAssessment['level'];
  /** How many of the three bars are filled: 3 good, 2 fair, 1 poor, 0 unknown. */
  readonly bars: 0 | 1 | 2 | 3;
  /** The accessible name: "Network quality: poor — packet loss (receiving)". Empty until the strings have arrived. */
  readonly label: string;
  /** The tooltip's lines: the title, the MOS and the figures of the last sample. */
  readonly figures: readonly string[];
  /** The polite announcement of the last level change (empty on the first render and until a change). */
  readonly announcement: string;
  /** The indicator's class. */
  readonly className: string | undefined;
}
