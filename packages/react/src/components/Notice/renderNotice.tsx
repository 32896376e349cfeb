import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { BannerActions } from '../RelayDiagnosticsBanner/BannerActions.js';

/** One action of a notice: a native button, or a link when it has an `href`, with a Fluent link's look. */
export interface NoticeAction {
  readonly id: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly href?: string | undefined;
}

/**
 * Draws a non-blocking notice (the muted notice, the fallback notice): a Fluent `MessageBar`, announced politely, with
 * its actions as native buttons or links with a Fluent link's look (the banner's convention: a Fluent `Button` or `Link`
 * would add kilobytes to every call screen).
 */
export function renderNotice(notice: {
  readonly intent: 'info' | 'warning';
  readonly title: string;
  readonly lines: readonly string[];
  readonly actions: readonly (NoticeAction | undefined)[];
  readonly className: string;
  readonly actionClassName: string | undefined;
  readonly data?: Record<string, string>;
}): ReactElement {
  return (
    <MessageBar
      intent={notice.intent}
      politeness="polite"
      layout="multiline"
      className={notice.className}
      {...notice.data}
    >
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.lines.map((line) => (
          <span key={line}> {line}</span>
        ))}
      </MessageBarBody>
      <BannerActions>
        {notice.actions.map((a) => {
          if (!a) return null;
          const common = { className: notice.actionClassName, onClick: a.onClick, 'data-action': a.id };
          return a.href ? (
            <a key={a.id} {...common} href={a.href}>
              {a.label}
            </a>
          ) : (
            <button key={a.id} {...common} type="button">
              {a.label}
            </button>
          );
        })}
      </BannerActions>
    </MessageBar>
  );
}
