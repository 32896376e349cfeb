import { MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { BannerActions } from './BannerActions.js';
import type { RelayDiagnosticsBannerAction, RelayDiagnosticsBannerState } from './RelayDiagnosticsBanner.types.js';

/**
 * The banner's actions are native buttons with a Fluent link's look (`classes.action`): a Fluent `Button` would add
 * about 9 kB (gzip), and a Fluent `Link` about 2 kB, to the chunk every call screen loads. The primary action comes
 * first, in semibold.
 */
function action(state: RelayDiagnosticsBannerState, a: RelayDiagnosticsBannerAction, className: string): ReactElement {
  if (a.href) {
    // A link (Join by phone's `tel:`): a native anchor with the same look.
    return (
      <a
        key={a.id}
        href={a.href}
        className={mergeClasses(state.classes.action, className)}
        onClick={a.onClick}
        data-action={a.id}
      >
        {a.label}
      </a>
    );
  }
  return (
    <button
      key={a.id}
      type="button"
      className={mergeClasses(state.classes.action, className)}
      onClick={a.onClick}
      data-action={a.id}
      {...(a.opensPanel ? state.restoreFocusTarget : {})}
    >
      {a.label}
    </button>
  );
}

/**
 * Draws the banner (Fluent's render half) from the state `useRelayDiagnosticsBanner_unstable` decided: a Fluent
 * `MessageBar` with the title, the sentences, the readiness finding, the meta line (since when, the code, the call
 * ID) and at most two actions. Nothing when `kind` is `none`.
 */
export function renderRelayDiagnosticsBanner_unstable(state: RelayDiagnosticsBannerState): ReactElement | null {
  if (state.kind === 'none') return null;
  const { classes } = state;
  return (
    <MessageBar
      intent={state.intent}
      politeness={state.politeness}
      layout="multiline"
      className={classes.root}
      data-issue={state.issue}
      aria-labelledby={state.titleId}
    >
      <MessageBarBody className={classes.body}>
        <span id={state.titleId} className={classes.title}>
          {state.title}
        </span>
        {state.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
        {state.readinessText && <span>{state.readinessText}</span>}
        {state.meta.length > 0 && (
          <span className={classes.meta}>
            {state.meta.map((part) => (
              <span key={part}>{part}</span>
            ))}
          </span>
        )}
      </MessageBarBody>
      {state.primaryAction && (
        <BannerActions>
          {action(state, state.primaryAction, classes.primaryAction)}
          {state.secondaryAction && action(state, state.secondaryAction, classes.secondaryAction)}
        </BannerActions>
      )}
    </MessageBar>
  );
}
