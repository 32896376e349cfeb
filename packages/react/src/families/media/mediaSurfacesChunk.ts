import { createChunk as lazyModule } from '../../hooks/useChunk.js';

/**
 * The media family's part of the surfaces (`mediaSurfaces.ts`): fetched when a media UFD is first raised, shared by the
 * banner and the provider's muted notice. A failed fetch is tried again on the next raise.
 */
export const mediaSurfacesChunk = lazyModule(() => import('./mediaSurfaces.js'));
