import type { MediaStatsReportSample } from '@azure/communication-calling';
import type { DialInDetails } from '@call-diagnostics/core';
import { createFakeCall, type FakeCall, type FakeDiagnosticValue, type FakeRemoteParticipant } from './fakeCall.js';
import { createFakeCallAdapter, type FakeCallAdapter } from './fakeCallAdapter.js';
import { createFakeCallAgent, type FakeCallAgent } from './fakeCallAgent.js';
import { createFakeStatefulCallClient, type FakeStatefulCallClient } from './fakeStatefulCallClient.js';
import { createMediaStatsSample, type FakeAudioFigures, GOOD_AUDIO, POOR_AUDIO } from './mediaStats.js';
import { SEED_410_3112_TIMELINE } from './timeline.js';

/** The names of the diagnostic scenarios a story (or a test) can play. */
export const CALL_DIAGNOSTICS_SCENARIOS = [
  'healthy',
  'relays-unreachable',
  'relays-recovered',
  'ended-3112',
  'offline',
  'reconnecting',
  'poor-quality',
  'seed-timeline',
  'speaking-while-muted',
  'microphone-not-working',
  'camera-permission-denied',
  'camera-frozen',
  'remote-poor-connection',
  'teams-meeting-blocked',
  'poor-quality-camera-on',
] as const;

/** One of {@link CALL_DIAGNOSTICS_SCENARIOS}. */
export type CallDiagnosticsScenarioName = (typeof CALL_DIAGNOSTICS_SCENARIOS)[number];

/** The ways an app holds a call, as the provider's source props name them. */
export const CALL_DIAGNOSTICS_HOLDERS = ['call', 'callAgent', 'adapter', 'statefulClient'] as const;

/** One of {@link CALL_DIAGNOSTICS_HOLDERS}. */
export type CallDiagnosticsHolder = (typeof CALL_DIAGNOSTICS_HOLDERS)[number];

/** The fake made for each holder. */
export interface CallDiagnosticsHolderFakes {
  /** The fake `Call` (for `call={…}`). */
  readonly call: FakeCall;
  /** The fake `CallAgent` (for `callAgent={…}`). */
  readonly callAgent: FakeCallAgent;
  /** The fake `CallAdapter` (for `adapter={…}`). */
  readonly adapter: FakeCallAdapter;
  /** The fake `StatefulCallClient` (for `statefulClient={…}`). */
  readonly statefulClient: FakeStatefulCallClient;
}

/** Any of the four fakes. */
export type CallDiagnosticsFake = CallDiagnosticsHolderFakes[CallDiagnosticsHolder];

/** What a scenario step may do: the controls all four fakes share. */
export interface ScenarioControls {
  /** Raises a network UFD on whichever holder the story uses. */
  raiseNetwork(diagnostic: string, value: FakeDiagnosticValue): void;
  /** Raises a media UFD on whichever holder the story uses. */
  raiseMedia(diagnostic: string, value: FakeDiagnosticValue): void;
  /**
   * Raises another participant's UFD: a raw `Call` and a `CallAgent` only (the UI library's adapter and stateful
   * client carry no remote diagnostics; the step does nothing there).
   */
  raiseRemote?(participant: FakeRemoteParticipant, diagnostic: string, value: FakeDiagnosticValue): void;
  /**
   * Reports a media statistics sample to the call's collectors: a raw `Call` only (a `CallAgent` scenario reaches its
   * call's; the UI library's adapter and stateful client carry no media statistics: the step does nothing there).
   */
  pushMediaStats?(sample: MediaStatsReportSample): void;
  /** Turns the camera on or off: a raw `Call` and a `CallAgent`'s call only (the step does nothing elsewhere). */
  setVideo?(on: boolean): void;
  /** Ends the call with `reason` (a normal end when omitted). */
  end(reason?: { code: number; subCode?: number }): void;
}

