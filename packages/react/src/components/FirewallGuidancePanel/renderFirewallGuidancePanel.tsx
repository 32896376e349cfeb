import {
  Body1,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  OverlayDrawer,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { JoinByPhone } from '../JoinByPhone/JoinByPhone.js';
import { SupportReportActions } from '../SupportReport/SupportReportActions.js';
import type { FirewallGuidancePanelState } from './FirewallGuidancePanel.types.js';
import { RelayProbeSection } from './RelayProbeSection.js';

/**
 * Draws the guidance panel (Fluent's render half) from the state `useFirewallGuidancePanel_unstable` decided: a Fluent
 * `OverlayDrawer` (modal; focus moves in and returns on close; Escape closes) with the checklist, the rules, the failed
 * call and Copy details, "Test my connection", the IT-admin text with its copy button, and the support report actions.
 */
export function renderFirewallGuidancePanel_unstable(state: FirewallGuidancePanelState): ReactElement {
  const { strings, classes } = state;
  const p = strings.panel;
  const b = strings.banner;
  return (
    <OverlayDrawer
      open={state.open}
      onOpenChange={(_, data) => state.setOpen(data.open)}
      position={state.position}
      size="medium"
      className={classes.root}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label={p.close} onClick={() => state.setOpen(false)}>
              {p.close}
            </Button>
          }
        >
          {p.title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={classes.body}>
        <Body1>{p.intro}</Body1>
        {state.failedCallText !== undefined && (
          <>
            <Body1 className={classes.callout}>{state.failedCallText}</Body1>
            <div className={classes.actions}>
              <Button onClick={state.details.copy}>{b.copyDetails}</Button>
              {state.details.status === 'copied' && <span role="status">{b.copied}</span>}
              {state.details.status === 'failed' && <span role="alert">{b.copyFailed}</span>}
            </div>
            {state.details.status === 'failed' && (
              <Field label={b.detailsLabel}>
                <Textarea readOnly value={state.details.text} className={classes.admin} resize="vertical" />
              </Field>
            )}
          </>
        )}
        <JoinByPhone {...(state.diagnostics ? { diagnostics: state.diagnostics } : {})} />
        <Subtitle2 as="h3">{p.checklistTitle}</Subtitle2>
        <ol className={classes.checklist}>
          {state.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
        <Subtitle2 as="h3">{p.rulesTitle}</Subtitle2>
        <ul className={classes.checklist}>
          {state.rules.map((rule) => (
            <li key={rule.key}>{rule.text}</li>
          ))}
        </ul>
        <Body1 className={classes.callout}>{p.retryAdvice}</Body1>
        <RelayProbeSection probe={state.probe} available={state.probeAvailable} strings={strings} classes={classes} />
        <Subtitle2 as="h3">{p.adminTitle}</Subtitle2>
        <Field label={p.adminIntro}>
          <Textarea readOnly value={state.admin.text} className={classes.admin} resize="vertical" />
        </Field>
        <div className={classes.actions}>
          <Button appearance="primary" onClick={state.admin.copy}>
            {p.copyAdmin}
          </Button>
          {state.admin.status === 'copied' && <span role="status">{p.copied}</span>}
          {state.admin.status === 'failed' && <span role="alert">{p.copyFailed}</span>}
        </div>
        <Subtitle2 as="h3">{strings.report.title}</Subtitle2>
        <Body1>{strings.report.intro}</Body1>
        <SupportReportActions
          {...(state.diagnostics ? { diagnostics: state.diagnostics } : {})}
          {...(state.reportProbe ? { probe: state.reportProbe } : {})}
        />
      </DrawerBody>
    </OverlayDrawer>
  );
}
