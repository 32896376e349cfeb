import { enUSBanner, enUSEndCodes, enUSNetwork, enUSToast } from './bannerStrings.js';
import { enUSDetails, enUSPanel, enUSProbe, enUSPurpose, enUSReport } from './panelStrings.js';

/**
 * English (United States): every user-facing string of the kit. Other locales implement {@link CallDiagnosticsStrings}.
 * Placeholders are written `{name}`. Assembled from two parts kept in modules of their own, so that a chunk carries only
 * the words of its surfaces: the banner's and the toast's (`bannerStrings.ts`, in the chunk fetched on every mount)
 * and the panel's (`panelStrings.ts`, with the panel).
 */
export const enUS = {
  locale: 'en-US',
  /** Writing direction of this locale's script. The provider does not apply it: your FluentProvider's `dir` does. */
  dir: 'ltr' as 'ltr' | 'rtl',
  banner: enUSBanner,
  toast: enUSToast,
  panel: enUSPanel,
  details: enUSDetails,
  report: enUSReport,
  purpose: enUSPurpose,
  endCodes: enUSEndCodes,
  network: enUSNetwork,
  probe: enUSProbe,
};

/** The shape every locale implements. */
export type CallDiagnosticsStrings = typeof enUS;