/** One step of a scenario. */
export interface ScenarioStep {
  /** Milliseconds after the scenario starts (divided by the speed). Steps at 0 run at once, in order. */
  readonly offsetMs: number;
  /** The wall-clock time the troubleshooting guide shows for this step, if any. */
  readonly label?: string;
  /** What this step does, in words. */
  readonly description: string;
  /** Does it. */
  readonly run: (controls: ScenarioControls) => void;
}

/** A named diagnostic scenario: what happens to the call, step by step. */
export interface CallDiagnosticsScenario {
  /** The scenario's name (the toolbar's value). */
  readonly name: CallDiagnosticsScenarioName;
  /** A short title (the toolbar shows it). */
  readonly title: string;
  /** What happens, in order. */
  readonly steps: readonly ScenarioStep[];
  /**
   * The meeting's dial-in details the app knows in this scenario (the provider's `dialIn`): the Storybook decorator
   * and the demo pass them to their provider.
   */
  readonly dialIn?: DialInDetails | undefined;
}

/** The dial-in details the fallback scenarios' app knows (fictional numbers: 555-01xx). */
export const SCENARIO_DIAL_IN: DialInDetails = Object.freeze({
  conferenceId: '123456789',
  tollNumbers: Object.freeze(['+1 206 555 0100']),
  tollFreeNumbers: Object.freeze(['+1 800 555 0199']),
});

const step = (offsetMs: number, description: string, run: (controls: ScenarioControls) => void): ScenarioStep => ({
  offsetMs,
  description,
  run,
});
const relays = (value: boolean) =>
  step(0, `networkRelaysNotReachable = ${value}`, (c) => c.raiseNetwork('networkRelaysNotReachable', value));

/** `count` media statistics samples, one a second from `fromMs`. */
const samples = (fromMs: number, count: number, figures: FakeAudioFigures, what: string): ScenarioStep[] =>
  Array.from({ length: count }, (_, i) =>
    step(fromMs + i * 1000, `media statistics sample ${i + 1}/${count}: ${what}`, (c) =>
      c.pushMediaStats?.(createMediaStatsSample(figures)),
    ),
  );

const media = (diagnostic: string, value: boolean) =>
  step(0, `${diagnostic} = ${value}`, (c) => c.raiseMedia(diagnostic, value));

/** The other participant the `remote-poor-connection` scenario plays (their tile: `participantId` = this `rawId`). */
export const REMOTE_PARTICIPANT = {
  participantId: 'fake-remote-1',
  rawId: '8:acs:fake-remote-1',
  displayName: 'Alex Wilber',
} as const;

/** How long `relays-recovered` shows the warning before the relays come back (at speed 1). */
export const RELAYS_RECOVERED_AFTER_MS = 1000;

/**
 * Every scenario, by name. Plain data over the fakes' shared controls, with no framework: the Storybook decorator,
 * a test or a demo plays them the same way (`startScenario`).
 */
