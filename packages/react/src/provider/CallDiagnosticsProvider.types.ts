import type {
  CallAdapterLike,
  CallAgentLike,
  CallControls,
  CallDiagnostics,
  CallDiagnosticsOptions,
  CallLike,
  DialInDetails,
  FeaturesLike,
  HistoryStorage,
  OnDiagnosticEvent,
  OutcomeHistory,
  ReadinessResult,
  RedactRule,
  StatefulCallClientLike,
} from '@call-diagnostics/core';
import type { ReactNode } from 'react';
import type { FirewallGuidancePanelProps } from '../components/FirewallGuidancePanel/FirewallGuidancePanel.types.js';
import type { ProviderStrings, RetryRequest } from '../context/CallDiagnosticsContext.js';
import type { CallDiagnosticsStrings } from '../localization/en-US.js';
import type { LocaleMap } from '../localization/matchLocale.js';
import type { SurfaceSlot } from './SurfaceBoundary.js';

/**
 * The options of the provider's own diagnostics object that have no prop of their own (each thing is set one way).
 * @public
 */
export type ProviderDiagnosticsOptions = Omit<
  CallDiagnosticsOptions,
  | 'source'
  | 'store'
  | 'features'
  | 'userId'
  | 'history'
  | 'redact'
  | 'sdkVersion'
  | 'onDiagnosticEvent'
  | 'shareDiagnostics'
>;

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
   * The language: a BCP-47 tag (`'de-DE'`, `'de'`, `'zh-Hant'`, `navigator.language`) or a locale object
   * (`import { deDE } from '@call-diagnostics/react'`). Defaults to en-US. A tag, without `locales`, loads that
   * locale's module on demand (its own chunk): the surfaces show en-US until it arrives (and on the server), then
   * switch once; `preloadLocale(tag)` loads it ahead. A tag falls back by language (`de` → de-DE, `zh-Hant` → zh-TW,
   * `es-419` → es-MX), then to en-US with a development warning. The provider does not set `dir`: your
   * `FluentProvider dir` does (the locale's `dir` says which one it wants).
   */
  readonly locale?: string | CallDiagnosticsStrings | undefined;
  /**
   * For apps that bundle their locales: where a tag in `locale` is looked up instead of being loaded on demand
   * (`locales` from `@call-diagnostics/react`, all 24, or a map of the ones your app ships). Nothing is imported then,
   * and the language shows from the first render, on the server too. A tag the map lacks falls back to en-US with a
   * development warning.
   */
  readonly locales?: LocaleMap | undefined;
  /**
   * Overrides over the locale's strings (en-US by default), at any depth; a family's under its name (`media`:
   * `{ media: { muted: { title: '…' } } }`).
   */
  readonly strings?: ProviderStrings | undefined;
  /** The banner above the children. */
  readonly banner?: SurfaceSlot | undefined;
  /** The "You're muted" notice, under the banner: shown while the person speaks with the microphone muted. */
  readonly notice?: SurfaceSlot | undefined;
  /** The "connection restored" toast. */
  readonly toast?: SurfaceSlot | undefined;
  /** The firewall guidance panel. */
  readonly panel?: SurfaceSlot | undefined;
  /**
   * The app's own TURN servers (what it gives the SDK as `networkConfiguration.turn.iceServers`), passed to the
   * default panel's "Test my connection" relay probe. Omit it when the app uses ACS's own relays.
   */
  readonly iceServers?: FirewallGuidancePanelProps['iceServers'];
  /**
   * The rest of the options of the diagnostics object the provider creates (flap window, thresholds, `identifier`,
   * `keepPersonalData`, clock…). What has its own prop (`features`, `userId`, `history`, `redact`, `sdkVersion`,
   * `onDiagnosticEvent`) is set only there. Read once.
   */
  readonly options?: ProviderDiagnosticsOptions | undefined;
  /** Called when a surface throws; the surface is hidden and the app keeps running. Defaults to console.error. */
  readonly onSurfaceError?: ((error: unknown, surface: 'banner' | 'notice' | 'toast' | 'panel') => void) | undefined;
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
  /**
   * What the surfaces may ask of the call, over the source's own (`call.unmute()` / `adapter.unmute()`,
   * `call.stopVideo(stream)` / `adapter.stopCamera()`): pass your own to route them through your call UI, or to give
   * them at all with a `statefulClient` (which holds no call object). Read at each render.
   */
  readonly controls?: CallControls | undefined;
  /**
   * Opens your app's device settings or picker: with it, a device problem offers "Choose another microphone / camera /
   * speaker". The kit has no device picker of its own (your call UI already chooses devices through the SDK's
   * `DeviceManager`; a second picker would disagree with it).
   */
  readonly onOpenDeviceSettings?: ((device: 'microphone' | 'camera' | 'speaker') => void) | undefined;
  /**
   * Send this person's diagnostics to the others in the call while it is attached (`startSendingDiagnostics()`, then
   * `stopSendingDiagnostics()` on detach), so the others' kit can badge this person's tile ("Poor connection").
   * Default false: sharing one's own state is the app's choice, never the kit's. With a `call` or `callAgent`. Read once.
   */
  readonly shareDiagnostics?: boolean | undefined;
  /**
   * The meeting's dial-in details, in the shape of Microsoft Graph's `onlineMeeting.audioConferencing` (fetch them
   * before the call: a call the network blocks never connects, so the SDK cannot tell them). With them, a call that
   * ended because the network blocked it offers "Join by phone" (a `tel:` link that dials the number and enters the
   * conference ID), the guidance panel lists every number, and a call the network cannot carry offers it after the
   * video-off notice. A Teams meeting that connected gives its own details; these win. Malformed details (no conference
   * ID, no number with a digit) give no link and a development message.
   */
  readonly dialIn?: DialInDetails | undefined;
  /** Your call UI; the provider never re-renders it on a diagnostic event. */
  readonly children?: ReactNode;
}
