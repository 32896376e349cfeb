import type { BannerModel } from '@call-diagnostics/core';
import { useEffect, useMemo } from 'react';
import type { RelayDiagnosticsBannerAction } from '../../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.types.js';
import type { CallDiagnosticsContextValue, DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { fallbackSurfacesChunk } from './fallbackSurfacesChunk.js';
import { sameDialIn, selectDialIn } from './selectDialIn.js';
import { useFallbackStrings } from './useFallbackStrings.js';

/**
 * The banner's "Join by phone" after a network-family end (410/3112, 410/301004… every end the catalog says the
 * network caused) when dial-in details are known (the provider's `dialIn`, or a Teams meeting's own): the action and
 * the number and ID in words; undefined otherwise and until the fallback family's chunk has arrived (fetched only
 * then). Records one `fallbackOffered` per end it is shown for.
 */
export function useJoinByPhoneBannerPart(
  model: BannerModel,
  context: CallDiagnosticsContextValue | undefined,
  diagnostics: DiagnosticsSourceLike | undefined,
): { readonly action: RelayDiagnosticsBannerAction; readonly line: string } | undefined {
  const ended = model.kind === 'callEnded' && model.entry.network ? model : undefined;
  const given = context?.dialIn;
  const fromCall = useDiagnosticsSelector(selectDialIn, diagnostics, sameDialIn);
  const wanted = !!ended && (given !== undefined || fromCall !== undefined);
  const part = useOptionalChunk(fallbackSurfacesChunk, wanted);
  const strings = useFallbackStrings(wanted);
  const phone = useMemo(
    () =>
      wanted && strings
        ? part?.bannerJoinByPhone(given, fromCall, strings, () =>
            trackUiEvent(diagnostics, 'fallbackChosen', { fallback: 'phone' }),
          )
        : undefined,
    [wanted, part, given, fromCall, strings, diagnostics],
  );
  const trigger = phone && ended && `callEnded:${ended.codeText}`;
  const endedAt = ended?.at;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one record per end shown (`endedAt`), not per render
  useEffect(() => {
    if (trigger) trackUiEvent(diagnostics, 'fallbackOffered', { fallback: 'phone', trigger });
  }, [trigger, endedAt, diagnostics]);
  return phone;
}
