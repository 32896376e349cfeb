import type { ReadinessResult, ReadinessSnapshot, ReadinessVerdict } from '@call-diagnostics/core';
import { READINESS_CHECK_IDS } from '@call-diagnostics/core/internal';
import { useId } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import {
  type ReadinessCheckHandle,
  type UseReadinessCheckOptions,
  useReadinessCheck,
} from '../../hooks/useReadinessCheck.js';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';
import type { ReadinessStrings } from '../../localization/readiness/en-US.js';
import { formatString } from '../../localization/strings.js';
import type {
  CallReadinessAction,
  CallReadinessCheckProps,
  CallReadinessCheckState,
  CallReadinessRow,
} from './CallReadinessCheck.types.js';
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

/** The core options among the props (the rest are the view's), so the check is made again only when they change. */
function checkOptions(props: CallReadinessCheckProps): UseReadinessCheckOptions {
  const { check, callClient, features, iceServers, endpoints, history, userId, timeoutMs, requestPermissions } = props;
  const { platform, onDiagnosticEvent } = props;
  return {
    ...{ check, callClient, features, iceServers, endpoints, history, userId, timeoutMs, requestPermissions },
    ...{ platform, onDiagnosticEvent },
  };
}

/**
 * Moves focus to the run button after the next render, when `focusNext()` was called: "Allow camera and microphone"
 * goes away while the check runs again, and focus moves to the Cancel button in its place.
 */
function useFocusAfterRender(id: string): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    if (typeof document !== 'undefined') document.getElementById(id)?.focus();
  });
  return () => {
    pending.current = true;
  };
}

/** Starts the check on mount with `autoStart`; again after StrictMode's simulated unmount aborted that start. */
function useAutoStart(autoStart: boolean | undefined, snapshot: ReadinessSnapshot, run: ReadinessCheckHandle['run']) {
  const autoStarted = useRef(false);
  const snapshotOf = useRef(snapshot);
  snapshotOf.current = snapshot;
  useEffect(() => {
    if (!autoStart) return;
    const { state } = snapshotOf.current;
    if (state === 'idle' || (autoStarted.current && state === 'aborted')) {
      autoStarted.current = true;
      void run();
    }
  }, [autoStart, run]);
}

/** Reports each result produced while mounted (not one the check already had) to the latest `onResult`. */
function useReportResult(result: ReadinessResult | undefined, onResult: CallReadinessCheckProps['onResult']) {
  const reported = useRef(result);
  const latest = useRef(onResult);
  latest.current = onResult;
  useEffect(() => {
    if (!result || result === reported.current) return;
    reported.current = result;
    latest.current?.(result);
  }, [result]);
}

/** One row per check: its name, its status in words and, once decided, its reason. */
function readinessRows(
  snapshot: ReadinessSnapshot,
  strings: ReadinessStrings,
  main: CallDiagnosticsStrings,
): CallReadinessRow[] {
  return snapshot.checks.map((c) => ({
    id: c.id,
    name: strings.checks[c.id],
    status: c.status,
    statusText: strings.status[c.status],
    reasonText: 'reason' in c ? formatReadinessReason(c, strings, main) : undefined,
  }));
}

/** How many checks have finished, of how many, in words. */
function readinessProgress(
  snapshot: ReadinessSnapshot,
  strings: ReadinessStrings,
): CallReadinessCheckState['progress'] {
  const total = READINESS_CHECK_IDS.length;
  const done = snapshot.checks.filter((c) => c.status !== 'idle' && c.status !== 'running').length;
  return { done, total, text: formatString(strings.progress, { done, total }) };
}

interface ActionInputs {
  readonly snapshot: ReadinessSnapshot;
  readonly done: ReadinessResult | undefined;
  readonly strings: ReadinessStrings;
  readonly run: ReadinessCheckHandle['run'];
  readonly abort: () => void;
  readonly onJoin: CallReadinessCheckProps['onJoin'];
  readonly focusRunButton: () => void;
}

