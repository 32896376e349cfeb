import type { CallState as SdkCallState } from '@azure/communication-calling';
import type { CallClientState, CallState, StatefulCallClient } from '@azure/communication-react';
import { CountingEmitter } from './emitter.js';
import type { FakeDiagnosticValue } from './fakeCall.js';
import { endedUiCallState, type FakeUiCallStateOptions, fakeUiCallState, valueTypeOf } from './uiCallState.js';

/** Options of {@link createFakeStatefulCallClient}. */
export interface FakeStatefulCallClientOptions {
  /** Calls in `getState().calls` at the start. Default: one connected call. */
  readonly calls?: readonly FakeUiCallStateOptions[];
}

/** Controls that drive a fake stateful client. Without `callId` they act on the most recent call. */
export interface FakeStatefulCallClientControls {
  /** Id of the most recently added call still in `calls`. */
  readonly activeCallId: string | undefined;
  /** Sets a network UFD in the call's state (the active call when `callId` is omitted). */
  raiseNetwork(diagnostic: string, value: FakeDiagnosticValue, callId?: string): void;
  /** Sets a media UFD in the call's state (the active call when `callId` is omitted). */
  raiseMedia(diagnostic: string, value: FakeDiagnosticValue, callId?: string): void;
  /** Sets the call's state (the active call when `callId` is omitted). */
  setState(state: SdkCallState, callId?: string): void;
  /** Re-keys a call under a new id (the SDK's `idChanged`). */
  changeId(id: string, callId?: string): void;
  /** `Disconnected` with `callEndReason`; the call moves from `calls` to `callsEnded`. */
  end(reason?: { code: number; subCode?: number }, callId?: string): void;
  /** Adds a call to `calls`; returns its id. */
  addCall(call?: FakeUiCallStateOptions): string;
  /** Ends the most recent call and adds another. */
  replaceCall(reason?: { code: number; subCode?: number }, next?: FakeUiCallStateOptions): string;
  /** `onStateChange` handlers currently registered. */
  listenerCount(): number;
}

/** A fake `StatefulCallClient` plus {@link FakeStatefulCallClientControls}. */
export type FakeStatefulCallClient = StatefulCallClient & { readonly controls: FakeStatefulCallClientControls };

let counter = 0;
const noop = async (): Promise<void> => {};
const NOT_METHODS = new Set(['then', 'catch', 'finally', 'toJSON', '$$typeof', 'constructor', 'asymmetricMatch']);

/**
 * Creates a fake `StatefulCallClient` (from `@azure/communication-react`'s `createStatefulCallClient`): a
 * `CallClientState` with `calls` and `callsEnded`, `getState` / `onStateChange` / `offStateChange`, and controls.
 */
export function createFakeStatefulCallClient(options: FakeStatefulCallClientOptions = {}): FakeStatefulCallClient {
  const handlers = new CountingEmitter();
  const initial = (options.calls ?? [{}]).map((call) => fakeUiCallState(call, ++counter + 1000));
  let state: CallClientState = {
    calls: Object.fromEntries(initial.map((call) => [call.id, call])),
    callsEnded: {},
    incomingCalls: {},
    incomingCallsEnded: {},
    deviceManager: {
      isSpeakerSelectionAvailable: false,
      cameras: [],
      microphones: [],
      speakers: [],
      unparentedViews: [],
    },
    callAgent: { displayName: 'Fake user' },
    userId: { kind: 'communicationUser', communicationUserId: 'fake-user' },
    latestErrors: {},
    latestNotifications: {},
  } as unknown as CallClientState;

  const publish = (next: CallClientState): void => {
    state = next;
    handlers.emit('stateChanged', state);
  };
  const activeId = (): string | undefined => Object.keys(state.calls).at(-1);
  const update = (callId: string | undefined, change: (call: CallState) => CallState): void => {
    const id = callId ?? activeId();
    const call = id === undefined ? undefined : state.calls[id];
    if (!call || id === undefined) return;
    const next = change(call);
    if (next === call) return;
    publish({ ...state, calls: { ...state.calls, [id]: next } });
  };
  const raise = (area: 'network' | 'media', diagnostic: string, value: FakeDiagnosticValue, callId?: string) =>
    update(callId, (call) => {
      const latest = call.diagnostics[area].latest as Record<string, { value: unknown } | undefined>;
      if (latest[diagnostic]?.value === value) return call;
      return {
        ...call,
        diagnostics: {
          ...call.diagnostics,
          [area]: { latest: { ...latest, [diagnostic]: { value, valueType: valueTypeOf(value) } } },
        },
      };
    });

  const controls: FakeStatefulCallClientControls = {
    get activeCallId() {
      return activeId();
    },
    raiseNetwork: (diagnostic, value, callId) => raise('network', diagnostic, value, callId),
    raiseMedia: (diagnostic, value, callId) => raise('media', diagnostic, value, callId),
    setState: (next, callId) => update(callId, (call) => (call.state === next ? call : { ...call, state: next })),
    changeId(id, callId) {
      const old = callId ?? activeId();
      const call = old === undefined ? undefined : state.calls[old];
      if (!call || old === undefined || old === id) return;
      const calls = { ...state.calls };
      delete calls[old];
      calls[id] = { ...call, id };
      publish({ ...state, calls });
    },
    end(reason = { code: 0, subCode: 0 }, callId) {
      const id = callId ?? activeId();
      const call = id === undefined ? undefined : state.calls[id];
      if (!call || id === undefined) return;
      const endReason = { code: reason.code, ...(reason.subCode === undefined ? {} : { subCode: reason.subCode }) };
      const ended = endedUiCallState(call, endReason);
      const calls = { ...state.calls };
      delete calls[id];
      publish({ ...state, calls, callsEnded: { ...state.callsEnded, [id]: ended } });
    },
    addCall(next) {
      const call = fakeUiCallState(next ?? {}, ++counter + 1000);
      publish({ ...state, calls: { ...state.calls, [call.id]: call } });
      return call.id;
    },
    replaceCall(reason, next) {
      controls.end(reason);
      return controls.addCall(next);
    },
    listenerCount: () => handlers.listenerCount(),
  };

  const implemented: Pick<StatefulCallClient, 'getState' | 'onStateChange' | 'offStateChange'> & {
    readonly controls: FakeStatefulCallClientControls;
  } = {
    controls,
    getState: () => state,
    onStateChange: (handler) => handlers.on('stateChanged', handler),
    offStateChange: (handler) => handlers.off('stateChanged', handler),
  };
  return new Proxy(implemented, {
    get(target, property, receiver) {
      if (property in target || typeof property === 'symbol' || NOT_METHODS.has(property)) {
        return Reflect.get(target, property, receiver);
      }
      return noop;
    },
  }) as unknown as FakeStatefulCallClient;
}
