import type { ReactElement } from 'react';
import type { RecoveryToastProps } from './RecoveryToast.types.js';
import { renderRecoveryToast_unstable } from './renderRecoveryToast.js';
import { useRecoveryToast_unstable } from './useRecoveryToast.js';

/**
 * "Connection restored": a Fluent toast when `networkRelaysNotReachable` goes false after true. One toast per
 * unreachable episode, so a flapping network does not produce a burst. A recovery that happened before the
 * component mounted is not announced, and a recovery while the last toast is still visible does not add a second.
 * State and markup are split the Fluent way (`useRecoveryToast_unstable`, `renderRecoveryToast_unstable`).
 */
export function RecoveryToast(props: RecoveryToastProps): ReactElement | null {
  return renderRecoveryToast_unstable(useRecoveryToast_unstable(props));
}
