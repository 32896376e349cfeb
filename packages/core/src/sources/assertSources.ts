/**
 * The checks that an object is the holder a source needs, apart from the sources themselves: the core object checks
 * synchronously, before it fetches the source's code (a non-adapter passed as `adapter` is a TypeError at once).
 */
import type { CallAdapterLike, CallAgentLike, StatefulCallClientLike } from './types.js';

export function assertAdapter(adapter: unknown): asserts adapter is CallAdapterLike {
  const a = adapter as CallAdapterLike | null | undefined;
  if (
    !a ||
    typeof a !== 'object' ||
    typeof a.getState !== 'function' ||
    typeof a.onStateChange !== 'function' ||
    typeof a.offStateChange !== 'function' ||
    typeof a.on !== 'function' ||
    typeof a.off !== 'function'
  ) {
    throw new TypeError('attachCallAdapter: expected a CallAdapter');
  }
}

export function assertAgent(agent: unknown): asserts agent is CallAgentLike {
  const a = agent as CallAgentLike | null | undefined;
  if (!a || typeof a !== 'object' || typeof a.on !== 'function' || typeof a.off !== 'function') {
    throw new TypeError('attachCallAgent: expected a CallAgent');
  }
}

export function assertClient(client: unknown): asserts client is StatefulCallClientLike {
  const c = client as StatefulCallClientLike | null | undefined;
  if (
    !c ||
    typeof c !== 'object' ||
    typeof c.getState !== 'function' ||
    typeof c.onStateChange !== 'function' ||
    typeof c.offStateChange !== 'function'
  ) {
    throw new TypeError('attachStatefulCallClient: expected a StatefulCallClient');
  }
}
