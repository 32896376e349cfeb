import type { CallDiagnostics, UiTelemetryKind } from '@call-diagnostics/core';
import { useEffect } from 'react';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import type { DiagnosticsUiStore } from '../context/uiStore.js';

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

/** The panel opening (however it was opened) is one `panelOpened` record per open. */
export function usePanelTelemetry(ui: DiagnosticsUiStore, diagnostics: DiagnosticsSourceLike): void {
  useEffect(() => {
    let open = ui.getSnapshot().panelOpen;
    return ui.subscribe(() => {
      const next = ui.getSnapshot().panelOpen;
      if (next && !open) trackUiEvent(diagnostics, 'panelOpened');
      open = next;
    });
  }, [ui, diagnostics]);
}
