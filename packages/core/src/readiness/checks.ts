/**
 * The five readiness checks. Each takes the resolved options and an abort signal and returns its result without `id`
 * and `ms` (the runner adds them). A check may throw: the runner turns a throw into `skipped` / `sdk-error`.
 */
import { classifyRecurrence } from '../history/classifyRecurrence.js';
import type { HistoryStorage, OutcomeHistory } from '../history/outcomeHistory.js';
import { resolveHistory } from '../history/resolveHistory.js';
import { probeRelays } from '../probe/probeRelays.js';
import { isParsedRelayUrl, parseRelayUrl, type RelayTransport } from '../probe/relayUrl.js';
import { summarizeRelayProbe } from '../probe/summarize.js';
import type { RelayProbeIceServer, RelayProbeResult } from '../probe/types.js';
import { redactText } from '../report/redact.js';
import { sdkFeatureFactory } from '../sources/sdkFeatures.js';
import { abortError } from '../util/abort.js';
import type {
  DevicesCheckDetails,
  EnvironmentCheckDetails,
  HistoryCheckDetails,
  ReadinessCallClientLike,
  ReadinessCheckStatus,
  ReadinessPermissionState,
  ReadinessPlatform,
  ReadinessReason,
  RelaysCheckDetails,
  SignallingCheckDetails,
  SignallingEndpointResult,
} from './types.js';
import { READINESS_ABORTED } from './types.js';

/** What a check returns; the runner adds `id` and `ms`. */
export interface CheckOutcome<Details> {
  readonly status: ReadinessCheckStatus;
  readonly reason: ReadinessReason;
  readonly detail?: string | undefined;
  readonly details?: Details | undefined;
}

/** Everything a check may read, resolved once per run. */
export interface CheckContext {
  readonly callClient: ReadinessCallClientLike | undefined;
  readonly features: { readonly DebugInfo: unknown } | undefined;
  readonly iceServers: readonly RelayProbeIceServer[] | undefined;
  readonly endpoints: readonly string[];
  readonly history: OutcomeHistory | HistoryStorage | false | undefined;
  readonly userId: string | undefined;
  readonly requestPermissions: boolean;
  readonly platform: ReadinessPlatform;
  readonly signal: AbortSignal;
  /** Milliseconds left until the cap, when the check starts. */
  readonly budgetMs: number;
  readonly now: () => number;
  /** Holds the run's cap while a permission prompt waits for the person (bounded on its own). */
  readonly whilePrompting: <T>(prompt: Promise<T>) => Promise<T>;
}

/** The English message of anything thrown, redacted. */
export function errorDetail(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return redactText(text).slice(0, 300);
}

const g = globalThis as {
  RTCPeerConnection?: unknown;
  window?: unknown;
  document?: unknown;
  navigator?: {
    permissions?: ReadinessPlatform['permissions'];
    mediaDevices?: ReadinessPlatform['mediaDevices'];
  };
  fetch?: ReadinessPlatform['fetch'];
};

/** True in a page (a window or a document exists); false in plain Node or a worker. */
function inBrowser(): boolean {
  return typeof g.window !== 'undefined' || typeof g.document !== 'undefined';
}

function webrtcOf(platform: ReadinessPlatform): boolean {
  return typeof (platform.RTCPeerConnection ?? g.RTCPeerConnection) === 'function';
}

interface EnvironmentInfoLike {
  readonly environment?: { platform?: unknown; browser?: unknown; browserVersion?: unknown };
  readonly isSupportedPlatform?: unknown;
  readonly isSupportedBrowser?: unknown;
  readonly isSupportedBrowserVersion?: unknown;
  readonly isSupportedEnvironment?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 80) : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** environment: WebRTC present; with a `CallClient`, the SDK's own verdict on this browser and platform. */
