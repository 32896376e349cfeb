import type { DiagnosticsState, SupportReportResult } from '@call-diagnostics/core';
import { useContext, useRef } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { buildSupportReport } from './buildSupportReport.js';
import { useDiagnosticsSelector } from './useDiagnosticsSelector.js';

const identity = (state: DiagnosticsState): DiagnosticsState => state;

/** The current report, rebuilt when the diagnostics change (for a preview). Carries the provider's `readiness`. */
export function useSupportReport(source?: DiagnosticsSourceLike, probe?: unknown): SupportReportResult {
  const context = useContext(CallDiagnosticsContext);
  const state = useDiagnosticsSelector(identity, source, Object.is);
  const resolved = source ?? context?.diagnostics;
  const readiness = context?.readiness;
  const cache = useRef<
    { state: DiagnosticsState; probe: unknown; readiness: unknown; report: SupportReportResult } | undefined
  >(undefined);
  if (!resolved) throw new Error('useSupportReport: no diagnostics');
  let c = cache.current;
  if (!c || c.state !== state || c.probe !== probe || c.readiness !== readiness) {
    c = { state, probe, readiness, report: buildSupportReport(resolved, probe, readiness) };
    cache.current = c;
  }
  return c.report;
}
