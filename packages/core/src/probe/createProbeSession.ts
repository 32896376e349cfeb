import { createListeners } from '../util/listeners.js';
import { probeRelays, type RelayProbeReport } from './probeRelays.js';
import type { RelayProbeSummary } from './summarize.js';
import type { RelayPeerConnectionConstructor, RelayProbeIceServer, RelayProbeResult } from './types.js';

/**
 * What a {@link ProbeSession} shows: a new object only when something changed.
 *
 * @beta
 */
export interface RelayProbeSnapshot {
  /** `idle` before the first run, `running`, `done` (see `summary`) or `cancelled`. */
  readonly state: 'idle' | 'running' | 'done' | 'cancelled';
  /** Results decided so far, in URL order (all of them once `state` is `done`). */
  readonly results: readonly RelayProbeResult[];
  /** The summary and verdict; set when `state` is `done`. */
  readonly summary: RelayProbeSummary | undefined;
  /** URLs decided so far (for a progress bar). */
  readonly completed: number;
  /** URLs in the run. */
  readonly total: number;
}

/**
 * Options of {@link createProbeSession}: the defaults of every run.
 *
 * @beta
 */
export interface ProbeSessionOptions {
  /** The app's ICE servers (the SDK's `networkConfiguration.turn.iceServers`), used when a run gets none. */
  readonly iceServers?: readonly RelayProbeIceServer[] | undefined;
  /** Longest wait for one URL, in ms (defaults to the overall timeout). */
  readonly timeoutMs?: number | undefined;
  /** Longest wait for the whole probe, in ms (default 5000). */
  readonly overallTimeoutMs?: number | undefined;
  /** Peer connections open at once (default 8). */
  readonly concurrency?: number | undefined;
  /** `RTCPeerConnection` to use (a fake in tests and stories); defaults to the browser's. */
  readonly RTCPeerConnection?: RelayPeerConnectionConstructor | undefined;
}

/**
 * A relay probe that a view follows: one run at a time, progress as each URL is decided, cancellation. Framework-free
 * (`subscribe` / `getSnapshot` fit React's `useSyncExternalStore`).
 *
 * @beta
 */
export interface ProbeSession {
  /**
   * Starts a probe; a run under way is cancelled first (its late results are dropped). Resolves with the report, or
   * `undefined` when this run was aborted or replaced by a newer one. Never rejects.
   */
  run(
    options?: ProbeSessionOptions & {
      /** Cancels this run, like {@link ProbeSession.abort}. */
      readonly signal?: AbortSignal | undefined;
    },
  ): Promise<RelayProbeReport | undefined>;
  /** Cancels the run under way: every peer connection is closed and `state` becomes `cancelled`. */
  abort(): void;
  /** Calls `listener` after each change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot (the same object until something changes). */
  getSnapshot(): RelayProbeSnapshot;
}

// Internal names (not exported from the package).
type ProbeSessionRunOptions = NonNullable<Parameters<ProbeSession['run']>[0]>;

const IDLE: RelayProbeSnapshot = { state: 'idle', results: [], summary: undefined, completed: 0, total: 0 };

/** The number of URLs {@link probeRelays} reports for `iceServers` (an entry that is not a server counts as one). */
function urlCount(iceServers: readonly RelayProbeIceServer[] | undefined): number {
  if (!Array.isArray(iceServers)) return 0;
  return iceServers.reduce<number>((n, server: unknown) => {
    const urls: unknown = Object(server).urls;
    return n + (Array.isArray(urls) ? urls.length : 1);
  }, 0);
}

/**
 * Creates a relay probe session over {@link probeRelays}: `run()` / `abort()`, the results as they arrive and the
 * summary, for any view. Only the latest run publishes; an aborted or replaced run closes its peer connections.
 *
 * @beta
 */
export function createProbeSession(options: ProbeSessionOptions = {}): ProbeSession {
  const listeners = createListeners();
  let snapshot = IDLE;
  let current: { controller: AbortController; stop: () => void } | undefined;

  const publish = (next: RelayProbeSnapshot) => {
    snapshot = next;
    listeners.notify();
  };

  const abort = () => {
    const run = current;
    if (!run) return;
    current = undefined;
    run.stop();
    run.controller.abort();
    // A current run is always running: it published `running` when it started and leaves `current` when it ends.
    publish({ ...snapshot, state: 'cancelled' });
  };

  const run = async (runOptions: ProbeSessionRunOptions = {}): Promise<RelayProbeReport | undefined> => {
    const { signal, ...own } = runOptions;
    const o: ProbeSessionRunOptions = { ...options, ...own, iceServers: own.iceServers ?? options.iceServers };
    if (current) {
      // Replaced, not cancelled: the new run's `running` snapshot follows at once.
      const previous = current;
      current = undefined;
      previous.stop();
      previous.controller.abort();
    }
    if (signal?.aborted) {
      if (snapshot.state === 'running') publish({ ...snapshot, state: 'cancelled' });
      return undefined;
    }
    const controller = new AbortController();
    // Removed (stop()) whenever its run stops being current: while it listens, its run is the current one.
    const onSignal = () => abort();
    const me = { controller, stop: () => signal?.removeEventListener('abort', onSignal) };
    current = me;
    signal?.addEventListener('abort', onSignal, { once: true });
    const partial: RelayProbeResult[] = [];
    publish({ state: 'running', results: [], summary: undefined, completed: 0, total: urlCount(o.iceServers) });
    try {
      const report = await probeRelays(o.iceServers, {
        signal: controller.signal,
        timeoutMs: o.timeoutMs,
        overallTimeoutMs: o.overallTimeoutMs,
        concurrency: o.concurrency,
        RTCPeerConnection: o.RTCPeerConnection,
        // The probe reports nothing once aborted, and a run that stops being current is aborted at once.
        onResult: (result, progress) => {
          partial[progress.index] = result;
          // The results so far in URL order: `partial` has holes where URLs are still under way.
          const results = Object.values(partial);
          publish({ ...snapshot, results, completed: progress.completed, total: progress.total });
        },
      });
      if (current !== me) return undefined;
      current = undefined;
      me.stop();
      const n = report.results.length;
      publish({ state: 'done', results: report.results, summary: report.summary, completed: n, total: n });
      return report;
    } catch {
      // Aborted: `abort()`, the signal or a newer run already set the state.
      if (current === me) {
        // Not aborted by us (probeRelays does not throw otherwise): end the run as cancelled.
        abort();
      }
      return undefined;
    }
  };

  return {
    run,
    abort,
    subscribe(listener: () => void) {
      return listeners.subscribe(listener);
    },
    getSnapshot: () => snapshot,
  };
}
