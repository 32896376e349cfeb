import type { CallDiagnostics, TelemetryDetail, TrackedTelemetryKind } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';

/**
 * Emits a telemetry record of what the surfaces did or offered when the source is a `CallDiagnostics` (a bare store
 * has no telemetry).
 */
export function trackUiEvent(
  source: DiagnosticsSourceLike | undefined,
  kind: TrackedTelemetryKind,
  detail?: TelemetryDetail,
): void {
  try {
    if (source && typeof (source as Partial<CallDiagnostics>).track === 'function') {
      const diagnostics = source as CallDiagnostics;
      if (detail) diagnostics.track(kind, detail);
      else diagnostics.track(kind);
    }
  } catch {
    // Telemetry never breaks the UI.
  }
}
