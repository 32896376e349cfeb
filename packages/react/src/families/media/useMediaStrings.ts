import { useContext, useMemo } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useProviderLocaleTag } from '../../hooks/useProviderLocaleTag.js';
import { useLazyModule } from '../../lazy/lazyModule.js';
import { mergeStrings } from '../../localization/strings.js';
import { useLocaleTree } from '../../localization/useLocaleTree.js';
import { mediaSurfacesChunk } from './mediaSurfacesChunk.js';
import type { MediaStrings } from './strings/en-US.js';

/**
 * The media family's strings while `enabled`: en-US, then the provider's locale over it once its table has arrived,
 * then the provider's `strings.media` overrides. Undefined until the tree's chunk has arrived (the surface shows
 * nothing meanwhile: a media problem never needs the first frame).
 */
export function useMediaStrings(enabled: boolean): MediaStrings | undefined {
  // The family's locale tree comes with its part of the surfaces (one chunk, fetched when a media surface first has
  // something to say).
  const module = useLazyModule(mediaSurfacesChunk, enabled);
  const table = useLocaleTree(module?.mediaStrings, useProviderLocaleTag());
  const overrides = useContext(CallDiagnosticsContext)?.overrides?.media;
  return useMemo(
    () => module && mergeStrings(mergeStrings(module.mediaStrings.enUS, table as never), overrides),
    [module, table, overrides],
  );
}
