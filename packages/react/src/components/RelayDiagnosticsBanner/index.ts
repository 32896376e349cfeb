export { RelayDiagnosticsBanner } from './RelayDiagnosticsBanner.js';
export type {
  RelayDiagnosticsBannerAction,
  RelayDiagnosticsBannerClasses,
  RelayDiagnosticsBannerProps,
  RelayDiagnosticsBannerState,
} from './RelayDiagnosticsBanner.types.js';
export { renderRelayDiagnosticsBanner_unstable } from './renderRelayDiagnosticsBanner.js';
export { useRelayDiagnosticsBanner_unstable } from './useRelayDiagnosticsBanner.js';
export {
  relayDiagnosticsBannerClassNames,
  useRelayDiagnosticsBannerStyles_unstable,
} from './useRelayDiagnosticsBannerStyles.styles.js';
