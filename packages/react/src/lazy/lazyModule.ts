import { createListeners } from '@call-diagnostics/core/internal';
import { useEffect, useSyncExternalStore } from 'react';

/**
 * A module fetched on first need (a chunk of its own), shared by every component that needs it: `get()` is undefined
 * until it has arrived. A failed download (a flaky network, a redeploy that renamed chunks) is forgotten, so the next
 * `load()` tries again, unlike `React.lazy`, which remembers a failure for good.
 */
export interface LazyModule<M> {
  /** The module once loaded. */
  get(): M | undefined;
  /** Fetches it (once at a time); rejects when the fetch fails, and the next call tries again. */
  load(): Promise<M>;
  /** Calls `listener` when the module arrives. */
  subscribe(listener: () => void): () => void;
}

/** Creates a {@link LazyModule} over a dynamic `import()`. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const listeners = createListeners();
  return {
    get: () => module,
    load() {
      if (module) return Promise.resolve(module);
      loading ??= importer().then(
        (loaded) => {
          module = loaded;
          loading = undefined;
          listeners.notify();
          return loaded;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    subscribe: listeners.subscribe,
  };
}

/**
 * The module when `enabled` asks for it: undefined until it has arrived (and on the server and during hydration, so
 * the first client render matches the server's HTML). A failed fetch leaves it undefined, and the next render with
 * `enabled` tries again.
 */
export function useLazyModule<M>(module: LazyModule<M>, enabled: boolean): M | undefined {
  const loaded = useSyncExternalStore(module.subscribe, module.get, () => undefined);
  useEffect(() => {
    if (enabled && !module.get()) module.load().catch(() => undefined);
  });
  return loaded;
}
