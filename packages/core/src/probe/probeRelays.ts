import { redactText } from '../report/redact.js';
import { abortError, monotonicNow } from '../util/abort.js';
import { isParsedRelayUrl, parseRelayUrl, type RelayTransport } from './relayUrl.js';
import { type RelayProbeSummary, summarizeRelayProbe } from './summarize.js';

/**
 * One ICE server as the app configures it: the ACS SDK's `networkConfiguration.turn.iceServers` entries
 * (`{ urls: string[], username?, credential? }`) or a standard `RTCIceServer`.
 *
 * @public
 */
export interface RelayProbeIceServer {
  /** One URL or several: `turn:host:port`, `turn:host:port?transport=tcp`, `turns:host:port`, `stun:…`. */
  readonly urls: string | readonly string[];
  /** The TURN username. Handed to the browser only; never in a result. */
  readonly username?: string | undefined;
  /** The TURN credential. Handed to the browser only; never in a result. */
  readonly credential?: string | undefined;
}

/**
 * The result for one `turn:`/`turns:`/`stun:` URL. Never contains credentials.
 *
 * @public
 */
export interface RelayProbeResult {
  /** The URL without credentials (`user:pass@` and every query parameter except `transport` removed). */
  readonly url: string;
  /** `udp` (`turn:`), `tcp` (`turn:…?transport=tcp`) or `tls` (`turns:`). */
  readonly transport: RelayTransport;
  /** What happened. */
  readonly status: /** A relay candidate was gathered: the browser reached the TURN server and got an allocation. */
    | 'reachable'
    /** The TURN server answered 401: the username or credential is wrong or expired. */
    | 'auth-failed'
    /** The browser could not reach the server (`icecandidateerror` 701, or gathering ended without a candidate). */
    | 'unreachable'
    /** The server answered with another STUN error (300–699), e.g. 403, 437, 486, 508, 600. */
    | 'server-error'
    /** The URL is malformed (or the browser refused it). */
    | 'invalid-url'
    /** Nothing decisive happened within the timeout: typically UDP silently dropped by a firewall. */
    | 'timeout'
    /** Not testable here: a `stun:` URL, or a browser without WebRTC. */
    | 'unsupported';
  /** The `icecandidateerror` code (701 unreachable, 401 unauthorized, other STUN error codes). */
  readonly errorCode?: number;
  /** What went wrong, in English, for logs and support (credentials removed). */
  readonly errorText?: string;
  /** The protocol between browser and TURN server of the gathered relay candidate (`udp`, `tcp`, `tls`). */
  readonly relayProtocol?: string;
  /** Milliseconds from the probe's start to its decision. */
  readonly ms: number;
}

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
 * A constructor like `RTCPeerConnection`, with the part of it the probe uses (a fake for tests implements just
 * this). The probe gives each peer connection one server, one URL, relay only.
 *
 * @public
 */
