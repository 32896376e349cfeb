import {
  probeRelays,
  type RelayPeerConnectionConstructor,
  type RelayProbeIceServer,
  type RelayProbeResult,
  type RelayProbeSummary,
} from '@call-diagnostics/core';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a relay probe is: not started, running, finished, or cancelled (by `cancel()` or a new `start()`). */
export type RelayProbeState = 'idle' | 'running' | 'done' | 'cancelled';

/** Options of {@link useRelayProbe}. */
export interface UseRelayProbeOptions {
  /** The app's ICE servers (the SDK's `networkConfiguration.turn.iceServers`), used when `start()` gets none. */
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

/** What {@link useRelayProbe} returns. */
export interface RelayProbeHandle {
  readonly state: RelayProbeState;
  /** Results decided so far, in URL order (all of them once `state` is `done`). */
  readonly results: readonly RelayProbeResult[];
  /** The summary and verdict; set when `state` is `done`. */
  readonly summary: RelayProbeSummary | undefined;
  /** URLs decided so far and in all (for a progress bar). */
  readonly completed: number;
  readonly total: number;
  /** Starts a probe of `iceServers` (or the hook's); a running probe is cancelled first. */
  readonly start: (iceServers?: readonly RelayProbeIceServer[]) => void;
  /** Cancels the running probe: every peer connection is closed; `state` becomes `cancelled`. */
  readonly cancel: () => void;
}

interface ProbeView {
  readonly state: RelayProbeState;
  readonly results: readonly RelayProbeResult[];
  readonly summary: RelayProbeSummary | undefined;
  readonly completed: number;
  readonly total: number;
}

const IDLE: ProbeView = { state: 'idle', results: [], summary: undefined, completed: 0, total: 0 };

function urlCount(iceServers: readonly RelayProbeIceServer[] | undefined): number {
  if (!Array.isArray(iceServers)) return 0;
  return iceServers.reduce<number>(
    (n, server: RelayProbeIceServer | undefined) =>
      n + (!server || typeof server !== 'object' ? 1 : Array.isArray(server.urls) ? server.urls.length : 1),
    0,
  );
}

/**
 * Runs `probeRelays` (from `@call-diagnostics/core`) from a component: `start()`, `cancel()`, the state, the results as they arrive and the
 * summary. Unmounting aborts a running probe and closes every peer connection it opened.
 */
export function useRelayProbe(options: UseRelayProbeOptions = {}): RelayProbeHandle {
  const [view, setView] = useState<ProbeView>(IDLE);
  const latest = useRef(options);
  latest.current = options;
  const controller = useRef<AbortController | undefined>(undefined);
  const run = useRef(0);

  const cancel = useCallback(() => {
    const current = controller.current;
    if (!current) return;
    controller.current = undefined;
    run.current += 1;
    current.abort();
    setView((v) => (v.state === 'running' ? { ...v, state: 'cancelled' } : v));
  }, []);

  const start = useCallback((iceServers?: readonly RelayProbeIceServer[]) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const id = ++run.current;
    const o = latest.current;
    const servers = iceServers ?? o.iceServers;
    const partial: Array<RelayProbeResult | undefined> = [];
    setView({ state: 'running', results: [], summary: undefined, completed: 0, total: urlCount(servers) });
    probeRelays(servers, {
      signal: abort.signal,
      timeoutMs: o.timeoutMs,
      overallTimeoutMs: o.overallTimeoutMs,
      concurrency: o.concurrency,
      RTCPeerConnection: o.RTCPeerConnection,
      onResult: (result, progress) => {
        if (id !== run.current) return;
        partial[progress.index] = result;
        const results = partial.filter((r): r is RelayProbeResult => r !== undefined);
        setView((v) => ({ ...v, results, completed: progress.completed, total: progress.total }));
      },
    }).then(
      (report) => {
        if (id !== run.current) return;
        controller.current = undefined;
        setView({
          state: 'done',
          results: report.results,
          summary: report.summary,
          completed: report.results.length,
          total: report.results.length,
        });
      },
      () => {
        // Aborted: `cancel()` or a newer `start()` already set the state.
      },
    );
  }, []);

  useEffect(
    () => () => {
      run.current += 1;
      controller.current?.abort();
      controller.current = undefined;
    },
    [],
  );

  return { ...view, start, cancel };
}
