import { type CallDiagnostics, createCallDiagnostics, type DiagnosticsSource } from '@call-diagnostics/core';
import { chooseSource, isDevelopment } from '@call-diagnostics/core/internal';
import { type ReactElement, useEffect, useMemo, useRef, useState } from 'react';
import {
  CallDiagnosticsContext,
  type CallDiagnosticsContextValue,
  type RetryRequest,
} from '../context/CallDiagnosticsContext.js';
import { createUiStore } from '../context/uiStore.js';
import { trackUiEvent } from '../hooks/trackUiEvent.js';
import { usePanelTelemetry } from '../hooks/usePanelTelemetry.js';
import type { CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.types.js';
import { Deferred, useSurfaceChunk } from './deferredSurfaces.js';
import { isDefaultSlot, reportSurfaceError, type SurfaceName, SurfaceSlotView } from './SurfaceBoundary.js';

export type { CallDiagnosticsProviderProps, ProviderDiagnosticsOptions } from './CallDiagnosticsProvider.types.js';
export type { SurfaceSlot } from './SurfaceBoundary.js';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Drop-in diagnostics for an ACS call: give it the `Call` (or `callAgent`, `adapter`, `statefulClient`), get the relay
 * warning banner, the 410/3112 error with code and call ID, the recovery toast and the firewall guidance panel.
 *
 * A shell over core: the source comes from `chooseSource`, the diagnosis from `createCallDiagnostics`; it holds no
 * React state of its own, so diagnostic events re-render only the surfaces that show them, never its children.
 * @public
 */
export function CallDiagnosticsProvider(props: CallDiagnosticsProviderProps): ReactElement {
  const { children } = props;
  const { source, problem } = chooseSource(props, { optional: props.diagnostics !== undefined });
  const latest = useRef(props);
  latest.current = props;
  const diagnostics = useDiagnosticsObject(props, latest);
  const [ui] = useState(createUiStore);
  usePanelTelemetry(ui, diagnostics);
  const callSource = useAttachment(diagnostics, props, source, problem);
  const withDefaults =
    problem === undefined && [props.banner, props.notice, props.toast, props.panel].some(isDefaultSlot);
  useSurfaceChunk(withDefaults, diagnostics, (error) =>
    reportSurfaceError(latest.current.onSurfaceError, error, 'banner'),
  );
  const value = useContextValue(props, latest, diagnostics, ui, callSource);

  // A misuse (no source prop, or several) leaves the app's UI exactly as it was: no surfaces, no context.
  if (problem !== undefined) return <>{children}</>;
  const boundary = {
    diagnostics,
    onError: (error: unknown, surface: SurfaceName) =>
      reportSurfaceError(latest.current.onSurfaceError, error, surface),
  };
  return (
    <CallDiagnosticsContext.Provider value={value}>
      <SurfaceSlotView
        surface="banner"
        slot={props.banner}
        fallback={<Deferred surface="RelayDiagnosticsBanner" />}
        {...boundary}
      />
      <SurfaceSlotView surface="notice" slot={props.notice} fallback={<Deferred surface="Notices" />} {...boundary} />
      {children}
      <SurfaceSlotView
        surface="toast"
        slot={props.toast}
        fallback={<Deferred surface="LazyRecoveryToast" />}
        {...boundary}
      />
      <SurfaceSlotView
        surface="panel"
        slot={props.panel}
        fallback={<Deferred surface="LazyFirewallGuidancePanel" iceServers={props.iceServers} />}
        {...boundary}
      />
    </CallDiagnosticsContext.Provider>
  );
}

type Latest = { readonly current: CallDiagnosticsProviderProps };

/**
 * The app's `diagnostics`, or the provider's own: made on first need, once per provider (also when an external one
 * goes away later), following `userId` without a remount.
 */
function useDiagnosticsObject(props: CallDiagnosticsProviderProps, latest: Latest): CallDiagnostics {
  const owned = useRef<CallDiagnostics | undefined>(undefined);
  if (!props.diagnostics && !owned.current) {
    const { features, userId, history, redact, sdkVersion, shareDiagnostics } = props;
    owned.current = createCallDiagnostics({
      ...props.options,
      ...{ features, userId, history, redact, sdkVersion, shareDiagnostics },
      onDiagnosticEvent: (record) => latest.current.onDiagnosticEvent?.(record),
    });
  }
  // A user change without a remount: the next outcomes and records belong to the new user.
  useEffect(() => owned.current?.setUserId(props.userId), [props.userId]);
  return props.diagnostics ?? (owned.current as CallDiagnostics);
}

const HOLDER_PROP = {
  call: 'call',
  callAgent: 'callAgent',
  callAdapter: 'adapter',
  statefulCallClient: 'statefulClient',
};

/**
 * Attaches the diagnostics to the source in an effect (its cleanup detaches, so StrictMode's double mount leaves one
 * attachment); says in development why it could not. Returns the source as of its holder props (a new object only
 * when one of them changes): the surfaces derive the call's controls from it in their own chunk.
 */
function useAttachment(
  diagnostics: CallDiagnostics,
  props: CallDiagnosticsProviderProps,
  source: DiagnosticsSource | undefined,
  problem: string | undefined,
): DiagnosticsSource | undefined {
  const { call, callAgent, adapter, statefulClient, callId } = props;
  const holders = [call, callAgent, adapter, statefulClient, callId, problem];
  // biome-ignore lint/correctness/useExhaustiveDependencies: `source` is new each render; its holder props are the deps
  useEffect(() => {
    if (problem !== undefined || !source) {
      if (problem && isDevelopment() && process.env.NODE_ENV !== 'production')
        console.error(
          `[call-diagnostics] CallDiagnosticsProvider: ${problem} Rendering the children without diagnostics.`,
        );
      return undefined;
    }
    try {
      return diagnostics.attach(source);
    } catch (error) {
      if (isDevelopment() && process.env.NODE_ENV !== 'production')
        console.error(
          `[call-diagnostics] CallDiagnosticsProvider could not attach to \`${HOLDER_PROP[source.kind]}\`:`,
          error,
        );
      return undefined;
    }
  }, [diagnostics, ...holders]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  return useMemo(() => source, holders);
}

/**
 * The context value: it changes only with the locale, the map, the overrides, the diagnostics object, the readiness
 * result, the controls, the source, or the presence of `onRetry` / `onOpenDeviceSettings`, never on a diagnostic
 * event (so the children never re-render for one).
 */
function useContextValue(
  props: CallDiagnosticsProviderProps,
  latest: Latest,
  diagnostics: CallDiagnostics,
  ui: ReturnType<typeof createUiStore>,
  callSource: DiagnosticsSource | undefined,
): CallDiagnosticsContextValue {
  const { locale, locales, strings, readiness, controls, features } = props;
  // As given: the surfaces check it (useDialIn); an inline literal changes the context only when the provider renders,
  // when it renders its surfaces anyway.
  const { dialIn } = props;
  const hasRetry = !!props.onRetry;
  const hasDeviceSettings = !!props.onOpenDeviceSettings;
  return useMemo(
    () => ({
      ...{ diagnostics, locale, locales, overrides: strings, ui, readiness, controls, callSource, features, dialIn },
      retry: hasRetry
        ? (request: RetryRequest) => {
            trackUiEvent(diagnostics, 'retryPressed');
            latest.current.onRetry?.(request);
          }
        : undefined,
      onOpenDeviceSettings: hasDeviceSettings
        ? (device: 'microphone' | 'camera' | 'speaker') => latest.current.onOpenDeviceSettings?.(device)
        : undefined,
    }),
    [
      diagnostics,
      locale,
      locales,
      strings,
      ui,
      hasRetry,
      readiness,
      controls,
      hasDeviceSettings,
      callSource,
      features,
      dialIn,
      latest,
    ],
  );
}
