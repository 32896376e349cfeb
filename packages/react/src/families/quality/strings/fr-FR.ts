import type { QualityStrings } from './en-US.js';

/**
 * French (France): the quality family's strings. Terms as in ACS's fr-FR: qualité de réseau (its "La qualité de
 * réseau est faible", kept whole for that reason), appel, vidéo (figée, as its survey), bande passante; the levels
 * agree with qualité (feminine). French typography: a no-break space before the colon, % and units. Machine-written:
 * wants a native speaker's review (docs/localization.md).
 */
export const qualityFrFR: QualityStrings = {
  locale: 'fr-FR',
  levels: {
    good: 'Bonne',
    fair: 'Moyenne',
    poor: 'Mauvaise',
    unknown: 'Pas encore mesurée',
  },
  label: 'Qualité du réseau\u00a0: {level}',
  labelWithReasons: 'Qualité du réseau\u00a0: {level} – {reasons}',
  reasons: {
    rtt: 'latence',
    jitter: 'son irrégulier',
    loss: 'perte de paquets',
    bandwidth: 'bande passante faible',
    freeze: 'vidéo figée',
    ufd: 'la qualité de réseau est faible',
  },
  directions: {
    send: 'envoi',
    receive: 'réception',
  },
  reasonWithDirection: '{reason} ({direction})',
  separator: ', ',
  announcement: 'La qualité du réseau a changé\u00a0: {level}.',
  figures: {
    title: 'Qualité de l’appel',
    mos: 'Qualité audio estimée\u00a0: {mos} sur 5',
    rtt: 'Aller-retour\u00a0: {value}\u00a0ms',
    jitter: 'Gigue\u00a0: {value}\u00a0ms',
    loss: 'Perte de paquets\u00a0: {value}\u00a0%',
    bandwidth: 'Débit montant disponible\u00a0: {value}\u00a0kbit/s',
    freeze: 'Vidéo figée\u00a0: {value}\u00a0ms',
    send: 'Envoi',
    receive: 'Réception',
    none: 'Aucun audio ne circule, la qualité ne peut donc pas être mesurée.',
  },
};
