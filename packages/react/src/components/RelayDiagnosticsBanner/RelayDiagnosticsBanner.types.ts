import type { DiagnosticsSourceLike, RetryRequest } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link RelayDiagnosticsBanner}. */
export interface RelayDiagnosticsBannerProps {
  /** The diagnostics to show; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** Retry; defaults to the provider's `onRetry`. Without either, Retry is not offered. */
  readonly onRetry?: (request: RetryRequest) => void;
  /** Opens the firewall guidance; defaults to the provider's panel. */
  readonly onCheckNetwork?: () => void;
  /** Merged last over the banner's classes. */
  readonly className?: string;
}
