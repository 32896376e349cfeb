import {
  createReadinessCheck,
  type ReadinessCheck,
  type ReadinessCheckOptions,
  type ReadinessResult,
  type ReadinessSnapshot,
} from '@call-diagnostics/core';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

/** Options of one run: an abort `signal`, and `requestPermissions` (call it from a user gesture). */
export type ReadinessRunOptions = NonNullable<Parameters<ReadinessCheck['run']>[0]>;

/** Options of {@link useReadinessCheck}: the core options, or a ready `check` (which then wins). */
export interface UseReadinessCheckOptions extends ReadinessCheckOptions {
  /** A check made with `createReadinessCheck` to follow instead of making one. */
  readonly check?: ReadinessCheck | undefined;
}

/** What {@link useReadinessCheck} returns. */
export interface ReadinessCheckHandle {
  /** The core object (for `subscribe`, or to hand to another view). */
  readonly check: ReadinessCheck;
  /** Progress and the last result; a new object only when something changed. */
  readonly snapshot: ReadinessSnapshot;
  /** Runs the check (joins a run under way); resolves `undefined` when the run is aborted. Never rejects on abort. */
  readonly run: (options?: ReadinessRunOptions) => Promise<ReadinessResult | undefined>;
  /** Aborts the run under way: its peer connections, fetches and timers end at once. */
  readonly abort: () => void;
}

const ignoreAbort = (error: unknown): undefined => {
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return undefined;
  throw error;
};

/**
 * Follows a pre-join readiness check (`createReadinessCheck` from `@call-diagnostics/core`) from a component. The
 * check is made once per mount, and made again only when `check`, `callClient`, `features`, `history` or `platform`
 * change identity, or the values of `iceServers`, `endpoints`, `userId`, `timeoutMs` or `requestPermissions` change.
 * On unmount (and when the check is replaced) the run under way is aborted, also for a `check` passed in.
 */
export function useReadinessCheck(options: UseReadinessCheckOptions = {}): ReadinessCheckHandle {
  const { check: given, onDiagnosticEvent, ...core } = options;
  const { callClient, features, history, platform, ...plain } = core;
  // The latest telemetry callback is used, whatever its identity (an inline arrow does not remake the check).
  const telemetry = useRef(onDiagnosticEvent);
  telemetry.current = onDiagnosticEvent;
  const key = JSON.stringify(plain);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the plain options' values.
  const api = useMemo(() => {
    const check = given ?? createReadinessCheck({ ...core, onDiagnosticEvent: (r) => telemetry.current?.(r) });
    const view = { subscribe: (l: () => void) => check.subscribe(l), getSnapshot: () => check.getSnapshot() };
    const run = (o?: ReadinessRunOptions) => check.run(o).catch(ignoreAbort);
    return { check, view, run, abort: () => check.abort() };
  }, [given, callClient, features, history, platform, key]);
  const snapshot = useSyncExternalStore(api.view.subscribe, api.view.getSnapshot, api.view.getSnapshot);
  useEffect(() => () => api.abort(), [api]);
  return { check: api.check, snapshot, run: api.run, abort: api.abort };
}
