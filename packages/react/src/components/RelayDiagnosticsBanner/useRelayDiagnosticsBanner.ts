import type { BannerModel, ReadinessResult } from '@call-diagnostics/core';
import { useRestoreFocusTarget } from '@fluentui/react-components';
import { useContext, useEffect, useState } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import { usePrimaryAction } from '../../hooks/usePrimaryAction.js';
import { useRecurrence } from '../../hooks/useRecurrence.js';
import { useBannerModel, useCallDetails } from '../../hooks/useRelayDiagnostics.js';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';
import { formatString, formatTime } from '../../localization/format.js';
import type {
  RelayDiagnosticsBannerAction,
  RelayDiagnosticsBannerProps,
  RelayDiagnosticsBannerState,
} from './RelayDiagnosticsBanner.types.js';
import { relayDiagnosticsBannerBaseClasses } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * Decides what the banner shows (Fluent's state half): a warning while relays are unreachable, the most important
 * other network issue, or after a network-family end (410/3112 above all) an error with the code and the call ID;
 * nothing on a healthy call (`kind: 'none'`). It picks at most two actions, per Fluent's MessageBar guidance: after
 * a 410/3112 end the history decides the primary one ("Try again" when the failure looks transient, "Check your
 * network" when it keeps happening) and the other is the secondary. Draw it with
 * `renderRelayDiagnosticsBanner_unstable`, or your own markup.
 */
export function useRelayDiagnosticsBanner_unstable(props: RelayDiagnosticsBannerProps): RelayDiagnosticsBannerState {
  const context = useContext(CallDiagnosticsContext);
  const model = useBannerModel(props.diagnostics);
  const primary = usePrimaryAction(props.diagnostics);
  const recurrence = useRecurrence(props.diagnostics);
  const details = useCallDetails(props.diagnostics);
  const strings = useDiagnosticsStrings();
  // Marks the action that opens the panel so focus returns to it when the panel closes (the panel is a restore source).
  const restoreFocusTarget: Record<string, string | undefined> = { ...useRestoreFocusTarget() };
  const relayProblem =
    model.kind === 'relaysUnreachable' || (model.kind === 'callEnded' && model.relayFailure)
      ? context?.readiness
      : undefined;
  const readinessText = useReadinessFinding(relayProblem, strings);

  const b = strings.banner;
  const onRetry = props.onRetry ?? context?.retry;
  const onCheckNetwork = props.onCheckNetwork ?? context?.ui.openPanel;
  const retry: RelayDiagnosticsBannerAction | undefined = onRetry && {
    id: 'retry',
    label: b.retry,
    onClick: () => onRetry({ details }),
    opensPanel: false,
  };
  const checkNetwork: RelayDiagnosticsBannerAction | undefined = onCheckNetwork && {
    id: 'checkNetwork',
    label: b.checkNetwork,
    onClick: onCheckNetwork,
    opensPanel: true,
  };
  const base = {
    model,
    kind: model.kind,
    readinessText,
    restoreFocusTarget,
    classes: relayDiagnosticsBannerBaseClasses,
  };
  const since = (time: number, template: string) => formatString(template, { time: formatTime(time, strings.locale) });

  switch (model.kind) {
    case 'none':
      return { ...base, ...blank, intent: 'info', politeness: 'polite' };
    case 'relaysUnreachable':
      return {
        ...base,
        intent: 'warning',
        politeness: 'polite',
        issue: undefined,
        title: b.relaysUnreachableTitle,
        lines: [b.relaysUnreachableBody],
        meta: [
          ...(model.since !== undefined ? [since(model.since, b.relaysUnreachableSince)] : []),
          ...(model.moreIssues ? [moreIssuesText(strings, model.moreIssues)] : []),
        ],
        primaryAction: checkNetwork,
        secondaryAction: undefined,
      };
    case 'networkIssue': {
      const n = strings.network;
      const title = n[`${model.issue}Title` as keyof typeof n] as string | undefined;
      const body = n[`${model.issue}Body` as keyof typeof n] as string | undefined;
      const retryFirst = model.action === 'retry' && retry !== undefined;
      return {
        ...base,
        intent: model.intent,
        politeness: model.intent === 'error' ? 'assertive' : 'polite',
        issue: model.issue,
        title: title ?? n.reconnectingTitle,
        lines: body ? [body] : [],
        meta: [
          since(model.since, n.since),
          ...(model.moreIssues > 0 ? [moreIssuesText(strings, model.moreIssues)] : []),
        ],
        primaryAction: retryFirst ? retry : checkNetwork,
        secondaryAction: retryFirst ? checkNetwork : undefined,
      };
    }
    case 'callEnded':
      return { ...base, ...callEnded(model, strings, recurrence?.kind), ...pair(primary, retry, checkNetwork) };
  }
}

const blank = {
  issue: undefined,
  title: '',
  lines: [],
  meta: [],
  primaryAction: undefined,
  secondaryAction: undefined,
} as const;

/** The error banner's words after a network-family end. */
function callEnded(
  model: Extract<BannerModel, { kind: 'callEnded' }>,
  strings: CallDiagnosticsStrings,
  recurrence: string | undefined,
) {
  const b = strings.banner;
  const n = strings.network;
  const endTitle = n.endTitles[model.entry.key as keyof typeof n.endTitles] ?? n.endTitles.unknown;
  const reason = strings.endCodes[model.entry.key as keyof typeof strings.endCodes] ?? strings.endCodes.unknown;
  const hint = model.relayFailure
    ? recurrence === 'transient'
      ? b.transientHint
      : recurrence === 'persistent'
        ? b.persistentHint
        : undefined
    : n.actions[model.entry.action];
  return {
    intent: 'error',
    politeness: 'assertive',
    issue: undefined,
    title: model.relayFailure ? b.relayFailureTitle : endTitle,
    lines: [model.relayFailure ? b.relayFailureBody : reason, ...(hint ? [hint] : [])],
    meta: [
      formatString(b.code, { code: model.codeText }),
      ...(model.callId ? [formatString(b.callId, { callId: model.callId })] : []),
    ],
  } as const;
}

/** Primary and secondary after an end: Retry first when the failure looks transient (or nothing else is offered). */
function pair(
  primary: string | undefined,
  retry: RelayDiagnosticsBannerAction | undefined,
  checkNetwork: RelayDiagnosticsBannerAction | undefined,
) {
  const retryFirst = primary === 'retry' || !checkNetwork;
  return retryFirst
    ? { primaryAction: retry ?? checkNetwork, secondaryAction: retry ? checkNetwork : undefined }
    : { primaryAction: checkNetwork, secondaryAction: retry };
}

/**
 * What the readiness check before the call found, during a relay problem. Its words (the readiness strings) are a
 * chunk of their own, fetched only here; nothing shows until it has loaded, or if it fails to.
 */
function useReadinessFinding(result: ReadinessResult | undefined, strings: CallDiagnosticsStrings): string | undefined {
  const [found, setFound] = useState<{ result: ReadinessResult; text: string }>();
  useEffect(() => {
    if (!result) return;
    let live = true;
    import('./readinessFinding.js')
      .then((module) => module.loadReadinessFinding(result, strings))
      .then(
        (text) => live && setFound({ result, text }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [result, strings]);
  // A locale change keeps the line shown until the new words arrive.
  return result && found?.result === result ? found.text : undefined;
}

function moreIssuesText(strings: CallDiagnosticsStrings, count: number): string {
  return count === 1
    ? strings.network.moreIssuesOne
    : formatString(strings.network.moreIssuesMany, { count: String(count) });
}
