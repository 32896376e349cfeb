import type { RecurrenceClassification } from '../history/classifyRecurrence.js';
import type { HistoryStorage, OutcomeHistory } from '../history/outcomeHistory.js';
import type { RelayProbeSummary } from '../probe/summarize.js';
import type { RelayPeerConnectionConstructor, RelayProbeIceServer, RelayProbeResult } from '../probe/types.js';

/**
 * The five checks, in the order they are reported.
 *
 * @public
 */
export type ReadinessCheckId = 'environment' | 'devices' | 'relays' | 'signalling' | 'history';

/** The checks in report order. */
export const READINESS_CHECK_IDS: readonly ReadinessCheckId[] = Object.freeze([
  'environment',
  'devices',
  'relays',
  'signalling',
  'history',
]);

/** The message of the `AbortError` a cancelled run rejects with. */
export const READINESS_ABORTED = 'The readiness check was aborted.';

/**
 * How one check ended: `pass` (tested and fine), `warn` (tested: calls may suffer), `fail` (tested: calls cannot
 * work), `skipped` (not tested: the reason says why). A check that was not tested is never `pass`.
 *
 * @public
 */
export type ReadinessCheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/**
 * The whole check's conclusion:
 * - `blocked`: a check proved that calls cannot work here (no WebRTC, relays unreachable, a signalling host refused).
 * - `warnings`: calls may work, but something may hurt them, or a check that matters (environment, devices, relays)
 *   could not be run.
 * - `ready`: environment, devices and relays ran and passed, and nothing else warned or failed.
 * - `untested`: every check was skipped.
 *
 * @public
 */
export type ReadinessVerdict = 'ready' | 'warnings' | 'blocked' | 'untested';

/**
 * Why a check ended as it did: a key the UI turns into words (every key has a string in every locale).
 *
 * Any check: `not-in-browser` (plain Node or a worker without the API: skipped), `timed-out` (the check's cap ran
 * out: skipped), `sdk-error` (the SDK or browser API threw: skipped; `detail` says what), `aborted`.
 *
 * environment: `supported`, `webrtc-available` (WebRTC exists; browser support not checked without a `CallClient`),
 * `unsupported-browser`, `unsupported-browser-version`, `unsupported-platform`, `no-webrtc`.
 *
 * devices: `devices-available`, `no-microphone`, `no-camera`, `microphone-denied`, `camera-denied`,
 * `permission-needed` (nothing listed and access not granted yet: allow access to check), `no-media-devices`.
 *
 * relays: `relays-reachable` (a relay allocation with the app's credentials), `relays-answered` (every relay server
 * answered over every tested transport; allocation not tested, no credentials), `udp-blocked-tcp-works`,
 * `udp-blocked` (UDP to the relays is blocked and TCP was not tested), `partly-reachable`, `relays-blocked`,
 * `relay-auth-failed`, `relay-server-error`, `no-relay-urls`.
 *
 * signalling: `endpoints-reachable`, `endpoints-unreachable`, `no-endpoints`.
 *
 * history: `recent-relay-failures`, `history-clear`, `no-history`.
 *
 * @public
 */
export type ReadinessReason =
  | 'not-in-browser'
  | 'timed-out'
  | 'sdk-error'
  | 'aborted'
  | 'supported'
  | 'webrtc-available'
  | 'unsupported-browser'
  | 'unsupported-browser-version'
  | 'unsupported-platform'
  | 'no-webrtc'
  | 'devices-available'
  | 'no-microphone'
  | 'no-camera'
  | 'microphone-denied'
  | 'camera-denied'
  | 'permission-needed'
  | 'no-media-devices'
  | 'relays-reachable'
  | 'relays-answered'
  | 'udp-blocked-tcp-works'
  | 'udp-blocked'
  | 'partly-reachable'
  | 'relays-blocked'
  | 'relay-auth-failed'
  | 'relay-server-error'
  | 'no-relay-urls'
  | 'endpoints-reachable'
  | 'endpoints-unreachable'
  | 'no-endpoints'
  | 'recent-relay-failures'
  | 'history-clear'
  | 'no-history';

/**
 * One check's result; `details` is typed by `id` (narrow on `id` to read it).
 *
 * @public
 */