export async function checkEnvironment(ctx: CheckContext): Promise<CheckOutcome<EnvironmentCheckDetails>> {
  const webrtc = webrtcOf(ctx.platform);
  if (!webrtc && !ctx.callClient && !inBrowser()) return { status: 'skipped', reason: 'not-in-browser' };
  if (!webrtc) return { status: 'fail', reason: 'no-webrtc', details: { webrtc } };
  if (!ctx.callClient) return { status: 'pass', reason: 'webrtc-available', details: { webrtc } };
  let info: EnvironmentInfoLike;
  try {
    const factory = await sdkFeatureFactory('DebugInfo', ctx.features);
    const feature = ctx.callClient.feature(factory as never) as { getEnvironmentInfo?: () => Promise<unknown> };
    if (typeof feature?.getEnvironmentInfo !== 'function') {
      throw new TypeError('callClient.feature(Features.DebugInfo) has no getEnvironmentInfo()');
    }
    info = ((await feature.getEnvironmentInfo()) ?? {}) as EnvironmentInfoLike;
  } catch (error) {
    return { status: 'skipped', reason: 'sdk-error', detail: errorDetail(error), details: { webrtc } };
  }
  const details: EnvironmentCheckDetails = {
    webrtc,
    platform: str(info.environment?.platform),
    browser: str(info.environment?.browser),
    browserVersion: str(info.environment?.browserVersion),
    isSupportedPlatform: bool(info.isSupportedPlatform),
    isSupportedBrowser: bool(info.isSupportedBrowser),
    isSupportedBrowserVersion: bool(info.isSupportedBrowserVersion),
    isSupportedEnvironment: bool(info.isSupportedEnvironment),
  };
  let reason: ReadinessReason = 'supported';
  if (details.isSupportedBrowser === false) reason = 'unsupported-browser';
  else if (details.isSupportedBrowserVersion === false) reason = 'unsupported-browser-version';
  else if (details.isSupportedPlatform === false) reason = 'unsupported-platform';
  else if (details.isSupportedEnvironment !== true) reason = 'unsupported-browser';
  return { status: reason === 'supported' ? 'pass' : 'warn', reason, details };
}

async function permissionState(ctx: CheckContext, name: 'microphone' | 'camera'): Promise<ReadinessPermissionState> {
  const permissions = ctx.platform.permissions ?? g.navigator?.permissions;
  try {
    // No Permissions API (or no query()) throws here too: `unknown`.
    const { state } = await (permissions as NonNullable<typeof permissions>).query({ name });
    return state === 'granted' || state === 'denied' || state === 'prompt' ? state : 'unknown';
  } catch {
    return 'unknown';
  }
}

interface DeviceManagerLike {
  readonly isSpeakerSelectionAvailable?: boolean;
  getMicrophones(): Promise<readonly unknown[]>;
  getCameras(): Promise<readonly unknown[]>;
  getSpeakers?(): Promise<readonly unknown[]>;
  askDevicePermission?(constraints: { audio: boolean; video: boolean }): Promise<{ audio: boolean; video: boolean }>;
}

const count = (list: unknown): number => (Array.isArray(list) ? list.length : 0);

/** The permission states as read before any prompt. */
interface PermissionStates {
  readonly microphone: ReadinessPermissionState;
  readonly camera: ReadinessPermissionState;
}

/**
 * Throws the run's `AbortError` once the run is cancelled: called before every step that can ask the person
 * anything, so a cancel (while the permission state is read, say) never opens a prompt afterwards.
 */
function beforeAsking(ctx: CheckContext): void {
  if (ctx.signal.aborted) throw abortError(READINESS_ABORTED);
}

/** Releases a stream's devices (camera light off): only the permission was wanted. */
function stopTracks(stream: { getTracks(): ReadonlyArray<{ stop(): void }> }): void {
  for (const track of stream.getTracks()) track.stop();
}

