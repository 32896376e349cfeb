import type { CallDiagnostics, UiTelemetryKind } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';

/** Emits a UI telemetry record when the source is a `CallDiagnostics` (a bare store has no telemetry). */
export function trackUiEvent(source: DiagnosticsSourceLike | undefined, kind: UiTelemetryKind): void {
  try {
    if (source && typeof (source as Partial<CallDiagnostics>).track === 'function') {
      (source as CallDiagnostics).track(kind);
    }
  } catch {
    // Telemetry never breaks the UI.
  }
}