export type ReadinessCheckResult = {
  readonly id: ReadinessCheckId;
  readonly status: ReadinessCheckStatus;
  readonly reason: ReadinessReason;
  /** Milliseconds the check took. */
  readonly ms: number;
  /** What went wrong, in English, for developers and support (redacted; never shown as UI text). */
  readonly detail?: string | undefined;
} & (
  | {
      readonly id: 'environment';
      /** What the environment check read. */
      readonly details?:
        | {
            /** `RTCPeerConnection` exists. */
            readonly webrtc: boolean;
            /** The SDK's `DebugInfo.getEnvironmentInfo()`, when a `CallClient` was given and answered. */
            readonly platform?: string | undefined;
            readonly browser?: string | undefined;
            readonly browserVersion?: string | undefined;
            readonly isSupportedPlatform?: boolean | undefined;
            readonly isSupportedBrowser?: boolean | undefined;
            readonly isSupportedBrowserVersion?: boolean | undefined;
            readonly isSupportedEnvironment?: boolean | undefined;
          }
        | undefined;
    }
  | {
      readonly id: 'devices';
      /** What the devices check found. Counts only: device names and ids are never kept. */
      readonly details?:
        | {
            /** `sdk` (the `CallClient`'s `DeviceManager`) or `browser` (`navigator.mediaDevices.enumerateDevices`). */
            readonly via: 'sdk' | 'browser';
            readonly microphones: number;
            readonly cameras: number;
            /** Speakers, where the platform can list them (`undefined` where it cannot). */
            readonly speakers: number | undefined;
            /** As `navigator.permissions` reports it, or `unknown` where it cannot be read. */
            readonly microphonePermission: 'granted' | 'denied' | 'prompt' | 'unknown';
            /** As `navigator.permissions` reports it, or `unknown` where it cannot be read. */
            readonly cameraPermission: 'granted' | 'denied' | 'prompt' | 'unknown';
            /** The person was asked for access during this run (`requestPermissions: true`). */
            readonly prompted: boolean;
          }
        | undefined;
    }
  | {
      readonly id: 'relays';
      /** What the relays check did. */
      readonly details?:
        | {
            /**
             * `allocation`: the app's TURN servers with their credentials (a relay candidate proves the whole path).
             * `reachability`: URLs without credentials (`stun:`, or `turn:` without username): a server's answer,
             * even an error, proves the path to it; relay allocation itself is not tested.
             */
            readonly mode: 'allocation' | 'reachability';
            /** One result per tested URL (credentials removed). */
            readonly results: readonly RelayProbeResult[];
            readonly summary: RelayProbeSummary;
          }
        | undefined;
    }
  | {
      readonly id: 'signalling';
      /** What the signalling check found, per endpoint. Only the origin is kept: paths and queries may hold ids. */
      readonly details?:
        | {
            readonly endpoints: readonly {
              /** `https://host[:port]` of the endpoint. */
              readonly origin: string;
              /**
               * `reachable`: an answer, opaque or readable with a status that is not a block; `unreachable`: refused,
               * DNS or TLS failure, or a readable answer with a status proxies, firewalls and captive portals block
               * with (403, 407, 451, 502, 503, 504, 511); `timeout`.
               */
              readonly status: 'reachable' | 'unreachable' | 'timeout';
              /**
               * The answer's HTTP status when the browser let the check read it (the page's own origin, or CORS), or
               * `opaque` when it could not (a cross-origin answer in `no-cors` mode: the status is hidden, so any
               * answer counts as reachable). Absent when nothing answered.
               */
              readonly httpStatus?: number | 'opaque' | undefined;
              readonly ms: number;
            }[];
          }
        | undefined;
    }
  | {
      readonly id: 'history';
      /** What the history check read. */
      readonly details?:
        | {
            /** Outcomes held for this user or device. */
            readonly outcomes: number;
            /** How many of the most recent calls in a row ended with 410/3112. */
            readonly recentRelayFailures: number;
            /** `classifyRecurrence` over the history. */
            readonly recurrence: RecurrenceClassification['kind'];
          }
        | undefined;
    }
);

// Internal names for the parts above (not exported from the package).
type DetailsOf<Id extends ReadinessCheckId> = NonNullable<
  Extract<ReadinessCheckResult, { readonly id: Id }>['details']
