import { lazy } from 'react';

// The panel (drawer, checklist, relay probe, support report) is most of the kit's bytes and is needed only when
// someone opens it, so the provider loads it on demand.
let loading: Promise<{ default: typeof import('./FirewallGuidancePanel.js').FirewallGuidancePanel }> | undefined;

/** Fetches the panel's chunk once; a failed fetch is tried again on the next call. */
export function loadFirewallGuidancePanel() {
  loading ??= import('./FirewallGuidancePanel.js').then(
    (module) => ({ default: module.FirewallGuidancePanel }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export const LoadedPanel = lazy(loadFirewallGuidancePanel);
