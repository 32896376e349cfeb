import { isRelayFailure } from '../catalog/endCode.js';
import type { DiagnosticChangedEvent, DiagnosticEvent } from '../events.js';
import { nextRelayState } from '../families/network/relay.js';
import {
  DEFAULT_REDUCER_OPTIONS,
  type DiagnosticReading,
  type DiagnosticsState,
  INITIAL_RELAY,
  INITIAL_STATE,
  type ReducerOptions,
  type RelayState,
  type TimelineEntry,
} from './state.js';

const ISSUE_LIMIT = 20;

function isValidValue(value: unknown): value is boolean | number {
  return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isValidTime(at: unknown): at is number {
  return typeof at === 'number' && Number.isFinite(at);
}

function appendBounded<T>(list: readonly T[], item: T, limit: number): readonly T[] {
  const next = list.length >= limit ? list.slice(list.length - limit + 1) : list.slice();
  next.push(item);
  return next;
}

function withTimeline(
  state: DiagnosticsState,
  entry: TimelineEntry,
  options: ReducerOptions,
): DiagnosticsState['timeline'] {
  return appendBounded(state.timeline, entry, options.timelineLimit);
}

function reduceDiagnostic(
  state: DiagnosticsState,
  event: DiagnosticChangedEvent,
  options: ReducerOptions,
): DiagnosticsState {
  if (typeof event.diagnostic !== 'string' || event.diagnostic === '' || !isValidValue(event.value)) return state;
  const area = event.area === 'media' ? 'media' : event.area === 'network' ? 'network' : undefined;
  if (!area) return state;
  const current = state[area][event.diagnostic];
  if (current && current.value === event.value) return state;
  // A flag that was never raised and is now reported as false is not news (getLatest may list it as false).
  if (!current && event.value === false && event.initial) return state;
  const reading: DiagnosticReading = { value: event.value, at: event.at };
  let relay = state.relay;
  if (area === 'network' && event.diagnostic === 'networkRelaysNotReachable') {
    relay = nextRelayState(state.relay, event.value === true, event.at, options.flapWindowMs);
  }
  return {
    ...state,
    [area]: { ...state[area], [event.diagnostic]: reading },
    relay,
    timeline: withTimeline(
      state,
      { at: event.at, kind: 'diagnostic', name: event.diagnostic, value: event.value },
      options,
    ),
  };
}

type EventOf<T extends DiagnosticEvent['type']> = Extract<DiagnosticEvent, { readonly type: T }>;
type Reduce<T extends DiagnosticEvent['type']> = (
  state: DiagnosticsState,
  event: EventOf<T>,
  options: ReducerOptions,
) => DiagnosticsState;

function reduceAttached(
  state: DiagnosticsState,
  event: EventOf<'attached'>,
  options: ReducerOptions,
): DiagnosticsState {
  const call = {
    source: event.source,
    id: event.callId ?? state.call.id,
    participantId: event.participantId ?? state.call.participantId,
    state: event.state ?? state.call.state,
  };
  if (
    call.source === state.call.source &&
    call.id === state.call.id &&
    call.participantId === state.call.participantId &&
    call.state === state.call.state
  ) {
    return state;
  }
  return {
    ...state,
    call,
    timeline: withTimeline(state, { at: event.at, kind: 'attached', name: event.source }, options),
  };
}

function reduceEnded(state: DiagnosticsState, event: EventOf<'callEnded'>, options: ReducerOptions): DiagnosticsState {
  // One end per call attempt: a second report (state change and an adapter's callEnded) is not counted twice.
  if (state.ended) return state;
  const code = typeof event.code === 'number' && Number.isFinite(event.code) ? event.code : undefined;
  const subCode = typeof event.subCode === 'number' && Number.isFinite(event.subCode) ? event.subCode : undefined;
  const relay: RelayState = isRelayFailure(code, subCode)
    ? { ...state.relay, status: 'failed', since: event.at, failedAt: event.at }
    : state.relay;
  return {
    ...state,
    call: { ...state.call, id: event.callId ?? state.call.id, state: 'Disconnected' },
    relay,
    ended: { at: event.at, callId: event.callId ?? state.call.id, code, subCode },
    timeline: withTimeline(
      state,
      { at: event.at, kind: 'ended', name: code === undefined ? 'unknown' : `${code}/${subCode ?? ''}` },
      options,
    ),
  };
}

function reduceRecurrence(state: DiagnosticsState, event: EventOf<'recurrenceClassified'>): DiagnosticsState {
  const next = event.recurrence;
  const prev = state.recurrence;
  if (!next || typeof next !== 'object') return state;
  if (
    prev &&
    prev.kind === next.kind &&
    prev.reason === next.reason &&
    prev.failures === next.failures &&
    prev.total === next.total &&
    prev.consecutiveFailures === next.consecutiveFailures
  ) {
    return state;
  }
  return { ...state, recurrence: next };
}

/** The state with another remote slice, or the same state when the slice did not change. */
const withRemote = (state: DiagnosticsState, remote: DiagnosticsState['remote']): DiagnosticsState =>
  remote === state.remote ? state : { ...state, remote };

/** How each event type changes the state: one short function per type. */
const REDUCERS: { readonly [T in DiagnosticEvent['type']]: Reduce<T> } = {
  attached: reduceAttached,
  diagnosticChanged: reduceDiagnostic,
  remoteDiagnosticsChanged: (state, event, { remote }) =>
    remote ? withRemote(state, remote.reduceRemoteDiagnostics(state.remote, event.diagnostics, event.at)) : state,
  participantLeft: (state, event, { remote }) =>
    remote ? withRemote(state, remote.removeRemoteParticipant(state.remote, event.participantId)) : state,
  callStateChanged: (state, event, options) =>
    typeof event.state !== 'string' || event.state === state.call.state
      ? state
      : {
          ...state,
          call: { ...state.call, state: event.state },
          timeline: withTimeline(state, { at: event.at, kind: 'state', name: event.state }, options),
        },
  callIdChanged: (state, event, options) =>
    typeof event.callId !== 'string' || event.callId === state.call.id
      ? state
      : {
          ...state,
          call: { ...state.call, id: event.callId },
          timeline: withTimeline(state, { at: event.at, kind: 'id', name: event.callId }, options),
        },
  callEnded: reduceEnded,
  sourceIssue: (state, event, options) => ({
    ...state,
    issues: appendBounded(state.issues, { at: event.at, reason: event.reason, detail: event.detail }, ISSUE_LIMIT),
    timeline: withTimeline(state, { at: event.at, kind: 'issue', name: event.reason }, options),
  }),
  reset: (state, event, options) => ({
    ...INITIAL_STATE,
    call: { ...INITIAL_STATE.call, source: state.call.source },
    relay: { ...INITIAL_RELAY, episode: state.relay.episode, recoveryNotice: state.relay.recoveryNotice },
    issues: state.issues,
    timeline: withTimeline(state, { at: event.at, kind: 'reset', name: 'reset' }, options),
  }),
  recurrenceClassified: reduceRecurrence,
  // Sources send normalized details (at most once per call); a hand-dispatched event needs at least an ID and a number.
  dialInDetails: (state, { dialIn }) =>
    typeof dialIn?.conferenceId === 'string' &&
    Array.isArray(dialIn.numbers) &&
    dialIn.numbers.length > 0 &&
    dialIn !== state.dialIn
      ? { ...state, dialIn }
      : state,
};

/**
 * The pure reducer. Returns the same object when an event changes nothing visible, so subscribers are not woken
 * for repeats. Bad input (unknown event types, non-finite times, odd values) is ignored rather than thrown.
 */
export function diagnosticsReducer(
  state: DiagnosticsState,
  event: DiagnosticEvent,
  options: ReducerOptions = DEFAULT_REDUCER_OPTIONS,
): DiagnosticsState {
  if (!event || typeof event !== 'object' || !isValidTime((event as { at?: unknown }).at)) return state;
  if (!Object.hasOwn(REDUCERS, event.type)) return state;
  return (REDUCERS[event.type] as Reduce<DiagnosticEvent['type']>)(state, event, options);
}
