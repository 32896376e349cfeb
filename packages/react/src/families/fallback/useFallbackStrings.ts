import { familyTree, useFamilyStrings } from '../useFamilyStrings.js';
import type { FallbackStrings } from './strings/en-US.js';

/** The fallback family's locale tree: a chunk of its own, fetched when a fallback is first offered. */
const fallbackTree = familyTree(() => import('./strings/tree.js').then((m) => m.fallbackStrings));

/**
 * The fallback family's strings while `enabled`: en-US, then the provider's locale, then `strings.fallback`
 * overrides. Undefined until the tree's chunk has arrived.
 */
export function useFallbackStrings(enabled: boolean): FallbackStrings | undefined {
  return useFamilyStrings(fallbackTree, 'fallback', enabled);
}
