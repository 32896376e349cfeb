import type { ReactElement } from 'react';
import { renderNotice } from '../Notice/renderNotice.js';
import type { FallbackNoticeState } from './FallbackNotice.types.js';

/**
 * Draws the notice (Fluent's render half): a warning Fluent `MessageBar`, announced politely (it offers, it does not
 * interrupt), with the offer's action and "Not now" (the banner's convention: native buttons and links with a Fluent
 * link's look).
 */
export function renderFallbackNotice_unstable(state: FallbackNoticeState): ReactElement | null {
  if (!state.visible) return null;
  return renderNotice({
    intent: 'warning',
    title: state.title,
    lines: state.lines,
    actions: [state.action, state.dismiss],
    className: state.className,
    actionClassName: state.actionClassName,
    data: { 'data-offer': state.offer },
  });
}
