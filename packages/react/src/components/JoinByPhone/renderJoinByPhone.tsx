import { type ReactElement, useId } from 'react';
import { ActionButton } from '../ActionButton/ActionButton.js';
import type { JoinByPhoneState } from './JoinByPhone.types.js';

/**
 * Draws the section (Fluent's render half): a heading, the numbers as `tel:` links each with its copy button (named by
 * the number it copies), the conference ID with its copy button, the page of every local number, and the copy's
 * outcome in a live region. Nothing when `visible` is false.
 */
export function renderJoinByPhone_unstable(state: JoinByPhoneState): ReactElement | null {
  return state.visible ? <JoinByPhoneView state={state} /> : null;
}

function JoinByPhoneView({ state }: { readonly state: JoinByPhoneState }): ReactElement {
  const id = useId();
  const { classes, labels } = state;
  return (
    <section className={classes.root} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={classes.title}>
        {state.title}
      </h3>
      <p className={classes.text}>{state.intro}</p>
      <ul className={classes.list}>
        {state.numbers.map((number, index) => (
          <li key={number.key} className={classes.row}>
            <a
              href={number.href}
              onClick={state.onCall}
              aria-label={number.callLabel}
              id={`${id}-n${index}`}
              className={classes.link}
            >
              {number.text}
            </a>
            <ActionButton size="small" onClick={number.copy} aria-describedby={`${id}-n${index}`}>
              {labels.copyNumber}
            </ActionButton>
          </li>
        ))}
      </ul>
      <div className={classes.row}>
        <span id={`${id}-id`} className={classes.text}>
          {state.conferenceIdText}
        </span>
        <ActionButton size="small" onClick={state.copyConferenceId} aria-describedby={`${id}-id`}>
          {labels.copyConferenceId}
        </ActionButton>
      </div>
      {state.dialIn?.dialinUrl && (
        <a href={state.dialIn.dialinUrl} target="_blank" rel="noopener noreferrer" className={classes.link}>
          {labels.moreNumbers}
        </a>
      )}
      <span role="status" aria-live="polite">
        {state.copyStatus === 'copied' ? labels.copied : state.copyStatus === 'failed' ? labels.copyFailed : ''}
      </span>
    </section>
  );
}
