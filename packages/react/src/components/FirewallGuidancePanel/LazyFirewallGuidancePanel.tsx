import { type ReactElement, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useLoadedBannerModel } from '../../families/bannerFamilies.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { firewallGuidancePanelChunk as chunk } from './firewallGuidancePanelChunk.js';

const noopSubscribe = () => () => {};
const closed = () => false;
const notLoaded = () => undefined;

/**
 * The provider's default panel. Its code is fetched when the banner first shows a problem, while the network may still
 * serve it, so "Check your network" opens at once (a failure then is silent: opening reports it), or when the panel
 * opens. Once the code is there the panel is rendered (nothing while closed); its dialog gives the focus back to
 * what had it when the dialog opened ("Check your network", also when it was pressed before the code arrived:
 * nothing moves the focus meanwhile).
 *
 * A chunk that cannot be downloaded when the panel opens closes the panel and is thrown to the provider's boundary,
 * which reports it (`onSurfaceError(error, 'panel')`) and tries the panel again on the next call: the chunk is then
 * fetched again when the panel is opened (never opened by itself).
 */
export function LazyFirewallGuidancePanel(props: FirewallGuidancePanelProps): ReactElement | null {
  const ui = useContext(CallDiagnosticsContext)?.ui;
  const uiOpen = useSyncExternalStore(
    ui ? ui.subscribe : noopSubscribe,
    ui ? () => ui.getSnapshot().panelOpen : closed,
    closed,
  );
  const open = uiOpen || !!props.open;
  const problem = useLoadedBannerModel().kind !== 'none';
  const loaded = useSyncExternalStore(chunk.subscribe, chunk.peek, notLoaded);
  const [failure, setFailure] = useState<{ readonly error: unknown }>();
  const opened = useRef(false);
  if (open) opened.current = true;
  const wanted = opened.current;
  useEffect(() => {
    if (problem && !loaded) chunk.load().catch(() => undefined);
  }, [problem, loaded]);
  useEffect(() => {
    if (!wanted || loaded) return undefined;
    let live = true;
    chunk.load().catch((error: unknown) => {
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
