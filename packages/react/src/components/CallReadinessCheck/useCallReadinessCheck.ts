import type { ReadinessResult, ReadinessVerdict } from '@call-diagnostics/core';
import { READINESS_CHECK_IDS } from '@call-diagnostics/core/internal';
import { useId } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import { useReadinessCheck } from '../../hooks/useReadinessCheck.js';
import { formatString } from '../../localization/strings.js';
import type { CallReadinessCheckProps, CallReadinessCheckState, CallReadinessRow } from './CallReadinessCheck.types.js';
import {
  formatReadinessAdminText,
  formatReadinessReason,
  formatReadinessUntested,
  isBlockedByNetwork,
} from './formatReadiness.js';
import { callReadinessCheckBaseClasses } from './useCallReadinessCheckStyles.styles.js';
import { useReadinessStrings } from './useReadinessStrings.js';

const INTENT: Record<ReadinessVerdict, NonNullable<CallReadinessCheckState['verdict']>['intent']> = {
  ready: 'success',
  warnings: 'warning',
  blocked: 'error',
  untested: 'info',
};

/**
 * Decides what the readiness check shows (Fluent's state half): one row per check with its status in words and its
 * reason, progress, the verdict, what was not tested, the IT-admin text when the network blocks calls, and which
 * actions to offer ("Start the check" / "Run again", "Cancel", "Allow camera and microphone", "Join" / "Join
 * anyway"). Draw it with `renderCallReadinessCheck_unstable`, or your own view.
 */
export function useCallReadinessCheck_unstable(props: CallReadinessCheckProps): CallReadinessCheckState {
  const { check, callClient, features, iceServers, endpoints, history, userId, timeoutMs, requestPermissions } = props;
  const { snapshot, run, abort } = useReadinessCheck({
    check,
    callClient,
    features,
    iceServers,
    endpoints,
    history,
    userId,
    timeoutMs,
    requestPermissions,
    platform: props.platform,
    onDiagnosticEvent: props.onDiagnosticEvent,
  });
  const strings = useReadinessStrings(props.locale, props.strings);
  const main = useDiagnosticsStrings();
  const [copyStatus, copy] = useCopyToClipboard();
  const titleId = useId('cdk-readiness-title');
  const runButtonId = useId('cdk-readiness-run');
  // "Allow camera and microphone" goes away while the check runs again: focus moves to the Cancel button in its place.
  const focusRun = useRef(false);
  useEffect(() => {
    if (!focusRun.current) return;
    focusRun.current = false;
    if (typeof document !== 'undefined') document.getElementById(runButtonId)?.focus();
  });

  // Start on mount with `autoStart`; again after StrictMode's simulated unmount aborted that start.
  const autoStarted = useRef(false);
  const snapshotOf = useRef(snapshot);
  snapshotOf.current = snapshot;
  const { autoStart } = props;
  useEffect(() => {
    if (!autoStart) return;
    const { state } = snapshotOf.current;
    if (state === 'idle' || (autoStarted.current && state === 'aborted')) {
      autoStarted.current = true;
      void run();
    }
  }, [autoStart, run]);

  // Report each result produced while mounted (not one the check already had).
  const reported = useRef(snapshot.result);
  const onResult = useRef(props.onResult);
  onResult.current = props.onResult;
  const result = snapshot.result;
  useEffect(() => {
    if (!result || result === reported.current) return;
    reported.current = result;
    onResult.current?.(result);
  }, [result]);

  const phase = snapshot.state;
  const running = phase === 'running';
  const done: ReadinessResult | undefined = phase === 'done' ? result : undefined;
  const rows: CallReadinessRow[] = snapshot.checks.map((c) => ({
    id: c.id,
    name: strings.checks[c.id],
    status: c.status,
    statusText: strings.status[c.status],
    reasonText: 'reason' in c ? formatReadinessReason(c, strings, main) : undefined,
  }));
  const total = READINESS_CHECK_IDS.length;
  const finished = snapshot.checks.filter((c) => c.status !== 'idle' && c.status !== 'running').length;
  const permissionNeeded = snapshot.checks.some(
    (c) => c.id === 'devices' && 'reason' in c && c.reason === 'permission-needed',
  );
  const { onJoin } = props;

  return {
    strings,
    snapshot,
    phase,
    running,
    rows,
    progress: { done: finished, total, text: formatString(strings.progress, { done: finished, total }) },
    verdict: done
      ? { verdict: done.verdict, intent: INTENT[done.verdict], ...strings.verdicts[done.verdict] }
      : undefined,
    untestedText: done ? formatReadinessUntested(done.untested, strings) : undefined,
    adminText:
      done && isBlockedByNetwork(done) ? formatReadinessAdminText(done, strings, main, props.firewall) : undefined,
    copyStatus,
    copyAdmin: () => {
      if (done && isBlockedByNetwork(done)) void copy(formatReadinessAdminText(done, strings, main, props.firewall));
    },
    start: running
      ? undefined
      : {
          label: phase === 'idle' ? strings.start : strings.runAgain,
          onClick: () => void run(),
          primary: done?.verdict !== 'ready',
        },
    cancel: running ? { label: strings.cancel, onClick: abort, primary: false } : undefined,
    allowDevices:
      permissionNeeded && !running
        ? {
            label: strings.allowDevices,
            // From the click: the browser's prompt needs the person's gesture.
            onClick: () => {
              abort();
              focusRun.current = true;
              void run({ requestPermissions: true });
            },
            primary: false,
          }
        : undefined,
    join: onJoin
      ? {
          label: done?.verdict === 'ready' ? strings.join : strings.joinAnyway,
          onClick: () => {
            if (running) abort();
            onJoin(done);
          },
          primary: done?.verdict === 'ready',
        }
      : undefined,
    titleId,
    runButtonId,
    classes: callReadinessCheckBaseClasses,
  };
}
