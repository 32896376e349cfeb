import { createListeners } from '@call-diagnostics/core/internal';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * A module fetched on demand (a dynamic `import()`, a chunk of its own in the app's bundle). Unlike `React.lazy`, it
 * forgets a failed fetch: a flaky network or a redeploy that renamed the chunks does not leave it failed for good.
 */
export interface Chunk<M> {
  /** Fetches the module, or joins the fetch under way. Rejects when the fetch fails; the next call fetches again. */
  readonly load: () => Promise<M>;
  /** The module once it has arrived, else `undefined`. */
  readonly peek: () => M | undefined;
  /** Calls `listener` when the module has arrived; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** A {@link Chunk} over `importer` (`() => import('./X.js')`, which bundlers split into a chunk). */
export function createChunk<M>(importer: () => Promise<M>): Chunk<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const listeners = createListeners();
  return {
    load() {
      loading ??= importer().then(
        (loaded) => {
          module = loaded;
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
    peek: () => module,
    subscribe: listeners.subscribe,
  };
}

/**
 * A {@link Chunk} whose module is here from the start (a static import), for a surface that reads its module through
 * the chunk hooks. Used where the package must not open a chunk: esbuild bundles every `import()` the package's entry
 * reaches into every app, used or not, so an opt-in surface's code is static and tree-shaken instead.
 */
export function presentChunk<M>(module: M): Chunk<M> {
  return { load: () => Promise.resolve(module), peek: () => module, subscribe: () => () => {} };
}

const notLoaded = () => undefined;

/**
 * The chunk's module, fetched after mount while `wanted` is true; `undefined` until it has arrived, and on the server
 * and while hydrating (so the first client render matches the server HTML). No Suspense: an update never flashes a
 * fallback. A failed fetch calls `onError`, then is thrown during render, for the nearest error boundary to contain
 * and report; the component's next mount (the boundary trying it again) fetches again.
 */
export function useChunk<M>(
  chunk: Chunk<M>,
  wanted = true,
  onError: (error: unknown) => void = () => {},
): M | undefined {
  const module = useSyncExternalStore(chunk.subscribe, chunk.peek, notLoaded);
  const [failure, setFailure] = useState<{ readonly error: unknown }>();
  const report = useRef(onError);
  report.current = onError;
  useEffect(() => {
    if (!wanted || module !== undefined) return undefined;
    let live = true;
    chunk.load().catch((error: unknown) => {
      if (!live) return;
      report.current(error);
      setFailure({ error });
    });
    return () => {
      live = false;
    };
  }, [chunk, wanted, module]);
  if (failure) throw failure.error;
  return module;
}

/**
 * The chunk's module while `wanted`, fetched after mount; `undefined` until it has arrived (and on the server and while
 * hydrating). For what a surface can do without (a family's words, a quality session): a failed fetch is not thrown,
 * and the next render that wants it fetches again.
 */
export function useOptionalChunk<M>(chunk: Chunk<M>, wanted: boolean): M | undefined {
  const module = useSyncExternalStore(chunk.subscribe, chunk.peek, notLoaded);
  useEffect(() => {
    if (wanted && module === undefined) chunk.load().catch(() => undefined);
  });
  return module;
}
