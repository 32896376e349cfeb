/**
 * Small helpers the probe and the readiness check share: the error an abort rejects with, and the clock they time with.
 */

/** An `Error` named `AbortError`, as `fetch` and the DOM reject with on an abort, with the caller's message. */
export function abortError(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

/** Milliseconds from the monotonic clock (`performance.now()`) where there is one, else `Date.now()`. */
export function monotonicNow(): number {
  const perf = (globalThis as { performance?: { now?: () => number } }).performance;
  return typeof perf?.now === 'function' ? perf.now() : Date.now();
}
