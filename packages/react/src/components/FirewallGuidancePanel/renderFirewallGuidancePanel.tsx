import { type ReactElement, useId } from 'react';
import { ActionButton } from '../ActionButton/ActionButton.js';
import { JoinByPhone } from '../JoinByPhone/JoinByPhone.js';
import { SupportReportActions } from '../SupportReport/SupportReportActions.js';
import type { FirewallGuidancePanelState } from './FirewallGuidancePanel.types.js';
import { PanelDialog } from './PanelDialog.js';
import { RelayProbeSection } from './RelayProbeSection.js';

/**
 * Draws the guidance panel (Fluent's render half) from the state `useFirewallGuidancePanel_unstable` decided: a modal
 * drawer (a native `<dialog>` on the `position` side with a Fluent drawer's look; focus moves in and returns on
 * close; Escape and the backdrop close it) with the checklist, the rules, the failed call and Copy details, "Test my
 * connection", the IT-admin text with its copy button, and the support report actions. Nothing while closed.
 */
export function renderFirewallGuidancePanel_unstable(state: FirewallGuidancePanelState): ReactElement | null {
  return state.open ? <PanelContent state={state} /> : null;
}

function PanelContent({ state }: { readonly state: FirewallGuidancePanelState }): ReactElement {
  const { strings, classes } = state;
  const p = strings.panel;
  const b = strings.banner;
  const titleId = useId();
  return (
    <PanelDialog className={classes.root} labelledBy={titleId} onDismiss={() => state.setOpen(false)}>
      <div className={classes.header}>
        <h2 id={titleId} className={classes.title}>
          {p.title}
        </h2>
        <ActionButton appearance="subtle" aria-label={p.close} onClick={() => state.setOpen(false)}>
          {p.close}
        </ActionButton>
      </div>
      <div className={classes.body}>
        <p className={classes.text}>{p.intro}</p>
        {state.failedCallText !== undefined && (
          <>
            <p className={classes.callout}>{state.failedCallText}</p>
            <div className={classes.actions}>
              <ActionButton onClick={state.details.copy}>{b.copyDetails}</ActionButton>
              {state.details.status === 'copied' && <span role="status">{b.copied}</span>}
              {state.details.status === 'failed' && <span role="alert">{b.copyFailed}</span>}
            </div>
            {state.details.status === 'failed' && (
              <div className={classes.field}>
                <label htmlFor="cdk-firewall-details" className={classes.label}>
                  {b.detailsLabel}
                </label>
                <textarea id="cdk-firewall-details" readOnly value={state.details.text} className={classes.admin} />
              </div>
            )}
          </>
        )}
        <JoinByPhone {...(state.diagnostics ? { diagnostics: state.diagnostics } : {})} />
        <h3 className={classes.heading}>{p.checklistTitle}</h3>
        <ol className={classes.checklist}>
          {state.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
        <h3 className={classes.heading}>{p.rulesTitle}</h3>
        <ul className={classes.checklist}>
          {state.rules.map((rule) => (
            <li key={rule.key}>{rule.text}</li>
          ))}
        </ul>
        <p className={classes.callout}>{p.retryAdvice}</p>
        <RelayProbeSection probe={state.probe} available={state.probeAvailable} strings={strings} classes={classes} />
        <h3 className={classes.heading}>{p.adminTitle}</h3>
        <div className={classes.field}>
          <label htmlFor="cdk-firewall-admin" className={classes.label}>
            {p.adminIntro}
          </label>
          <textarea id="cdk-firewall-admin" readOnly value={state.admin.text} className={classes.admin} />
        </div>
        <div className={classes.actions}>
          <ActionButton appearance="primary" onClick={state.admin.copy}>
            {p.copyAdmin}
          </ActionButton>
          {state.admin.status === 'copied' && <span role="status">{p.copied}</span>}
          {state.admin.status === 'failed' && <span role="alert">{p.copyFailed}</span>}
        </div>
        <h3 className={classes.heading}>{strings.report.title}</h3>
        <p className={classes.text}>{strings.report.intro}</p>
        <SupportReportActions
          {...(state.diagnostics ? { diagnostics: state.diagnostics } : {})}
          {...(state.reportProbe ? { probe: state.reportProbe } : {})}
        />
      </div>
    </PanelDialog>
  );
}