/** "Allow camera and microphone" when the devices check needs access and nothing runs: a rerun with the prompt. */
function allowDevicesAction(inputs: ActionInputs): CallReadinessAction | undefined {
  const { snapshot, strings, run, abort, focusRunButton } = inputs;
  const permissionNeeded = snapshot.checks.some(
    (c) => c.id === 'devices' && 'reason' in c && c.reason === 'permission-needed',
  );
  if (!permissionNeeded || snapshot.state === 'running') return undefined;
  return {
    label: strings.allowDevices,
    // From the click: the browser's prompt needs the person's gesture.
    onClick: () => {
      abort();
      focusRunButton();
      void run({ requestPermissions: true });
    },
    primary: false,
  };
}

/** "Join" after a ready verdict, "Join anyway" otherwise (aborting a run under way); only with `onJoin`. */
function joinAction({ snapshot, done, strings, abort, onJoin }: ActionInputs): CallReadinessAction | undefined {
  if (!onJoin) return undefined;
  const ready = done?.verdict === 'ready';
  return {
    label: ready ? strings.join : strings.joinAnyway,
    onClick: () => {
      if (snapshot.state === 'running') abort();
      onJoin(done);
    },
    primary: ready,
  };
}

/** The actions to offer: start or run again, cancel while running, allow devices, join. */
function readinessActions(
  inputs: ActionInputs,
): Pick<CallReadinessCheckState, 'start' | 'cancel' | 'allowDevices' | 'join'> {
  const { snapshot, done, strings, run, abort } = inputs;
  const running = snapshot.state === 'running';
  return {
    start: running
      ? undefined
      : {
          label: snapshot.state === 'idle' ? strings.start : strings.runAgain,
          onClick: () => void run(),
          primary: done?.verdict !== 'ready',
        },
    cancel: running ? { label: strings.cancel, onClick: abort, primary: false } : undefined,
    allowDevices: allowDevicesAction(inputs),
    join: joinAction(inputs),
  };
}

/**
 * Decides what the readiness check shows (Fluent's state half): one row per check with its status in words and its
 * reason, progress, the verdict, what was not tested, the IT-admin text when the network blocks calls, and which
 * actions to offer ("Start the check" / "Run again", "Cancel", "Allow camera and microphone", "Join" / "Join
 * anyway"). Draw it with `renderCallReadinessCheck_unstable`, or your own view.
 */
export function useCallReadinessCheck_unstable(props: CallReadinessCheckProps): CallReadinessCheckState {
  const { snapshot, run, abort } = useReadinessCheck(checkOptions(props));
  const strings = useReadinessStrings(props.locale, props.strings);
  const main = useDiagnosticsStrings();
  const [copyStatus, copy] = useCopyToClipboard();
  const titleId = useId('cdk-readiness-title');
  const runButtonId = useId('cdk-readiness-run');
  const focusRunButton = useFocusAfterRender(runButtonId);
  useAutoStart(props.autoStart, snapshot, run);
  useReportResult(snapshot.result, props.onResult);

  const done = snapshot.state === 'done' ? snapshot.result : undefined;
  const adminText =
    done && isBlockedByNetwork(done) ? formatReadinessAdminText(done, strings, main, props.firewall) : undefined;
  return {
    strings,
    snapshot,
    phase: snapshot.state,
    running: snapshot.state === 'running',
    rows: readinessRows(snapshot, strings, main),
    progress: readinessProgress(snapshot, strings),
    verdict: done
      ? { verdict: done.verdict, intent: INTENT[done.verdict], ...strings.verdicts[done.verdict] }
      : undefined,
    untestedText: done ? formatReadinessUntested(done.untested, strings) : undefined,
    adminText,
    copyStatus,
    copyAdmin: () => {
      if (adminText !== undefined) void copy(adminText);
    },
    ...readinessActions({ snapshot, done, strings, run, abort, onJoin: props.onJoin, focusRunButton }),
    titleId,
    runButtonId,
    classes: callReadinessCheckBaseClasses,
  };
}
