import { abortError } from '../util/abort.js';
import { createListeners } from '../util/listeners.js';
import { type ReadinessRun, startReadinessRun } from './startReadinessRun.js';
import {
  READINESS_ABORTED,
  READINESS_CHECK_IDS,
  type ReadinessCheck,
  type ReadinessCheckOptions,
  type ReadinessRunOptions,
  type ReadinessSnapshot,
} from './types.js';
import { validateReadinessOptions } from './validateReadinessOptions.js';

const IDLE: ReadinessSnapshot = {
  state: 'idle',
  checks: READINESS_CHECK_IDS.map((id) => ({ id, status: 'idle' })),
  result: undefined,
};

/**
 * Creates a pre-join readiness check: environment (WebRTC; the SDK's verdict on this browser with a `CallClient`),
 * devices (counts and permission state; a prompt only with `requestPermissions`), relays (the app's TURN servers, or
 * reachability of credential-less relay/STUN URLs), signalling (the app's endpoints reachable) and history (recent
 * 410/3112 ends on this device). The checks run in parallel under one cap (`timeoutMs`, default 6 s); a check that
 * could not run is `skipped` with its reason, never `pass`.
 *
 * It runs anywhere: in plain Node every check is skipped and the verdict is `untested`.
 *
 * @throws TypeError naming the option when an option is malformed.
 *
 * @beta
 */
export function createReadinessCheck(options: ReadinessCheckOptions = {}): ReadinessCheck {
  validateReadinessOptions(options);
  // The lists are the app's: copied now, so a change to them after creation changes no run.
  const own: ReadinessCheckOptions = {
    ...options,
    endpoints: options.endpoints && [...options.endpoints],
    iceServers: options.iceServers?.map((server) => ({
      ...server,
      urls: typeof server.urls === 'string' ? server.urls : [...server.urls],
    })),
  };
  const listeners = createListeners();
  let snapshot = IDLE;
  let current: ReadinessRun | undefined;
  const host = {
    publish(next: ReadinessSnapshot) {
      snapshot = next;
      listeners.notify();
    },
    lastResult: () => snapshot.result,
    ended() {
      current = undefined;
    },
  };

  return {
    run(runOptions: ReadinessRunOptions = {}) {
      if (runOptions.signal?.aborted) return Promise.reject(abortError(READINESS_ABORTED));
      if (current) {
        current.join(runOptions.signal);
        return current.promise;
      }
      current = startReadinessRun(own, runOptions, host);
      return current.promise;
    },
    abort() {
      current?.abort();
    },
    subscribe(listener: () => void) {
      return listeners.subscribe(listener);
    },
    getSnapshot: () => snapshot,
  };
}
