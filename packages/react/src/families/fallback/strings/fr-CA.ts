import { mergeStrings } from '../../../localization/strings.js';
import type { FallbackStrings } from './en-US.js';
import { fallbackFrFR } from './fr-FR.js';

/**
 * French (Canada): the fallback family's strings, fr-FR with Canadian usage: "le carré" for the # key (France says
 * "la touche dièse") and "entrer" a number, as ACS's fr-CA dial pad says where its fr-FR says "saisir". Only the
 * strings that differ are written here, so a string added to fr-FR is French in fr-CA too; ACS's fr-CA dial-in panel
 * and "Join by Phone" button say the same as its fr-FR. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const fallbackFrCA: FallbackStrings = mergeStrings<FallbackStrings>(fallbackFrFR, {
  locale: 'fr-CA',
  phone: {
    instructions: 'Composez le {number}, puis entrez l’ID de conférence {conferenceId} suivi du carré (#).',
  },
});
