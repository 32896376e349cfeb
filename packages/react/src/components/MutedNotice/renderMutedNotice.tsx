import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { BannerActions } from '../RelayDiagnosticsBanner/BannerActions.js';
import type { MutedNoticeState } from './MutedNotice.types.js';

/**
 * Draws the notice (Fluent's render half): an informative Fluent `MessageBar`, announced politely, with Unmute and
 * Close as buttons with a Fluent link's look (the banner's convention: a Fluent `Button` or `Link` would add kilobytes
 * to every call screen).
 */
export function renderMutedNotice_unstable(state: MutedNoticeState): ReactElement | null {
  if (!state.visible) return null;
  return (
    <MessageBar intent="info" politeness="polite" layout="multiline" className={state.className}>
      <MessageBarBody>
        <MessageBarTitle>{state.title}</MessageBarTitle>
        {state.body}
      </MessageBarBody>
      <BannerActions>
        {state.unmute && (
          <button type="button" className={state.actionClassName} onClick={state.unmute.onClick} data-action="unmute">
            {state.unmute.label}
          </button>
        )}
        <button type="button" className={state.actionClassName} onClick={state.dismiss.onClick} data-action="dismiss">
          {state.dismiss.label}
        </button>
      </BannerActions>
    </MessageBar>
  );
}
