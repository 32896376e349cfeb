import { createCallDiagnostics, selectBanner } from '@call-diagnostics/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CALL_DIAGNOSTICS_HOLDERS,
  CALL_DIAGNOSTICS_SCENARIOS,
  type CallDiagnosticsHolder,
  checkCallDiagnosticsHolder,
  createFakeForHolder,
  getCallDiagnosticsScenario,
  RELAYS_RECOVERED_AFTER_MS,
  startScenario,
} from './scenarios.js';

const sourceOf = (holder: CallDiagnosticsHolder, fake: ReturnType<typeof createFakeForHolder>) => {
  switch (holder) {
    case 'call':
      return { kind: 'call', call: fake } as const;
    case 'callAgent':
      return { kind: 'callAgent', agent: fake } as const;
    case 'adapter':
      return { kind: 'callAdapter', adapter: fake } as const;
    case 'statefulClient':
      return { kind: 'statefulCallClient', client: fake } as const;
  }
};

/** What the banner shows after the scenario ran, for each holder (the same for all four). */
async function bannerAfter(holder: CallDiagnosticsHolder, scenario: (typeof CALL_DIAGNOSTICS_SCENARIOS)[number]) {
  const fake = createFakeForHolder(holder);
  // biome-ignore lint/suspicious/noExplicitAny: the four source shapes, checked by the kit at runtime.
  const diagnostics = createCallDiagnostics({ history: false, source: sourceOf(holder, fake) as any });
  // The CallAgent, CallAdapter and StatefulCallClient sources are fetched on first use.
  await vi.dynamicImportSettled();
  const run = startScenario(fake, scenario, { speed: Number.POSITIVE_INFINITY });
  // Other participants' diagnostics apply once the store has fetched the remote family's reducers.
  await vi.dynamicImportSettled();
  const banner = selectBanner(diagnostics.getSnapshot());
  const state = diagnostics.getSnapshot();
  diagnostics.dispose();
  return { banner, state, run, listeners: fake.controls.listenerCount() };
}

afterEach(() => vi.useRealTimers());

