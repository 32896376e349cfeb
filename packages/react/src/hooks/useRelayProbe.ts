import {
  createProbeSession,
  type ProbeSessionOptions,
  type RelayProbeIceServer,
  type RelayProbeSnapshot,
} from '@call-diagnostics/core';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** Where a probe is: `idle`, `running`, `done` or `cancelled`. */
export type RelayProbeState = RelayProbeSnapshot['state'];
/** Options of {@link useRelayProbe}: those of `createProbeSession`, read again at each `start()`. */
export type UseRelayProbeOptions = ProbeSessionOptions;

/** What {@link useRelayProbe} returns: the session's snapshot, with `start` and `cancel`. */
export interface RelayProbeHandle extends RelayProbeSnapshot {
  /** Starts a probe of `iceServers` (or the hook's); a running probe is cancelled first. */
  readonly start: (iceServers?: readonly RelayProbeIceServer[]) => void;
  /** Cancels the running probe: every peer connection is closed; `state` becomes `cancelled`. */
  readonly cancel: () => void;
}

/**
 * Follows a relay probe (`createProbeSession` from `@call-diagnostics/core`) from a component: `start()`, `cancel()`,
 * the state, the results as they arrive and the summary. Unmounting aborts a running probe.
 */
export function useRelayProbe(options: UseRelayProbeOptions = {}): RelayProbeHandle {
  const latest = useRef(options);
  latest.current = options;
  const [api] = useState(() => {
    const session = createProbeSession();
    const start = (iceServers?: readonly RelayProbeIceServer[]) =>
      void session.run({ ...latest.current, ...(iceServers ? { iceServers } : {}) });
    return { session, start, cancel: () => session.abort() };
  });
  const snapshot = useSyncExternalStore(api.session.subscribe, api.session.getSnapshot, api.session.getSnapshot);
  useEffect(() => () => api.session.abort(), [api]);
  return { ...snapshot, start: api.start, cancel: api.cancel };
}