>;
export type ReadinessPermissionState = DetailsOf<'devices'>['microphonePermission'];
export type EnvironmentCheckDetails = DetailsOf<'environment'>;
export type DevicesCheckDetails = DetailsOf<'devices'>;
export type RelaysCheckDetails = DetailsOf<'relays'>;
export type SignallingCheckDetails = DetailsOf<'signalling'>;
export type SignallingEndpointResult = SignallingCheckDetails['endpoints'][number];
export type HistoryCheckDetails = DetailsOf<'history'>;

/**
 * What {@link ReadinessCheck.run} resolves to.
 *
 * @public
 */
export interface ReadinessResult {
  /** The whole check's conclusion. */
  readonly verdict: ReadinessVerdict;
  /** All five checks, in `READINESS_CHECK_IDS` order. */
  readonly checks: readonly ReadinessCheckResult[];
  /** The checks that were not tested (`skipped`), so the UI and the report can say so. */
  readonly untested: readonly ReadinessCheckId[];
  /** Epoch ms when the run started and ended. */
  readonly startedAt: number;
  /** Epoch ms when the run ended. */
  readonly finishedAt: number;
  /** Milliseconds from start to verdict. */
  readonly ms: number;
}

/**
 * Progress, for `subscribe`/`getSnapshot` (the same object until something changes).
 *
 * @beta
 */
export interface ReadinessSnapshot {
  /** `idle` before the first run, `running`, `done` (see `result`), or `aborted`. */
  readonly state: 'idle' | 'running' | 'done' | 'aborted';
  /** All five checks, finished or not, in `READINESS_CHECK_IDS` order. */
  readonly checks: readonly (
    | ReadinessCheckResult
    /** A check that has not finished: `idle` before `run()`, `running` during it. */
    | { readonly id: ReadinessCheckId; readonly status: 'idle' | 'running' }
  )[];
  /** The last finished run's result (kept while a new run is under way, cleared by nothing). */
  readonly result: ReadinessResult | undefined;
}

/**
 * The telemetry record of one finished readiness check (`kind: 'readinessChecked'`), given to the check's
 * `onDiagnosticEvent`. Statuses and reason keys only: no device names, URLs, hosts or ids. It has no call ID (there
 * is no call yet): `docs/kql/` joins it to the call that follows through the telemetry session (e.g. Application
 * Insights' `SessionId`).
 *
 * @public
 */
export interface ReadinessTelemetryRecord {
  /** The record schema, `call-diagnostics/v1`. */
  readonly schema: 'call-diagnostics/v1';
  /** Always `readinessChecked`. */
  readonly kind: 'readinessChecked';
  /** ISO 8601 time the check finished. */
  readonly at: string;
  /** The whole check's conclusion. */
  readonly verdict: ReadinessVerdict;
  /** How the environment check ended. */
  readonly environment: ReadinessCheckStatus;
  /** How the devices check ended. */
  readonly devices: ReadinessCheckStatus;
  /** How the relays check ended. */
  readonly relays: ReadinessCheckStatus;
  /** How the signalling check ended. */
  readonly signalling: ReadinessCheckStatus;
  /** How the history check ended. */
  readonly history: ReadinessCheckStatus;
  /** Why the relays check ended as it did (e.g. `udp-blocked-tcp-works`, `relays-blocked`). */
  readonly relaysReason: ReadinessReason;
  /** The checks not tested, comma-separated (empty when all ran). */
  readonly untested: string;
  /** Milliseconds to the verdict. */
  readonly ms: number;
  /** This kit's version. */
  readonly kitVersion: string;
}

/**
 * Options of {@link createReadinessCheck}. Every one is optional.
 *
 * @beta
 */
