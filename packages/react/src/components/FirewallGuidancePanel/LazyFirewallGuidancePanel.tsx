import { type ReactElement, Suspense, useContext, useRef, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { LoadedPanel } from './loadFirewallGuidancePanel.js';

const noopSubscribe = () => () => {};
const closed = () => false;

/**
 * The provider's default panel: renders nothing (and loads nothing) until the panel is first opened. (The code is
 * usually fetched before that: `PanelPreloader` asks for it when the banner first shows a problem.) Once loaded it
 * stays mounted, so closing keeps Fluent's exit motion and focus return.
 */
export function LazyFirewallGuidancePanel(props: FirewallGuidancePanelProps): ReactElement | null {
  const ui = useContext(CallDiagnosticsContext)?.ui;
  const open = useSyncExternalStore(
    ui ? ui.subscribe : noopSubscribe,
    ui ? () => ui.getSnapshot().panelOpen : closed,
    closed,
  );
  const opened = useRef(false);
  if (open || props.open) opened.current = true;
  if (!opened.current) return null;
  return (
    <Suspense fallback={null}>
      <LoadedPanel {...props} />
    </Suspense>
  );
}
