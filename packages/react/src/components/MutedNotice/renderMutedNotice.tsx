import type { ReactElement } from 'react';
import { renderNotice } from '../Notice/renderNotice.js';
import type { MutedNoticeState } from './MutedNotice.types.js';

/**
 * Draws the notice (Fluent's render half): an informative notice, announced politely, with Unmute and Close as buttons
 * with a Fluent link's look.
 */
export function renderMutedNotice_unstable(state: MutedNoticeState): ReactElement | null {
  if (!state.visible) return null;
  return renderNotice({
    title: state.title,
    lines: [state.body],
    actions: [state.unmute && { id: 'unmute', ...state.unmute }, { id: 'dismiss', ...state.dismiss }],
    className: state.className,
    classes: state.classes ?? { body: '', title: '', actions: '' },
    actionClassName: state.actionClassName,
  });
}
