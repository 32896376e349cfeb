import type { ReactElement } from 'react';
import { renderNotice } from '../Notice/renderNotice.js';
import type { FallbackNoticeState } from './FallbackNotice.types.js';

/**
 * Draws the notice (Fluent's render half): a warning, announced politely (it offers, it does not interrupt), with the
 * offer's action and "Not now" as native buttons and links with a Fluent link's look.
 */
export function renderFallbackNotice_unstable(state: FallbackNoticeState): ReactElement | null {
  if (!state.visible) return null;
  return renderNotice({
    title: state.title,
    lines: state.lines,
    actions: [state.action, state.dismiss],
    className: state.className,
    classes: state.classes ?? { body: '', title: '', actions: '' },
    actionClassName: state.actionClassName,
    data: { 'data-offer': state.offer },
  });
}
