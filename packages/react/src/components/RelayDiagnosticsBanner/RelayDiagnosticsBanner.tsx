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
import { formatCallDetails, formatString, formatTime } from '../../localization/format.js';
import type { RelayDiagnosticsBannerProps } from './RelayDiagnosticsBanner.types.js';
import { useRelayDiagnosticsBannerStyles } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * The banner: a warning while relays are unreachable; after a network-family end (410/3112 above all) an error with
 * the code, the call ID and the actions Retry, Check your network and Copy details. Renders nothing on a healthy call.
 */
export function RelayDiagnosticsBanner(props: RelayDiagnosticsBannerProps): ReactElement | null {
  const context = useContext(CallDiagnosticsContext);
  const model = useBannerModel(props.diagnostics);
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

  const detailsText = formatCallDetails(details, strings);
  const reason = strings.endCodes[model.entry.key as keyof typeof strings.endCodes] ?? strings.endCodes.unknown;
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline" className={classes.root}>
      <MessageBarBody className={classes.body}>
        <MessageBarTitle>{model.relayFailure ? b.relayFailureTitle : b.endedTitle}</MessageBarTitle>
        <span>{model.relayFailure ? b.relayFailureBody : reason}</span>
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
            appearance={model.entry.action === 'retry' ? 'primary' : 'secondary'}
            onClick={() => onRetry({ details })}
          >
            {b.retry}
          </Button>
        )}
        {onCheckNetwork && (
          <Button
            size="small"
            appearance={model.entry.action === 'retry' ? 'secondary' : 'primary'}
            onClick={onCheckNetwork}
            {...restoreFocusTarget}
          >
            {b.checkNetwork}
          </Button>
        )}
        <Button size="small" onClick={() => void copy(detailsText)}>
          {b.copyDetails}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
