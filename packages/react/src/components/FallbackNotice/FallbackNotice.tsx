import type { ReactElement } from 'react';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { firewallGuidancePanelChunk } from '../FirewallGuidancePanel/firewallGuidancePanelChunk.js';
import type { FallbackNoticeProps } from './FallbackNotice.types.js';
import { useFallbackWatch } from './useFallbackWatch.js';

/**
 * Keeps the meeting when the network cannot carry the call: a non-blocking notice that offers "Turn off my video"
 * after 10 samples in a row at `poor` quality with a camera on, and "Join by phone" when it is still `poor` 30 samples
 * later and dial-in details are known (the provider's `dialIn`, or a Teams meeting's own). Each offer at most once per
 * call. The provider renders it in its `notice` slot. Once a call is connected it follows its quality (the fallback
 * family's chunk, which also asks a Teams meeting for its dial-in details); its words and actions come with the guidance
 * panel's chunk when it first has an offer.
 */
export function FallbackNotice(props: FallbackNoticeProps): ReactElement | null {
  const advisor = useFallbackWatch(props);
  const view = useOptionalChunk(firewallGuidancePanelChunk, !!advisor);
  return view && advisor ? <view.FallbackNoticeView {...props} advisor={advisor} /> : null;
}
