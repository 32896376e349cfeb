import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { BannerActions } from '../RelayDiagnosticsBanner/BannerActions.js';
import type { FallbackNoticeAction, FallbackNoticeState } from './FallbackNotice.types.js';

function action(a: FallbackNoticeAction, className: string | undefined): ReactElement {
  return a.href ? (
    <a key={a.id} href={a.href} className={className} onClick={a.onClick} data-action={a.id}>
      {a.label}
    </a>
  ) : (
    <button key={a.id} type="button" className={className} onClick={a.onClick} data-action={a.id}>
      {a.label}
    </button>
  );
}

/**
 * Draws the notice (Fluent's render half): a warning Fluent `MessageBar`, announced politely (it offers, it does not
 * interrupt), with the offer's action and "Not now" (the banner's convention: native buttons and links with a Fluent
 * link's look).
 */
export function renderFallbackNotice_unstable(state: FallbackNoticeState): ReactElement | null {
  if (!state.visible) return null;
  return (
    <MessageBar
      intent="warning"
      politeness="polite"
      layout="multiline"
      className={state.className}
      data-offer={state.offer}
    >
      <MessageBarBody>
        <MessageBarTitle>{state.title}</MessageBarTitle>
        {state.lines.map((line) => (
          <span key={line}> {line}</span>
        ))}
      </MessageBarBody>
      <BannerActions>
        {state.action && action(state.action, state.actionClassName)}
        {action(state.dismiss, state.actionClassName)}
      </BannerActions>
    </MessageBar>
  );
}
