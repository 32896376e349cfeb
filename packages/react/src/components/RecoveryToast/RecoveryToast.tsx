import { Toast, ToastBody, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { type ReactElement, useEffect, useRef } from 'react';
import { useRelayDiagnostics } from '../../hooks/useRelayDiagnostics.js';
import { useDiagnosticsStrings } from '../../hooks/useStrings.js';
import type { RecoveryToastProps } from './RecoveryToast.types.js';

/**
 * "Connection restored": a Fluent toast when `networkRelaysNotReachable` goes false after true. One toast per
 * unreachable episode, so a flapping network does not produce a burst. A recovery that happened before the
 * component mounted is not announced, and a recovery while the last toast is still visible does not add a second.
 */
export function RecoveryToast(props: RecoveryToastProps): ReactElement | null {
  const relay = useRelayDiagnostics(props.diagnostics);
  const strings = useDiagnosticsStrings();
  const ownId = useId('cdk-recovery-toaster');
  const toasterId = props.toasterId ?? ownId;
  const { dispatchToast } = useToastController(toasterId);
  const seen = useRef(relay.recoveryNotice);

  useEffect(() => {
    if (relay.recoveryNotice === seen.current) return;
    const isNew = relay.recoveryNotice > seen.current;
    seen.current = relay.recoveryNotice;
    if (!isNew || relay.status !== 'recovered') return;
    dispatchToast(
      <Toast>
        <ToastTitle>{strings.toast.recoveredTitle}</ToastTitle>
        <ToastBody>{strings.toast.recoveredBody}</ToastBody>
      </Toast>,
      // One id per toaster: while a "restored" toast is still visible a new recovery does not stack a second one.
      {
        toastId: `${toasterId}-recovered`,
        intent: 'success',
        politeness: 'polite',
        timeout: props.timeoutMs ?? 6000,
        pauseOnHover: true,
      },
    );
  }, [relay.recoveryNotice, relay.status, dispatchToast, strings, props.timeoutMs, toasterId]);

  if (props.toasterId) return null;
  return <Toaster toasterId={toasterId} position={props.position ?? 'bottom-end'} pauseOnHover />;
}