/** Counts and permissions through the SDK's `DeviceManager`; with `requestPermissions`, its `askDevicePermission`. */
async function devicesViaSdk(
  ctx: CheckContext,
  callClient: ReadinessCallClientLike,
  read: PermissionStates,
): Promise<DevicesCheckDetails> {
  const dm = (await callClient.getDeviceManager()) as DeviceManagerLike;
  if (!dm || typeof dm.getMicrophones !== 'function' || typeof dm.getCameras !== 'function') {
    throw new TypeError('callClient.getDeviceManager() did not return a DeviceManager');
  }
  let permissions = read;
  let prompted = false;
  if (ctx.requestPermissions && typeof dm.askDevicePermission === 'function') {
    beforeAsking(ctx);
    const access = await ctx.whilePrompting(dm.askDevicePermission({ audio: true, video: true }));
    prompted = true;
    permissions = { microphone: access?.audio ? 'granted' : 'denied', camera: access?.video ? 'granted' : 'denied' };
  }
  const microphones = count(await dm.getMicrophones());
  const cameras = count(await dm.getCameras());
  const speakers =
    dm.isSpeakerSelectionAvailable && typeof dm.getSpeakers === 'function' ? count(await dm.getSpeakers()) : undefined;
  return devicesDetails('sdk', { microphones, cameras, speakers }, permissions, prompted);
}

/** Counts and permissions through the browser; with `requestPermissions`, `getUserMedia` (its tracks released). */
async function devicesViaBrowser(
  ctx: CheckContext,
  media: NonNullable<ReadinessPlatform['mediaDevices']>,
  read: PermissionStates,
): Promise<DevicesCheckDetails> {
  let permissions = read;
  let prompted = false;
  if (ctx.requestPermissions && typeof media.getUserMedia === 'function') {
    beforeAsking(ctx);
    prompted = true;
    const request = media.getUserMedia({ audio: true, video: true });
    // Released as soon as the stream exists, whoever waits for it: also when the run was cancelled while the prompt
    // was open and the person clicks Allow afterwards.
    request.then(stopTracks).catch(() => {});
    try {
      await ctx.whilePrompting(request);
      permissions = { microphone: 'granted', camera: 'granted' };
    } catch (error) {
      // A cancel ends the check here: nothing more is read once the run is over.
      if (ctx.signal.aborted) throw error;
      const microphone = await permissionState(ctx, 'microphone');
      permissions = {
        microphone: microphone === 'granted' ? 'granted' : 'denied',
        camera: await permissionState(ctx, 'camera'),
      };
    }
  }
  const devices = await media.enumerateDevices();
  const kinds = (kind: string) => (Array.isArray(devices) ? devices.filter((d) => d?.kind === kind).length : 0);
  const speakers = kinds('audiooutput');
  const counts = {
    microphones: kinds('audioinput'),
    cameras: kinds('videoinput'),
    speakers: speakers > 0 ? speakers : undefined,
  };
  return devicesDetails('browser', counts, permissions, prompted);
}

function devicesDetails(
  via: DevicesCheckDetails['via'],
  counts: Pick<DevicesCheckDetails, 'microphones' | 'cameras' | 'speakers'>,
  permissions: PermissionStates,
  prompted: boolean,
): DevicesCheckDetails {
  return {
    via,
    ...counts,
    microphonePermission: permissions.microphone,
    cameraPermission: permissions.camera,
    prompted,
  };
}

