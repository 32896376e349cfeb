import { mergeStrings } from '../strings.js';
import type { ReadinessStrings } from './en-US.js';
import { readinessFrFR } from './fr-FR.js';

/**
 * French (Canada) strings of the readiness check: fr-FR with Canadian usage, as the kit's main fr-CA table
 * (« responsable des TI », « serveur mandataire », no space before a semicolon). Only the strings that differ are
 * written here, so a string added to fr-FR is French in fr-CA too. Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const readinessFrCA: ReadinessStrings = mergeStrings<ReadinessStrings>(readinessFrFR, {
  locale: 'fr-CA',
  reasons: {
    'devices-available': 'Microphone(s) détecté(s) : {microphones}; caméra(s) détectée(s) : {cameras}.',
    'endpoints-unreachable':
      'Le service d’appel est injoignable ({hosts}). Vérifiez votre connexion Internet ou votre serveur mandataire.',
  },
  adminTitle: 'Pour votre responsable des TI',
  copyAdmin: 'Copier pour votre responsable des TI',
});
