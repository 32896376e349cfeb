import { selectRelayDiagnostics } from '@call-diagnostics/core';
import { Toast, ToastBody, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { useBannerStrings } from '../../localization/useBannerStrings.js';
import type { RecoveryToastProps, RecoveryToastState } from './RecoveryToast.types.js';

/**
 * Decides when to announce a recovery (Fluent's state half) and announces it: when `networkRelaysNotReachable` goes
 * false after true, one toast per unreachable episode, so a flapping network does not produce a burst. A recovery
 * that happened before mount is not announced; a recovery while the last toast is still visible adds no second one
 * (one toast id per toaster). The toast goes to `state.toasterId`; draw that toaster with
 * `renderRecoveryToast_unstable`, or pass your own `toasterId`.
 */
export function useRecoveryToast_unstable(props: RecoveryToastProps): RecoveryToastState {
  return useRecoveryToastSince(props, undefined);
}

/**
 * @internal The toast's state, announcing recoveries after `since` (a `recoveryNotice` count; undefined: the count at
 * mount). The provider's toast, mounted only once a problem showed (`LazyRecoveryToast`), passes the count from when
 * the provider's surfaces mounted, so a recovery before its own mount is still announced.
 */
export function useRecoveryToastSince(props: RecoveryToastProps, since: number | undefined): RecoveryToastState {
  const relay = useDiagnosticsSelector(selectRelayDiagnostics, props.diagnostics);
  const strings = useBannerStrings();
  const ownId = useId('cdk-recovery-toaster');
  const toasterId = props.toasterId ?? ownId;
  const { dispatchToast } = useToastController(toasterId);
  const seen = useRef(since ?? relay.recoveryNotice);
  const [announced, setAnnounced] = useState(0);
  // Empty until the strings are there (a locale tag's rules on their way): a recovery meanwhile is announced once they are.
  const title = strings?.toast.recoveredTitle ?? '';
  const body = strings?.toast.recoveredBody ?? '';
  const timeoutMs = props.timeoutMs ?? 6000;

  useEffect(() => {
    if (!strings || relay.recoveryNotice === seen.current) return;
    const isNew = relay.recoveryNotice > seen.current;
    seen.current = relay.recoveryNotice;
    if (!isNew || relay.status !== 'recovered') return;
    setAnnounced((n) => n + 1);
    dispatchToast(
      <Toast>
        <ToastTitle>{title}</ToastTitle>
        <ToastBody>{body}</ToastBody>
      </Toast>,
      {
        toastId: `${toasterId}-recovered`,
        intent: 'success',
        politeness: 'polite',
        timeout: timeoutMs,
        pauseOnHover: true,
      },
    );
  }, [relay.recoveryNotice, relay.status, dispatchToast, strings, title, body, timeoutMs, toasterId]);

  return {
    toasterId,
    ownToaster: !props.toasterId,
    position: props.position ?? 'bottom-end',
    title,
    body,
    timeoutMs,
    announced,
  };
}
