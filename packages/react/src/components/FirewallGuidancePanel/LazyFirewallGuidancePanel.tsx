import { lazy, type ReactElement, Suspense, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useBannerModel } from '../../hooks/useRelayDiagnostics.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';

// The panel (drawer, checklist, relay probe, support report) is most of the kit's bytes and is needed only when
// someone opens it: the provider loads it on demand, so an app's first load carries the banner and toast alone.
let loading: Promise<{ default: typeof import('./FirewallGuidancePanel.js').FirewallGuidancePanel }> | undefined;
const loadPanel = () => {
  loading ??= import('./FirewallGuidancePanel.js').then(
    (m) => ({ default: m.FirewallGuidancePanel }),
    (error: unknown) => {
      loading = undefined; // a failed fetch may be retried on the next open
      throw error;
    },
  );
  return loading;
};
const Panel = lazy(loadPanel);

const noopSubscribe = () => () => {};
const closed = () => false;

/**
 * The provider's default panel: renders nothing (and loads nothing) until the panel is first opened. The code is
 * fetched ahead when the banner first shows a problem, while the network may still serve it, so opening is instant.
 * Once loaded it stays mounted, so closing keeps Fluent's exit motion and focus return.
 */
export function LazyFirewallGuidancePanel(props: FirewallGuidancePanelProps): ReactElement | null {
  const ui = useContext(CallDiagnosticsContext)?.ui;
  const open = useSyncExternalStore(
    ui ? ui.subscribe : noopSubscribe,
    ui ? () => ui.getSnapshot().panelOpen : closed,
    closed,
  );
  const problem = useBannerModel(props.diagnostics).kind !== 'none';
  const opened = useRef(false);
  if (open || props.open) opened.current = true;
  useEffect(() => {
    if (problem) loadPanel().catch(() => undefined); // the open itself reports a failure
  }, [problem]);
  if (!opened.current) return null;
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
