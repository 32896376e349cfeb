/**
 * What the kit may ask of the call on the person's behalf: unmute (the "You're muted" notice, a microphone the system
 * muted), turn the camera off (a network that cannot carry video), and send this client's diagnostics to the others
 * (the app's choice, `shareDiagnostics`). Commands to the call, never writes into the kit's own state: the call's
 * events then report the result like any other change. (Sending diagnostics to the others is the source's job: it
 * holds the UFD feature.) Read structurally: the SDK's `Call` and
 * `@azure/communication-react`'s `CallAdapter` have these methods; an object without one has no such control.
 */
import type { CallAdapterLike, CallAgentLike, CallLike, StatefulCallClientLike } from './types.js';

/**
 * The commands a source supports. Each is absent when the source cannot do it (a `StatefulCallClient` holds no call
 * object: give the kit your own through the provider's `controls` prop).
 *
 * @public
 */
export interface CallControls {
  /** Unmutes the microphone (`call.unmute()`, `adapter.unmute()`). */
  readonly unmute?: (() => Promise<void>) | undefined;
  /** Turns the camera off (`call.stopVideo(stream)` for each local video stream, `adapter.stopCamera()`). */
  readonly stopVideo?: (() => Promise<void>) | undefined;
  /** Whether a camera is on now. */
  readonly isVideoOn?: (() => boolean) | undefined;
}

/** The optional parts of an SDK `Call` the controls use. */
interface ControllableCall {
  unmute?(): Promise<void>;
  readonly localVideoStreams?: readonly unknown[];
  stopVideo?(stream: unknown): Promise<void>;
}

/** The optional parts of a `CallAdapter` the controls use. */
interface ControllableAdapter {
  unmute?(): Promise<void>;
  stopCamera?(): Promise<void>;
}

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

/** Runs a command that may throw synchronously or reject: always a promise. */
const run = (command: () => Promise<void> | void): Promise<void> => {
  try {
    return Promise.resolve(command());
  } catch (error) {
    return Promise.reject(error);
  }
};

/** A call's local video streams (none when it has no such list). */
function localVideoStreamsOf(call: CallLike): readonly unknown[] {
  const streams = (call as CallLike & ControllableCall).localVideoStreams;
  return Array.isArray(streams) ? streams : [];
}

/** The controls of a raw `Call`. */
function callControls(call: CallLike): CallControls {
  const c = call as CallLike & ControllableCall;
  const streams = () => localVideoStreamsOf(call);
  return {
    unmute: isFunction(c.unmute) ? () => run(() => c.unmute?.()) : undefined,
    stopVideo: isFunction(c.stopVideo)
      ? () => run(() => Promise.all(streams().map((stream) => c.stopVideo?.(stream))).then(() => undefined))
      : undefined,
    isVideoOn: () => streams().length > 0,
  };
}

/** The controls of a `CallAgent`: those of its call in progress (the newest one not disconnected). */
function callAgentControls(agent: CallAgentLike): CallControls {
  const active = (): CallLike | undefined => [...agent.calls].reverse().find((call) => call.state !== 'Disconnected');
  const of = (pick: (controls: CallControls) => (() => Promise<void>) | undefined) => () => {
    const call = active();
    const command = call && pick(callControls(call));
    return command ? command() : Promise.reject(new Error('the call agent has no call in progress'));
  };
  return {
    unmute: of((c) => c.unmute),
    stopVideo: of((c) => c.stopVideo),
    isVideoOn: () => {
      const call = active();
      return !!call && localVideoStreamsOf(call).length > 0;
    },
  };
}

/** The controls of a `CallAdapter` (`unmute()`, `stopCamera()`; the camera state from `state.call`). */
function callAdapterControls(adapter: CallAdapterLike): CallControls {
  const a = adapter as CallAdapterLike & ControllableAdapter;
  return {
    unmute: isFunction(a.unmute) ? () => run(() => a.unmute?.()) : undefined,
    stopVideo: isFunction(a.stopCamera) ? () => run(() => a.stopCamera?.()) : undefined,
    isVideoOn: () => {
      const call = adapter.getState().call as { localVideoStreams?: readonly unknown[] } | undefined;
      return Array.isArray(call?.localVideoStreams) && call.localVideoStreams.length > 0;
    },
  };
}

/**
 * A `StatefulCallClient` holds the state of its calls, not the calls: it has no controls of its own (the app passes
 * its call's through the provider's `controls` prop).
 */
function statefulCallClientControls(_client: StatefulCallClientLike): CallControls {
  return {};
}

/**
 * The controls of a diagnostics source (`{ kind: 'call', call }`, …): what the kit's surfaces may ask of the call.
 *
 * @public
 */
export function controlsOf(
  source:
    | { readonly kind: 'call'; readonly call: CallLike }
    | { readonly kind: 'callAgent'; readonly agent: CallAgentLike }
    | { readonly kind: 'callAdapter'; readonly adapter: CallAdapterLike }
    | { readonly kind: 'statefulCallClient'; readonly client: StatefulCallClientLike },
): CallControls {
  switch (source.kind) {
    case 'call':
      return callControls(source.call);
    case 'callAgent':
      return callAgentControls(source.agent);
    case 'callAdapter':
      return callAdapterControls(source.adapter);
    case 'statefulCallClient':
      return statefulCallClientControls(source.client);
  }
}