export const callDiagnosticsScenarios: Readonly<Record<CallDiagnosticsScenarioName, CallDiagnosticsScenario>> = {
  healthy: { name: 'healthy', title: 'Healthy call', steps: [] },
  'relays-unreachable': { name: 'relays-unreachable', title: 'Relays unreachable', steps: [relays(true)] },
  'relays-recovered': {
    name: 'relays-recovered',
    title: 'Relays recovered',
    steps: [relays(true), { ...relays(false), offsetMs: RELAYS_RECOVERED_AFTER_MS }],
  },
  'ended-3112': {
    name: 'ended-3112',
    title: 'Ended with 410/3112',
    steps: [relays(true), step(0, 'Disconnected with 410/3112', (c) => c.end({ code: 410, subCode: 3112 }))],
  },
  offline: {
    name: 'offline',
    title: 'Offline',
    steps: [step(0, 'noNetwork = true', (c) => c.raiseNetwork('noNetwork', true))],
  },
  reconnecting: {
    name: 'reconnecting',
    title: 'Reconnecting',
    steps: [step(0, 'networkReconnect = Poor', (c) => c.raiseNetwork('networkReconnect', 2))],
  },
  'poor-quality': {
    name: 'poor-quality',
    title: 'Poor network quality',
    steps: [
      step(0, 'networkSendQuality = Poor', (c) => c.raiseNetwork('networkSendQuality', 2)),
      step(0, 'networkReceiveQuality = Poor', (c) => c.raiseNetwork('networkReceiveQuality', 2)),
      // One media statistics sample a second, as the SDK's collector reports them: good, then a poor path.
      ...samples(0, 10, GOOD_AUDIO, 'good'),
      ...samples(10_000, 20, POOR_AUDIO, 'poor (450 ms RTT, 45 ms jitter, 6 % loss)'),
    ],
  },
  'speaking-while-muted': {
    name: 'speaking-while-muted',
    title: 'Speaking while muted',
    steps: [media('speakingWhileMicrophoneIsMuted', true)],
  },
  'microphone-not-working': {
    name: 'microphone-not-working',
    title: 'Microphone not working',
    steps: [media('microphoneNotFunctioning', true)],
  },
  'camera-permission-denied': {
    name: 'camera-permission-denied',
    title: 'Camera blocked by the system',
    steps: [media('cameraPermissionDenied', true)],
  },
  'camera-frozen': {
    name: 'camera-frozen',
    title: 'Camera frozen for the others',
    steps: [media('cameraFreeze', true)],
  },
  'remote-poor-connection': {
    name: 'remote-poor-connection',
    title: "Another participant's poor connection",
    steps: [
      step(0, `${REMOTE_PARTICIPANT.displayName}: networkReceiveQuality = Bad`, (c) =>
        c.raiseRemote?.(REMOTE_PARTICIPANT, 'networkReceiveQuality', 3),
      ),
    ],
  },
  'teams-meeting-blocked': {
    name: 'teams-meeting-blocked',
    title: 'Teams meeting blocked (410/3112), dial-in known',
    dialIn: SCENARIO_DIAL_IN,
    steps: [relays(true), step(0, 'Disconnected with 410/3112', (c) => c.end({ code: 410, subCode: 3112 }))],
  },
  'poor-quality-camera-on': {
    name: 'poor-quality-camera-on',
    title: 'Poor quality with the camera on',
    dialIn: SCENARIO_DIAL_IN,
    steps: [
      step(0, 'camera on', (c) => c.setVideo?.(true)),
      // Poor from the start: the level is poor from the 3rd sample; video off is offered 10 poor samples later, the
      // phone 30 after that.
      ...samples(0, 45, POOR_AUDIO, 'poor (450 ms RTT, 45 ms jitter, 6 % loss)'),
    ],
  },
  'seed-timeline': {
    name: 'seed-timeline',
    title: "The guide's timeline (410/3112)",
    // The troubleshooting guide's timeline, step for step: the fake call's controls are the shared ones.
    steps: SEED_410_3112_TIMELINE.map((s) => ({
      offsetMs: s.offsetMs,
      description: s.description,
      ...(s.label === undefined ? {} : { label: s.label }),
      run: (controls: ScenarioControls) => s.run({ controls } as unknown as FakeCall),
    })),
  },
};

const list = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/** The scenario of that name; an unknown name is a `RangeError` that lists the valid ones. */
export function getCallDiagnosticsScenario(name: unknown): CallDiagnosticsScenario {
  if (typeof name === 'string' && Object.hasOwn(callDiagnosticsScenarios, name)) {
    return callDiagnosticsScenarios[name as CallDiagnosticsScenarioName];
  }
  throw new RangeError(
    `@call-diagnostics/testing: unknown scenario ${JSON.stringify(name)}. Valid scenarios: ${list(CALL_DIAGNOSTICS_SCENARIOS)}.`,
  );
}

/** The holder name, checked; an unknown one is a `RangeError` that lists the valid ones. */
export function checkCallDiagnosticsHolder(holder: unknown): CallDiagnosticsHolder {
  if (typeof holder === 'string' && (CALL_DIAGNOSTICS_HOLDERS as readonly string[]).includes(holder)) {
    return holder as CallDiagnosticsHolder;
  }
  throw new RangeError(
    `@call-diagnostics/testing: unknown holder ${JSON.stringify(holder)}. Valid holders: ${list(CALL_DIAGNOSTICS_HOLDERS)}.`,
  );
}

