export { CallReadinessCheck, preloadCallReadinessCheck } from './CallReadinessCheck.js';
export type {
  CallReadinessAction,
  CallReadinessCheckClasses,
  CallReadinessCheckProps,
  CallReadinessCheckState,
  CallReadinessRow,
  CallReadinessRowStatus,
} from './CallReadinessCheck.types.js';
export {
  formatReadinessAdminText,
  formatReadinessReason,
  formatReadinessUntested,
  isBlockedByNetwork,
} from './formatReadiness.js';
export { renderCallReadinessCheck_unstable } from './renderCallReadinessCheck.js';
export { useCallReadinessCheck_unstable } from './useCallReadinessCheck.js';
export {
  callReadinessCheckClassNames,
  useCallReadinessCheckStyles_unstable,
} from './useCallReadinessCheckStyles.styles.js';
