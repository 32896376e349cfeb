import { createListeners } from '@call-diagnostics/core/internal';
import { type ReactElement, useEffect, useRef, useSyncExternalStore } from 'react';
import type { FirewallGuidancePanelProps } from '../components/FirewallGuidancePanel/FirewallGuidancePanel.types.js';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';

type Surfaces = typeof import('./surfaces.js');

let surfaces: Surfaces | undefined;
let loading: Promise<void> | undefined;
const listeners = createListeners();

/**
 * Loads the kit's surfaces: the banner, the notices' and the fallback family's gates, and the loaders of the panel and
 * the recovery toast (a separate chunk: the provider itself stays small). The provider calls it when it mounts; call it earlier (at app start, in a route loader, before a test) to have them ready at once.
 * Resolves when they are loaded; a failed fetch rejects and the next call tries again.
 */
export function preloadCallDiagnosticsUi(): Promise<void> {
  loading ??= import('./surfaces.js').then(
    (module) => {
      surfaces = module;
      listeners.notify();
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const subscribe = listeners.subscribe;

// Undefined on the server and during hydration (a call exists only in the browser, so the server never has
// anything to show): the first client render matches the server HTML, then the surfaces appear.
function useSurfaces(): Surfaces | undefined {
  return useSyncExternalStore(
    subscribe,
    () => surfaces,
    () => undefined,
  );
}

/**
 * One of the provider's default surfaces, once the surfaces' chunk has loaded (no Suspense, so no fallback flash on an
 * update): the banner, the notices ("You're muted", the fallbacks), the recovery toast, or the guidance panel (its
 * code is fetched when the banner first shows a problem or when the panel opens; an `openPanel()` before the surfaces
 * load is kept and honoured once they have).
 */
export function Deferred({
  surface,
  ...props
}: FirewallGuidancePanelProps & {
  readonly surface: 'RelayDiagnosticsBanner' | 'Notices' | 'LazyRecoveryToast' | 'LazyFirewallGuidancePanel';
}): ReactElement | null {
  const loaded = useSurfaces();
  const Surface = loaded?.[surface] as ((p: FirewallGuidancePanelProps) => ReactElement | null) | undefined;
  return Surface ? <Surface {...props} /> : null;
}

/** How soon a failed fetch of the surfaces' chunk may be tried again, on the call's next change. */
const SURFACE_RETRY_MS = 3000;

/**
 * The provider's chunk loader: fetches the surfaces when `enabled` (as soon as the provider mounts). A failed fetch
 * is reported once and tried again on the call's next change, at most every few seconds (when something goes wrong
 * on the call is when the banner is needed). No timer of its own.
 */
export function useSurfaceChunk(
  enabled: boolean,
  diagnostics: Pick<DiagnosticsSourceLike, 'subscribe'>,
  onError: (error: unknown) => void,
): void {
  const report = useRef(onError);
  report.current = onError;
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    let failed = false;
    let lastAttempt = 0;
    const load = () => {
      lastAttempt = Date.now();
      preloadCallDiagnosticsUi().then(
        () => {
          failed = false;
        },
        (error: unknown) => {
          if (live && !failed) report.current(error);
          failed = true;
        },
      );
    };
    load();
    const unsubscribe = diagnostics.subscribe(() => {
      if (failed && Date.now() - lastAttempt >= SURFACE_RETRY_MS) load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [enabled, diagnostics]);
}
