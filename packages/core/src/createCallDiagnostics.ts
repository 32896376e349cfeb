import type { DiagnosticEvent } from './events.js';
import { type AttachCallOptions, attachCall } from './sources/attachCall.js';
import type { CallLike, Detach, FeaturesLike } from './sources/types.js';
import {
  createDiagnosticsStore,
  type DiagnosticsStore,
  type DiagnosticsStoreOptions,
} from './store/createDiagnosticsStore.js';
import type { DiagnosticsState } from './store/state.js';

/** What the diagnostics follow. More kinds (CallAgent, CallAdapter, StatefulCallClient) share this union. */
export type DiagnosticsSource = { readonly kind: 'call'; readonly call: CallLike };

/** Options of {@link createCallDiagnostics}. */
export interface CallDiagnosticsOptions extends DiagnosticsStoreOptions {
  /** Attach to this source at once. */
  readonly source?: DiagnosticsSource | undefined;
  /** Use this store instead of a new one (shared with another consumer, or seeded for a story). */
  readonly store?: DiagnosticsStore | undefined;
  /** The SDK's `Features`; see {@link AttachCallOptions.features}. */
  readonly features?: FeaturesLike | undefined;
  /** Clock, for tests. */
  readonly now?: (() => number) | undefined;
  /** Replaces the lazy SDK loader (tests). */
  readonly loadFeatures?: AttachCallOptions['loadFeatures'];
}

/** The one framework-free object that owns the flow: source → events → store. React is a thin shell around it. */
export interface CallDiagnostics {
  readonly store: DiagnosticsStore;
  getSnapshot(): DiagnosticsState;
  subscribe(listener: () => void): () => void;
  /**
   * Follows `source` (detaching from the previous one first). When the source is a different call than before, the
   * state starts over. Returns a detach for exactly this attachment.
   */
  attach(source: DiagnosticsSource): Detach;
  /** Detaches from the current source, if any. */
  detach(): void;
  /** Feeds an event directly (manual sources, tests, stories). */
  dispatch(event: DiagnosticEvent): void;
  /** Starts a fresh attempt: clears the last call's diagnosis (keeps its timeline). */
  reset(): void;
  /** Detaches and disposes the store (if this object created it). */
  dispose(): void;
}

function assertSource(source: unknown): asserts source is DiagnosticsSource {
  const s = source as DiagnosticsSource | undefined;
  if (!s || typeof s !== 'object' || s.kind !== 'call') {
    throw new TypeError(
      `createCallDiagnostics: unknown source ${JSON.stringify((s as { kind?: unknown })?.kind)}; expected { kind: 'call', call }`,
    );
  }
}

/** Creates the diagnostics object. See {@link CallDiagnostics}. */
export function createCallDiagnostics(options: CallDiagnosticsOptions = {}): CallDiagnostics {
  const ownsStore = !options.store;
  const store = options.store ?? createDiagnosticsStore(options);
  const now = options.now ?? Date.now;
  let current: { source: DiagnosticsSource; detach: Detach } | undefined;
  let lastTarget: unknown;

  const api: CallDiagnostics = {
    store,
    getSnapshot: () => store.getSnapshot(),
    subscribe: (listener) => store.subscribe(listener),
    dispatch: (event) => store.dispatch(event),
    attach(source) {
      assertSource(source);
      api.detach();
      if (lastTarget !== undefined && lastTarget !== source.call) store.dispatch({ type: 'reset', at: now() });
      lastTarget = source.call;
      const detach = attachCall(source.call, store.dispatch, {
        features: options.features,
        now,
        loadFeatures: options.loadFeatures,
      });
      const entry = { source, detach };
      current = entry;
      return () => {
        if (current === entry) {
          current = undefined;
          detach();
        }
      };
    },
    detach() {
      const entry = current;
      current = undefined;
      entry?.detach();
    },
    reset() {
      store.dispatch({ type: 'reset', at: now() });
    },
    dispose() {
      api.detach();
      if (ownsStore) store.dispose();
    },
  };
  if (options.source) api.attach(options.source);
  return api;
}
