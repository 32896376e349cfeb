import { type ReactElement, useSyncExternalStore } from 'react';
import type { FirewallGuidancePanelProps } from '../components/FirewallGuidancePanel/FirewallGuidancePanel.types.js';

type Surfaces = typeof import('./surfaces.js');

let surfaces: Surfaces | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the kit's banner and recovery toast (a separate chunk: the provider itself stays small). The provider calls
 * it when it mounts; call it earlier (at app start, in a route loader, before a test) to have them ready at once.
 * Resolves when they are loaded; a failed fetch rejects and the next call tries again.
 */
export function preloadCallDiagnosticsUi(): Promise<void> {
  loading ??= import('./surfaces.js').then(
    (module) => {
      surfaces = module;
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// Undefined on the server and during hydration (a call exists only in the browser, so the server never has
// anything to show): the first client render matches the server HTML, then the surfaces appear.
function useSurfaces(): Surfaces | undefined {
  return useSyncExternalStore(
    subscribe,
    () => surfaces,
    () => undefined,
  );
}

/** The provider's default banner: the real one once loaded (no Suspense, so no fallback flash on an update). */
export function DeferredBanner(): ReactElement | null {
  const loaded = useSurfaces();
  return loaded ? <loaded.RelayDiagnosticsBanner /> : null;
}

/** The provider's default recovery toast, once loaded. */
export function DeferredToast(): ReactElement | null {
  const loaded = useSurfaces();
  return loaded ? <loaded.RecoveryToast /> : null;
}

/**
 * The provider's default guidance panel: its code is fetched when the banner first shows a problem or when the panel
 * opens (an `openPanel()` before the surfaces load is kept and honoured once they have).
 */
export function DeferredPanel(props: FirewallGuidancePanelProps): ReactElement | null {
  const loaded = useSurfaces();
  return loaded ? (
    <>
      <loaded.PanelPreloader />
      <loaded.LazyFirewallGuidancePanel {...props} />
    </>
  ) : null;
}
