import { useContext, useMemo } from 'react';
import { CallDiagnosticsContext, type ProviderStrings } from '../context/CallDiagnosticsContext.js';
import { type Chunk, createChunk, useOptionalChunk } from '../hooks/useChunk.js';
import { useProviderLocaleTag } from '../hooks/useProviderLocaleTag.js';
import type { LocaleTree } from '../localization/localeTree.js';
import { mergeStrings, type PartialStrings } from '../localization/strings.js';
import { useLocaleTree } from '../localization/useLocaleTree.js';

/** A family's locale tree, fetched on first need (a chunk of its own with the family's en-US table). */
export type FamilyTree<T> = Chunk<LocaleTree<T>>;

/** Wraps a family's tree module for {@link useFamilyStrings}. */
export function familyTree<T>(load: () => Promise<LocaleTree<T>>): FamilyTree<T> {
  return createChunk(load);
}

/**
 * A family's strings while `enabled`: its en-US, then the provider's locale over it once that table has arrived,
 * then the provider's `strings[family]` overrides. Undefined until the tree's chunk has arrived (the surface shows
 * nothing meanwhile: none of the families' surfaces needs the first frame).
 */
export function useFamilyStrings<T extends object>(
  tree: FamilyTree<T>,
  family: Exclude<keyof ProviderStrings, keyof PartialStrings>,
  enabled: boolean,
): T | undefined {
  const loaded = useOptionalChunk(tree, enabled);
  const table = useLocaleTree(loaded, useProviderLocaleTag());
  const overrides = useContext(CallDiagnosticsContext)?.overrides?.[family] as PartialStrings<T> | undefined;
  return useMemo(
    () => loaded && mergeStrings(mergeStrings(loaded.enUS, table as never), overrides),
    [loaded, table, overrides],
  );
}
