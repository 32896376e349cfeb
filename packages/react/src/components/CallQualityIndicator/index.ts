export { CallQualityIndicator } from './CallQualityIndicator.js';
export type { CallQualityIndicatorProps, CallQualityIndicatorState } from './CallQualityIndicator.types.js';
export { renderCallQualityIndicator_unstable } from './renderCallQualityIndicator.js';
export { useCallQualityIndicator_unstable } from './useCallQualityIndicator.js';
export {
  callQualityIndicatorClassNames,
  useCallQualityIndicatorStyles_unstable,
} from './useCallQualityIndicatorStyles.styles.js';
