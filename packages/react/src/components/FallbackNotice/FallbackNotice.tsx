import type { ReactElement } from 'react';
import type { FallbackNoticeProps } from './FallbackNotice.types.js';
import { renderFallbackNotice_unstable } from './renderFallbackNotice.js';
import { useFallbackNotice_unstable } from './useFallbackNotice.js';

/**
 * Keeps the meeting when the network cannot carry the call: a non-blocking notice that offers "Turn off my video"
 * after 10 samples in a row at `poor` quality with a camera on, and "Join by phone" when it is still `poor` 30 samples
 * later and dial-in details are known (the provider's `dialIn`, or a Teams meeting's own). Each offer at most once per
 * call. The provider renders it in its `notice` slot; it opens the call's quality session once the call is connected.
 * Its words are a chunk of their own, fetched when an offer is first made.
 */
export function FallbackNotice(props: FallbackNoticeProps): ReactElement | null {
  return renderFallbackNotice_unstable(useFallbackNotice_unstable(props));
}
