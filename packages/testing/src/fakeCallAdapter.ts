import type { CallState as SdkCallState } from '@azure/communication-calling';
import type { CallAdapter, CallAdapterState, CallState } from '@azure/communication-react';
import { CountingEmitter } from './emitter.js';
import type { FakeDiagnosticValue } from './fakeCall.js';
import { endedUiCallState, type FakeUiCallStateOptions, fakeUiCallState, valueTypeOf } from './uiCallState.js';

/** Options of {@link createFakeCallAdapter}. */
export interface FakeCallAdapterOptions {
  /** The call the adapter starts in (`undefined` call: `{ call: false }`). */
  readonly call?: FakeUiCallStateOptions | false;
  /** The local participant's display name in the adapter's state. */
  readonly displayName?: string;
  /**
   * When the adapter's `callEnded` event fires relative to the state change that moves the call to `endedCall`:
   * `after` (default), `before`, or `none`. The kit must report one end either way.
   */
  readonly callEndedEvent?: 'after' | 'before' | 'none';
}

/** Controls that drive a fake adapter the way `AzureCommunicationCallAdapter` would. */
export interface FakeCallAdapterControls {
  /** Sets `state.call.diagnostics.network.latest[diagnostic]`, emits a state change and `diagnosticChanged`. */
  raiseNetwork(diagnostic: string, value: FakeDiagnosticValue): void;
  /** The same for `media.latest`. */
  raiseMedia(diagnostic: string, value: FakeDiagnosticValue): void;
  /** Sets `state.call.state` and emits a state change. */
  setState(state: SdkCallState): void;
  /** Changes `state.call.id` and emits `callIdChanged` and a state change. */
  changeId(id: string): void;
  /**
   * Ends the call: `Disconnected` with `callEndReason`, then `endedCall` = the call, `call` undefined, `page`
   * `leftCall`, and the `callEnded` event (see {@link FakeCallAdapterOptions.callEndedEvent}).
   */
  end(reason?: { code: number; subCode?: number }): void;
  /** Starts a new call in the adapter (after an end, or replacing the current one). */
  startCall(call?: FakeUiCallStateOptions): void;
  /** Ends the current call (with a reason) and starts another: a call replaced by another. */
  replaceCall(reason?: { code: number; subCode?: number }, next?: FakeUiCallStateOptions): void;
  /** Replaces the whole state (advanced) and emits a state change. */
  setAdapterState(update: (state: CallAdapterState) => CallAdapterState): void;
  /** `onStateChange` handlers plus event listeners currently registered. */
  listenerCount(): number;
}

/** A fake `@azure/communication-react` `CallAdapter` plus {@link FakeCallAdapterControls}. */
export type FakeCallAdapter = CallAdapter & { readonly controls: FakeCallAdapterControls };

let counter = 0;
const noop = async (): Promise<void> => {};

/** Members that must stay undefined on the proxy (a `then` would make the adapter look like a Promise). */
const NOT_METHODS = new Set(['then', 'catch', 'finally', 'toJSON', '$$typeof', 'constructor', 'asymmetricMatch']);

/**
 * Creates a fake `CallAdapter` (from `@azure/communication-react`) for tests, stories and demos: a real
 * `CallAdapterState`, `getState` / `onStateChange` / `offStateChange`, `on/off` for every adapter event, and
 * controls to raise UFDs, change state and end the call with a code. Methods it does not simulate (devices,
 * video, chat…) resolve and do nothing.
 */
