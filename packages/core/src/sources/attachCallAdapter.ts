import type { EventSink } from './attachCall.js';
import { CallStateTracker } from './callStateTracker.js';
import { assertSink, createListenerBag } from './listenerBag.js';
import type { CallAdapterCallEndedEventLike, CallAdapterLike, CallAdapterStateLike, Detach } from './types.js';

/** Options of {@link attachCallAdapter}. */
export interface AttachCallAdapterOptions {
  /** Clock, for tests. Defaults to `Date.now`. */
  readonly now?: (() => number) | undefined;
}

function assertAdapter(adapter: unknown): asserts adapter is CallAdapterLike {
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
  const tracker = new CallStateTracker(emit, now, 'callAdapter');
  let started = false;
  const listeners = createListenerBag((detail, reason) => emit({ type: 'sourceIssue', at: now(), reason, detail }));

  const apply = (state: CallAdapterStateLike | undefined): void => {
    if (detached || !state) return;
    const call = state.call;
    const ended = state.endedCall;
    if (call && typeof call.id === 'string') {
      // The followed call is the adapter's `endedCall`: it ended, or was replaced by `call` in this very update.
      const followedEnded = !!ended && ended.id === tracker.id;
      // A different call after the followed one ended (never the same id: the adapter's `callEnded` event may come
      // before its state says Disconnected), or in the same update that ended it (a call replaced by another: its
      // end must not be lost, nor the new call taken for it with another id).
      const isNew =
        !started || (call.id !== tracker.id && call.state !== 'Disconnected' && (tracker.ended || followedEnded));
      if (isNew) {
        // The followed call's end is reported before the new call (once: a no-op when already reported or when no
        // call was followed yet).
        if (followedEnded) tracker.end(ended.callEndReason, ended.id);
        started = true;
        tracker.start(call);
      } else if (!tracker.ended) {
        tracker.update(call);
      }
    }
    if (started && !tracker.ended && ended && (ended.id === tracker.id || !call)) {
      tracker.end(ended.callEndReason, ended.id);
    } else if (!started && ended && !call) {
      // Attached after the call ended: report what the adapter kept.
      started = true;
      tracker.start(ended);
      tracker.end(ended.callEndReason, ended.id);
    }
  };

  const onStateChange = listeners.guard((state: CallAdapterStateLike): void => apply(state));
  const onCallEnded = listeners.guard((event: CallAdapterCallEndedEventLike): void => {
    if (detached || tracker.ended) return;
    if (!started) return;
    if (event?.callId !== undefined && tracker.id !== undefined && event.callId !== tracker.id) {
      // The adapter may reassign the id on the way out; trust the newest state for it.
      const ended = readState()?.endedCall;
      if (ended && ended.id !== event.callId) return;
    }
    const reason =
      typeof event?.code === 'number'
        ? { code: event.code, ...(typeof event.subCode === 'number' ? { subCode: event.subCode } : {}) }
        : readState()?.endedCall?.callEndReason;
    tracker.end(reason, event?.callId ?? tracker.id);
  });
  const readState = (): CallAdapterStateLike | undefined => {
    try {
      return adapter.getState();
    } catch (error) {
      emit({
        type: 'sourceIssue',
        at: now(),
        reason: 'get-latest-threw',
        detail: `adapter.getState(): ${error instanceof Error ? error.message : String(error)}`,
      });
      return undefined;
    }
  };

  const initial = readState();
  if (!initial?.call && !initial?.endedCall) {
    emit({ type: 'attached', at: now(), source: 'callAdapter' });
  }
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
    // Stryker disable next-line ConditionalExpression: release() is idempotent, so a second detach does nothing anyway
    if (detached) return;
    detached = true;
    listeners.release();
  };
}
