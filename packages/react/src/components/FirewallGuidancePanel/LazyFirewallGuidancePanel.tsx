import { type ReactElement, useContext, useRef, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useChunk } from '../../hooks/useChunk.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { firewallGuidancePanelChunk } from './firewallGuidancePanelChunk.js';

const noopSubscribe = () => () => {};
const closed = () => false;

/**
 * The provider's default panel: renders nothing (and loads nothing) until the panel is first opened. (The code is
 * usually fetched before that: `PanelPreloader` asks for it when the banner first shows a problem.) Once loaded it
 * stays mounted, so closing keeps Fluent's exit motion and focus return.
 *
 * A chunk that cannot be downloaded closes the panel and is thrown to the provider's boundary, which reports it
 * (`onSurfaceError(error, 'panel')`) and tries the panel again on the next call: the chunk is then fetched again when
 * the panel is opened (never opened by itself).
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
  const loaded = useChunk(firewallGuidancePanelChunk, opened.current, () => ui?.closePanel());
  if (!opened.current || !loaded) return null;
  return <loaded.FirewallGuidancePanel {...props} />;
}