export type RelayPeerConnectionConstructor = new (configuration: {
  iceServers: Array<{ urls: string; username?: string; credential?: string }>;
  iceTransportPolicy: 'relay';
  iceCandidatePoolSize: number;
}) => {
  createDataChannel(label: string): unknown;
  createOffer(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  getStats(): Promise<{ forEach(callback: (value: unknown) => void): void }>;
  close(): void;
};
// Internal names (not exported from the package).
export type RelayProbeConfiguration = ConstructorParameters<RelayPeerConnectionConstructor>[0];
export type RelayPeerConnectionLike = InstanceType<RelayPeerConnectionConstructor>;

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

interface Target {
  readonly raw: unknown;
  readonly server: RelayProbeIceServer;
}

type Decision = Omit<RelayProbeResult, 'url' | 'transport' | 'ms'>;

/** Flattens the servers into one target per URL. */
function targetsOf(iceServers: readonly RelayProbeIceServer[] | null | undefined): Target[] {
  if (!Array.isArray(iceServers)) return [];
  const targets: Target[] = [];
  for (const server of iceServers as readonly unknown[]) {
    if (!server || typeof server !== 'object') {
      // Stryker disable next-line ArrayDeclaration: the stand-in server of a malformed entry is never probed (its URL is invalid) and has no credentials
      targets.push({ raw: undefined, server: { urls: [] } });
      continue;
    }
    const s = server as RelayProbeIceServer;
    const urls: readonly unknown[] = Array.isArray(s.urls) ? s.urls : [s.urls];
    for (const raw of urls) targets.push({ raw, server: s });
  }
  return targets;
}

/** Every string that must never appear in output: username, credential and any userinfo inside the URL. */
function secretsOf(targets: readonly Target[]): string[] {
  const secrets = new Set<string>();
  for (const { raw, server } of targets) {
    if (typeof server.username === 'string') secrets.add(server.username);
    if (typeof server.credential === 'string') secrets.add(server.credential);
    if (typeof raw === 'string') {
      const at = raw.lastIndexOf('@');
      if (at >= 0) {
        const userinfo = raw.slice(0, at).replace(/^\s*[a-z]+:(\/\/)?/i, '');
        for (const part of [userinfo, ...userinfo.split(':')]) secrets.add(part);
      }
    }
  }
  secrets.delete('');
  return [...secrets].sort((a, b) => b.length - a.length);
}

/**
 * Scrubs the secrets and any URL credentials from an error text. A secret shorter than 3 characters cannot be cut
 * out without garbling the text: a text holding one is replaced whole.
 */
function redactWith(secrets: readonly string[]) {
  return (text: string): string => {
    let out = text;
    for (const secret of secrets) {
      if (secret.length < 3 && out.includes(secret)) return `[redacted] (the error text held a credential)`;
      out = out.split(secret).join('[redacted]');
    }
    // Stryker disable next-line ArrayDeclaration: ['Stryker was here'] as the rules only shows on that very text
    return redactText(out, [], true);
  };
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Tests the app's own TURN servers from this browser, one relay-only `RTCPeerConnection` per `turn:`/`turns:` URL
 * (one data channel, `createOffer`/`setLocalDescription` to start gathering), in parallel up to `concurrency`.
 *
 * Each URL ends as soon as it is decided: the first relay candidate (`reachable`), `icecandidateerror` 701
 * (`unreachable`) or 401 (`auth-failed`). Other STUN errors (300–699) become `server-error` unless a candidate still
 * arrives. A URL that stays silent (UDP dropped by a firewall: the browser alone waits ~40 s) ends as `timeout` at
 * `timeoutMs`; the whole probe ends by `overallTimeoutMs` (default 5 s). Every peer connection is closed on
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
  const { signal } = options;
  if (signal?.aborted) throw abortError(RELAY_PROBE_ABORTED);
  const now = options.now ?? monotonicNow;
  const overallTimeoutMs = positive(options.overallTimeoutMs, RELAY_PROBE_DEFAULT_TIMEOUT_MS);
  const timeoutMs = Math.min(positive(options.timeoutMs, overallTimeoutMs), overallTimeoutMs);
  const concurrency = Math.max(1, Math.floor(positive(options.concurrency, RELAY_PROBE_DEFAULT_CONCURRENCY)));
  const Ctor =
    options.RTCPeerConnection ??
    (globalThis as { RTCPeerConnection?: RelayPeerConnectionConstructor }).RTCPeerConnection;

  const targets = targetsOf(iceServers);
  const redact = redactWith(secretsOf(targets));
  const results: Array<RelayProbeResult | undefined> = targets.map(() => undefined);
  const start = now();
  const deadline = start + overallTimeoutMs;
  const active = new Set<() => void>();
  let completed = 0;
  let aborted = false;

  const record = (index: number, result: RelayProbeResult) => {
    if (aborted) return;
    const safe: RelayProbeResult =
      result.errorText === undefined ? result : { ...result, errorText: redact(result.errorText) };
    results[index] = safe;
    completed += 1;
    try {
      // Stryker disable next-line OptionalChaining: a missing onResult would throw inside the try that ignores the callback's errors
      options.onResult?.(safe, { index, completed, total: targets.length });
    } catch {
      // A throwing progress callback must not break the probe.
    }
  };

  // Decide what needs no peer connection first: invalid URLs, stun:, no WebRTC.
  const queue: Array<{
    index: number;
    url: string;
    transport: RelayTransport;
    server: RelayProbeIceServer;
    raw: string;
  }> = [];
  targets.forEach((target, index) => {
    const parsed = parseRelayUrl(target.raw);
    if (!isParsedRelayUrl(parsed)) {
      record(index, {
        url: parsed.displayUrl,
        transport: 'udp',
        status: 'invalid-url',
        errorText: parsed.error,
        ms: 0,
      });
    } else if (parsed.scheme === 'stun' || parsed.scheme === 'stuns') {
      record(index, {
        url: parsed.displayUrl,
        transport: parsed.transport,
        status: 'unsupported',
        errorText: 'stun: URLs are not testable by a relay probe (it needs a turn: or turns: URL).',
        ms: 0,
      });
    } else if (typeof Ctor !== 'function') {
      record(index, {
        url: parsed.displayUrl,
        transport: parsed.transport,
        status: 'unsupported',
        errorText: NO_WEBRTC,
        ms: 0,
      });
    } else {
      queue.push({
        index,
        url: parsed.displayUrl,
        transport: parsed.transport,
        server: target.server,
        raw: target.raw as string,
      });
    }
  });

  let rejectAbort: ((error: Error) => void) | undefined;
  const abortPromise = new Promise<never>((_, reject) => {
    rejectAbort = reject;
  });
  abortPromise.catch(() => {});
  const onAbort = () => {
    aborted = true;
    for (const cancel of [...active]) cancel();
    // Stryker disable next-line OptionalChaining: the Promise executor runs at once, so rejectAbort is always set here
    rejectAbort?.(abortError(RELAY_PROBE_ABORTED));
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  const probeOne = (item: (typeof queue)[number]): Promise<RelayProbeResult> => {
    const begin = now();
    const budget = Math.min(timeoutMs, deadline - begin);
    const base = { url: item.url, transport: item.transport };
    if (budget <= 0) {
      return Promise.resolve({
        ...base,
        status: 'timeout',
        errorText: 'Not started: the overall timeout passed.',
        ms: 0,
      });
    }
    return new Promise<RelayProbeResult>((resolve) => {
      let pc: RelayPeerConnectionLike | undefined;
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let softError: { code: number; text: string } | undefined;
      const listeners: Array<[string, (event: Event) => void]> = [];

      const cleanup = () => {
        if (timer !== undefined) clearTimeout(timer);
        active.delete(cancel);
        if (!pc) return;
        for (const [type, listener] of listeners) {
          try {
            pc.removeEventListener(type, listener);
          } catch {
            // ignore
          }
        }
        try {
          pc.close();
        } catch {
          // ignore: closing is best effort, the object is dropped anyway
        }
      };
      const finish = (decision: Decision, withStats = false) => {
        if (settled) return;
        settled = true;
        const ms = Math.max(0, Math.round(now() - begin));
        const done = (extra: Partial<Decision> = {}) => {
          cleanup();
          resolve({ ...base, ...decision, ...extra, ms });
        };
        if (withStats && decision.relayProtocol === undefined && pc && !aborted) {
          void readRelayProtocol(pc, 250).then(
            (relayProtocol) => done(relayProtocol === undefined ? {} : { relayProtocol }),
            () => done(),
          );
        } else {
          done();
        }
      };
      function cancel() {
        // Stryker disable next-line ObjectLiteral,StringLiteral: a cancelled URL's decision is dropped (record() ignores results once aborted)
        finish({ status: 'timeout', errorText: RELAY_PROBE_ABORTED });
        cleanup(); // at once, even while a getStats() read is pending
      }
      active.add(cancel);

      const on = (type: string, listener: (event: Event) => void) => {
        listeners.push([type, listener]);
        // Stryker disable next-line OptionalChaining: on() is only called once the peer connection exists
        pc?.addEventListener(type, listener);
      };

      try {
        const iceServer: RelayProbeConfiguration['iceServers'][number] = { urls: item.raw.trim() };
        if (typeof item.server.username === 'string') iceServer.username = item.server.username;
        if (typeof item.server.credential === 'string') iceServer.credential = item.server.credential;
        pc = new (Ctor as RelayPeerConnectionConstructor)({
          iceServers: [iceServer],
          iceTransportPolicy: 'relay',
          iceCandidatePoolSize: 0,
        });
      } catch (error) {
        // Stryker disable next-line StringLiteral: any name but the three below is unsupported, '' or another
        const name = error instanceof Error ? error.name : '';
        finish({
          status:
            name === 'SyntaxError' || name === 'InvalidAccessError' || name === 'TypeError'
              ? 'invalid-url'
              : 'unsupported',
          errorText: message(error),
        });
        return;
      }

      on('icecandidate', (event) => {
        const candidate = (event as { candidate?: CandidateLike | null }).candidate;
        if (!candidate) {
          // Gathering is complete without a relay candidate.
          finish(
            softError
              ? { status: 'server-error', errorCode: softError.code, errorText: softError.text }
              : { status: 'unreachable', errorText: 'Gathering ended without a relay candidate.' },
          );
          return;
        }
        // Stryker disable next-line StringLiteral: a stand-in text without ' typ ' reads as no type either
        const type = candidate.type ?? / typ (\w+)/.exec(candidate.candidate ?? '')?.[1];
        if (type !== 'relay') return;
        const relayProtocol = typeof candidate.relayProtocol === 'string' ? candidate.relayProtocol : undefined;
        finish({ status: 'reachable', ...(relayProtocol ? { relayProtocol } : {}) }, true);
      });
      on('icecandidateerror', (event) => {
        const e = event as { errorCode?: unknown; errorText?: unknown };
        // Stryker disable next-line StringLiteral: Number() of a number is the same number
        const code = typeof e.errorCode === 'number' ? e.errorCode : Number(e.errorCode);
        const text = typeof e.errorText === 'string' && e.errorText ? e.errorText : `error ${code}`;
        if (code === 701) finish({ status: 'unreachable', errorCode: 701, errorText: text });
        else if (code === 401) finish({ status: 'auth-failed', errorCode: 401, errorText: text });
        else if (code >= 300 && code <= 699) softError ??= { code, text };
      });

      timer = setTimeout(() => {
        finish(
          softError
            ? { status: 'server-error', errorCode: softError.code, errorText: softError.text }
            : { status: 'timeout', errorText: `No answer within ${Math.round(budget)} ms.` },
        );
      }, budget);

      const started = pc;
      void (async () => {
        try {
          started.createDataChannel('relay-probe');
          const offer = await started.createOffer();
          if (settled) return;
          await started.setLocalDescription(offer);
        } catch (error) {
          finish({ status: 'unsupported', errorText: `Could not start ICE gathering: ${message(error)}` });
        }
      })();
    });
  };

  let next = 0;
  const worker = async () => {
    while (!aborted && next < queue.length) {
      const item = queue[next] as (typeof queue)[number];
      next += 1;
      const result = await probeOne(item);
      record(item.index, result);
    }
  };
  try {
    await Promise.race([
      Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker)),
      abortPromise,
    ]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (aborted) throw abortError(RELAY_PROBE_ABORTED);
  const final = results as RelayProbeResult[];
  return { results: final, summary: summarizeRelayProbe(final, Math.max(0, Math.round(now() - start))) };
}

interface CandidateLike {
  readonly type?: string | null;
  readonly candidate?: string;
  readonly relayProtocol?: string | null;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** `relayProtocol` of the relay `local-candidate` in `getStats()`, if it comes within `waitMs`. */
async function readRelayProtocol(pc: RelayPeerConnectionLike, waitMs: number): Promise<string | undefined> {
  if (typeof pc.getStats !== 'function') return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    const stats = await Promise.race([pc.getStats(), timeout]);
    let protocol: string | undefined;
    // Stryker disable next-line OptionalChaining: stats of undefined throws, and a throwing read is answered the same (no relayProtocol)
    stats?.forEach((value) => {
      const v = value as { type?: string; candidateType?: string; relayProtocol?: string };
      if (v.type === 'local-candidate' && v.candidateType === 'relay' && typeof v.relayProtocol === 'string') {
        protocol ??= v.relayProtocol;
      }
    });
    return protocol;
  } finally {
    clearTimeout(timer);
  }
}
