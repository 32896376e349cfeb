import { familyTree, useFamilyStrings } from '../useFamilyStrings.js';
import { fallbackSurfacesChunk } from './fallbackSurfacesChunk.js';
import type { FallbackStrings } from './strings/en-US.js';

/** The fallback family's locale tree: it comes with the family's part of the surfaces. */
const fallbackTree = familyTree(() => fallbackSurfacesChunk.load().then((m) => m.fallbackStrings));

/**
 * The fallback family's strings while `enabled`: en-US, then the provider's locale, then `strings.fallback`
 * overrides. Undefined until the tree's chunk has arrived.
 */
export function useFallbackStrings(enabled: boolean): FallbackStrings | undefined {
  return useFamilyStrings(fallbackTree, 'fallback', enabled);
}
