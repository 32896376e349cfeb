import type { FakeCall } from './fakeCall.js';

/** One step of a scripted call. */
export interface TimelineStep {
  /** Milliseconds after the start of the timeline. */
  readonly offsetMs: number;
  /** The wall-clock time the source shows for this step, if any (e.g. `16:41:47`). */
  readonly label?: string;
  /** What this step does, in words. */
  readonly description: string;
  /** Does it to the fake call. */
  readonly run: (call: FakeCall) => void;
}

/**
 * The timeline of the ACS troubleshooting guide "The call ends with 410/3112": the `networkRelaysNotReachable` UFD at
 * 16:41:47, then the call state changes to Disconnected with 410/3112 at 16:41:49.
 */
export const SEED_410_3112_TIMELINE: readonly TimelineStep[] = [
  {
    offsetMs: 0,
    label: '16:41:47',
    description: 'networkRelaysNotReachable = true',
    run: (call) => call.controls.raiseNetwork('networkRelaysNotReachable', true),
  },
  {
    offsetMs: 2000,
    label: '16:41:49',
    description: 'Disconnected with 410/3112',
    run: (call) => call.controls.end({ code: 410, subCode: 3112 }),
  },
];

/** Relays unreachable, then reachable again: the recovery path. */
export const RELAY_RECOVERY_TIMELINE: readonly TimelineStep[] = [
  {
    offsetMs: 0,
    description: 'networkRelaysNotReachable = true',
    run: (call) => call.controls.raiseNetwork('networkRelaysNotReachable', true),
  },
  {
    offsetMs: 3000,
    description: 'networkRelaysNotReachable = false',
    run: (call) => call.controls.raiseNetwork('networkRelaysNotReachable', false),
  },
];

/** Options of {@link replayTimeline}. */
export interface ReplayOptions {
  /** Divides every offset (2 plays twice as fast; Infinity plays every step at once, synchronously). */
  readonly speed?: number;
  /** Stops the replay; steps not yet run are skipped. */
  readonly signal?: AbortSignal;
  /** Called after each step. */
  readonly onStep?: (step: TimelineStep, index: number) => void;
}

/**
 * Replays a timeline on a fake call with real timers. Resolves when every step ran (or the signal aborted);
 * every timer it sets is cleared on abort.
 */
export function replayTimeline(
  call: FakeCall,
  timeline: readonly TimelineStep[],
  options: ReplayOptions = {},
): Promise<void> {
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new RangeError(`replayTimeline: speed must be > 0 (got ${speed})`);
  const steps = [...timeline].sort((a, b) => a.offsetMs - b.offsetMs);
  if (speed === Number.POSITIVE_INFINITY) {
    steps.forEach((step, index) => {
      if (options.signal?.aborted) return;
      step.run(call);
      options.onStep?.(step, index);
    });
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    let remaining = steps.length;
    const finish = (): void => {
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener('abort', finish);
      resolve();
    };
    if (options.signal?.aborted || remaining === 0) return finish();
    options.signal?.addEventListener('abort', finish, { once: true });
    steps.forEach((step, index) => {
      timers.push(
        setTimeout(() => {
          step.run(call);
          options.onStep?.(step, index);
          remaining -= 1;
          if (remaining === 0) finish();
        }, step.offsetMs / speed),
      );
    });
  });
}
