import { familyTree, useFamilyStrings } from '../useFamilyStrings.js';
import type { MediaStrings } from './strings/en-US.js';

/** The media family's locale tree: a chunk of its own, fetched when a media surface first has something to say. */
const mediaTree = familyTree(() => import('./strings/tree.js').then((m) => m.mediaStrings));

/**
 * The media family's strings while `enabled`: en-US, then the provider's locale, then `strings.media` overrides.
 * Undefined until the tree's chunk has arrived.
 */
export function useMediaStrings(enabled: boolean): MediaStrings | undefined {
  return useFamilyStrings(mediaTree, 'media', enabled);
}
