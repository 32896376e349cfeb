import { useEffect } from 'react';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import type { DiagnosticsUiStore } from '../context/uiStore.js';
import { trackUiEvent } from './trackUiEvent.js';

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