/** devices: microphones, cameras and speakers, and the permission state, without prompting unless asked. */
export async function checkDevices(ctx: CheckContext): Promise<CheckOutcome<DevicesCheckDetails>> {
  const read = { microphone: await permissionState(ctx, 'microphone'), camera: await permissionState(ctx, 'camera') };
  let details: DevicesCheckDetails;
  if (ctx.callClient) details = await devicesViaSdk(ctx, ctx.callClient, read);
  else {
    const media = ctx.platform.mediaDevices ?? g.navigator?.mediaDevices;
    if (!media || typeof media.enumerateDevices !== 'function') {
      return inBrowser()
        ? { status: 'skipped', reason: 'no-media-devices' }
        : { status: 'skipped', reason: 'not-in-browser' };
    }
    details = await devicesViaBrowser(ctx, media, read);
  }
  const { microphones, cameras, microphonePermission: mic, cameraPermission: cam } = details;
  // Before access is granted, browsers may hide devices: an empty list then proves nothing.
  if (microphones === 0 && mic !== 'granted' && mic !== 'denied') {
    return { status: 'warn', reason: 'permission-needed', details };
  }
  if (mic === 'denied') return { status: 'warn', reason: 'microphone-denied', details };
  if (microphones === 0) return { status: 'warn', reason: 'no-microphone', details };
  if (cam === 'denied') return { status: 'warn', reason: 'camera-denied', details };
  if (cameras === 0) return { status: 'warn', reason: 'no-camera', details };
  return { status: 'pass', reason: 'devices-available', details };
}

/** A fixed, non-secret credential for reachability tests: a server's "unauthorized" answer is what we look for. */
const REACHABILITY_CREDENTIAL = { username: 'call-diagnostics-reachability', credential: 'not-a-secret' } as const;

interface RelayPlan {
  readonly allocation: RelayProbeIceServer[];
  /** One URL per entry, so the probe's results line up with `reachabilityUrls`. */
  readonly reachability: RelayProbeIceServer[];
  /**
   * For each `reachability` entry, in the same order: the URL the app gave (display form), as the probed URL is a
   * rewrite (`stun:` → `turn:`, `turns:…?transport=tcp` → `turns:…`); `undefined` for a URL the probe reports as
   * invalid itself. By position, not by URL: `stun:h:p` and `turn:h:p` (the usual coturn setup) are probed as the
   * same `turn:` URL and must still be reported apart.
   */
  readonly reachabilityUrls: Array<string | undefined>;
}

function planRelays(iceServers: readonly RelayProbeIceServer[]): RelayPlan {
  const plan: RelayPlan = { allocation: [], reachability: [], reachabilityUrls: [] };
  for (const server of iceServers) {
    const urls = Array.isArray(server.urls) ? server.urls : [server.urls];
    const withCredentials = typeof server.username === 'string' && typeof server.credential === 'string';
    for (const url of urls as readonly string[]) {
      const parsed = parseRelayUrl(url);
      if (!isParsedRelayUrl(parsed)) {
        // Let the probe report it as invalid-url.
        if (withCredentials) plan.allocation.push({ ...server, urls: url });
        else {
          plan.reachability.push({ ...server, urls: url });
          plan.reachabilityUrls.push(undefined);
        }
        continue;
      }
      const isStun = parsed.scheme === 'stun' || parsed.scheme === 'stuns';
      if (withCredentials && !isStun) {
        plan.allocation.push({ urls: url, username: server.username, credential: server.credential });
        continue;
      }
      // A STUN or credential-less server: ask for an allocation with a known-bad credential over the same transport.
      const scheme = parsed.scheme === 'stuns' || parsed.scheme === 'turns' ? 'turns' : 'turn';
      const query = parsed.transport === 'tcp' ? '?transport=tcp' : '';
      const host = parsed.host;
      const turnUrl = `${scheme}:${host}:${parsed.port}${query}`;
      plan.reachability.push({ urls: turnUrl, ...REACHABILITY_CREDENTIAL });
      plan.reachabilityUrls.push(parsed.displayUrl);
    }
  }
  return plan;
}

/** In reachability mode any answer from the server (even 401 or another STUN error) proves the path. */
function asReachability(result: RelayProbeResult, appUrl: string | undefined): RelayProbeResult {
  const url = appUrl ?? result.url;
  if (result.status === 'auth-failed' || result.status === 'server-error') {
    // The probe sets the server's code on both statuses.
    return {
      url,
      transport: result.transport,
      status: 'reachable',
      errorCode: result.errorCode as number,
      ms: result.ms,
    };
  }
  return { ...result, url };
}

