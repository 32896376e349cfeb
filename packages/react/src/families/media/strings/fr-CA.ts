import { mergeStrings } from '../../../localization/strings.js';
import type { MediaStrings } from './en-US.js';
import { mediaFrFR } from './fr-FR.js';

/**
 * French (Canada): the media family's strings, fr-FR with Canadian usage (« casque d’écoute » for headphones, as the
 * OQLF recommends). Only the strings that differ are written here, so a string added to fr-FR is French in fr-CA too;
 * ACS's fr-CA uses the same terms as its fr-FR, and macOS and the browsers name their settings alike in both.
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaFrCA: MediaStrings = mergeStrings<MediaStrings>(mediaFrFR, {
  locale: 'fr-CA',
  issues: {
    noMicrophoneDevicesEnumerated: {
      body: 'Connectez un micro ou un casque d’écoute avec micro pour que les autres vous entendent.',
    },
    noSpeakerDevicesEnumerated: {
      body: 'Connectez des haut-parleurs ou un casque d’écoute pour entendre l’appel.',
    },
  },
});