export interface ReadinessCheckOptions {
  /** The app's ACS `CallClient`: the environment check asks its `DebugInfo`, the devices check its `DeviceManager`. */
  readonly callClient?:
    | {
        feature(factory: never): unknown;
        getDeviceManager(): Promise<unknown>;
      }
    | undefined;
  /** The SDK's `Features` (`import { Features } from '@azure/communication-calling'`): saves a lazy import. */
  readonly features?: { readonly DebugInfo: unknown } | undefined;
  /**
   * ICE servers to test. Entries with `username` and `credential` (the app's own TURN servers) are probed for a relay
   * allocation. Entries without credentials, and `stun:` URLs, are tested for reachability: the server's answer (even
   * "unauthorized") proves the network lets this browser reach it over that transport.
   */
  readonly iceServers?: readonly RelayProbeIceServer[] | undefined;
  /**
   * `http(s)` URLs the app needs before media flows (its ACS resource endpoint, its token service…). Each gets one
   * `HEAD` without credentials; only its origin is kept. Prefer the `https:` URLs the app really calls: an `http:`
   * endpoint is tested the same way, but its answer proves little (captive portals and proxies answer plain HTTP for
   * any host themselves), and an `https:` page cannot fetch it at all (mixed content: reported `unreachable`, as the
   * app's own calls would be).
   */
  readonly endpoints?: readonly string[] | undefined;
  /**
   * The outcome history, as the provider takes it: an `OutcomeHistory`, a `Storage`-like object, or `false` for none.
   * Default: this device's history in `localStorage` (the one the provider writes), read only.
   */
  readonly history?: OutcomeHistory | HistoryStorage | false | undefined;
  /** The app's user id, as given to the provider: selects that user's history. */
  readonly userId?: string | undefined;
  /** The cap for the whole check, in ms (default 6000, at most 60000). */
  readonly timeoutMs?: number | undefined;
  /** Ask for camera and microphone access during the run (default false: only read the permission state). */
  readonly requestPermissions?: boolean | undefined;
  /**
   * Receives one telemetry record per finished run (`kind: 'readinessChecked'`: verdict, each check's status, the
   * relays reason; nothing personal). Pass the same sink as the provider's `onDiagnosticEvent`, e.g.
   * `createApplicationInsightsSink(appInsights)`. What it throws is ignored.
   */
  readonly onDiagnosticEvent?: ((record: ReadinessTelemetryRecord) => void) | undefined;
  /** Browser APIs the check uses, replaceable for tests. Each defaults to the global one. */
  readonly platform?:
    | {
        readonly RTCPeerConnection?: RelayPeerConnectionConstructor | undefined;
        /** Read: the answer's `type` and `status` (a `Response` has both); its body is only cancelled. */
        readonly fetch?:
          | ((
              input: string,
              init?: RequestInit,
            ) => Promise<{ body?: { cancel(): unknown } | null; readonly type?: string; readonly status?: number }>)
          | undefined;
        readonly permissions?: { query(descriptor: { name: string }): Promise<{ state: string }> } | undefined;
        readonly mediaDevices?:
          | {
              enumerateDevices(): Promise<ReadonlyArray<{ kind: string }>>;
              getUserMedia?(constraints: { audio?: boolean; video?: boolean }): Promise<{
                getTracks(): ReadonlyArray<{ stop(): void }>;
              }>;
            }
          | undefined;
        /** Clock in ms. Defaults to `performance.now()`. */
        readonly now?: (() => number) | undefined;
      }
    | undefined;
}

/**
 * A pre-join readiness check. Framework-free: `run()` it, and follow progress with `subscribe`/`getSnapshot`
 * (`useSyncExternalStore`-ready). It owns no UI state and never throws from `run()` except an `AbortError`.
 *
 * @beta
 */
export interface ReadinessCheck {
  /**
   * Runs the five checks in parallel under the cap. While a run is under way, another `run()` returns the same
   * promise. Rejects only with an `Error` named `AbortError` when a signal aborts or {@link ReadinessCheck.abort} is
   * called.
   */
  run(options?: {
    /** Aborts the run: every peer connection, fetch and timer it started ends at once. */
    readonly signal?: AbortSignal | undefined;
    /** Overrides {@link ReadinessCheckOptions.requestPermissions} for this run (call it from a user gesture). */
    readonly requestPermissions?: boolean | undefined;
  }): Promise<ReadinessResult>;
  /** Aborts the run under way (nothing happens when none is). */
  abort(): void;
  /** Calls `listener` after each change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Progress: the same object until something changes. */
  getSnapshot(): ReadinessSnapshot;
}

// Internal names for the parts above (not exported from the package).
export type ReadinessCallClientLike = NonNullable<ReadinessCheckOptions['callClient']>;
export type ReadinessPlatform = NonNullable<ReadinessCheckOptions['platform']>;
export type ReadinessRunOptions = NonNullable<Parameters<ReadinessCheck['run']>[0]>;
