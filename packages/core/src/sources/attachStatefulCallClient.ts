import type { EventSink } from './attachCall.js';
import { CallStateTracker } from './callStateTracker.js';
import { assertSink, createListenerBag } from './listenerBag.js';
import type { CallClientStateLike, CallStateLike, Detach, StatefulCallClientLike } from './types.js';

/** Options of {@link attachStatefulCallClient}. */
export interface AttachStatefulCallClientOptions {
  /** Follow this call only. Without it, the single (or most recent) active call is followed. */
  readonly callId?: string | undefined;
  /** Clock, for tests. Defaults to `Date.now`. */
  readonly now?: (() => number) | undefined;
}

function assertClient(client: unknown): asserts client is StatefulCallClientLike {
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

const active = (call: CallStateLike | undefined): boolean =>
  !!call && call.state !== 'Disconnected' && call.state !== 'Disconnecting';

/** The most recent active call: the last one in `calls` (insertion order) that is not ending. */
function mostRecentActive(state: CallClientStateLike): CallStateLike | undefined {
  const calls = Object.values(state.calls ?? {});
  // Stryker disable next-line ArithmeticOperator: starting past the end only reads two undefined entries first
  for (let i = calls.length - 1; i >= 0; i -= 1) if (active(calls[i])) return calls[i];
  return undefined;
}

/**
 * Attaches to `@azure/communication-react`'s `StatefulCallClient`: reads
 * `getState().calls[callId].diagnostics.network.latest` (and media), the call's state, and on the end
 * `callsEnded[callId].callEndReason`. Without `callId` it follows the single or most recent active call, and moves
 * on to the next call after an end (a fresh diagnosis). Returns a detach removing exactly the listener it added.
 */
export function attachStatefulCallClient(
  client: StatefulCallClientLike,
  sink: EventSink,
  options: AttachStatefulCallClientOptions = {},
): Detach {
  assertClient(client);
  assertSink('attachStatefulCallClient', sink);
  const now = options.now ?? Date.now;
  const fixedId = options.callId;
  let detached = false;
  const emit: EventSink = (event) => {
    if (!detached) sink(event);
  };
  const tracker = new CallStateTracker(emit, now, 'statefulCallClient');
  let started = false;

  const apply = (state: CallClientStateLike | undefined): void => {
    if (detached || !state) return;
    const calls = state.calls ?? {};
    const ended = state.callsEnded ?? {};
    if (fixedId !== undefined) {
      const call = calls[fixedId] ?? ended[fixedId];
      if (!call) return;
      if (!started) {
        started = true;
        tracker.start(call);
      } else {
        tracker.update(call);
      }
      if (ended[fixedId]) tracker.end(ended[fixedId].callEndReason, fixedId);
      return;
    }
    const followed = tracker.id;
    if (started && followed !== undefined && !tracker.ended) {
      const current = calls[followed];
      if (current) {
        tracker.update(current);
        if (!tracker.ended && ended[followed]) tracker.end(ended[followed].callEndReason, followed);
        if (!tracker.ended) return;
      } else if (ended[followed]) {
        tracker.update(ended[followed]);
        tracker.end(ended[followed].callEndReason, followed);
      } else {
        // The id was reassigned (the client re-keys the call): follow the new key.
        const next = mostRecentActive(state);
        if (next) {
          tracker.update(next);
          return;
        }
        tracker.end(undefined, followed);
      }
    }
    const next = mostRecentActive(state);
    if (next && (!started || next.id !== tracker.id)) {
      started = true;
      tracker.start(next);
    }
  };

  const listeners = createListenerBag((detail, reason) => emit({ type: 'sourceIssue', at: now(), reason, detail }));
  const onStateChange = listeners.guard((state: CallClientStateLike): void => apply(state));
  let initial: CallClientStateLike | undefined;
  try {
    initial = client.getState();
  } catch (error) {
    emit({
      type: 'sourceIssue',
      at: now(),
      reason: 'get-latest-threw',
      detail: `client.getState(): ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  emit({ type: 'attached', at: now(), source: 'statefulCallClient', callId: fixedId });
  onStateChange(initial as CallClientStateLike);
  listeners.add(
    () => client.onStateChange(onStateChange),
    () => client.offStateChange(onStateChange),
  );

  return () => {
    // Stryker disable next-line ConditionalExpression: release() is idempotent, so a second detach does nothing anyway
    if (detached) return;
    detached = true;
    listeners.release();
  };
}
