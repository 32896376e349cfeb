import type { ReactElement } from 'react';
import { renderRecoveryToast_unstable } from './renderRecoveryToast.js';
import { useRecoveryToastSince } from './useRecoveryToast.js';

/**
 * @internal The recovery toast announcing recoveries after `since` (a `recoveryNotice` count): the provider's toast,
 * in the chunk fetched when the banner first shows a problem (`LazyRecoveryToast`).
 */
export function RecoveryToastSince(props: { readonly since: number }): ReactElement | null {
  return renderRecoveryToast_unstable(useRecoveryToastSince({}, props.since));
}
