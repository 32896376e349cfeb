import { useEffect } from 'react';
import { useLoadedBannerModel } from '../../families/bannerFamilies.js';
import { firewallGuidancePanelChunk } from './firewallGuidancePanelChunk.js';

/**
 * Fetches the guidance panel's code when the banner first shows a problem, while the network may still serve it, so
 * "Check your network" opens at once. Renders nothing.
 */
export function PanelPreloader(): null {
  const problem = useLoadedBannerModel().kind !== 'none';
  useEffect(() => {
    if (problem) firewallGuidancePanelChunk.load().catch(() => undefined); // opening the panel reports a failure
  }, [problem]);
  return null;
}
