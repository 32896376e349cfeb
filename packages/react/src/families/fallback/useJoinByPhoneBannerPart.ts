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

/** What the banner adds after a call the network blocked, when dial-in details are known. */
export interface JoinByPhoneBannerPart {
  /** "Join by phone": a `tel:` link that dials the first number and enters the conference ID. */
  readonly action: RelayDiagnosticsBannerAction;
  /** The number and the ID in words, for someone dialling from another phone. */
  readonly line: string;
}

/**
 * The banner's "Join by phone" after a network-family end (410/3112, 410/301004… every end the catalog says the
 * network caused) when dial-in details are known (the provider's `dialIn`, or a Teams meeting's own); undefined
 * otherwise and until the fallback family's chunk has arrived (fetched only then). Records one `fallbackOffered` per end
 * it is shown for, and `fallbackChosen` when followed.
 */
export function useJoinByPhoneBannerPart(
  model: BannerModel,
  context: CallDiagnosticsContextValue | undefined,
  diagnostics: DiagnosticsSourceLike | undefined,
): JoinByPhoneBannerPart | undefined {
  const blocked = model.kind === 'callEnded' && model.entry.network ? model : undefined;
  const given = context?.dialIn;
  const fromCall = useDiagnosticsSelector(selectDialIn, diagnostics, sameDialIn);
  const wanted = !!blocked && (given !== undefined || fromCall !== undefined);
  const part = useOptionalChunk(fallbackSurfacesChunk, wanted);
  const strings = useFallbackStrings(wanted);
  const dialIn = useMemo(() => part?.resolveDialIn(given, fromCall), [part, given, fromCall]);
  const phone = wanted && dialIn && strings ? part?.joinByPhone(dialIn, strings) : undefined;
  const trigger = blocked && `callEnded:${blocked.codeText}`;
  const endedAt = blocked?.at;
  const shown = !!phone;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one record per end shown (`endedAt`), not per render
  useEffect(() => {
    if (shown) trackUiEvent(diagnostics, 'fallbackOffered', { fallback: 'phone', trigger });
  }, [shown, endedAt, trigger, diagnostics]);
  return (
    phone && {
      action: {
        id: 'joinByPhone',
        label: phone.label,
        href: phone.href,
        onClick: () => trackUiEvent(diagnostics, 'fallbackChosen', { fallback: 'phone' }),
        opensPanel: false,
      },
      line: phone.line,
    }
  );
}
