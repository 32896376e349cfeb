import { selectRelayDiagnostics } from '@call-diagnostics/core';
import { type ReactElement, useRef } from 'react';
import { useOptionalChunk as useLazyModule } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { firewallGuidancePanelChunk } from '../FirewallGuidancePanel/firewallGuidancePanelChunk.js';

/**
 * The provider's default recovery toast. A recovery can only follow a relay problem, so its code is in the chunk fetched
 * when the banner first shows a problem (with the guidance panel), asked for here as soon as the relays are not
 * reachable; it announces every recovery since this component mounted (with the provider's surfaces), also one that
 * came before its code did. A failed fetch is tried again on the next render (the recovery itself is one).
 */
export function LazyRecoveryToast(): ReactElement | null {
  const relay = useDiagnosticsSelector(selectRelayDiagnostics);
  const since = useRef(relay.recoveryNotice);
  const part = useLazyModule(firewallGuidancePanelChunk, relay.status !== 'reachable');
  return part ? <part.RecoveryToastSince since={since.current} /> : null;
}
