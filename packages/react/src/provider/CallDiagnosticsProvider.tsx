import {
  type CallDiagnostics,
  type CallDiagnosticsOptions,
  type CallLike,
  createCallDiagnostics,
  type FeaturesLike,
} from '@call-diagnostics/core';
import {
  Component,
  type ComponentType,
  type ErrorInfo,
  type ReactElement,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FirewallGuidancePanel } from '../components/FirewallGuidancePanel/FirewallGuidancePanel.js';
import { RecoveryToast } from '../components/RecoveryToast/RecoveryToast.js';
import { RelayDiagnosticsBanner } from '../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
import {
  CallDiagnosticsContext,
  type CallDiagnosticsContextValue,
  type RetryRequest,
} from '../context/CallDiagnosticsContext.js';
import { createUiStore } from '../context/uiStore.js';
import { defaultStrings, mergeStrings, type PartialStrings } from '../localization/strings.js';

/** A surface slot: `true`/omitted renders the default, `false` renders nothing, a component replaces it. */
export type SurfaceSlot = boolean | ComponentType<Record<string, never>>;

/** Props of {@link CallDiagnosticsProvider}. */
export interface CallDiagnosticsProviderProps {
  /** The raw ACS SDK `Call` to diagnose. May change (a new call starts a fresh diagnosis) or be undefined. */
  readonly call?: CallLike | undefined;
  /** Use an existing diagnostics object (shared with other code, or seeded for a story) instead of making one. */
  readonly diagnostics?: CallDiagnostics | undefined;
  /** Called when the person presses Retry. Without it, Retry is not offered. */
  readonly onRetry?: ((request: RetryRequest) => void) | undefined;
  /** The SDK's `Features` (`import { Features } from '@azure/communication-calling'`); saves a lazy SDK lookup. */
  readonly features?: FeaturesLike | undefined;
  /** Overrides over the en-US strings, at any depth. */
  readonly strings?: PartialStrings | undefined;
  /** The banner above the children. */
  readonly banner?: SurfaceSlot | undefined;
  /** The "connection restored" toast. */
  readonly toast?: SurfaceSlot | undefined;
  /** The firewall guidance panel. */
  readonly panel?: SurfaceSlot | undefined;
  /** Options for the diagnostics object the provider creates (flap window, clock…). Read once. */
  readonly options?: Omit<CallDiagnosticsOptions, 'source' | 'store'> | undefined;
  /** Called when a surface throws; the surface is hidden and the app keeps running. Defaults to console.error. */
  readonly onSurfaceError?: ((error: unknown, surface: 'banner' | 'toast' | 'panel') => void) | undefined;
  readonly children?: ReactNode;
}

interface BoundaryProps {
  readonly surface: 'banner' | 'toast' | 'panel';
  readonly onError: (error: unknown, surface: 'banner' | 'toast' | 'panel') => void;
  readonly children: ReactNode;
}

/** Contains a failing surface: the call UI around it must never go down with it. */
class SurfaceBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error, this.props.surface);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

function renderSlot(slot: SurfaceSlot | undefined, Default: ComponentType<Record<string, never>>): ReactNode {
  if (slot === false) return null;
  const Surface = slot === undefined || slot === true ? Default : slot;
  return <Surface />;
}

/** True unless the bundler set NODE_ENV to production; safe where `process` does not exist. */
function isDevelopment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV !== 'production';
}

const defaultSurfaceError = (error: unknown, surface: string) =>
  console.error(`[call-diagnostics] the ${surface} surface failed and was hidden`, error);

/**
 * Drop-in diagnostics for an ACS call: give it the `Call`, get the relay warning banner, the 410/3112 error with
 * code, call ID, Retry / Check your network / Copy details, the recovery toast and the firewall guidance panel.
 *
 * The provider holds no React state of its own: diagnostic events re-render only the surfaces that show them,
 * never the provider's children.
 */
export function CallDiagnosticsProvider(props: CallDiagnosticsProviderProps): ReactElement {
  const { call, diagnostics: external, strings, children } = props;
  const latest = useRef(props);
  latest.current = props;

  // Created once per provider (or per external object); never replaced on events.
  const [owned] = useState(() =>
    external
      ? undefined
      : createCallDiagnostics({ ...props.options, features: props.features ?? props.options?.features }),
  );
  const diagnostics = external ?? (owned as CallDiagnostics);
  const [ui] = useState(createUiStore);
  const hasRetry = !!props.onRetry;

  useEffect(() => {
    if (!call) return undefined;
    let detach: (() => void) | undefined;
    try {
      detach = diagnostics.attach({ kind: 'call', call });
    } catch (error) {
      if (isDevelopment()) {
        console.error('[call-diagnostics] CallDiagnosticsProvider could not attach to `call`:', error);
      }
    }
    return detach;
  }, [diagnostics, call]);

  // No dispose on unmount: StrictMode unmounts and remounts with the same state, and a disposed store would stay
  // dead. Everything external is released by the attach effect's cleanup (SDK listeners) and by the surfaces'
  // own unsubscribes (store listeners); the object is then garbage.

  const value = useMemo<CallDiagnosticsContextValue>(
    () => ({
      diagnostics,
      strings: mergeStrings(defaultStrings, strings),
      ui,
      retry: hasRetry ? (request: RetryRequest) => latest.current.onRetry?.(request) : undefined,
    }),
    [diagnostics, strings, ui, hasRetry],
  );
  const onError = (error: unknown, surface: 'banner' | 'toast' | 'panel') =>
    (latest.current.onSurfaceError ?? defaultSurfaceError)(error, surface);

  return (
    <CallDiagnosticsContext.Provider value={value}>
      <SurfaceBoundary surface="banner" onError={onError}>
        {renderSlot(props.banner, RelayDiagnosticsBanner)}
      </SurfaceBoundary>
      {children}
      <SurfaceBoundary surface="toast" onError={onError}>
        {renderSlot(props.toast, RecoveryToast)}
      </SurfaceBoundary>
      <SurfaceBoundary surface="panel" onError={onError}>
        {renderSlot(props.panel, FirewallGuidancePanel)}
      </SurfaceBoundary>
    </CallDiagnosticsContext.Provider>
  );
}
