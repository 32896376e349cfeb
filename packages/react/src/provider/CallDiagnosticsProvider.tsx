import {
  type CallAdapterLike,
  type CallAgentLike,
  type CallDiagnostics,
  type CallDiagnosticsOptions,
  type CallLike,
  createCallDiagnostics,
  type DiagnosticsSource,
  type FeaturesLike,
  type HistoryStorage,
  isDevelopment,
  type OnDiagnosticEvent,
  type OutcomeHistory,
  type ReadinessResult,
  type RedactRule,
  type StatefulCallClientLike,
} from '@call-diagnostics/core';
import { type ComponentType, type ReactElement, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { FirewallGuidancePanelProps } from '../components/FirewallGuidancePanel/FirewallGuidancePanel.types.js';
import {
  CallDiagnosticsContext,
  type CallDiagnosticsContextValue,
  type RetryRequest,
} from '../context/CallDiagnosticsContext.js';
import { createUiStore } from '../context/uiStore.js';
import { trackUiEvent } from '../hooks/trackUiEvent.js';
import type { CallDiagnosticsStrings } from '../localization/en-US.js';
import type { LocaleMap } from '../localization/matchLocale.js';
import type { PartialStrings } from '../localization/strings.js';
import { DeferredBanner, DeferredPanel, DeferredToast, preloadCallDiagnosticsUi } from './deferredSurfaces.js';
import { SurfaceBoundary, type SurfaceName } from './SurfaceBoundary.js';

/** A surface slot: `true`/omitted renders the default, `false` renders nothing, a component replaces it. */
export type SurfaceSlot = boolean | ComponentType<Record<string, never>>;

/** Props of {@link CallDiagnosticsProvider}. */
export interface CallDiagnosticsProviderProps {
  /**
   * The raw ACS SDK `Call` to diagnose. May change (a new call starts a fresh diagnosis) or be undefined or null ("not
   * there yet"; a Server Component passes `null`: an undefined prop does not reach the client).
   */
  readonly call?: CallLike | null | undefined;
  /** An ACS SDK `CallAgent`: the kit follows its active call (`callsUpdated`). Give one source prop only. */
  readonly callAgent?: CallAgentLike | null | undefined;
  /** `@azure/communication-react`'s `CallAdapter` (the one `CallComposite` uses). Give one source prop only. */
  readonly adapter?: CallAdapterLike | null | undefined;
  /** `@azure/communication-react`'s `StatefulCallClient`; with `callId`, one call of it. Give one source prop only. */
  readonly statefulClient?: StatefulCallClientLike | null | undefined;
  /** With `statefulClient`: the call to follow. Without it the single or most recent active call is followed. */
  readonly callId?: string | undefined;
  /** Use an existing diagnostics object (shared with other code, or seeded for a story) instead of making one. */
  readonly diagnostics?: CallDiagnostics | undefined;
  /** Called when the person presses Retry. Without it, Retry is not offered. */
  readonly onRetry?: ((request: RetryRequest) => void) | undefined;
  /** The SDK's `Features` (`import { Features } from '@azure/communication-calling'`); saves a lazy SDK lookup. */
  readonly features?: FeaturesLike | undefined;
  /**
   * The language: a locale object (`import { deDE } from '@call-diagnostics/react'`; only the locales you import are
   * bundled) or a BCP-47 tag (`'de-DE'`, `'de'`, `'zh-Hant'`) looked up in `locales`. Defaults to en-US. The provider
   * does not set `dir`: your `FluentProvider dir` does (the locale's `dir` says which one it wants).
   */
  readonly locale?: string | CallDiagnosticsStrings | undefined;
  /**
   * Where a tag in `locale` is looked up: `locales` from `@call-diagnostics/react` (all 24; bundled only if imported), or a map of
   * the ones your app ships. Without it only en-US is known. An unknown tag falls back to en-US with a development warning.
   */
  readonly locales?: LocaleMap | undefined;
  /** Overrides over the locale's strings (en-US by default), at any depth. */
  readonly strings?: PartialStrings | undefined;
  /** The banner above the children. */
  readonly banner?: SurfaceSlot | undefined;
  /** The "connection restored" toast. */
  readonly toast?: SurfaceSlot | undefined;
  /** The firewall guidance panel. */
  readonly panel?: SurfaceSlot | undefined;
  /**
   * The app's own TURN servers (what it gives the SDK as `networkConfiguration.turn.iceServers`), passed to the
   * default panel's "Test my connection" relay probe. Omit it when the app uses ACS's own relays.
   */
  readonly iceServers?: FirewallGuidancePanelProps['iceServers'];
  /** Options for the diagnostics object the provider creates (flap window, clock…). Read once. */
  readonly options?: Omit<CallDiagnosticsOptions, 'source' | 'store'> | undefined;
  /** Called when a surface throws; the surface is hidden and the app keeps running. Defaults to console.error. */
  readonly onSurfaceError?: ((error: unknown, surface: 'banner' | 'toast' | 'panel') => void) | undefined;
  /**
   * The app's user id (ideally the ACS identifier): the outcome history is kept per user under a salted hash of it;
   * telemetry's `Identifier` carries it only as `options.identifier` says (`'none'` by default, `'hashed'`, `'raw'`).
   * Without it the history is per device. Read once.
   */
  readonly userId?: string | undefined;
  /** Where call outcomes are kept: `localStorage` by default; a Web Storage-like object, an `OutcomeHistory`, or `false`. Read once. */
  readonly history?: OutcomeHistory | HistoryStorage | false | undefined;
  /** Receives telemetry records aligned to `ACSCallSummary` (may change between renders; errors are caught). */
  readonly onDiagnosticEvent?: OnDiagnosticEvent | undefined;
  /** Extra redaction for reports and telemetry: strings or RegExps. Read once. */
  readonly redact?: readonly RedactRule[] | undefined;
  /** The `@azure/communication-calling` version, for reports and telemetry. Read once. */
  readonly sdkVersion?: string | undefined;
  /**
   * The result of the readiness check run before the call (`CallReadinessCheck`'s `onJoin`, or `createReadinessCheck`).
   * When the banner shows a relay problem it adds what the check found; the support report carries its summary.
   */
  readonly readiness?: ReadinessResult | undefined;
  readonly children?: ReactNode;
}

function renderSlot(slot: SurfaceSlot | undefined, Default: ComponentType<Record<string, never>>): ReactNode {
  if (slot === false) return null;
  const Surface = slot === undefined || slot === true ? Default : slot;
  return <Surface />;
}

/** Tells the app's handler (or the console) that a surface failed; what the handler throws itself stays here. */
function reportSurfaceError(props: CallDiagnosticsProviderProps, error: unknown, surface: SurfaceName): void {
  try {
    (props.onSurfaceError ?? defaultSurfaceError)(error, surface);
  } catch {
    // Contained: never an unhandled rejection or a crash of the host app.
  }
}

const isDefault = (slot: SurfaceSlot | undefined) => slot === undefined || slot === true;

/** How soon a failed fetch of the surfaces' chunk may be tried again, on the call's next change. */
const SURFACE_RETRY_MS = 3000;

// Development-only messages are guarded by `isDevelopment() && process.env.NODE_ENV !== 'production'` (core's dev.ts),
// written out where used: a bundler replaces `process.env.NODE_ENV` and the minifier then drops them in production;
// they show in a development build even where `process` does not exist.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const SOURCE_PROPS = ['call', 'callAgent', 'adapter', 'statefulClient'] as const;
const PROP_OF = { call: 'call', callAgent: 'callAgent', callAdapter: 'adapter', statefulCallClient: 'statefulClient' };

/**
 * The developer error for the source props, or undefined when they are fine: exactly one of `call`, `callAgent`,
 * `adapter`, `statefulClient` (a prop given as `undefined` counts as "not there yet"), or `diagnostics` alone.
 */
// A misuse of the source props: a message in development, a short code (1 several, 2 none, 3 callId alone) in production.
function checkSourceProps(props: CallDiagnosticsProviderProps): string | undefined {
  const defined = SOURCE_PROPS.filter((key) => props[key] !== undefined && props[key] !== null);
  if (defined.length > 1) {
    return isDevelopment() && process.env.NODE_ENV !== 'production'
      ? `give exactly one of \`call\`, \`callAgent\`, \`adapter\` or \`statefulClient\`; got ${defined
          .map((key) => `\`${key}\``)
          .join(' and ')}. Rendering the children without diagnostics.`
      : '1';
  }
  const present = SOURCE_PROPS.some((key) => key in props);
  if (!present && props.diagnostics === undefined) {
    return isDevelopment() && process.env.NODE_ENV !== 'production'
      ? 'no source: give one of `call`, `callAgent`, `adapter` or `statefulClient` (or a `diagnostics` object). Rendering the children without diagnostics.'
      : '2';
  }
  if (props.callId !== undefined && !('statefulClient' in props)) {
    return isDevelopment() && process.env.NODE_ENV !== 'production'
      ? '`callId` only applies with `statefulClient`. Rendering the children without diagnostics.'
      : '3';
  }
  return undefined;
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
  const { call, callAgent, adapter, statefulClient, callId, diagnostics: external, strings, children } = props;
  const sourceProblem = checkSourceProps(props);
  const latest = useRef(props);
  latest.current = props;

  // Made on first need, once per provider; never replaced on events. Also made when an external `diagnostics` prop
  // goes away later: the provider then goes on with its own object instead of failing.
  const ownedRef = useRef<CallDiagnostics | undefined>(undefined);
  if (!external && !ownedRef.current) {
    ownedRef.current = createCallDiagnostics({
      ...props.options,
      features: props.features ?? props.options?.features,
      userId: props.userId ?? props.options?.userId,
      history: props.history ?? props.options?.history,
      redact: props.redact ?? props.options?.redact,
      sdkVersion: props.sdkVersion ?? props.options?.sdkVersion,
      onDiagnosticEvent: (record) => {
        latest.current.options?.onDiagnosticEvent?.(record);
        latest.current.onDiagnosticEvent?.(record);
      },
    });
  }
  const diagnostics = external ?? (ownedRef.current as CallDiagnostics);
  // A user change without a remount: the next outcomes and records belong to the new user.
  const userId = props.userId ?? props.options?.userId;
  useEffect(() => ownedRef.current?.setUserId(userId), [userId]);
  const [ui] = useState(createUiStore);

  const hasRetry = !!props.onRetry;
  const { locale, locales, readiness } = props;

  useEffect(() => {
    if (sourceProblem) {
      if (isDevelopment() && process.env.NODE_ENV !== 'production')
        console.error(`[call-diagnostics] CallDiagnosticsProvider: ${sourceProblem}`);
      return undefined;
    }
    const source: DiagnosticsSource | undefined = call
      ? { kind: 'call', call }
      : callAgent
        ? { kind: 'callAgent', agent: callAgent }
        : adapter
          ? { kind: 'callAdapter', adapter }
          : statefulClient
            ? { kind: 'statefulCallClient', client: statefulClient, callId }
            : undefined;
    if (!source) return undefined;
    let detach: (() => void) | undefined;
    try {
      detach = diagnostics.attach(source);
    } catch (error) {
      if (isDevelopment() && process.env.NODE_ENV !== 'production') {
        console.error(
          `[call-diagnostics] CallDiagnosticsProvider could not attach to \`${PROP_OF[source.kind]}\`:`,
          error,
        );
      }
    }
    return detach;
  }, [diagnostics, call, callAgent, adapter, statefulClient, callId, sourceProblem]);

  // The banner and toast are a separate chunk, fetched as soon as the provider mounts (no-op once loaded).
  const defaultSurfaces =
    !sourceProblem && (isDefault(props.banner) || isDefault(props.toast) || isDefault(props.panel));
  // A failed fetch is reported once and tried again on the call's next change (at most every few seconds): when
  // something goes wrong on the call is when the banner is needed. No timer of its own.
  useEffect(() => {
    if (!defaultSurfaces) return undefined;
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
          if (live && !failed) reportSurfaceError(latest.current, error, 'banner');
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
  }, [defaultSurfaces, diagnostics]);

  // Telemetry: the panel opening (however it was opened) is one record per open.
  useEffect(() => {
    let open = ui.getSnapshot().panelOpen;
    return ui.subscribe(() => {
      const next = ui.getSnapshot().panelOpen;
      if (next && !open) trackUiEvent(diagnostics, 'panelOpened');
      open = next;
    });
  }, [ui, diagnostics]);

  // No dispose on unmount: StrictMode unmounts and remounts with the same state, and a disposed store would stay
  // dead. Everything external is released by the attach effect's cleanup (SDK listeners) and by the surfaces'
  // own unsubscribes (store listeners); the object is then garbage.

  const value = useMemo<CallDiagnosticsContextValue>(
    () => ({
      diagnostics,
      // Merged over en-US by useDiagnosticsStrings(), in the surfaces' chunk.
      locale,
      locales,
      overrides: strings,
      ui,
      readiness,
      retry: hasRetry
        ? (request: RetryRequest) => {
            trackUiEvent(diagnostics, 'retryPressed');
            latest.current.onRetry?.(request);
          }
        : undefined,
    }),
    [diagnostics, locale, locales, strings, ui, hasRetry, readiness],
  );
  const onError = (error: unknown, surface: SurfaceName) => reportSurfaceError(latest.current, error, surface);

  // A misuse (no source prop, or several) leaves the app's UI exactly as it was: no surfaces, no context.
  if (sourceProblem) return <>{children}</>;

  return (
    <CallDiagnosticsContext.Provider value={value}>
      <SurfaceBoundary surface="banner" onError={onError} diagnostics={diagnostics}>
        {renderSlot(props.banner, DeferredBanner)}
      </SurfaceBoundary>
      {children}
      <SurfaceBoundary surface="toast" onError={onError} diagnostics={diagnostics}>
        {renderSlot(props.toast, DeferredToast)}
      </SurfaceBoundary>
      <SurfaceBoundary surface="panel" onError={onError} diagnostics={diagnostics}>
        {props.panel === undefined || props.panel === true ? (
          <DeferredPanel iceServers={props.iceServers} />
        ) : (
          renderSlot(props.panel, DeferredPanel)
        )}
      </SurfaceBoundary>
    </CallDiagnosticsContext.Provider>
  );
}
