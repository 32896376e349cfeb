import { Toaster } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { RecoveryToastState } from './RecoveryToast.types.js';

/**
 * Draws the recovery toast's toaster (Fluent's render half): the kit's own Fluent `<Toaster>` where
 * `useRecoveryToast_unstable` sends the toast (paused on hover), or nothing when the app renders its own.
 */
export function renderRecoveryToast_unstable(state: RecoveryToastState): ReactElement | null {
  if (!state.ownToaster) return null;
  return <Toaster toasterId={state.toasterId} position={state.position} pauseOnHover />;
}
