import { createChunk as lazyModule } from '../../hooks/useChunk.js';

/**
 * The guidance panel (drawer, checklist, relay probe, support report, join by phone, its focus return), the recovery
 * toast and the notices ("You're muted", the fallback offer's view) (`panelChunk.ts`): most of the kit's bytes and
 * needed only after a problem showed, so the provider loads it on demand. A failed fetch is tried again on the next
 * `load()`.
 */
export const firewallGuidancePanelChunk = lazyModule(() => import('./panelChunk.js'));
