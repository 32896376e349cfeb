/**
 * The one way sources subscribe: each `add` runs a subscription and keeps its exact unsubscribe (the same function
 * reference, never a `bind` copy); `release` undoes them all, newest first, once. A subscription that throws is
 * reported, not rethrown, and an unsubscribe that throws (a disposed SDK object) is ignored: nothing of ours is left.
 */
export interface ListenerBag {
  /** Subscribes; returns false when `subscribe` threw (already reported through `onError`). */
  add(subscribe: () => void, unsubscribe: () => void): boolean;
  /** Removes everything added, newest first. Safe to call more than once. */
  release(): void;
}

/** `onError` receives the message of a subscription that threw. */
export function createListenerBag(onError: (message: string) => void): ListenerBag {
  const removers: Array<() => void> = [];
  return {
    add(subscribe, unsubscribe) {
      try {
        subscribe();
      } catch (error) {
        onError(error instanceof Error ? error.message : String(error));
        return false;
      }
      removers.push(unsubscribe);
      return true;
    },
    release() {
      for (const remove of removers.splice(0).reverse()) {
        try {
          remove();
        } catch {
          // A disposed object holds nothing of ours.
        }
      }
    },
  };
}
