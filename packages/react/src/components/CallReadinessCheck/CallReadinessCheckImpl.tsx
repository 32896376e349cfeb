import type { ReactElement } from 'react';
import type { CallReadinessCheckProps } from './CallReadinessCheck.types.js';
import { renderCallReadinessCheck_unstable } from './renderCallReadinessCheck.js';
import { useCallReadinessCheck_unstable } from './useCallReadinessCheck.js';
import { useCallReadinessCheckStyles_unstable } from './useCallReadinessCheckStyles.styles.js';

/**
 * @internal The Fluent implementation of `CallReadinessCheck` (without its boundary). State, styles and markup are
 * split the Fluent way, so a replacement view can reuse `useCallReadinessCheck_unstable`.
 */
export function CallReadinessCheckImpl(props: CallReadinessCheckProps): ReactElement {
  const state = useCallReadinessCheckStyles_unstable(useCallReadinessCheck_unstable(props), props.className);
  return renderCallReadinessCheck_unstable(state);
}
