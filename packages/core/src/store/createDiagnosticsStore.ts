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
  /**
   * Reduces one event. Ignored after {@link DiagnosticsStore.dispose}. Other participants' diagnostics
   * (`remoteDiagnosticsChanged`, `participantLeft`) are applied once the remote family's code has arrived: the first
   * such event fetches it, so those events apply a moment later the first time (a reset meanwhile drops them).
   */
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

const ignore = () => {};

// The remote family's reducers once fetched (the first remote event fetches them: most calls never have one).
let remoteReducers: ReducerOptions['remote'];

/**
 * Creates a store. Listeners are notified only when the snapshot object changed, each at most once per dispatch;
 * an event dispatched from inside a listener is queued and reduced after the current round.
 *
 * @public
 */
export function createDiagnosticsStore(options: DiagnosticsStoreOptions = {}): DiagnosticsStore {
  let reducerOptions: ReducerOptions = {
    flapWindowMs: options.flapWindowMs ?? DEFAULT_REDUCER_OPTIONS.flapWindowMs,
    timelineLimit: options.timelineLimit ?? DEFAULT_REDUCER_OPTIONS.timelineLimit,
    remote: remoteReducers,
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
  // Remote events wait for the remote family's reducers (fetched on the first one; a failed download drops it and the
  // next remote event tries again); one that waited across a reset is dropped (it was the last call's).
  let resets = 0;

  const store: DiagnosticsStore = {
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError('DiagnosticsStore.subscribe expects a function');
      if (disposed) return () => {};
      return listeners.subscribe(listener);
    },
    getSnapshot: () => state,
    dispatch(event) {
      if (disposed) return;
      const type = event?.type;
      if (type === 'reset') resets += 1;
      else if (!reducerOptions.remote && (type === 'remoteDiagnosticsChanged' || type === 'participantLeft')) {
        const at = resets;
        import('../families/remote/reduce.js').then((remote) => {
          remoteReducers = remote;
          reducerOptions = { ...reducerOptions, remote };
          if (at === resets) store.dispatch(event);
        }, ignore);
        return;
      }
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
  return store;
}
