import type { ReadinessResult, RecommendedAction } from '@call-diagnostics/core';
import {
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useId,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { type ReactElement, useContext, useEffect, useState } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { useBannerModel, useCallDetails } from '../../hooks/useRelayDiagnostics.js';
import { useDiagnosticsStrings } from '../../hooks/useStrings.js';
import { usePrimaryAction, useRecurrence, useSupportReportActions } from '../../hooks/useSupportReport.js';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';
import { formatCallDetails, formatString, formatTime } from '../../localization/format.js';
import { ReportStatus } from '../SupportReport/ReportStatus.js';
import type { RelayDiagnosticsBannerProps } from './RelayDiagnosticsBanner.types.js';
import { useRelayDiagnosticsBannerStyles } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * The banner's actions are Fluent `Link`s rendered as buttons: a Fluent `Button` alone would add about 9 kB (gzip) to
 * an app's first load, and the banner is loaded with every call. The primary action is marked by weight and comes
 * first.
 *
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
  const readiness = context?.readiness && <ReadinessLine result={context.readiness} strings={strings} />;
  const onRetry = props.onRetry ?? context?.retry;
  const onCheckNetwork = props.onCheckNetwork ?? context?.ui.openPanel;

  if (model.kind === 'relaysUnreachable') {
    return (
      <MessageBar intent="warning" politeness="polite" layout="multiline" className={classes.root}>
        <MessageBarBody className={classes.body}>
          <MessageBarTitle>{b.relaysUnreachableTitle}</MessageBarTitle>
          <span>{b.relaysUnreachableBody}</span>
          {readiness}
          {model.since !== undefined && (
            <span className={classes.meta}>
              {formatString(b.relaysUnreachableSince, { time: formatTime(model.since, strings.locale) })}
            </span>
          )}
          {!!model.moreIssues && <span className={classes.meta}>{moreIssuesText(strings, model.moreIssues)}</span>}
        </MessageBarBody>
        {onCheckNetwork && (
          <MessageBarActions>
            <Link as="button" className={classes.primaryAction} onClick={onCheckNetwork} {...restoreFocusTarget}>
              {b.checkNetwork}
            </Link>
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
              <Link as="button" className={classes.primaryAction} onClick={() => onRetry({ details })}>
                {b.retry}
              </Link>
            )}
            {onCheckNetwork && (
              <Link
                as="button"
                className={onRetry && model.action === 'retry' ? undefined : classes.primaryAction}
                onClick={onCheckNetwork}
                {...restoreFocusTarget}
              >
                {b.checkNetwork}
              </Link>
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
        {model.relayFailure && readiness}
        <span className={classes.meta}>
          <span>{formatString(b.code, { code: model.codeText })}</span>
          {model.callId && <span>{formatString(b.callId, { callId: model.callId })}</span>}
        </span>
        {copyStatus === 'copied' && <span role="status">{b.copied}</span>}
        {copyStatus === 'failed' && (
          <>
            <span role="alert">{b.copyFailed}</span>
            <textarea
              id={detailsId}
              aria-label={b.detailsLabel}
              readOnly
              value={detailsText}
              className={classes.details}
            />
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <BannerActions
          primary={primary}
          retry={onRetry ? () => onRetry({ details }) : undefined}
          checkNetwork={onCheckNetwork}
          copyDetails={() => void copy(detailsText)}
          diagnostics={props.diagnostics}
          primaryClassName={classes.primaryAction}
          statusClassName={classes.status}
          restoreFocusTarget={restoreFocusTarget}
        />
      </MessageBarActions>
    </MessageBar>
  );
}

/** The error banner's actions, the primary one first (Retry when transient, Check your network when persistent). */
function BannerActions(props: {
  readonly primary: RecommendedAction | undefined;
  readonly retry: (() => void) | undefined;
  readonly checkNetwork: (() => void) | undefined;
  readonly copyDetails: () => void;
  readonly diagnostics: RelayDiagnosticsBannerProps['diagnostics'];
  readonly primaryClassName: string;
  readonly statusClassName: string;
  readonly restoreFocusTarget: ReturnType<typeof useRestoreFocusTarget>;
}): ReactElement {
  const b = useDiagnosticsStrings().banner;
  const r = useDiagnosticsStrings().report;
  const report = useSupportReportActions(props.diagnostics);
  const retryFirst = props.primary === 'retry' || !props.checkNetwork;
  const retry = props.retry && (
    <Link as="button" className={retryFirst ? props.primaryClassName : undefined} onClick={props.retry}>
      {b.retry}
    </Link>
  );
  const checkNetwork = props.checkNetwork && (
    <Link
      as="button"
      className={retryFirst ? undefined : props.primaryClassName}
      onClick={props.checkNetwork}
      {...props.restoreFocusTarget}
    >
      {b.checkNetwork}
    </Link>
  );
  return (
    <>
      {retryFirst ? retry : checkNetwork}
      {retryFirst ? checkNetwork : retry}
      <Link as="button" onClick={props.copyDetails}>
        {b.copyDetails}
      </Link>
      <Link as="button" onClick={() => void report.copy()}>
        {r.copy}
      </Link>
      <Link as="button" onClick={report.download}>
        {r.download}
      </Link>
      <ReportStatus status={report.status} className={props.statusClassName} />
    </>
  );
}

/**
 * What the readiness check before the call found, during a relay problem. Its words (the readiness strings) are a
 * chunk of their own, fetched only here; nothing shows until it has loaded, or if it fails to.
 */
function ReadinessLine(props: {
  readonly result: ReadinessResult;
  readonly strings: CallDiagnosticsStrings;
}): ReactElement | null {
  const { result, strings } = props;
  const [text, setText] = useState<string>();
  useEffect(() => {
    let live = true;
    import('./readinessFinding.js')
      .then((module) => module.loadReadinessFinding(result, strings))
      .then(
        (line) => live && setText(line),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [result, strings]);
  return text ? <span>{text}</span> : null;
}

function moreIssuesText(strings: ReturnType<typeof useDiagnosticsStrings>, count: number): string {
  return count === 1
    ? strings.network.moreIssuesOne
    : formatString(strings.network.moreIssuesMany, { count: String(count) });
}
