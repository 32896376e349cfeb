import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link RecoveryToast}. */
export interface RecoveryToastProps {
  /** The diagnostics to follow; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** How long the toast stays, in ms (default 6000). It pauses on hover and focus. */
  readonly timeoutMs?: number;
  /** The Fluent toaster id, when the app renders its own `<Toaster>`; otherwise the component renders one. */
  readonly toasterId?: string;
  /** Where the kit's own toaster sits (default `bottom-end`; mirrored in RTL by Fluent). */
  readonly position?: 'top' | 'top-end' | 'top-start' | 'bottom' | 'bottom-end' | 'bottom-start';
}
