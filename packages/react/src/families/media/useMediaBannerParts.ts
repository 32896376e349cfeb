/**
 * What the banner needs for a media problem, all from the media family's chunks once a media UFD is raised: the media
 * strings, the family's part of the surfaces (its banner words), the person's platform, "Unmute" through the call's
 * controls and "Choose another …" through the app's device settings (both made in that chunk: `mediaActions`).
 * Nothing before: a call without a media problem fetches none of it.
 */
import { selectMediaRaised } from '@call-diagnostics/core/internal';
import { useMemo, useState } from 'react';
import type { RelayDiagnosticsBannerAction } from '../../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.types.js';
import type { CallDiagnosticsContextValue, DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { useOptionalChunk as useLazyModule } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { mediaSurfacesChunk } from './mediaSurfacesChunk.js';
import type { ClientPlatform } from './platform.js';
import type { MediaStrings } from './strings/en-US.js';
import { useMediaStrings } from './useMediaStrings.js';

/** The media family's part of the surfaces (`mediaSurfaces.ts`). */
type MediaSurfaces = typeof import('./mediaSurfaces.js');

/** The media parts of the banner's context (`BannerStateContext`). */
export interface MediaBannerParts {
  /** The media family's strings, once their chunk has arrived. */
  readonly media: MediaStrings | undefined;
  /** The media family's part of the surfaces, once its chunk has arrived. */
  readonly mediaPart: MediaSurfaces | undefined;
  /** The person's operating system and browser (the steps to allow a device differ). */
  readonly platform: ClientPlatform | undefined;
  /** "Unmute", when the call can be unmuted. */
  readonly unmute: RelayDiagnosticsBannerAction | undefined;
  /** The last unmute failed (said in words). */
  readonly unmuteFailed: boolean;
  /** "Choose another …", when the app gave its device settings. */
  readonly chooseDevice: ((device: 'microphone' | 'camera' | 'speaker') => RelayDiagnosticsBannerAction) | undefined;
}

/** The banner's media parts (see the module's comment). */
export function useMediaBannerParts(
  context: CallDiagnosticsContextValue | undefined,
  source: DiagnosticsSourceLike | undefined,
): MediaBannerParts {
  const raised = useDiagnosticsSelector(selectMediaRaised, source);
  const mediaPart = useLazyModule(mediaSurfacesChunk, raised);
  const media = useMediaStrings(raised);
  const [unmuteFailed, setUnmuteFailed] = useState(false);
  // The platform is read once (it does not change during a call); the actions when the provider's source changes.
  const platform = useMemo(() => mediaPart?.detectPlatform(), [mediaPart]);
  const actions = useMemo(
    () => media && mediaPart?.mediaActions(context, media.actions, setUnmuteFailed),
    [mediaPart, context, media],
  );
  return { media, mediaPart, platform, unmuteFailed, unmute: actions?.unmute, chooseDevice: actions?.chooseDevice };
}