describe('scenarios', () => {
  it.each(CALL_DIAGNOSTICS_HOLDERS.flatMap((h) => CALL_DIAGNOSTICS_SCENARIOS.map((s) => [h, s] as const)))(
    '%s / %s: the kit sees the scenario and every listener goes on dispose',
    async (holder, scenario) => {
      const { banner, state, run, listeners } = await bannerAfter(holder, scenario);
      expect(run.finished).toBe(true);
      expect(listeners).toBe(0);
      const expected: Record<typeof scenario, (b: typeof banner) => boolean> = {
        healthy: (b) => b.kind === 'none',
        'relays-unreachable': (b) => b.kind === 'relaysUnreachable',
        'relays-recovered': (b) => b.kind === 'none',
        'ended-3112': (b) => b.kind === 'callEnded' && b.code === 410 && b.subCode === 3112,
        offline: (b) => JSON.stringify(b).includes('noNetwork'),
        reconnecting: (b) => JSON.stringify(b).includes('networkReconnect'),
        'poor-quality': (b) => JSON.stringify(b).includes('Quality'),
        'seed-timeline': (b) => b.kind === 'callEnded' && b.code === 410 && b.subCode === 3112,
        // Never a banner issue: the muted notice speaks for it.
        'speaking-while-muted': (b) => b.kind === 'none',
        'microphone-not-working': (b) => b.kind === 'mediaIssue' && b.diagnostic === 'microphoneNotFunctioning',
        'camera-permission-denied': (b) => b.kind === 'mediaIssue' && b.diagnostic === 'cameraPermissionDenied',
        'camera-frozen': (b) => b.kind === 'mediaIssue' && b.diagnostic === 'cameraFreeze',
        // A tile badge, not a banner.
        'remote-poor-connection': (b) => b.kind === 'none',
        'teams-meeting-blocked': (b) => b.kind === 'callEnded' && b.code === 410 && b.subCode === 3112,
        // A notice (video off, then phone), not a banner.
        'poor-quality-camera-on': (b) => b.kind === 'none',
      };
      expect(expected[scenario](banner), JSON.stringify(banner)).toBe(true);
      if (scenario === 'relays-recovered') expect(state.relay.status).toBe('recovered');
      if (scenario === 'speaking-while-muted') expect(state.media.speakingWhileMicrophoneIsMuted?.value).toBe(true);
      if (scenario === 'teams-meeting-blocked' || scenario === 'poor-quality-camera-on') {
        expect(getCallDiagnosticsScenario(scenario).dialIn?.conferenceId).toBe('123456789');
      }
      if (scenario === 'remote-poor-connection') {
        // The UI library's adapter and stateful client carry no remote diagnostics.
        const expectRemote = holder === 'call' || holder === 'callAgent';
        expect(Object.keys(state.remote)).toEqual(expectRemote ? ['8:acs:fake-remote-1'] : []);
      }
    },
  );

  it('plays timed steps in real time, or faster', () => {
    vi.useFakeTimers();
    const call = createFakeForHolder('call');
    const seen: string[] = [];
    const run = startScenario(call, 'seed-timeline', { onStep: (s) => seen.push(s.description) });
    expect(seen).toEqual(['networkRelaysNotReachable = true']);
    expect(run.pendingTimers()).toBe(1);
    vi.advanceTimersByTime(1999);
    expect(call.state).toBe('Connected');
    vi.advanceTimersByTime(1);
    expect(call.state).toBe('Disconnected');
    expect(call.callEndReason).toEqual({ code: 410, subCode: 3112 });
    expect(run.finished).toBe(true);
    expect(run.pendingTimers()).toBe(0);

    const fast = createFakeForHolder('call');
    startScenario(fast, 'seed-timeline', { speed: 10 });
    vi.advanceTimersByTime(200);
    expect(fast.state).toBe('Disconnected');
  });

  it('stop() clears every timer; resume() plays the rest', () => {
    vi.useFakeTimers();
    const call = createFakeForHolder('call');
    const latest = () =>
      (
        call.feature({} as never) as unknown as { network: { getLatest(): Record<string, { value: unknown }> } }
      ).network.getLatest().networkRelaysNotReachable?.value;
    const run = startScenario(call, 'relays-recovered');
    expect(latest()).toBe(true);
    run.stop();
    expect(run.pendingTimers()).toBe(0);
    vi.advanceTimersByTime(RELAYS_RECOVERED_AFTER_MS * 5);
    expect(latest()).toBe(true);
    run.resume();
    expect(run.pendingTimers()).toBe(1);
    vi.advanceTimersByTime(RELAYS_RECOVERED_AFTER_MS);
    expect(latest()).toBe(false);
    expect(run.stepsRun).toBe(2);
  });

  it('unknown names and bad speeds are errors that list the valid values', () => {
    expect(() => getCallDiagnosticsScenario('ended-3113')).toThrow(
      /unknown scenario "ended-3113"\. Valid scenarios: 'healthy', 'relays-unreachable', 'relays-recovered', 'ended-3112', 'offline', 'reconnecting', 'poor-quality', 'seed-timeline', 'speaking-while-muted', 'microphone-not-working', 'camera-permission-denied', 'camera-frozen', 'remote-poor-connection', 'teams-meeting-blocked', 'poor-quality-camera-on'/,
    );
    expect(() => checkCallDiagnosticsHolder('composite')).toThrow(
      /unknown holder "composite"\. Valid holders: 'call', 'callAgent', 'adapter', 'statefulClient'/,
    );
    expect(() => createFakeForHolder('agent' as never)).toThrow(RangeError);
    expect(() => startScenario(createFakeForHolder('call'), 'healthy', { speed: 0 })).toThrow(
      /speed must be a number > 0/,
    );
    expect(() => getCallDiagnosticsScenario('toString')).toThrow(/unknown scenario/);
  });
});
