import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { CallDiagnosticsContext, type DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { trackUiEvent } from './trackUiEvent.js';
import { copyText } from './useCopyToClipboard.js';

/** The report builder, a chunk of its own (see buildSupportReport.ts). */
const loadBuilder = () => import('./buildSupportReport.js');

/** `idle`, or the result of the last copy / download. */
export type ReportActionStatus = 'idle' | 'copied' | 'copyFailed' | 'downloaded' | 'downloadFailed';

/** Copy (text) and download (.json) of the report (with the provider's `readiness`), with a status for the UI and telemetry. */
export function useSupportReportActions(
  source?: DiagnosticsSourceLike,
  probe?: unknown,
): { status: ReportActionStatus; copy: () => Promise<void>; download: () => Promise<void> } {
  const context = useContext(CallDiagnosticsContext);
  const resolved = source ?? context?.diagnostics;
  const readiness = context?.readiness;
  const [status, setStatus] = useState<ReportActionStatus>('idle');
  const mounted = useRef(true);
  useEffect(() => {
    // Fetch the report builder now, so a click finds it loaded.
    loadBuilder().catch(() => {});
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const copy = useCallback(async () => {
    if (!resolved) return;
    let ok = false;
    try {
      const { buildSupportReport } = await loadBuilder();
      ok = await copyText(buildSupportReport(resolved, probe, readiness).text);
    } catch {
      ok = false;
    }
    if (ok) trackUiEvent(resolved, 'reportCopied');
    if (mounted.current) setStatus(ok ? 'copied' : 'copyFailed');
  }, [resolved, probe, readiness]);
  const download = useCallback(async () => {
    if (!resolved) return;
    let ok = false;
    try {
      const { buildSupportReport, downloadSupportReport } = await loadBuilder();
      ok = downloadSupportReport(buildSupportReport(resolved, probe, readiness));
    } catch {
      ok = false;
    }
    if (ok) trackUiEvent(resolved, 'reportDownloaded');
    if (mounted.current) setStatus(ok ? 'downloaded' : 'downloadFailed');
  }, [resolved, probe, readiness]);
  return { status, copy, download };
}
