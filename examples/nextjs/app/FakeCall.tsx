'use client';

import type { CallDiagnostics } from '@call-diagnostics/core';
import { useCallDiagnosticsContext } from '@call-diagnostics/react';
import { createFakeCall, replayTimeline, SEED_410_3112_TIMELINE } from '@call-diagnostics/testing';
import { useEffect, useState } from 'react';

/**
 * After hydration: a fake ACS call (from @call-diagnostics/testing) attached to the provider's diagnostics, then the
 * troubleshooting guide's timeline: the relays become unreachable, and the call ends with 410/3112. A real app gets
 * its `Call` from the calling SDK here (and renders the provider with `call={call} features={Features}`).
 */
export function FakeCall() {
  const { diagnostics } = useCallDiagnosticsContext();
  const [status, setStatus] = useState('waiting for hydration');
  useEffect(() => {
    const call = createFakeCall();
    const detach = (diagnostics as CallDiagnostics).attach({ kind: 'call', call });
    const stop = new AbortController();
    setStatus('in a fake call');
    void replayTimeline(call, SEED_410_3112_TIMELINE, { speed: 10, signal: stop.signal }).then(() => {
      if (!stop.signal.aborted) setStatus('the fake call ended');
    });
    return () => {
      stop.abort();
      detach();
    };
  }, [diagnostics]);
  return <p data-testid="call-status">{status}</p>;
}
