import { useMemo } from 'react';
import { useProviderLocaleTag } from '../../hooks/useProviderLocaleTag.js';
import { type ReadinessStrings, readinessEnUS } from '../../localization/readiness/en-US.js';
import { readinessStrings } from '../../localization/readiness/tree.js';
import { mergeStrings, type PartialStrings } from '../../localization/strings.js';
import { useLocaleTree } from '../../localization/useLocaleTree.js';

/**
 * Loads the readiness strings of a locale (once; a failed load is tried again on the next call). Resolves en-US for
 * en-US or a tag without a table.
 */
export function loadReadinessStrings(tag: string | undefined): Promise<ReadinessStrings> {
  return readinessStrings.loadTag(tag);
}

/**
 * The readiness strings to show: en-US, then the locale's table over it once loaded (en-US until then, or when the
 * load fails), then the overrides. `locale` defaults to the provider's.
 */
export function useReadinessStrings(
  locale: string | undefined,
  overrides: PartialStrings<ReadinessStrings> | undefined,
): ReadinessStrings {
  const providerLocale = useProviderLocaleTag();
  const table = useLocaleTree(readinessStrings, locale ?? providerLocale);
  return useMemo(() => mergeStrings(mergeStrings(readinessEnUS, table as never), overrides), [table, overrides]);
}
