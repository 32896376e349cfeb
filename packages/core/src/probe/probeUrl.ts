/**
 * The probe of one relay URL: one relay-only peer connection, its events read by {@link createRelayEvidence}, a
 * timeout of its own, and everything released when it ends.
 */
import { type CandidateLike, createRelayEvidence, readCandidate } from './relayEvidence.js';
import type { RelayTransport } from './relayUrl.js';
import type {
  RelayDecision,
  RelayPeerConnectionConstructor,
  RelayPeerConnectionLike,
  RelayProbeConfiguration,
  RelayProbeResult,
} from './types.js';

/** One URL to probe: its safe display form, its transport, the URL as given and the server's credentials. */
export interface UrlTarget {
  readonly url: string;
  readonly transport: RelayTransport;
  /** The URL as the app gave it (handed to the browser, trimmed). */
  readonly raw: string;
  readonly username?: unknown;
  readonly credential?: unknown;
}

/** What the probe of one URL shares with the whole probe. */
export interface UrlProbeContext {
  readonly RTCPeerConnection: RelayPeerConnectionConstructor;
  readonly now: () => number;
  /** The cancel functions of the URLs under way: the URL adds its own and removes it when it ends. */
  readonly active: Set<() => void>;
}

/** How long the probe waits for `getStats()` to name a relay candidate's protocol, in ms. */
const STATS_WAIT_MS = 250;

/** The `name: message` of an error, or the text of anything else thrown. */
function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs `action`, ignoring what it throws (closing and unsubscribing are best effort: the object is dropped). */
function ignoreErrors(action: () => void): void {
  try {
    action();
  } catch {}
}

/** One server, one URL, relay only; `username` and `credential` only when they are strings. */
function configurationOf(target: UrlTarget): RelayProbeConfiguration {
  const iceServer: RelayProbeConfiguration['iceServers'][number] = { urls: target.raw.trim() };
  if (typeof target.username === 'string') iceServer.username = target.username;
  if (typeof target.credential === 'string') iceServer.credential = target.credential;
  return { iceServers: [iceServer], iceTransportPolicy: 'relay', iceCandidatePoolSize: 0 };
}

/** The browser's refusals of a URL (its syntax, its scheme): `invalid-url`; anything else thrown is `unsupported`. */
const INVALID_URL_ERRORS: ReadonlySet<string> = new Set(['SyntaxError', 'InvalidAccessError', 'TypeError']);

/** The decision when the constructor throws. */
function constructorFailure(error: unknown): RelayDecision {
  const invalid = error instanceof Error && INVALID_URL_ERRORS.has(error.name);
  return { status: invalid ? 'invalid-url' : 'unsupported', errorText: errorMessage(error) };
}

/** An empty stats report: what a `getStats()` that does not answer in time is read as. */
const NO_STATS = { forEach() {} };

/** `relayProtocol` of the relay `local-candidate` in `getStats()`, if it comes within `waitMs` (rejects on a bad read). */
async function readRelayProtocol(pc: RelayPeerConnectionLike, waitMs: number): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof NO_STATS>((resolve) => {
    timer = setTimeout(() => resolve(NO_STATS), waitMs);
  });
  try {
    const stats = await Promise.race([pc.getStats(), late]);
    let protocol: string | undefined;
    stats.forEach((value) => {
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

/** What `getStats()` adds to a relay candidate without a protocol: the protocol, or nothing (never rejects). */
function relayProtocolFromStats(pc: RelayPeerConnectionLike): Promise<Partial<RelayDecision> | undefined> {
  return readRelayProtocol(pc, STATS_WAIT_MS).then(
    (relayProtocol) => (relayProtocol === undefined ? undefined : { relayProtocol }),
    () => undefined,
  );
}

/** One data channel and an offer set as the local description: the browser starts gathering. */
async function startGathering(pc: RelayPeerConnectionLike, decided: () => boolean): Promise<void> {
  pc.createDataChannel('relay-probe');
  const offer = await pc.createOffer();
  if (decided()) return;
  await pc.setLocalDescription(offer);
}

/**
 * Probes one URL within `budgetMs`: resolves with its result as soon as it is decided, or with `undefined` when
 * cancelled (its function in `context.active`: the peer connection is released at once). Never rejects.
 */
export function probeUrl(
  target: UrlTarget,
  budgetMs: number,
  context: UrlProbeContext,
): Promise<RelayProbeResult | undefined> {
  const begin = context.now();
  const base = { url: target.url, transport: target.transport };
  const elapsed = () => Math.max(0, Math.round(context.now() - begin));
  let pc: RelayPeerConnectionLike;
  try {
    pc = new context.RTCPeerConnection(configurationOf(target));
  } catch (error) {
    return Promise.resolve({ ...base, ...constructorFailure(error), ms: elapsed() });
  }
  return new Promise((resolve) => {
    const evidence = createRelayEvidence();
    let decided = false;
    const release = () => {
      clearTimeout(timer);
      context.active.delete(cancel);
      for (const [type, listener] of listeners) ignoreErrors(() => pc.removeEventListener(type, listener));
      ignoreErrors(() => pc.close());
    };
    /** Ends the URL with `decision`, plus what `more` adds (e.g. the relay protocol from `getStats()`). */
    const decide = (decision: RelayDecision | undefined, more?: () => Promise<Partial<RelayDecision> | undefined>) => {
      if (decided || decision === undefined) return;
      decided = true;
      const ms = elapsed();
      const done = (extra?: Partial<RelayDecision>) => {
        release();
        resolve({ ...base, ...decision, ...extra, ms });
      };
      if (more) void more().then(done);
      else done();
    };
    const cancel = () => {
      decided = true;
      release();
      resolve(undefined);
    };
    const onCandidate = (event: Event) => {
      const reading = readCandidate((event as { candidate?: CandidateLike | null }).candidate);
      if (reading?.kind === 'complete') decide(evidence.complete());
      else if (reading?.kind === 'relay') {
        const { relayProtocol } = reading;
        if (relayProtocol === undefined) decide({ status: 'reachable' }, () => relayProtocolFromStats(pc));
        else decide({ status: 'reachable', relayProtocol });
      }
    };
    const onError = (event: Event) =>
      decide(evidence.error(event as { errorCode?: unknown; errorText?: unknown; url?: unknown }));
    const listeners: Array<[string, (event: Event) => void]> = [
      ['icecandidate', onCandidate],
      ['icecandidateerror', onError],
    ];
    for (const [type, listener] of listeners) pc.addEventListener(type, listener);
    const timer = setTimeout(() => decide(evidence.timeout(budgetMs)), budgetMs);
    context.active.add(cancel);
    startGathering(pc, () => decided).catch((error: unknown) =>
      decide({ status: 'unsupported', errorText: `Could not start ICE gathering: ${errorMessage(error)}` }),
    );
  });
}
