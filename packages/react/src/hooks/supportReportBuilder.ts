// The support report builder and the report preview hook. Kept out of the banner's chunk: the banner's copy and
// download actions fetch this module on mount (useSupportReportActions), so the always-fetched chunk does not carry
// the report code; the panel (a chunk fetched on the first problem) imports it directly.
import {
  createSupportReport,
  type DiagnosticsState,
  type ReadinessResult,
  type SupportReportResult,
  supportReportFileName,
} from '@call-diagnostics/core';
import { useContext, useRef } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from './useDiagnosticsSelector.js';

/** The support report of a source (core's one builder), with the probe and readiness results the UI holds. @internal */
export function buildSupportReport(
  source: DiagnosticsSourceLike,
  probe?: unknown,
  readiness?: ReadinessResult,
): SupportReportResult {
  return createSupportReport(source, { probe, readiness });
}

/** Saves the report as a `.json` file through a Blob and an object URL (revoked right after). False when it can't. */
export function downloadSupportReport(report: SupportReportResult): boolean {
  try {
    if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') {
      return false;
    }
    const blob = new Blob([`${JSON.stringify(report.json, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = supportReportFileName(report.json);
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      // Revoke after the click has been handled; the download keeps its own reference.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    return true;
  } catch {
    return false;
  }
}

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
