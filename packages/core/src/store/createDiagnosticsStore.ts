import type { DiagnosticEvent } from '../events.js';
import { createListeners } from '../util/listeners.js';
import { diagnosticsReducer } from './reducer.js';
import { DEFAULT_REDUCER_OPTIONS, type DiagnosticsState, INITIAL_STATE, type ReducerOptions } from './state.js';

/**
 * The diagnostics store: a tiny external store shaped for React's `useSyncExternalStore`.
 *
 * @public
 */
export interface DiagnosticsStore {
  /** Adds a listener; returns the function that removes exactly it. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot. The same object until something visible changes. */
  getSnapshot(): DiagnosticsState;
  /** Reduces one event. Ignored after {@link DiagnosticsStore.dispose}. */
  dispatch(event: DiagnosticEvent): void;
  /** Drops every listener; later dispatches do nothing. */
  dispose(): void;
  /** True after dispose. */
  readonly disposed: boolean;
}

/**
 * Options of {@link createDiagnosticsStore} (and of `createCallDiagnostics`).
 *
 * @public
 */
export interface DiagnosticsStoreOptions {
  /** A relay UFD that turns true again within this many ms of recovering continues the same episode (10 000). */
  readonly flapWindowMs?: number | undefined;
  /** How many timeline entries to keep, oldest dropped first (200). */
  readonly timelineLimit?: number | undefined;
  /** Start from this state instead of the empty one (stories, tests, server rendering). */
  readonly initialState?: DiagnosticsState;
  /** Called when a listener throws; the store keeps going. Defaults to `console.error`. */
  readonly onListenerError?: (error: unknown) => void;
}

/**
 * Creates a store. Listeners are notified only when the snapshot object changed, each at most once per dispatch;
 * an event dispatched from inside a listener is queued and reduced after the current round.
 *
 * @public
 */
export function createDiagnosticsStore(options: DiagnosticsStoreOptions = {}): DiagnosticsStore {
  const reducerOptions: ReducerOptions = {
    flapWindowMs: options.flapWindowMs ?? DEFAULT_REDUCER_OPTIONS.flapWindowMs,
    timelineLimit: options.timelineLimit ?? DEFAULT_REDUCER_OPTIONS.timelineLimit,
  };
  if (!(reducerOptions.flapWindowMs >= 0) || !(reducerOptions.timelineLimit >= 1)) {
    throw new RangeError(
      `createDiagnosticsStore: flapWindowMs must be ≥ 0 and timelineLimit ≥ 1 (got ${reducerOptions.flapWindowMs}, ${reducerOptions.timelineLimit})`,
    );
  }
  const onListenerError = options.onListenerError ?? ((error: unknown) => console.error(error));
  let state = options.initialState ?? INITIAL_STATE;
  const listeners = createListeners(onListenerError);
  const queue: DiagnosticEvent[] = [];
  let draining = false;
  let disposed = false;

  return {
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError('DiagnosticsStore.subscribe expects a function');
      if (disposed) return () => {};
      return listeners.subscribe(listener);
    },
    getSnapshot: () => state,
    dispatch(event) {
      if (disposed) return;
      queue.push(event);
      if (draining) return;
      draining = true;
      try {
        while (queue.length > 0 && !disposed) {
          const next = queue.shift() as DiagnosticEvent;
          const previous = state;
          state = diagnosticsReducer(state, next, reducerOptions);
          if (state !== previous) listeners.notify();
        }
      } finally {
        draining = false;
        queue.length = 0;
      }
    },
    dispose() {
      disposed = true;
      listeners.clear();
      queue.length = 0;
    },
    get disposed() {
      return disposed;
    },
  };
}
