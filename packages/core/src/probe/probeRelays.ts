import { abortError, monotonicNow } from '../util/abort.js';
import { probeUrl, type UrlProbeContext, type UrlTarget } from './probeUrl.js';
import { isParsedRelayUrl, parseRelayUrl } from './relayUrl.js';
import { secretRedactor } from './secretRedactor.js';
import { type RelayProbeSummary, summarizeRelayProbe } from './summarize.js';
import type { RelayPeerConnectionConstructor, RelayProbeIceServer, RelayProbeResult } from './types.js';

export type {
  RelayPeerConnectionConstructor,
  RelayPeerConnectionLike,
  RelayProbeConfiguration,
  RelayProbeIceServer,
  RelayProbeResult,
} from './types.js';

/**
 * What {@link probeRelays} resolves to.
 *
 * @public
 */
export interface RelayProbeReport {
  /** One result per URL, in the order the URLs were given. */
  readonly results: readonly RelayProbeResult[];
  /** The verdict and the transports that work. */
  readonly summary: RelayProbeSummary;
}

/**
 * Options of {@link probeRelays}.
 *
 * @public
 */
export interface RelayProbeOptions {
  /** Longest wait for one URL, in ms. Defaults to `overallTimeoutMs`. */
  readonly timeoutMs?: number | undefined;
  /** Longest wait for the whole probe, in ms (default 5000). URLs not started by then are reported as `timeout`. */
  readonly overallTimeoutMs?: number | undefined;
  /** Peer connections open at once (default 8). */
  readonly concurrency?: number | undefined;
  /** Cancels the probe: every peer connection is closed and the promise rejects with an `AbortError`. */
  readonly signal?: AbortSignal | undefined;
  /** `RTCPeerConnection` to use; defaults to the global one. Without any, every URL is `unsupported`. */
  readonly RTCPeerConnection?: RelayPeerConnectionConstructor | undefined;
  /** Called as each URL's result is decided (for progress). */
  readonly onResult?:
    | ((
        result: RelayProbeResult,
        progress: {
          /** Index of this result in {@link RelayProbeReport.results}. */
          readonly index: number;
          /** Results decided so far, this one included. */
          readonly completed: number;
          /** Number of URLs in the probe. */
          readonly total: number;
        },
      ) => void)
    | undefined;
  /** Clock in ms, for tests. Defaults to `performance.now()`. */
  readonly now?: (() => number) | undefined;
}

/** Default overall timeout of {@link probeRelays}, in ms. */
const RELAY_PROBE_DEFAULT_TIMEOUT_MS = 5000;
/** Default number of peer connections {@link probeRelays} opens at once. */
const RELAY_PROBE_DEFAULT_CONCURRENCY = 8;

/** The message of the error {@link probeRelays} rejects with when its signal aborts. */
const RELAY_PROBE_ABORTED = 'The relay probe was cancelled.';

const NO_WEBRTC = 'This browser has no WebRTC (RTCPeerConnection), so relays cannot be tested here.';
const STUN_NOT_TESTABLE = 'stun: URLs are not testable by a relay probe (it needs a turn: or turns: URL).';

/** One URL as the app gave it, with its server's credentials. */
interface Target {
  readonly raw: unknown;
  readonly username?: unknown;
  readonly credential?: unknown;
}

/** A URL that needs a peer connection, with its place in the results. */
interface QueuedTarget extends UrlTarget {
  readonly index: number;
}

/** Flattens the servers into one target per URL; an entry that is not a server counts as one URL that is not a string. */
function targetsOf(iceServers: readonly RelayProbeIceServer[] | null | undefined): Target[] {
  if (!Array.isArray(iceServers)) return [];
  return (iceServers as readonly unknown[]).flatMap((entry) => {
    const server = Object(entry) as Partial<RelayProbeIceServer>;
    const urls: readonly unknown[] = Array.isArray(server.urls) ? server.urls : [server.urls];
    return urls.map((raw) => ({ raw, username: server.username, credential: server.credential }));
  });
}

/** A positive finite number, or `fallback`. */
function positive(value: number | undefined, fallback: number): number {
  return Number.isFinite(value) && (value as number) > 0 ? (value as number) : fallback;
}

/** The options, with their defaults and bounds. */
function resolveOptions(options: RelayProbeOptions) {
  const overallTimeoutMs = positive(options.overallTimeoutMs, RELAY_PROBE_DEFAULT_TIMEOUT_MS);
  return {
    now: options.now ?? monotonicNow,
    overallTimeoutMs,
    timeoutMs: Math.min(positive(options.timeoutMs, overallTimeoutMs), overallTimeoutMs),
    concurrency: Math.max(1, Math.floor(positive(options.concurrency, RELAY_PROBE_DEFAULT_CONCURRENCY))),
    Ctor:
      options.RTCPeerConnection ??
      (globalThis as { RTCPeerConnection?: RelayPeerConnectionConstructor }).RTCPeerConnection,
  };
}

/**
 * What each target needs: a result decided without a peer connection (malformed URL, `stun:`, no WebRTC), or a place
 * in the queue.
 */
