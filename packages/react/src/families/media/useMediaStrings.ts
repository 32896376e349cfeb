import { familyTree, useFamilyStrings } from '../useFamilyStrings.js';
import { mediaSurfacesChunk } from './mediaSurfacesChunk.js';
import type { MediaStrings } from './strings/en-US.js';

/**
 * The media family's locale tree: it comes with the family's part of the surfaces (one chunk, fetched when a media
 * surface first has something to say).
 */
const mediaTree = familyTree(() => mediaSurfacesChunk.load().then((m) => m.mediaStrings));

/**
 * The media family's strings while `enabled`: en-US, then the provider's locale, then `strings.media` overrides.
 * Undefined until the tree's chunk has arrived.
 */
export function useMediaStrings(enabled: boolean): MediaStrings | undefined {
  return useFamilyStrings(mediaTree, 'media', enabled);
}
