import type { DiagnosticEvent } from '../events.js';
import type { UfdAttachment } from './attachment.js';
import { attachUfdFeature } from './attachUfdFeature.js';
import { assertSink, createListenerBag } from './listenerBag.js';
import type { CallLike, Detach, FeaturesLike } from './types.js';

/** Where a source sends its events. */
export type EventSink = (event: DiagnosticEvent) => void;

/** Options of {@link attachCall}. */
export interface AttachCallOptions {
  /**
   * The SDK's `Features` (`import { Features } from '@azure/communication-calling'`). Recommended: without it the
   * kit loads the SDK module lazily to find `Features.UserFacingDiagnostics`.
   */
  readonly features?: FeaturesLike | undefined;
  /** Clock, for tests. Defaults to `Date.now`. */
  readonly now?: (() => number) | undefined;
  /** Loads the SDK's `Features` when none were given. Defaults to a dynamic import of the SDK. */
  readonly loadFeatures?: (() => Promise<FeaturesLike>) | undefined;
  /**
   * Send this client's diagnostics to the others in the call while attached (`startSendingDiagnostics()`, and
   * `stopSendingDiagnostics()` on detach). Default false: sharing one's state is the app's choice.
   */
  readonly shareDiagnostics?: boolean | undefined;
}

function assertCall(call: unknown): asserts call is CallLike {
  const c = call as CallLike | null | undefined;
  if (!c || typeof c !== 'object' || typeof c.on !== 'function' || typeof c.off !== 'function' || !c.feature) {
    throw new TypeError(
      `attachCall: expected the SDK's Call (with on, off and feature), got ${c === null ? 'null' : typeof c}`,
    );
  }
}

/** What a getter of the call gives, or undefined when it throws (a disposed call). */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    // Nothing to read from a disposed call.
  }
  return undefined;
}

/** One attachment to a call: its sink (closed on detach), clock, subscriptions and issues. */
interface CallAttachment extends UfdAttachment {
  /** Closes the sink and removes every listener added. Safe to call more than once. */
  detach(): void;
}

function createAttachment(call: CallLike, sink: EventSink, now: () => number): CallAttachment {
  let detached = false;
  const emit = (event: DiagnosticEvent): void => {
    if (!detached) sink(event);
  };
  const issue: CallAttachment['issue'] = (reason, detail) => emit({ type: 'sourceIssue', at: now(), reason, detail });
  const listeners = createListenerBag((detail, reason) => issue(reason, detail));
  return {
    call,
    now,
    listeners,
    emit,
    issue,
    isDetached: () => detached,
    detach() {
      detached = true;
      listeners.release();
    },
  };
}

/** The `attached` event: what the call already knows of itself. */
function emitAttached(a: CallAttachment): void {
  const { call } = a;
  a.emit({
    type: 'attached',
    at: a.now(),
    source: 'call',
    callId: read(() => call.id),
    // A call without `info` throws here, into read(): no participant ID.
    participantId: read(() => (call.info as NonNullable<CallLike['info']>).participantId),
    state: read(() => call.state),
  });
}

/** Reports the call's end once: `callEnded` with its id and `callEndReason`, read when it is reported. */
function endReporter(a: CallAttachment): () => void {
  let reported = false;
  return () => {
    if (reported) return;
    reported = true;
    const reason = read(() => a.call.callEndReason);
    a.emit({
      type: 'callEnded',
      at: a.now(),
      callId: read(() => a.call.id),
      code: reason?.code,
      subCode: reason?.subCode,
    });
  };
}

/** Follows `stateChanged` (the end on `Disconnected`) and `idChanged`; a state or id that cannot be read is no change. */
function followStateAndId(a: CallAttachment, reportEnd: () => void): void {
  const { call, listeners } = a;
  const onStateChanged = listeners.guard((): void => {
    const state = read(() => call.state);
    if (typeof state !== 'string') return;
    a.emit({ type: 'callStateChanged', at: a.now(), state });
    if (state === 'Disconnected') reportEnd();
  });
  const onIdChanged = listeners.guard((): void => {
    const id = read(() => call.id);
    if (typeof id === 'string') a.emit({ type: 'callIdChanged', at: a.now(), callId: id });
  });
  if (
    listeners.add(
      () => call.on('stateChanged', onStateChanged),
      () => call.off('stateChanged', onStateChanged),
    )
  ) {
    listeners.add(
      () => call.on('idChanged', onIdChanged),
      () => call.off('idChanged', onIdChanged),
    );
  }
}

/**
 * Attaches to a raw ACS SDK `Call`: reads what the call already knows (`getLatest()`, `state`, `callEndReason`),
 * then follows `networkRelaysNotReachable` and the other UFDs, `stateChanged` and `idChanged`. On `Disconnected` it
 * reads `callEndReason` once. Returns a detach that removes exactly the listeners it added.
 *
 * Problems the call throws at us (a missing UFD feature, a throwing `getLatest`) become `sourceIssue` events;
 * only a value that is not a call at all throws, synchronously, with a TypeError.
 */
export function attachCall(call: CallLike, sink: EventSink, options: AttachCallOptions = {}): Detach {
  assertCall(call);
  assertSink('attachCall', sink);
  const attachment = createAttachment(call, sink, options.now ?? Date.now);
  const reportEnd = endReporter(attachment);
  emitAttached(attachment);
  followStateAndId(attachment, reportEnd);
  attachUfdFeature(attachment, options);
  if (read(() => call.state) === 'Disconnected') reportEnd();
  return () => attachment.detach();
}