function triage(
  targets: readonly Target[],
  webrtc: boolean,
): { readonly decided: Array<[number, RelayProbeResult]>; readonly queue: QueuedTarget[] } {
  const decided: Array<[number, RelayProbeResult]> = [];
  const queue: QueuedTarget[] = [];
  targets.forEach((target, index) => {
    const parsed = parseRelayUrl(target.raw);
    if (!isParsedRelayUrl(parsed)) {
      decided.push([
        index,
        { url: parsed.displayUrl, transport: 'udp', status: 'invalid-url', errorText: parsed.error, ms: 0 },
      ]);
      return;
    }
    const base = { url: parsed.displayUrl, transport: parsed.transport, status: 'unsupported', ms: 0 } as const;
    const { username, credential } = target;
    if (parsed.scheme === 'stun' || parsed.scheme === 'stuns') {
      decided.push([index, { ...base, errorText: STUN_NOT_TESTABLE }]);
    } else if (!webrtc) decided.push([index, { ...base, errorText: NO_WEBRTC }]);
    else
      queue.push({ url: base.url, transport: base.transport, index, raw: target.raw as string, username, credential });
  });
  return { decided, queue };
}

/** Listens for the signal's abort until `stop()`; `onAbort` runs once when it aborts. */
function onAbortOf(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  signal?.addEventListener('abort', onAbort, { once: true });
  return () => signal?.removeEventListener('abort', onAbort);
}

/**
 * Tests the app's own TURN servers from this browser, one relay-only `RTCPeerConnection` per `turn:`/`turns:` URL
 * (one data channel, `createOffer`/`setLocalDescription` to start gathering), in parallel up to `concurrency`.
 *
 * Each URL ends as soon as it is decided: the first relay candidate (`reachable`) or a 401 from the server
 * (`auth-failed`). Other STUN errors from the server (300–699) become `server-error` unless a candidate still arrives.
 * The errors the browser raises itself, per network interface (701: lookup or connection failed; 600: "IP address
 * family does not match", "Address not associated with the desired network interface") are no answer from the server:
 * another interface may still get a relay candidate, so they decide only when gathering ends, or at the URL's timeout
 * (`unreachable`). A URL that stays silent (UDP dropped by a firewall: the browser alone waits ~40 s) ends as `timeout`
 * at `timeoutMs`; the whole probe ends by `overallTimeoutMs` (default 5 s). Every peer connection is closed on
 * success, failure, timeout and abort.
 *
 * `stun:` URLs are reported as `unsupported` (a relay-only probe cannot test them). Without WebRTC (plain Node, or
 * no `RTCPeerConnection` option) every URL is `unsupported`; nothing throws. Results and errors never contain the
 * username, the credential or `user:pass@` from a URL.
 *
 * @returns the results in URL order and a summary with the working transports and a verdict.
 * @throws an `Error` named `AbortError` when `signal` aborts (before or during the probe).
 *
 * @public
 */
export async function probeRelays(
  iceServers: readonly RelayProbeIceServer[] | null | undefined,
  options: RelayProbeOptions = {},
): Promise<RelayProbeReport> {
  const { signal, onResult = () => {} } = options;
  if (signal?.aborted) throw abortError(RELAY_PROBE_ABORTED);
  const { now, overallTimeoutMs, timeoutMs, concurrency, Ctor } = resolveOptions(options);
  const targets = targetsOf(iceServers);
  const redact = secretRedactor(targets);
  const results: Array<RelayProbeResult | undefined> = targets.map(() => undefined);
  const start = now();
  const deadline = start + overallTimeoutMs;
  const context: UrlProbeContext = {
    RTCPeerConnection: Ctor as RelayPeerConnectionConstructor,
    now,
    active: new Set(),
  };
  let completed = 0;
  let aborted = false;

  const record = (index: number, result: RelayProbeResult) => {
    const safe = result.errorText === undefined ? result : { ...result, errorText: redact(result.errorText) };
    results[index] = safe;
    completed += 1;
    try {
      onResult(safe, { index, completed, total: targets.length });
    } catch {
      // A throwing progress callback must not break the probe.
    }
  };
  const { decided, queue } = triage(targets, typeof Ctor === 'function');
  for (const [index, result] of decided) record(index, result);

  /** A URL gets what is left of the overall time, at most `timeoutMs`; none left, it is not started. */
  const probeNext = (item: QueuedTarget): Promise<RelayProbeResult | undefined> => {
    const budget = Math.min(timeoutMs, deadline - now());
    if (budget > 0) return probeUrl(item, budget, context);
    const notStarted = { url: item.url, transport: item.transport, status: 'timeout', ms: 0 } as const;
    return Promise.resolve({ ...notStarted, errorText: 'Not started: the overall timeout passed.' });
  };
  let next = 0;
  const worker = async () => {
    while (!aborted && next < queue.length) {
      const item = queue[next] as QueuedTarget;
      next += 1;
      const result = await probeNext(item);
      // A URL resolves without a result only when cancelled, that is once the probe is aborted.
      if (aborted) return;
      record(item.index, result as RelayProbeResult);
    }
  };
  const stopListening = onAbortOf(signal, () => {
    aborted = true;
    for (const cancel of [...context.active]) cancel();
  });
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  } finally {
    stopListening();
  }
  if (aborted) throw abortError(RELAY_PROBE_ABORTED);
  const final = results as RelayProbeResult[];
  return { results: final, summary: summarizeRelayProbe(final, Math.max(0, Math.round(now() - start))) };
}