/** relays: the app's TURN servers (allocation), or reachability of credential-less relay/STUN URLs. */
export async function checkRelays(ctx: CheckContext): Promise<CheckOutcome<RelaysCheckDetails>> {
  const servers = ctx.iceServers ?? [];
  if (servers.length === 0) return { status: 'skipped', reason: 'no-relay-urls' };
  if (!webrtcOf(ctx.platform)) {
    return inBrowser() || ctx.platform.RTCPeerConnection
      ? { status: 'fail', reason: 'no-webrtc' }
      : { status: 'skipped', reason: 'not-in-browser' };
  }
  const plan = planRelays(servers);
  // With the app's own TURN servers only their allocation counts (media can only flow through them): the
  // reachability URLs beside them (typically `stun:` in the same entry) would be probed for nothing.
  const mode: RelaysCheckDetails['mode'] = plan.allocation.length > 0 ? 'allocation' : 'reachability';
  const start = ctx.now();
  const report = await probeRelays(mode === 'allocation' ? plan.allocation : plan.reachability, {
    signal: ctx.signal,
    overallTimeoutMs: Math.max(1, ctx.budgetMs),
    RTCPeerConnection: ctx.platform.RTCPeerConnection,
    now: ctx.now,
  });
  const results =
    mode === 'allocation' ? report.results : report.results.map((r, i) => asReachability(r, plan.reachabilityUrls[i]));
  const summary = summarizeRelayProbe(results, Math.round(ctx.now() - start));
  const details: RelaysCheckDetails = { mode, results, summary };
  switch (summary.verdict) {
    case 'all-reachable':
      return { status: 'pass', reason: mode === 'allocation' ? 'relays-reachable' : 'relays-answered', details };
    case 'udp-blocked-tcp-works':
      return { status: 'warn', reason: 'udp-blocked-tcp-works', details };
    case 'partly-reachable':
      return { status: 'warn', reason: 'partly-reachable', details };
    case 'auth-failed':
      return { status: 'fail', reason: 'relay-auth-failed', details };
    case 'server-error':
      return { status: 'fail', reason: 'relay-server-error', details };
    case 'no-testable-servers':
      return { status: 'skipped', reason: 'no-relay-urls', details };
    default: {
      // all-blocked ('no-webrtc' cannot come: without WebRTC checkRelays returned before probing, and the probe finds
      // RTCPeerConnection the same way). With the app's own TURN servers media can only flow through them: calls cannot work. Without
      // credentials, if only UDP was tested, TCP 443 may still carry the call: say what was tested.
      const tested = new Set<RelayTransport>(summary.blocked);
      if (mode === 'reachability' && !tested.has('tcp') && !tested.has('tls')) {
        return { status: 'warn', reason: 'udp-blocked', details };
      }
      return { status: 'fail', reason: 'relays-blocked', details };
    }
  }
}

/** The origin of an endpoint URL (paths and queries may hold ids or tokens). */
function endpointOrigin(url: string): string {
  return new URL(url).origin;
}

/**
 * The statuses proxies, firewalls and captive portals answer with when they block an endpoint or cannot reach it
 * (forbidden, proxy login, blocked for legal reasons, gateway errors, network login): a readable answer with one of
 * them is not the endpoint's own.
 */
const BLOCKING_STATUSES: ReadonlySet<number> = new Set([403, 407, 451, 502, 503, 504, 511]);

/**
 * What an answer says. A readable one (the page's own origin, or CORS) is judged by its status; an opaque one (a
 * cross-origin `no-cors` answer: status 0, hidden by the browser) counts as an answer, and says it could not be read.
 */
function readAnswer(response: unknown): Pick<SignallingEndpointResult, 'status' | 'httpStatus'> {
  const { type, status } = Object(response) as { type?: unknown; status?: unknown };
  if (type === 'opaque' || typeof status !== 'number' || status === 0) {
    return { status: 'reachable', httpStatus: 'opaque' };
  }
  return { status: BLOCKING_STATUSES.has(status) ? 'unreachable' : 'reachable', httpStatus: status };
}

