import { Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { FallbackNoticeAction, FallbackNoticeState } from './FallbackNotice.types.js';

function action(a: FallbackNoticeAction): ReactElement {
  return a.href ? (
    <Link key={a.id} href={a.href} onClick={a.onClick} data-action={a.id}>
      {a.label}
    </Link>
  ) : (
    <Link key={a.id} as="button" onClick={a.onClick} data-action={a.id}>
      {a.label}
    </Link>
  );
}

/**
 * Draws the notice (Fluent's render half): a warning Fluent `MessageBar`, announced politely (it offers, it does not
 * interrupt), with the offer's action and "Not now" as links (the banner's convention).
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
      <MessageBarActions>
        {state.action && action(state.action)}
        {action(state.dismiss)}
      </MessageBarActions>
    </MessageBar>
  );
}
