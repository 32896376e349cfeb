import { lazyModule } from '../../lazy/lazyModule.js';

/**
 * The guidance panel (drawer, checklist, relay probe, support report): most of the kit's bytes and needed only when
 * someone opens it, so the provider loads it on demand. A failed fetch is tried again on the next `load()`.
 */
export const firewallGuidancePanelChunk = lazyModule(() => import('./FirewallGuidancePanel.js'));
