import { assertAdapter } from './assertSources.js';
import type { EventSink } from './attachCall.js';
import { CallStateTracker } from './callStateTracker.js';
import { assertSink, createListenerBag, errorMessage } from './listenerBag.js';
import type {
  CallAdapterCallEndedEventLike,
  CallAdapterLike,
  CallAdapterStateLike,
  CallEndReasonLike,
  CallStateLike,
  Detach,
} from './types.js';

/** Options of {@link attachCallAdapter}. */
export interface AttachCallAdapterOptions {
  /** Clock, for tests. Defaults to `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/** One attachment to an adapter: its sink (closed on detach) and the call it follows. */
interface AdapterAttachment {
  readonly adapter: CallAdapterLike;
  readonly now: () => number;
  readonly tracker: CallStateTracker;
  readonly emit: EventSink;
  readonly isDetached: () => boolean;
}

/** The adapter's state, or undefined (and a `get-latest-threw` issue) when `getState()` throws. */
function readState(a: AdapterAttachment): CallAdapterStateLike | undefined {
  try {
    return a.adapter.getState();
  } catch (error) {
    a.emit({
      type: 'sourceIssue',
      at: a.now(),
      reason: 'get-latest-threw',
      detail: `adapter.getState(): ${errorMessage(error)}`,
    });
    return undefined;
  }
}

/** `state.call` (with an id): the followed call's update, or a new call to follow (its predecessor's end first). */
function followCall(a: AdapterAttachment, call: CallStateLike, ended: CallStateLike | undefined): void {
  const { tracker } = a;
  // The followed call is the adapter's `endedCall`: it ended, or was replaced by `call` in this very update.
  const followedEnded = !!ended && ended.id === tracker.id;
  // A different call after the followed one ended (never the same id: the adapter's `callEnded` event may come
  // before its state says Disconnected), or in the same update that ended it (a call replaced by another: its
  // end must not be lost, nor the new call taken for it with another id).
  const isNew =
    !tracker.started || (call.id !== tracker.id && call.state !== 'Disconnected' && (tracker.ended || followedEnded));
  if (isNew) {
    // The followed call's end is reported before the new call (once: a no-op when already reported or when no
    // call was followed yet).
    if (followedEnded) tracker.end(ended.callEndReason, ended.id);
    tracker.start(call);
  } else if (!tracker.ended) {
    tracker.update(call);
  }
}

/** `state.endedCall`: the followed call's end, or, attached after the call ended, what the adapter kept of it. */
function endFromState(a: AdapterAttachment, call: CallStateLike | undefined, ended: CallStateLike | undefined): void {
  const { tracker } = a;
  if (!ended) return;
  if (tracker.started && !tracker.ended && (ended.id === tracker.id || !call)) {
    tracker.end(ended.callEndReason, ended.id);
  } else if (!tracker.started && !call) {
    tracker.start(ended);
    tracker.end(ended.callEndReason, ended.id);
  }
}

function applyState(a: AdapterAttachment, state: CallAdapterStateLike | undefined): void {
  if (a.isDetached() || !state) return;
  const { call, endedCall } = state;
  if (call && typeof call.id === 'string') followCall(a, call, endedCall);
  endFromState(a, call, endedCall);
}

/** The end's reason: the event's code (and subCode, when a number), else the state's `endedCall`. */
function reasonOf(
  a: AdapterAttachment,
  event: CallAdapterCallEndedEventLike | undefined,
): CallEndReasonLike | undefined {
  return typeof event?.code === 'number'
    ? { code: event.code, ...(typeof event.subCode === 'number' ? { subCode: event.subCode } : {}) }
    : readState(a)?.endedCall?.callEndReason;
}

/** The adapter's `callEnded` event: the followed call's end, unless the state says another call ended. */
function endFromEvent(a: AdapterAttachment, event: CallAdapterCallEndedEventLike | undefined): void {
  const { tracker } = a;
  if (a.isDetached() || !tracker.started || tracker.ended) return;
  if (event?.callId !== undefined && event.callId !== tracker.id) {
    // The adapter may reassign the id on the way out; trust the newest state for it.
    const ended = readState(a)?.endedCall;
    if (ended && ended.id !== event.callId) return;
  }
  tracker.end(reasonOf(a, event), event?.callId);
}

/**
 * Attaches to `@azure/communication-react`'s `CallAdapter`: diffs `state.call.diagnostics.network.latest` and
 * `media.latest`, follows `state.call.state` / `id`, and reports the end from `state.endedCall.callEndReason` or the
 * adapter's `callEnded` event — whichever comes first, once per call. A new call after an end starts a fresh
 * diagnosis (`reset`). Returns a detach that removes exactly the two listeners it added (the same references).
 */
export function attachCallAdapter(
  adapter: CallAdapterLike,
  sink: EventSink,
  options: AttachCallAdapterOptions = {},
): Detach {
  assertAdapter(adapter);
  assertSink('attachCallAdapter', sink);
  const now = options.now ?? Date.now;
  let detached = false;
  const emit: EventSink = (event) => {
    if (!detached) sink(event);
  };
  const a: AdapterAttachment = {
    adapter,
    now,
    tracker: new CallStateTracker(emit, now, 'callAdapter'),
    emit,
    isDetached: () => detached,
  };
  const listeners = createListenerBag((detail, reason) => emit({ type: 'sourceIssue', at: now(), reason, detail }));
  const onStateChange = listeners.guard((state: CallAdapterStateLike): void => applyState(a, state));
  const onCallEnded = listeners.guard((event: CallAdapterCallEndedEventLike): void => endFromEvent(a, event));

  const initial = readState(a);
  if (!initial?.call && !initial?.endedCall) emit({ type: 'attached', at: now(), source: 'callAdapter' });
  onStateChange(initial as CallAdapterStateLike);
  if (
    listeners.add(
      () => adapter.onStateChange(onStateChange),
      () => adapter.offStateChange(onStateChange),
    )
  ) {
    listeners.add(
      () => adapter.on('callEnded', onCallEnded),
      () => adapter.off('callEnded', onCallEnded),
    );
  }
  return () => {
    detached = true;
    listeners.release();
  };
}
