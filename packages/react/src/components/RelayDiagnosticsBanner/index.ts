export { RelayDiagnosticsBanner } from './RelayDiagnosticsBanner.js';
export type { RelayDiagnosticsBannerProps } from './RelayDiagnosticsBanner.types.js';
export { relayDiagnosticsBannerClassNames } from './useRelayDiagnosticsBannerStyles.styles.js';