/** Makes a fresh fake for the holder: `call` → `createFakeCall()`, `adapter` → `createFakeCallAdapter()`… */
export function createFakeForHolder<THolder extends CallDiagnosticsHolder>(
  holder: THolder,
): CallDiagnosticsHolderFakes[THolder] {
  const checked: CallDiagnosticsHolder = checkCallDiagnosticsHolder(holder);
  const fake =
    checked === 'call'
      ? createFakeCall()
      : checked === 'callAgent'
        ? createFakeCallAgent()
        : checked === 'adapter'
          ? createFakeCallAdapter()
          : createFakeStatefulCallClient();
  return fake as CallDiagnosticsHolderFakes[THolder];
}

/** Options of {@link startScenario}. */
export interface ScenarioPlayOptions {
  /** Divides every offset: 1 (default) is real time, 10 ten times faster, `Infinity` every step at once. */
  readonly speed?: number;
  /** Called after each step. */
  readonly onStep?: (step: ScenarioStep, index: number) => void;
}

/** A scenario being played on a fake. */
export interface ScenarioRun {
  /** The steps run so far. */
  readonly stepsRun: number;
  /** True once every step has run. */
  readonly finished: boolean;
  /** Timers set and not yet fired or cleared (0 after `stop()`). */
  pendingTimers(): number;
  /**
   * Stops the run: clears every timer it set. Steps not yet run are skipped; `resume()` plays them later. Safe to
   * call more than once.
   */
  stop(): void;
  /** Plays the steps not yet run again, each at its offset counted from now (StrictMode remounts). */
  resume(): void;
}

/** Checks a speed; anything but a positive number (or Infinity) is a `RangeError`. */
export function checkScenarioSpeed(speed: unknown): number {
  if (typeof speed === 'number' && speed > 0) return speed;
  throw new RangeError(
    `@call-diagnostics/testing: speed must be a number > 0 (1 = real time, 10 = ten times faster, Infinity = at once); got ${String(speed)}.`,
  );
}

/**
 * Plays a scenario on a fake (anything with the shared controls): steps at offset 0 run synchronously, before this
 * returns; later ones on timers, divided by `speed`. Attach the kit first, then start. Every timer is released by
 * `stop()`.
 */
export function startScenario(
  target: { readonly controls: ScenarioControls },
  scenario: CallDiagnosticsScenarioName | CallDiagnosticsScenario,
  options: ScenarioPlayOptions = {},
): ScenarioRun {
  const { steps } = typeof scenario === 'string' ? getCallDiagnosticsScenario(scenario) : scenario;
  const speed = checkScenarioSpeed(options.speed ?? 1);
  const ordered = [...steps].sort((a, b) => a.offsetMs - b.offsetMs);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let next = 0;

  const runNext = (): void => {
    const s = ordered[next];
    if (!s) return;
    next += 1;
    s.run(target.controls);
    options.onStep?.(s, next - 1);
  };
  const schedule = (): void => {
    // Offsets count from the start, or from the last step run (a resume).
    const base = ordered[next - 1]?.offsetMs ?? 0;
    const instant = speed === Number.POSITIVE_INFINITY;
    while (next < ordered.length && (instant || (ordered[next]?.offsetMs ?? 0) <= base)) runNext();
    for (let i = next; i < ordered.length; i += 1) {
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          // Steps run in order even when two timers fire in one tick.
          while (next <= i) runNext();
        },
        ((ordered[i]?.offsetMs ?? 0) - base) / speed,
      );
      timers.add(timer);
    }
  };

  const run: ScenarioRun = {
    get stepsRun() {
      return next;
    },
    get finished() {
      return next >= ordered.length;
    },
    pendingTimers: () => timers.size,
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    resume() {
      run.stop();
      schedule();
    },
  };
  schedule();
  return run;
}