export function createFakeCallAdapter(options: FakeCallAdapterOptions = {}): FakeCallAdapter {
  const events = new CountingEmitter();
  const handlers = new CountingEmitter();
  const callEndedEvent = options.callEndedEvent ?? 'after';
  const newCall = (call: FakeUiCallStateOptions = {}): CallState => fakeUiCallState(call, ++counter);
  let state: CallAdapterState = {
    isLocalPreviewMicrophoneEnabled: false,
    page: options.call === false ? 'configuration' : 'call',
    userId: { kind: 'communicationUser', communicationUserId: 'fake-user' },
    displayName: options.displayName ?? 'Fake user',
    devices: {
      isSpeakerSelectionAvailable: false,
      cameras: [],
      microphones: [],
      speakers: [],
      unparentedViews: [],
      deviceAccess: { audio: true, video: true },
    },
    isTeamsCall: false,
    isTeamsMeeting: false,
    isRoomsCall: false,
    latestErrors: {},
    latestNotifications: {},
    ...(options.call === false ? {} : { call: newCall(options.call) }),
  };

  const publish = (next: CallAdapterState): void => {
    state = next;
    handlers.emit('stateChanged', state);
  };
  const updateCall = (update: (call: CallState) => CallState): void => {
    if (state.call) publish({ ...state, call: update(state.call) });
  };
  const raise = (area: 'network' | 'media', diagnostic: string, value: FakeDiagnosticValue): void => {
    const call = state.call;
    if (!call) return;
    const latest = call.diagnostics[area].latest as Record<string, { value: unknown } | undefined>;
    if (latest[diagnostic]?.value === value) return; // the SDK only reports changes
    const reading = { value, valueType: valueTypeOf(value) };
    updateCall((c) => ({
      ...c,
      diagnostics: {
        ...c.diagnostics,
        [area]: { latest: { ...(c.diagnostics[area].latest as object), [diagnostic]: reading } },
      },
    }));
    events.emit('diagnosticChanged', { type: area, diagnostic, ...reading });
  };

  const controls: FakeCallAdapterControls = {
    raiseNetwork: (diagnostic, value) => raise('network', diagnostic, value),
    raiseMedia: (diagnostic, value) => raise('media', diagnostic, value),
    setState: (next) => updateCall((call) => (call.state === next ? call : { ...call, state: next })),
    changeId(id) {
      const call = state.call;
      if (!call || call.id === id) return;
      updateCall((c) => ({ ...c, id }));
      events.emit('callIdChanged', { callId: id });
    },
    end(reason = { code: 0, subCode: 0 }) {
      const call = state.call;
      if (!call) return;
      const endReason = { code: reason.code, ...(reason.subCode === undefined ? {} : { subCode: reason.subCode }) };
      const event = {
        callId: call.id,
        code: reason.code,
        ...(reason.subCode === undefined ? {} : { subCode: reason.subCode }),
      };
      if (callEndedEvent === 'before') events.emit('callEnded', event);
      updateCall((c) => ({ ...c, state: 'Disconnecting' }));
      const ended = endedUiCallState(state.call ?? call, endReason);
      const { call: _dropped, ...rest } = state;
      publish({ ...rest, endedCall: ended, page: 'leftCall' });
      if (callEndedEvent === 'after') events.emit('callEnded', event);
    },
    startCall(next) {
      publish({ ...state, call: newCall(next), page: 'call' });
    },
    replaceCall(reason, next) {
      controls.end(reason);
      controls.startCall(next);
    },
    setAdapterState: (update) => publish(update(state)),
    listenerCount: () => events.listenerCount() + handlers.listenerCount(),
  };

  const implemented: Pick<
    CallAdapter,
    | 'getState'
    | 'onStateChange'
    | 'offStateChange'
    | 'on'
    | 'off'
    | 'dispose'
    | 'joinCall'
    | 'leaveCall'
    | 'startCall'
    | 'queryCameras'
    | 'queryMicrophones'
    | 'querySpeakers'
    | 'askDevicePermission'
  > & { readonly controls: FakeCallAdapterControls } = {
    controls,
    getState: () => state,
    onStateChange: (handler) => handlers.on('stateChanged', handler),
    offStateChange: (handler) => handlers.off('stateChanged', handler),
    // biome-ignore lint/suspicious/noExplicitAny: one implementation serves every overload of on/off.
    on: (event: string, listener: (...args: any[]) => void) => events.on(event, listener),
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    off: (event: string, listener: (...args: any[]) => void) => events.off(event, listener),
    dispose: () => {},
    joinCall: () => {
      if (!state.call) controls.startCall({ state: 'Connecting' });
      return undefined;
    },
    leaveCall: async () => controls.end({ code: 0, subCode: 0 }),
    startCall: () => {
      controls.startCall({ state: 'Connecting' });
      return undefined;
    },
    queryCameras: async () => [],
    queryMicrophones: async () => [],
    querySpeakers: async () => [],
    askDevicePermission: async () => ({ audio: true, video: true }) as never,
  };

  // Every other adapter method (devices, video, captions, chat…) resolves and does nothing.
  return new Proxy(implemented, {
    get(target, property, receiver) {
      if (property in target || typeof property === 'symbol' || NOT_METHODS.has(property)) {
        return Reflect.get(target, property, receiver);
      }
      return noop;
    },
  }) as unknown as FakeCallAdapter;
}
