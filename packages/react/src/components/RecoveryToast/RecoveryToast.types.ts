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

/**
 * What the recovery toast does, decided by `useRecoveryToast_unstable` (Fluent's state half); draw the toaster with
 * `renderRecoveryToast_unstable`, or render your own `<Toaster>` with `toasterId`.
 */
export interface RecoveryToastState {
  /** The Fluent toaster the toast goes to (the `toasterId` prop, or the kit's own). */
  readonly toasterId: string;
  /** Render the kit's own `<Toaster>`: false when the app gave its `toasterId`. */
  readonly ownToaster: boolean;
  /** Where the kit's own toaster sits. */
  readonly position: NonNullable<RecoveryToastProps['position']>;
  /** "Connection restored". */
  readonly title: string;
  /** The toast's sentence. */
  readonly body: string;
  /** How long the toast stays, in ms. */
  readonly timeoutMs: number;
  /** Recoveries announced since mount (one per unreachable episode; 0 before the first). */
  readonly announced: number;
}
