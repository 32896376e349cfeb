/**
 * The readiness check's cap: a deadline whose clock stands still while it is paused (while the person answers a
 * permission prompt: a slow click is not a timeout).
 */

/** A deadline that can be paused; see {@link createPausableDeadline}. */
export interface PausableDeadline {
  /**
   * Stops the clock until the returned function is called (call it once). Pauses nest: the clock runs again when the
   * last one resumes, with the time that was left when the first one began.
   */
  pause(): () => void;
  /** Stops the deadline for good: `onExpire` is not called, not even after a pause ends. */
  cancel(): void;
}

/** Calls `onExpire` once `ms` of unpaused time have passed (measured with `now`), unless cancelled first. */
export function createPausableDeadline(ms: number, onExpire: () => void, now: () => number): PausableDeadline {
  let remaining = ms;
  let runningSince = now();
  let timer = setTimeout(onExpire, ms);
  let pauses = 0;
  let cancelled = false;
  return {
    pause() {
      if (pauses === 0) {
        clearTimeout(timer);
        remaining = Math.max(0, remaining - (now() - runningSince));
      }
      pauses += 1;
      return () => {
        pauses -= 1;
        if (pauses === 0 && !cancelled) {
          runningSince = now();
          timer = setTimeout(onExpire, remaining);
        }
      };
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
