import type { ReactElement } from 'react';
import { renderNotice } from '../Notice/renderNotice.js';
import type { MutedNoticeState } from './MutedNotice.types.js';

/**
 * Draws the notice (Fluent's render half): an informative Fluent `MessageBar`, announced politely, with Unmute and
 * Close as buttons with a Fluent link's look (the banner's convention: a Fluent `Button` or `Link` would add kilobytes
 * to every call screen).
 */
export function renderMutedNotice_unstable(state: MutedNoticeState): ReactElement | null {
  if (!state.visible) return null;
  return renderNotice({
    intent: 'info',
    title: state.title,
    lines: [state.body],
    actions: [state.unmute && { id: 'unmute', ...state.unmute }, { id: 'dismiss', ...state.dismiss }],
    className: state.className,
    actionClassName: state.actionClassName,
  });
}
