import { createChunk } from '../../hooks/useChunk.js';

/**
 * The fallback family's part of the surfaces (`fallbackSurfaces.ts`): fetched when a fallback may be offered (a call
 * the network blocked with dial-in details known, or a connected call whose quality the notice follows). A failed fetch
 * is tried again on the next render that wants it.
 */
export const fallbackSurfacesChunk = createChunk(() => import('./fallbackSurfaces.js'));
