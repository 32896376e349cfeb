// The support report builder and its download. Kept out of the banner's chunk: the banner's copy and download actions
// fetch this module on mount (useSupportReportActions), so the always-fetched chunk does not carry the report code;
// the panel (a chunk fetched on the first problem) imports it directly, through useSupportReport.
import {
  createSupportReport,
  type ReadinessResult,
  type SupportReportResult,
  supportReportFileName,
} from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { qualityLogOf } from '../families/quality/qualityLogs.js';

/** The support report of a source (core's one builder), with the probe and readiness results the UI holds. @internal */
export function buildSupportReport(
  source: DiagnosticsSourceLike,
  probe?: unknown,
  readiness?: ReadinessResult,
): SupportReportResult {
  return createSupportReport(source, { probe, readiness, quality: qualityLogOf(source) });
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
