import {
  Badge,
  type BadgeProps,
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type {
  CallReadinessAction,
  CallReadinessCheckState,
  CallReadinessRowStatus,
} from './CallReadinessCheck.types.js';

const BADGE_COLOR: Record<CallReadinessRowStatus, NonNullable<BadgeProps['color']>> = {
  idle: 'informative',
  running: 'brand',
  pass: 'success',
  warn: 'warning',
  fail: 'danger',
  skipped: 'informative',
};

/**
 * The offered actions in a fixed order. "Start" / "Run again" and "Cancel" share one slot (one key), so the button the
 * person pressed stays the focused element when its label changes; no button moves, so focus is never dropped.
 */
function actionsOf(state: CallReadinessCheckState): Array<[string, CallReadinessAction]> {
  const all: Array<[string, CallReadinessAction | undefined]> = [
    ['run', state.start ?? state.cancel],
    ['allowDevices', state.allowDevices],
    ['join', state.join],
  ];
  return all.filter((entry): entry is [string, CallReadinessAction] => entry[1] !== undefined);
}

/**
 * Draws the readiness check (Fluent's render half) from the state `useCallReadinessCheck_unstable` decided: a region
 * titled by the check, a polite live region announcing progress and then the verdict, one row per check (a marker
 * whose shape shows the status, the status in words, the reason), what was not tested, the actions, and, when the
 * network blocks calls, the IT-admin text with a copy button.
 */
export function renderCallReadinessCheck_unstable(state: CallReadinessCheckState): ReactElement {
  const { strings: s, classes, running } = state;
  return (
    <section className={classes.root} aria-labelledby={state.titleId}>
      <div className={classes.header}>
        <Subtitle1 as="h2" id={state.titleId}>
          {s.title}
        </Subtitle1>
        <Body1>{s.intro}</Body1>
      </div>
      <div className={classes.status}>
        <div role="status" aria-live="polite" aria-atomic="true">
          {running && <Body1>{state.progress.text}</Body1>}
          {state.phase === 'aborted' && <Body1>{s.aborted}</Body1>}
          {state.verdict && (
            <MessageBar intent={state.verdict.intent} layout="multiline" politeness="polite">
              <MessageBarBody>
                <MessageBarTitle>{state.verdict.title}</MessageBarTitle> {state.verdict.body}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {running && (
          <ProgressBar
            aria-label={s.running}
            value={state.progress.total > 0 ? state.progress.done / state.progress.total : 0}
            max={1}
          />
        )}
      </div>
      <ul className={classes.list} aria-labelledby={state.titleId} aria-busy={running}>
        {state.rows.map((row) => (
          <li key={row.id} className={classes.row} data-check={row.id} data-status={row.status}>
            <span className={classes.marker[row.status]} aria-hidden="true" />
            <div className={classes.rowBody}>
              <div className={classes.rowHead}>
                <Text className={classes.name}>{row.name}</Text>
                <Badge appearance="tint" color={BADGE_COLOR[row.status]}>
                  {row.statusText}
                </Badge>
              </div>
              {row.reasonText && <Body1 className={classes.reason}>{row.reasonText}</Body1>}
            </div>
          </li>
        ))}
      </ul>
      {state.untestedText && <Body1>{state.untestedText}</Body1>}
      <div className={classes.actions}>
        {actionsOf(state).map(([key, action]) => (
          <Button
            key={key}
            id={key === 'run' ? state.runButtonId : undefined}
            appearance={action.primary ? 'primary' : 'secondary'}
            onClick={action.onClick}
          >
            {action.label}
          </Button>
        ))}
      </div>
      {state.adminText !== undefined && (
        <div className={classes.admin}>
          <Subtitle2 as="h3">{s.adminTitle}</Subtitle2>
          <Field label={s.adminIntro}>
            <Textarea readOnly value={state.adminText} className={classes.adminText} resize="vertical" />
          </Field>
          <div className={classes.actions}>
            <Button onClick={state.copyAdmin}>{s.copyAdmin}</Button>
            {state.copyStatus === 'copied' && <span role="status">{s.copied}</span>}
            {state.copyStatus === 'failed' && <span role="alert">{s.copyFailed}</span>}
          </div>
        </div>
      )}
    </section>
  );
}
