import { createChunk } from '../../hooks/useChunk.js';

/**
 * The readiness check's view (Fluent rows, verdict, IT-admin text, its strings): needed only on a lobby or
 * configuration screen, so it is a chunk of its own; an app that never shows it never downloads it, and the provider
 * does not import it. A failed fetch is tried again on the next `load()`.
 */
export const callReadinessCheckChunk = createChunk(() => import('./CallReadinessCheckImpl.js'));
