import { selectSpeakingWhileMuted } from '@call-diagnostics/core';
import type { ReactElement } from 'react';
import { useFallbacks } from '../../families/fallback/useFallbacks.js';
import { useOptionalChunk } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { firewallGuidancePanelChunk } from '../FirewallGuidancePanel/firewallGuidancePanelChunk.js';

const speakingMuted = (state: Parameters<typeof selectSpeakingWhileMuted>[0]) =>
  selectSpeakingWhileMuted(state) !== undefined;

/**
 * The provider's notices ("You're muted", the fallbacks): their code comes with the guidance panel's chunk, fetched
 * when one first has something to say (the person speaks while muted; the quality advisor makes an offer). What is
 * fetched on every mount is only this gate.
 */
export function Notices(): ReactElement | null {
  const muted = useDiagnosticsSelector(speakingMuted);
  const { advisor } = useFallbacks(undefined, true);
  const panel = useOptionalChunk(firewallGuidancePanelChunk, muted || !!advisor);
  if (!panel) return null;
  return (
    <>
      <panel.MutedNotice />
      {advisor && <panel.FallbackNoticeView advisor={advisor} />}
    </>
  );
}
