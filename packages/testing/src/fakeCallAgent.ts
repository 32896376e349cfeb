import type { CallAgent, CallAgentKind, CallState, MediaStatsReportSample } from '@azure/communication-calling';
import { CountingEmitter } from './emitter.js';
import {
  createFakeCall,
  type FakeCall,
  type FakeCallOptions,
  type FakeDiagnosticValue,
  type FakeRemoteParticipant,
} from './fakeCall.js';

/** Options of {@link createFakeCallAgent}. */
export interface FakeCallAgentOptions {
  /** Calls the agent already holds (fake calls, or options to make one). Default: one connected call. */
  readonly calls?: readonly (FakeCall | FakeCallOptions)[];
  /** The agent's display name. */
  readonly displayName?: string;
}

/** Controls that drive a fake agent the way the SDK would. UFD and state controls act on the active call. */
export interface FakeCallAgentControls {
  /** The call the agent added last and has not removed (the "active" one). */
  readonly activeCall: FakeCall | undefined;
  /** Adds a call (a new fake one by default) and emits `callsUpdated` `{ added: [call] }`. */
  addCall(call?: FakeCall | FakeCallOptions): FakeCall;
  /** Removes a call from `calls` and emits `callsUpdated` `{ removed: [call] }` (no state change: see `end`). */
  removeCall(call: FakeCall): void;
  /** Raises a network UFD on the active call. */
  raiseNetwork(diagnostic: string, value: FakeDiagnosticValue): void;
  /** Raises a media UFD on the active call. */
  raiseMedia(diagnostic: string, value: FakeDiagnosticValue): void;
  /** Reports a media statistics sample to the active call's collectors. */
  pushMediaStats(sample: MediaStatsReportSample): void;
  /** Raises another participant's UFD on the active call (see `FakeCallControls.raiseRemote`). */
  raiseRemote(participant: FakeRemoteParticipant, diagnostic: string, value: FakeDiagnosticValue): void;
  /** Turns the active call's camera on or off (see `FakeCallControls.setVideo`). */
  setVideo(on: boolean): void;
  /** Sets the active call's state. */
  setState(state: CallState): void;
  /** Ends the active call with `reason` (Disconnecting → Disconnected), then removes it, like the SDK. */
  end(reason?: { code: number; subCode?: number }): void;
  /** Ends the active call (optionally with a reason) and adds a new one: a call replaced by another. */
  replaceCall(reason?: { code: number; subCode?: number }, next?: FakeCall | FakeCallOptions): FakeCall;
  /** Listeners on the agent plus on every call it ever held (all events). */
  listenerCount(): number;
}

/** A fake that is an SDK `CallAgent` (assignable to it) plus {@link FakeCallAgentControls}. */
export type FakeCallAgent = CallAgent & { readonly controls: FakeCallAgentControls };

const asCall = (call: FakeCall | FakeCallOptions | undefined): FakeCall =>
  call && 'controls' in call ? call : createFakeCall(call ?? {});

/**
 * Creates a fake ACS `CallAgent` that satisfies the SDK's `CallAgent` type: `calls`, `on/off('callsUpdated')` and
 * the other agent events (never emitted unless you do), `startCall`/`join` (add a new fake call).
 */
export function createFakeCallAgent(options: FakeCallAgentOptions = {}): FakeCallAgent {
  const events = new CountingEmitter();
  let calls: FakeCall[] = (options.calls ?? [{}]).map(asCall);
  const everHeld = new Set<FakeCall>(calls);
  const active = (): FakeCall | undefined => calls[calls.length - 1];

  const controls: FakeCallAgentControls = {
    get activeCall() {
      return active();
    },
    addCall(next) {
      const call = asCall(next);
      everHeld.add(call);
      calls = [...calls, call];
      events.emit('callsUpdated', { added: [call], removed: [] });
      return call;
    },
    removeCall(call) {
      if (!calls.includes(call)) return;
      calls = calls.filter((c) => c !== call);
      events.emit('callsUpdated', { added: [], removed: [call] });
    },
    raiseNetwork: (diagnostic, value) => active()?.controls.raiseNetwork(diagnostic, value),
    raiseMedia: (diagnostic, value) => active()?.controls.raiseMedia(diagnostic, value),
    raiseRemote: (participant, diagnostic, value) => active()?.controls.raiseRemote(participant, diagnostic, value),
    pushMediaStats: (sample) => active()?.controls.pushMediaStats(sample),
    setVideo: (on) => active()?.controls.setVideo(on),
    setState: (state) => active()?.controls.setState(state),
    end(reason) {
      const call = active();
      if (!call) return;
      call.controls.end(reason);
      controls.removeCall(call);
    },
    replaceCall(reason, next) {
      controls.end(reason);
      return controls.addCall(next);
    },
    listenerCount: () => {
      let total = events.listenerCount();
      for (const call of everHeld) total += call.controls.listenerCount();
      return total;
    },
  };

  const agent = {
    controls,
    kind: 'CallAgent' as CallAgentKind,
    connectionState: 'Connected' as const,
    get calls() {
      return calls;
    },
    displayName: options.displayName ?? 'Fake user',
    startCall: () => controls.addCall({ state: 'Connecting' }),
    join: () => controls.addCall({ state: 'Connecting' }),
    // biome-ignore lint/suspicious/noExplicitAny: one implementation serves every overload of on/off.
    on: (event: string, listener: (...args: any[]) => void) => events.on(event, listener),
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    off: (event: string, listener: (...args: any[]) => void) => events.off(event, listener),
    dispose: async () => {},
  };
  // Assigning (not casting) makes the compiler check the fake against the SDK's own `CallAgent`.
  const typed: CallAgent = agent;
  return typed as FakeCallAgent;
}
