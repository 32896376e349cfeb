import type { EventSink } from './attachCall.js';
import { errorMessage } from './listenerBag.js';
import type { Detach } from './types.js';

/**
 * Follows a source whose code is fetched on first use (a chunk of its own in an app's build): the `CallAgent`,
 * `CallAdapter` and `StatefulCallClient` sources, so an app pays only for the holder it uses, and the `Call` source
 * (the one most apps use) stays in the first load. The detach works at once, also before the code has arrived. A code
 * that cannot be fetched is a `source-load-failed` issue (the next attach tries again), never a throw.
 */
export function lazyAttach<Target>(
  load: () => Promise<(target: Target, sink: EventSink) => Detach>,
  target: Target,
  sink: EventSink,
  now: () => number,
): Detach {
  let detach: Detach | undefined;
  let detached = false;
  load().then(
    (attach) => {
      if (!detached) detach = attach(target, sink);
    },
    (error: unknown) => {
      if (!detached)
        sink({ type: 'sourceIssue', at: now(), reason: 'source-load-failed', detail: errorMessage(error) });
    },
  );
  return () => {
    detached = true;
    detach?.();
    detach = undefined;
  };
}
