import {
  createFakeCall,
  createMediaStatsSample,
  type FakeAudioFigures,
  type FakeCall,
  GOOD_AUDIO,
  POOR_AUDIO,
  REMOTE_PARTICIPANT,
  replayTimeline,
  SCENARIO_DIAL_IN,
  SEED_410_3112_TIMELINE,
  type TimelineStep,
} from '@call-diagnostics/testing';

/** The scenarios the demo can play on a fake call. */
export type ScenarioId =
  | 'healthy'
  | 'relaysDown'
  | 'recovered'
  | 'end3112'
  | 'speakingWhileMuted'
  | 'microphoneNotWorking'
  | 'cameraPermissionDenied'
  | 'cameraFrozen'
  | 'remotePoorConnection'
  | 'poorQuality'
  | 'teamsBlocked'
  | 'poorQualityCamera';

/** The scenarios played as a Teams meeting whose dial-in details the app fetched before the call (Graph). */
export const DIAL_IN_SCENARIOS: ReadonlySet<ScenarioId> = new Set(['teamsBlocked', 'poorQualityCamera']);

/** The dial-in details the demo's app knows for those (fictional 555-01xx numbers). */
export const DEMO_DIAL_IN = SCENARIO_DIAL_IN;

export const SCENARIOS: readonly { readonly id: ScenarioId; readonly label: string; readonly hint: string }[] = [
  { id: 'healthy', label: 'Healthy', hint: 'A connected call with no diagnostics raised.' },
  { id: 'relaysDown', label: 'Relays down', hint: 'networkRelaysNotReachable = true and stays so.' },
  { id: 'recovered', label: 'Recovered', hint: 'Relays unreachable, then reachable again after 1.5 s.' },
  { id: 'end3112', label: '3112 end', hint: 'Relays unreachable, then the call ends with 410/3112 after 2 s.' },
  {
    id: 'speakingWhileMuted',
    label: 'Speaking while muted',
    hint: 'You are muted and start talking: the "You\'re muted" notice, whose Unmute unmutes you.',
  },
  {
    id: 'microphoneNotWorking',
    label: 'Microphone not working',
    hint: 'microphoneNotFunctioning = true; it clears after 6 s.',
  },
  {
    id: 'cameraPermissionDenied',
    label: 'Camera blocked',
    hint: 'cameraPermissionDenied = true: macOS blocks the camera; the steps to allow it.',
  },
  { id: 'cameraFrozen', label: 'Camera frozen', hint: 'cameraFreeze = true: the others see your video frozen.' },
  {
    id: 'remotePoorConnection',
    label: "Someone's poor connection",
    hint: `${REMOTE_PARTICIPANT.displayName}'s client reports a bad receive quality: a badge on their tile.`,
  },
  {
    id: 'poorQuality',
    label: 'Poor quality',
    hint: 'A media statistics sample a second: good for 10 s, then 450 ms RTT, 45 ms jitter and 6 % loss; the quality indicator follows.',
  },
  {
    id: 'teamsBlocked',
    label: 'Teams meeting blocked',
    hint: 'A Teams meeting whose dial-in details the app knows; the network blocks it (410/3112): "Join by phone".',
  },
  {
    id: 'poorQualityCamera',
    label: 'Poor quality, camera on',
    hint: 'The camera is on and the quality stays poor: "Turn off my video" after 10 poor samples, "Join by phone" 30 later.',
  },
];

/** `count` media statistics samples a second from `fromMs`. */
const samples = (fromMs: number, count: number, figures: FakeAudioFigures, what: string): TimelineStep[] =>
  Array.from({ length: count }, (_, i) => ({
    offsetMs: fromMs + i * 1000,
    description: `sample ${i + 1}: ${what}`,
    run: (call: FakeCall) => call.controls.pushMediaStats(createMediaStatsSample(figures)),
  }));

const media = (diagnostic: string, value: boolean, offsetMs = 0): TimelineStep => ({
  offsetMs,
  description: `${diagnostic} = ${value}`,
  run: (call) => call.controls.raiseMedia(diagnostic, value),
});

const RECOVERED_TIMELINE: readonly TimelineStep[] = [
  {
    offsetMs: 0,
    description: 'networkRelaysNotReachable = true',
    run: (call) => call.controls.raiseNetwork('networkRelaysNotReachable', true),
  },
  {
    offsetMs: 1500,
    description: 'networkRelaysNotReachable = false',
    run: (call) => call.controls.raiseNetwork('networkRelaysNotReachable', false),
  },
];

const RELAYS_DOWN_TIMELINE: readonly TimelineStep[] = [
  {
    offsetMs: 0,
    description: 'networkRelaysNotReachable = true',
    run: (call) => call.controls.raiseNetwork('networkRelaysNotReachable', true),
  },
];

const TIMELINES: Record<ScenarioId, readonly TimelineStep[]> = {
  healthy: [],
  relaysDown: RELAYS_DOWN_TIMELINE,
  recovered: RECOVERED_TIMELINE,
  end3112: SEED_410_3112_TIMELINE,
  speakingWhileMuted: [media('speakingWhileMicrophoneIsMuted', true, 500)],
  microphoneNotWorking: [media('microphoneNotFunctioning', true), media('microphoneNotFunctioning', false, 6000)],
  cameraPermissionDenied: [media('cameraPermissionDenied', true)],
  cameraFrozen: [media('cameraFreeze', true)],
  poorQuality: [...samples(0, 10, GOOD_AUDIO, 'good'), ...samples(10_000, 120, POOR_AUDIO, 'poor')],
  teamsBlocked: SEED_410_3112_TIMELINE,
  poorQualityCamera: [
    { offsetMs: 0, description: 'camera on', run: (call) => call.controls.setVideo(true) },
    ...samples(1000, 120, POOR_AUDIO, 'poor'),
  ],
  remotePoorConnection: [
    {
      offsetMs: 0,
      description: `${REMOTE_PARTICIPANT.displayName}: networkReceiveQuality = Bad`,
      run: (call) => call.controls.raiseRemote(REMOTE_PARTICIPANT, 'networkReceiveQuality', 3),
    },
  ],
};

/** Replay speed from the URL: `?speed=4`, or `?fast=1` (= 4). Defaults to real time. */
export function speedFromUrl(search: string = globalThis.location?.search ?? ''): number {
  const params = new URLSearchParams(search);
  const speed = Number(params.get('speed'));
  if (Number.isFinite(speed) && speed > 0) return speed;
  return params.get('fast') === '1' ? 4 : 1;
}

/** A fresh, connected fake call. */
export function newCall(): FakeCall {
  return createFakeCall();
}

/**
 * Plays a scenario on `call`. Returns a stop function that clears every pending timer (call it on scenario change and
 * unmount).
 */
export function playScenario(
  call: FakeCall,
  scenario: ScenarioId,
  speed: number,
  onStep?: (step: TimelineStep) => void,
): () => void {
  const controller = new AbortController();
  const timeline = TIMELINES[scenario];
  if (timeline.length > 0) {
    void replayTimeline(call, timeline, {
      speed,
      signal: controller.signal,
      ...(onStep ? { onStep: (step: TimelineStep) => onStep(step) } : {}),
    });
  }
  return () => controller.abort();
}
