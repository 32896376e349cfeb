/**
 * The one listener set of the kit's external stores (the diagnostics store, the probe session, the readiness check,
 * and the React package's small stores): `subscribe` returns the function that removes exactly that listener, and
 * `notify` calls each listener present when it started, skipping one removed meanwhile, so a listener that throws
 * or unsubscribes another never breaks the round.
 */
export interface Listeners {
  /** Adds a listener; returns the function that removes exactly it (calling it twice does nothing more). */
  subscribe(listener: () => void): () => void;
  /** Calls every listener; an error one throws goes to `onError` and the round goes on. */
  notify(): void;
  /** Removes every listener. */
  clear(): void;
  /** How many listeners there are (for leak tests). */
  readonly size: number;
}

/** Creates a {@link Listeners}. `onError` receives what a listener throws (default: ignored). */
export function createListeners(onError: (error: unknown) => void = () => {}): Listeners {
  const set = new Set<() => void>();
  return {
    subscribe(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    notify() {
      for (const listener of [...set]) {
        if (!set.has(listener)) continue;
        try {
          listener();
        } catch (error) {
          onError(error);
        }
      }
    },
    clear() {
      set.clear();
    },
    get size() {
      return set.size;
    },
  };
}
