import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link SupportReportActions}. */
export interface SupportReportActionsProps {
  /** The diagnostics to report; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** A relay probe's results to include (any shape; redacted). */
  readonly probe?: unknown;
  /** Button size (the banner uses `small`). */
  readonly size?: 'small' | 'medium';
  /** A class for the actions' root. */
  readonly className?: string;
}

/** Props of {@link SupportReportPreview}. */
export interface SupportReportPreviewProps extends SupportReportActionsProps {
  /** Show the heading and intro (default true). */
  readonly heading?: boolean;
}
