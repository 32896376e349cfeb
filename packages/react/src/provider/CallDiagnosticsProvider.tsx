import { type CallDiagnostics, createCallDiagnostics } from '@call-diagnostics/core';
import { chooseSource, isDevelopment } from '@call-diagnostics/core/internal';
import { type ReactElement, useEffect, useMemo, useRef, useState } from 'react';
import { CallDiagnosticsContext, type RetryRequest } from '../context/CallDiagnosticsContext.js';
import { createUiStore } from '../context/uiStore.js';
import { trackUiEvent } from '../hooks/trackUiEvent.js';
import { usePanelTelemetry } from '../hooks/usePanelTelemetry.js';
import type { CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.types.js';
import { DeferredBanner, DeferredNotice, DeferredPanel, DeferredToast, useSurfaceChunk } from './deferredSurfaces.js';
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
  const { diagnostics: external, locale, locales, strings, readiness, children } = props;
  const { source, problem } = chooseSource(props, { optional: external !== undefined });
  const latest = useRef(props);
  latest.current = props;

  // Made on first need, once per provider; also when an external `diagnostics` prop goes away later.
  const owned = useRef<CallDiagnostics | undefined>(undefined);
  if (!external && !owned.current) {
    const { features, userId, history, redact, sdkVersion, shareDiagnostics } = props;
    owned.current = createCallDiagnostics({
      ...props.options,
      ...{ features, userId, history, redact, sdkVersion, shareDiagnostics },
      onDiagnosticEvent: (record) => latest.current.onDiagnosticEvent?.(record),
    });
  }
  const diagnostics = external ?? (owned.current as CallDiagnostics);
  // A user change without a remount: the next outcomes and records belong to the new user.
  useEffect(() => owned.current?.setUserId(props.userId), [props.userId]);
  const [ui] = useState(createUiStore);
  usePanelTelemetry(ui, diagnostics);

  const { call, callAgent, adapter, statefulClient, callId } = props;
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
          `[call-diagnostics] CallDiagnosticsProvider could not attach to \`${{ call: 'call', callAgent: 'callAgent', callAdapter: 'adapter', statefulCallClient: 'statefulClient' }[source.kind]}\`:`,
          error,
        );
      return undefined;
    }
  }, [diagnostics, call, callAgent, adapter, statefulClient, callId, problem]);

  const withDefaults =
    problem === undefined && [props.banner, props.notice, props.toast, props.panel].some(isDefaultSlot);
  useSurfaceChunk(withDefaults, diagnostics, (error) =>
    reportSurfaceError(latest.current.onSurfaceError, error, 'banner'),
  );

  const hasRetry = !!props.onRetry;
  // The source as of its holder props (a new object only when one of them changes): the surfaces derive the call's
  // controls from it in their own chunk, so the provider's first load carries none of that code.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `source` is new each render; its holder props are the deps
  const callSource = useMemo(() => source, [call, callAgent, adapter, statefulClient, callId, problem]);
  const controls = props.controls;
  const onOpenDeviceSettings = props.onOpenDeviceSettings && latestDeviceSettings(latest);
  const value = useMemo(
    () => ({
      ...{
        diagnostics,
        locale,
        locales,
        overrides: strings,
        ui,
        readiness,
        controls,
        onOpenDeviceSettings,
        callSource,
      },
      retry: hasRetry
        ? (request: RetryRequest) => {
            trackUiEvent(diagnostics, 'retryPressed');
            latest.current.onRetry?.(request);
          }
        : undefined,
    }),
    [diagnostics, locale, locales, strings, ui, hasRetry, readiness, controls, onOpenDeviceSettings, callSource],
  );

  // A misuse (no source prop, or several) leaves the app's UI exactly as it was: no surfaces, no context.
  if (problem !== undefined) return <>{children}</>;
  const boundary = {
    diagnostics,
    onError: (error: unknown, surface: SurfaceName) =>
      reportSurfaceError(latest.current.onSurfaceError, error, surface),
  };
  return (
    <CallDiagnosticsContext.Provider value={value}>
      <SurfaceSlotView surface="banner" slot={props.banner} fallback={<DeferredBanner />} {...boundary} />
      <SurfaceSlotView surface="notice" slot={props.notice} fallback={<DeferredNotice />} {...boundary} />
      {children}
      <SurfaceSlotView surface="toast" slot={props.toast} fallback={<DeferredToast />} {...boundary} />
      <SurfaceSlotView
        surface="panel"
        slot={props.panel}
        fallback={<DeferredPanel iceServers={props.iceServers} />}
        {...boundary}
      />
    </CallDiagnosticsContext.Provider>
  );
}

/** One stable function per provider that calls the app's latest `onOpenDeviceSettings`. */
const deviceSettingsCallers = new WeakMap<object, (device: 'microphone' | 'camera' | 'speaker') => void>();
function latestDeviceSettings(latest: { current: CallDiagnosticsProviderProps }) {
  let caller = deviceSettingsCallers.get(latest);
  if (!caller) {
    caller = (device) => latest.current.onOpenDeviceSettings?.(device);
    deviceSettingsCallers.set(latest, caller);
  }
  return caller;
}
