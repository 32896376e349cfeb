import type { QualityAssessment, QualityMonitor, QualitySession } from '@call-diagnostics/core';
import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../context/CallDiagnosticsContext.js';
import { createChunk, useOptionalChunk } from './useChunk.js';

/** The quality sessions' chunk, fetched when something first reads quality. */
const sessionsChunk = createChunk(() => import('../families/quality/qualitySessions.js'));

/** What is shown before a session has a figure: nothing measured. */
const UNKNOWN: QualityAssessment = Object.freeze({
  level: 'unknown',
  reasons: Object.freeze([]),
  mos: undefined,
  figures: undefined,
  since: undefined,
});

const noSubscription = () => () => {};

/**
 * The provider's quality session while this component reads it (and `enabled`): the session of the provider's
 * diagnostics (one media statistics collector on the call, shared by every reader, stopped when the last one
 * unmounts). Undefined outside a provider and until the session's chunk has arrived.
 */
function useQualitySession(enabled: boolean): QualitySession | undefined {
  const context = useContext(CallDiagnosticsContext);
  const sessions = useOptionalChunk(sessionsChunk, enabled && !!context);
  const [session, setSession] = useState<QualitySession>();
  const diagnostics = context?.diagnostics;
  const source = context?.callSource;
  const features = context?.features;
  useEffect(() => {
    if (!enabled || !sessions || !diagnostics) return undefined;
    const lease = sessions.acquireQualitySession(diagnostics, source, features);
    setSession(lease.session);
    return () => {
      lease.release();
      setSession(undefined);
    };
  }, [enabled, sessions, diagnostics, source, features]);
  return session;
}

/**
 * The call's quality: a steady level (`good`, `fair`, `poor`, `unknown`) from the SDK's media statistics, with the
 * reasons and the last sample's MOS and figures (see `createQualityMonitor` in `@call-diagnostics/core`). Inside a
 * `CallDiagnosticsProvider` it reads the provider's call (a raw `Call` or a `CallAgent`'s call; the UI library's
 * adapter and stateful client carry no media statistics: `unknown`). "An argument beats the context": pass your own
 * `QualityMonitor`. Re-renders only when the level or its reasons change.
 */
export function useCallQuality(monitor?: QualityMonitor): QualityAssessment {
  const own = useQualitySession(monitor === undefined)?.monitor;
  const used = monitor ?? own;
  return useSyncExternalStore(
    used?.subscribe ?? noSubscription,
    () => used?.getSnapshot() ?? UNKNOWN,
    () => UNKNOWN,
  );
}
