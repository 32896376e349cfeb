import type { ReactElement } from 'react';
import type { MutedNoticeProps } from './MutedNotice.types.js';
import { renderMutedNotice_unstable } from './renderMutedNotice.js';
import { useMutedNotice_unstable } from './useMutedNotice.js';

/**
 * "You're muted": a polite, non-blocking notice while the person speaks with the microphone muted, with Unmute (the
 * call's own `unmute()`) and Close. The provider renders it by default (its `notice` slot); state and markup are
 * split the Fluent way (`useMutedNotice_unstable`, `renderMutedNotice_unstable`).
 */
export function MutedNotice(props: MutedNoticeProps): ReactElement | null {
  return renderMutedNotice_unstable(useMutedNotice_unstable(props));
}
