import { assertClient } from './assertSources.js';
import type { EventSink } from './attachCall.js';
import { CallStateTracker } from './callStateTracker.js';
import { assertSink, createListenerBag, errorMessage } from './listenerBag.js';
import type { CallClientStateLike, CallStateLike, Detach, StatefulCallClientLike } from './types.js';

/** Options of {@link attachStatefulCallClient}. */
export interface AttachStatefulCallClientOptions {
  /** Follow this call only. Without it, the single (or most recent) active call is followed. */
  readonly callId?: string | undefined;
  /** Clock, for tests. Defaults to `Date.now`. */
  readonly now?: (() => number) | undefined;
  /**
   * The client's state as it was when the app asked to attach, if this attach comes later (its code was fetched on
   * first use): followed first, then the state now, so a call that ended meanwhile is still reported.
   */
  readonly stateAtRequest?: CallClientStateLike | undefined;
}

const active = (call: CallStateLike | undefined): boolean =>
  !!call && call.state !== 'Disconnected' && call.state !== 'Disconnecting';

/** The most recent active call: the last one in `calls` (insertion order) that is not ending. */
function mostRecentActive(state: CallClientStateLike): CallStateLike | undefined {
  return Object.values(state.calls ?? {})
    .filter(active)
    .at(-1);
}

/**
 * The call listed under `id` (in `calls`, else in `callsEnded`): started or updated, and ended once it is in
 * `callsEnded`. False when neither list has it.
 */
function applyCall(tracker: CallStateTracker, state: CallClientStateLike, id: string): boolean {
  const calls = state.calls ?? {};
  const ended = state.callsEnded ?? {};
  const call = calls[id] ?? ended[id];
  if (!call) return false;
  if (tracker.started) tracker.update(call);
  else tracker.start(call);
  if (ended[id]) tracker.end(ended[id].callEndReason, id);
  return true;
}

/**
 * Without a `callId`: the followed call (`id`) in a new state. It ends in place, in `callsEnded`, or when gone from
 * both lists; gone only from under its id, the client re-keyed it: the newest live call is it.
 */
function updateFollowed(tracker: CallStateTracker, state: CallClientStateLike, id: string): void {
  if (applyCall(tracker, state, id)) return;
  const rekeyed = mostRecentActive(state);
  if (rekeyed) tracker.update(rekeyed);
  else tracker.end(undefined, id);
}

/** Without a `callId`: the followed call while it lasts, then the most recent active call (a fresh diagnosis). */
function applyToMostRecent(tracker: CallStateTracker, state: CallClientStateLike): void {
  // An id is only known once a call was started.
  const followed = tracker.id;
  if (followed !== undefined && !tracker.ended) {
    updateFollowed(tracker, state, followed);
    if (!tracker.ended) return;
  }
  const next = mostRecentActive(state);
  if (next && (!tracker.started || next.id !== tracker.id)) tracker.start(next);
}

/** The client's state, or undefined (and a `get-latest-threw` issue) when `getState()` throws. */
function readState(
  client: StatefulCallClientLike,
  emit: EventSink,
  now: () => number,
): CallClientStateLike | undefined {
  try {
    return client.getState();
  } catch (error) {
    emit({
      type: 'sourceIssue',
      at: now(),
      reason: 'get-latest-threw',
      detail: `client.getState(): ${errorMessage(error)}`,
    });
    return undefined;
  }
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
  const listeners = createListenerBag((detail, reason) => emit({ type: 'sourceIssue', at: now(), reason, detail }));
  const onStateChange = listeners.guard((state: CallClientStateLike): void => {
    if (detached || !state) return;
    if (fixedId !== undefined) applyCall(tracker, state, fixedId);
    else applyToMostRecent(tracker, state);
  });

  const initial = readState(client, emit, now);
  emit({ type: 'attached', at: now(), source: 'statefulCallClient', callId: fixedId });
  if (options.stateAtRequest && options.stateAtRequest !== initial) onStateChange(options.stateAtRequest);
  onStateChange(initial as CallClientStateLike);
  listeners.add(
    () => client.onStateChange(onStateChange),
    () => client.offStateChange(onStateChange),
  );
  return () => {
    detached = true;
    listeners.release();
  };
}