/** One endpoint: a `HEAD` without credentials, referrer or body, within the budget and the run's signal. */
async function fetchEndpoint(
  ctx: CheckContext,
  fetchFn: NonNullable<ReadinessPlatform['fetch']>,
  url: string,
): Promise<SignallingEndpointResult> {
  const origin = endpointOrigin(url);
  const begin = ctx.now();
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  // Removed in `finally`; the run's signal aborts once.
  ctx.signal.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.max(1, ctx.budgetMs),
  );
  try {
    const response = await fetchFn.call(globalThis, url, {
      method: 'HEAD',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // Redirects are followed: in no-cors mode any other redirect mode is a network error ('manual' tried in
      // Chromium), so an endpoint that redirects to a host that is down is reported unreachable (pinned in
      // readiness.browser.test.ts).
      signal: controller.signal,
    });
    // The answer is enough: never read a body (an opaque answer, or none, has no body to cancel: that throws here).
    try {
      (response as { body: { cancel(): unknown } }).body.cancel();
    } catch {}
    return { origin, ...readAnswer(response), ms: Math.round(ctx.now() - begin) };
  } catch {
    return { origin, status: timedOut ? 'timeout' : 'unreachable', ms: Math.round(ctx.now() - begin) };
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onAbort);
  }
}

/** How a failed endpoint is named in the check's `detail`: its origin, what happened and the status it answered. */
function failureText(endpoint: SignallingEndpointResult): string {
  const code = typeof endpoint.httpStatus === 'number' ? ` (HTTP ${endpoint.httpStatus})` : '';
  return `${endpoint.origin} ${endpoint.status}${code}`;
}

/**
 * signalling: each endpoint fetched without credentials or body, in parallel, within the budget. An answer passes
 * unless a readable one carries a blocking status ({@link BLOCKING_STATUSES}); an `http:` endpoint is judged the same
 * way (see `ReadinessCheckOptions.endpoints` for what its answer proves).
 */
export async function checkSignalling(ctx: CheckContext): Promise<CheckOutcome<SignallingCheckDetails>> {
  if (ctx.endpoints.length === 0) return { status: 'skipped', reason: 'no-endpoints' };
  const fetchFn = ctx.platform.fetch ?? g.fetch;
  if (typeof fetchFn !== 'function') return { status: 'skipped', reason: 'not-in-browser' };
  const endpoints = await Promise.all(ctx.endpoints.map((url) => fetchEndpoint(ctx, fetchFn, url)));
  const failed = endpoints.filter((e) => e.status !== 'reachable');
  return failed.length === 0
    ? { status: 'pass', reason: 'endpoints-reachable', details: { endpoints } }
    : {
        status: 'fail',
        reason: 'endpoints-unreachable',
        detail: failed.map(failureText).join('; '),
        details: { endpoints },
      };
}

/** history: this user's or device's recent outcomes; recent 410/3112 ends are a warning. */
export async function checkHistory(ctx: CheckContext): Promise<CheckOutcome<HistoryCheckDetails>> {
  const history = resolveHistory(ctx.history, { userId: ctx.userId });
  if (!history) return { status: 'skipped', reason: 'no-history' };
  const outcomes = history.list();
  if (outcomes.length === 0) return { status: 'skipped', reason: 'no-history' };
  const recurrence = classifyRecurrence(outcomes);
  const details: HistoryCheckDetails = {
    outcomes: outcomes.length,
    recentRelayFailures: recurrence.consecutiveFailures,
    recurrence: recurrence.kind,
  };
  return details.recentRelayFailures > 0
    ? { status: 'warn', reason: 'recent-relay-failures', details }
    : { status: 'pass', reason: 'history-clear', details };
}
