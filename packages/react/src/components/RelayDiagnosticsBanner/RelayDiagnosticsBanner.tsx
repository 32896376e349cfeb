import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  useId,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { type ReactElement, useContext } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { useBannerModel, useCallDetails } from '../../hooks/useRelayDiagnostics.js';
import { useDiagnosticsStrings } from '../../hooks/useStrings.js';
import { usePrimaryAction, useRecurrence } from '../../hooks/useSupportReport.js';
import { formatCallDetails, formatString, formatTime } from '../../localization/format.js';
import { SupportReportActions } from '../SupportReport/SupportReport.js';
import type { RelayDiagnosticsBannerProps } from './RelayDiagnosticsBanner.types.js';
import { useRelayDiagnosticsBannerStyles } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * The banner: a warning while relays are unreachable; after a network-family end (410/3112 above all) an error with
 * the code, the call ID and the actions Retry, Check your network and Copy details. Renders nothing on a healthy call.
 */
export function RelayDiagnosticsBanner(props: RelayDiagnosticsBannerProps): ReactElement | null {
  const context = useContext(CallDiagnosticsContext);
  const model = useBannerModel(props.diagnostics);
  // After a 410/3112 end the history decides the emphasis: Retry when transient, Check your network when persistent.
  const primary = usePrimaryAction(props.diagnostics);
  const recurrence = useRecurrence(props.diagnostics);
  const details = useCallDetails(props.diagnostics);
  const strings = useDiagnosticsStrings();
  const classes = useRelayDiagnosticsBannerStyles(props.className);
  const [copyStatus, copy] = useCopyToClipboard();
  const detailsId = useId('cdk-details');
  // Marks the buttons that open the panel so focus returns to them when it closes (the panel is a restore source).
  const restoreFocusTarget = useRestoreFocusTarget();

  if (model.kind === 'none') return null;
  const b = strings.banner;
  const onRetry = props.onRetry ?? context?.retry;
  const onCheckNetwork = props.onCheckNetwork ?? context?.ui.openPanel;

  if (model.kind === 'relaysUnreachable') {
    return (
      <MessageBar intent="warning" politeness="polite" layout="multiline" className={classes.root}>
        <MessageBarBody className={classes.body}>
          <MessageBarTitle>{b.relaysUnreachableTitle}</MessageBarTitle>
          <span>{b.relaysUnreachableBody}</span>
          {model.since !== undefined && (
            <span className={classes.meta}>
              {formatString(b.relaysUnreachableSince, { time: formatTime(model.since, strings.locale) })}
            </span>
          )}
          {!!model.moreIssues && <span className={classes.meta}>{moreIssuesText(strings, model.moreIssues)}</span>}
        </MessageBarBody>
        {onCheckNetwork && (
          <MessageBarActions>
            <Button size="small" onClick={onCheckNetwork} {...restoreFocusTarget}>
              {b.checkNetwork}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }

  if (model.kind === 'networkIssue') {
    const n = strings.network;
    const title = n[`${model.issue}Title` as keyof typeof n] as string | undefined;
    const body = n[`${model.issue}Body` as keyof typeof n] as string | undefined;
    return (
      <MessageBar
        intent={model.intent}
        politeness={model.intent === 'error' ? 'assertive' : 'polite'}
        layout="multiline"
        className={classes.root}
        data-issue={model.issue}
      >
        <MessageBarBody className={classes.body}>
          <MessageBarTitle>{title ?? n.reconnectingTitle}</MessageBarTitle>
          {body && <span>{body}</span>}
          <span className={classes.meta}>
            <span>{formatString(n.since, { time: formatTime(model.since, strings.locale) })}</span>
            {model.moreIssues > 0 && <span>{moreIssuesText(strings, model.moreIssues)}</span>}
          </span>
        </MessageBarBody>
        {(onCheckNetwork || (onRetry && model.action === 'retry')) && (
          <MessageBarActions>
            {onRetry && model.action === 'retry' && (
              <Button size="small" appearance="primary" onClick={() => onRetry({ details })}>
                {b.retry}
              </Button>
            )}
            {onCheckNetwork && (
              <Button size="small" onClick={onCheckNetwork} {...restoreFocusTarget}>
                {b.checkNetwork}
              </Button>
            )}
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }

  const detailsText = formatCallDetails(details, strings);
  const endTitle =
    strings.network.endTitles[model.entry.key as keyof typeof strings.network.endTitles] ??
    strings.network.endTitles.unknown;
  const actionHint = strings.network.actions[model.entry.action];
  const reason = strings.endCodes[model.entry.key as keyof typeof strings.endCodes] ?? strings.endCodes.unknown;
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline" className={classes.root}>
      <MessageBarBody className={classes.body}>
        <MessageBarTitle>{model.relayFailure ? b.relayFailureTitle : endTitle}</MessageBarTitle>
        <span>{model.relayFailure ? b.relayFailureBody : reason}</span>
        {model.relayFailure && recurrence?.kind === 'transient' && <span>{b.transientHint}</span>}
        {model.relayFailure && recurrence?.kind === 'persistent' && <span>{b.persistentHint}</span>}
        {!model.relayFailure && actionHint && <span>{actionHint}</span>}
        <span className={classes.meta}>
          <span>{formatString(b.code, { code: model.codeText })}</span>
          {model.callId && <span>{formatString(b.callId, { callId: model.callId })}</span>}
        </span>
        {copyStatus === 'copied' && <span role="status">{b.copied}</span>}
        {copyStatus === 'failed' && (
          <>
            <span role="alert">{b.copyFailed}</span>
            <Textarea
              id={detailsId}
              aria-label={b.detailsLabel}
              readOnly
              value={detailsText}
              className={classes.details}
              resize="vertical"
            />
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {onRetry && (
          <Button
            size="small"
            appearance={primary === 'retry' ? 'primary' : 'secondary'}
            onClick={() => onRetry({ details })}
          >
            {b.retry}
          </Button>
        )}
        {onCheckNetwork && (
          <Button
            size="small"
            appearance={primary === 'retry' ? 'secondary' : 'primary'}
            onClick={onCheckNetwork}
            {...restoreFocusTarget}
          >
            {b.checkNetwork}
          </Button>
        )}
        <Button size="small" onClick={() => void copy(detailsText)}>
          {b.copyDetails}
        </Button>
        <SupportReportActions size="small" {...(props.diagnostics ? { diagnostics: props.diagnostics } : {})} />
      </MessageBarActions>
    </MessageBar>
  );
}

function moreIssuesText(strings: ReturnType<typeof useDiagnosticsStrings>, count: number): string {
  return count === 1
    ? strings.network.moreIssuesOne
    : formatString(strings.network.moreIssuesMany, { count: String(count) });
}
