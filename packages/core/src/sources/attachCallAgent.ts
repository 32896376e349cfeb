import type { DiagnosticEvent } from '../events.js';
import { assertAgent } from './assertSources.js';
import { type AttachCallOptions, attachCall, type EventSink } from './attachCall.js';
import { assertSink, createListenerBag } from './listenerBag.js';
import type { CallAgentLike, CallLike, CallsUpdatedEventLike, Detach } from './types.js';

/** Options of {@link attachCallAgent}: {@link attachCall}'s, and the calls the agent held when the app asked. */
export type AttachCallAgentOptions = AttachCallOptions & {
  /**
   * The agent's calls when the app asked to attach, if this attach comes later (its code was fetched on first use): a
   * call in progress then that ended and was removed meanwhile is followed, so its end is still reported.
   */
  readonly callsAtRequest?: readonly CallLike[] | undefined;
};

/** The calls the agent holds at attach; none when it cannot say (a disposed agent). */
function callsOf(agent: CallAgentLike): readonly CallLike[] {
  try {
    return agent.calls ?? [];
  } catch {
    return [];
  }
}

const ending = (call: CallLike): boolean => {
  try {
    return call.state === 'Disconnected' || call.state === 'Disconnecting';
  } catch {
    return true;
  }
};

/** The call the agent attachment follows: its own detach, and whether its end was reported. */
interface Following {
  readonly call: CallLike;
  detach: Detach;
  ended: boolean;
}

/** The `callEnded` of a call the agent removed: its id and `callEndReason`, none when the call is disposed. */
function removedCallEnd(call: CallLike, at: number): DiagnosticEvent {
  let reason: CallLike['callEndReason'];
  let id: string | undefined;
  try {
    reason = call.callEndReason;
    id = call.id;
  } catch {
    // An already disposed call: the end without a reason.
  }
  return { type: 'callEnded', at, callId: id, code: reason?.code, subCode: reason?.subCode };
}

/**
 * Attaches to an ACS SDK `CallAgent`: follows `callsUpdated` to the active call and attaches to it with
 * {@link attachCall}. When the followed call is removed, its `callEndReason` is read and reported (once); when a new
 * call is added, the diagnosis starts over (`reset`) for it. Returns a detach that removes the agent listener and
 * everything attached to the current call.
 */
export function attachCallAgent(agent: CallAgentLike, sink: EventSink, options: AttachCallAgentOptions = {}): Detach {
  assertAgent(agent);
  assertSink('attachCallAgent', sink);
  const now = options.now ?? Date.now;
  let detached = false;
  let current: Following | undefined;
  let attachedOnce = false;

  const follow = (call: CallLike): void => {
    if (current?.call === call) return;
    const previous = current;
    current = undefined;
    previous?.detach();
    if (attachedOnce) sink({ type: 'reset', at: now() });
    attachedOnce = true;
    const entry: Following = { call, detach: () => {}, ended: false };
    current = entry;
    // Events of this call go through as the agent's, and its end is remembered so a removal does not repeat it.
    const forward = (event: DiagnosticEvent): void => {
      if (detached || current !== entry) return;
      if (event.type === 'callEnded') entry.ended = true;
      sink(event.type === 'attached' ? { ...event, source: 'callAgent' } : event);
    };
    entry.detach = attachCall(call, forward, options);
    // The sink may have detached the agent, or brought another call, while this one was being attached.
    if (current !== entry) entry.detach();
  };

  // The followed call was removed from the agent: its end (unless it reported one), then it is let go.
  const endRemoved = (entry: Following): void => {
    if (!entry.ended) {
      // Set first: the sink may remove the same call again while it hears of this end.
      entry.ended = true;
      sink(removedCallEnd(entry.call, now()));
    }
    current = undefined;
    entry.detach();
  };

  const listeners = createListenerBag((detail, reason) => sink({ type: 'sourceIssue', at: now(), reason, detail }));
  const onCallsUpdated = listeners.guard((args: CallsUpdatedEventLike): void => {
    if (detached || !args) return;
    if (current && args.removed?.includes(current.call)) endRemoved(current);
    const added = (args.added ?? []).filter((call) => !ending(call));
    const newest = added[added.length - 1];
    if (newest) follow(newest);
  });

  const initialCalls = callsOf(agent);
  const gone = (options.callsAtRequest ?? []).filter((call) => !initialCalls.includes(call));
  const active =
    [...initialCalls].reverse().find((call) => !ending(call)) ?? gone.at(-1) ?? initialCalls[initialCalls.length - 1];
  if (active) follow(active);
  else sink({ type: 'attached', at: now(), source: 'callAgent' });

  listeners.add(
    () => agent.on('callsUpdated', onCallsUpdated),
    () => agent.off('callsUpdated', onCallsUpdated),
  );

  return () => {
    detached = true;
    const entry = current;
    current = undefined;
    entry?.detach();
    listeners.release();
  };
}
