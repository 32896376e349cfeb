/** UI state shared by the surfaces (is the guidance panel open?), kept outside React state so the provider never re-renders. */
export interface DiagnosticsUiState {
  readonly panelOpen: boolean;
}

/** A tiny external store for {@link DiagnosticsUiState}. */
export interface DiagnosticsUiStore {
  getSnapshot(): DiagnosticsUiState;
  subscribe(listener: () => void): () => void;
  openPanel(): void;
  closePanel(): void;
}

export function createUiStore(): DiagnosticsUiStore {
  let state: DiagnosticsUiState = { panelOpen: false };
  const listeners = new Set<() => void>();
  const set = (next: DiagnosticsUiState): void => {
    if (next.panelOpen === state.panelOpen) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    openPanel: () => set({ panelOpen: true }),
    closePanel: () => set({ panelOpen: false }),
  };
}
