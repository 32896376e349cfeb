import { createListeners } from '@call-diagnostics/core/internal';

/** UI state shared by the surfaces (is the guidance panel open?), kept outside React state so the provider never re-renders. */
export interface DiagnosticsUiState {
  /** Whether the firewall guidance panel is open. */
  readonly panelOpen: boolean;
}

/** A tiny external store for {@link DiagnosticsUiState}. */
export interface DiagnosticsUiStore {
  /** The current UI state (the same object until it changes). */
  getSnapshot(): DiagnosticsUiState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Opens the firewall guidance panel. */
  openPanel(): void;
  /** Closes the firewall guidance panel. */
  closePanel(): void;
}

export function createUiStore(): DiagnosticsUiStore {
  let state: DiagnosticsUiState = { panelOpen: false };
  const listeners = createListeners();
  const set = (next: DiagnosticsUiState): void => {
    if (next.panelOpen === state.panelOpen) return;
    state = next;
    listeners.notify();
  };
  return {
    getSnapshot: () => state,
    subscribe: listeners.subscribe,
    openPanel: () => set({ panelOpen: true }),
    closePanel: () => set({ panelOpen: false }),
  };
}
