import { type ReactElement, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { firewallGuidancePanelChunk } from './firewallGuidancePanelChunk.js';
import { useReturnFocus } from './useReturnFocus.js';

const noopSubscribe = () => () => {};
const closed = () => false;
const notLoaded = () => undefined;

/**
 * The provider's default panel: loads nothing until the panel is first opened (the code is usually fetched before
 * that: `PanelPreloader` asks for it when the banner first shows a problem). Once the code is there the panel is
 * rendered, closed until opened: its drawer sets up Fluent's focus restorer then, before "Check your network" is
 * pressed, so focus returns to that action when the panel closes (`useReturnFocus` covers an opener pressed before the
 * code arrived). It stays mounted, so closing keeps Fluent's exit motion and focus return.
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
  useReturnFocus(open || !!props.open);
  const wanted = opened.current;
  const loaded = useSyncExternalStore(firewallGuidancePanelChunk.subscribe, firewallGuidancePanelChunk.get, notLoaded);
  const [failure, setFailure] = useState<{ readonly error: unknown }>();
  useEffect(() => {
    if (!wanted || loaded) return undefined;
    let live = true;
    firewallGuidancePanelChunk.load().catch((error: unknown) => {
      if (!live) return;
      ui?.closePanel();
      setFailure({ error });
    });
    return () => {
      live = false;
    };
  }, [wanted, loaded, ui]);
  if (failure) throw failure.error;
  return loaded ? <loaded.FirewallGuidancePanel {...props} /> : null;
}
