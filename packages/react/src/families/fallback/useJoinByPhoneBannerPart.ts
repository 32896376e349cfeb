import type { BannerModel } from '@call-diagnostics/core';
import { dialInLink } from '@call-diagnostics/core';
import { useEffect } from 'react';
import type { RelayDiagnosticsBannerAction } from '../../components/RelayDiagnosticsBanner/RelayDiagnosticsBanner.types.js';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { dialInInstructions } from './format.js';
import { useDialIn } from './useDialIn.js';
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
 * network caused) when dial-in details are known; undefined otherwise and until the fallback strings have arrived.
 * Records one `fallbackOffered` per end it is shown for, and `fallbackChosen` when followed.
 */
export function useJoinByPhoneBannerPart(
  model: BannerModel,
  diagnostics: DiagnosticsSourceLike | undefined,
): JoinByPhoneBannerPart | undefined {
  const blocked = model.kind === 'callEnded' && model.entry.network ? model : undefined;
  const dialIn = useDialIn(diagnostics);
  const strings = useFallbackStrings(!!blocked && !!dialIn);
  const number = dialIn?.numbers[0];
  const shown = !!(blocked && dialIn && strings && number);
  const endedAt = blocked?.at;
  const trigger = blocked && `callEnded:${blocked.codeText}`;
  useEffect(() => {
    if (shown) trackUiEvent(diagnostics, 'fallbackOffered', { fallback: 'phone', trigger });
  }, [shown, endedAt, trigger, diagnostics]);
  if (!blocked || !dialIn || !strings || !number) return undefined;
  return {
    action: {
      id: 'joinByPhone',
      label: strings.phone.action,
      href: dialInLink(number, dialIn.conferenceId),
      onClick: () => trackUiEvent(diagnostics, 'fallbackChosen', { fallback: 'phone' }),
      opensPanel: false,
    },
    line: dialInInstructions(strings, dialIn),
  };
}
