import { mergeStrings } from '../../../localization/strings.js';
import type { QualityStrings } from './en-US.js';
import { qualityFrFR } from './fr-FR.js';

/**
 * French (Canada): the quality family's strings, fr-FR with Canadian usage ("téléversement" for upload, as the OQLF
 * recommends). Only the strings that differ are written here, so a string added to fr-FR is French in fr-CA too;
 * ACS's fr-CA uses the same terms as its fr-FR here. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const qualityFrCA: QualityStrings = mergeStrings<QualityStrings>(qualityFrFR, {
  locale: 'fr-CA',
  figures: {
    bandwidth: 'Débit de téléversement disponible\u00a0: {value}\u00a0kbit/s',
  },
});
