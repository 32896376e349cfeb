/**
 * The one way sources subscribe: each `add` runs a subscription and keeps its exact unsubscribe (the same function
 * reference, never a `bind` copy); `release` undoes them all, newest first, once. A subscription that throws is
 * reported, not rethrown, and an unsubscribe that throws (a disposed SDK object) is ignored: nothing of ours is left.
 *
 * Not a listener set (that is `util/listeners.ts`, which the kit's stores notify): the bag holds the kit's own
 * subscriptions to SDK objects, each an on/off pair to undo, and guards the handlers the SDK calls.
 */
export interface ListenerBag {
  /** Subscribes; returns false when `subscribe` threw (already reported through `onError`). */
  add(subscribe: () => void, unsubscribe: () => void): boolean;
  /** Removes everything added, newest first. Safe to call more than once. */
  release(): void;
  /**
   * Wraps an event handler so that nothing it throws (a getter of a disposed SDK object, a poisoned state) reaches
   * the SDK's emitter: the error is reported as `handler-threw`. Wrap once and pass the same function to on and off.
   */
  guard<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void;
}

/** The text of what was thrown: an Error's message, anything else as a string. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `onError` receives the message of a subscription (`subscribe-threw`) or a guarded handler (`handler-threw`) that threw. */
export function createListenerBag(
  onError: (message: string, reason: 'subscribe-threw' | 'handler-threw') => void,
): ListenerBag {
  // Each unsubscribe, made safe when it is kept: one that throws (a disposed SDK object holds nothing of ours) does
  // not stop the others.
  const removers: Array<() => void> = [];
  return {
    add(subscribe, unsubscribe) {
      try {
        subscribe();
      } catch (error) {
        onError(errorMessage(error), 'subscribe-threw');
        return false;
      }
      removers.push(() => {
        try {
          unsubscribe();
        } catch {
          // Ignored: see above.
        }
      });
      return true;
    },
    release() {
      for (const remove of removers.splice(0).reverse()) remove();
    },
    guard(handler) {
      return (...args) => {
        try {
          handler(...args);
        } catch (error) {
          onError(errorMessage(error), 'handler-threw');
        }
      };
    },
  };
}

/** Throws the one TypeError every source gives for a sink that is not a function. */
export function assertSink(source: string, sink: unknown): void {
  if (typeof sink !== 'function') throw new TypeError(`${source}: the second argument must be an event sink function`);
}
