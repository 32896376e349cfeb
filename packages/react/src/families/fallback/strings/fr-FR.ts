import type { FallbackStrings } from './en-US.js';

/**
 * French (France): the fallback family's strings. Register "vous" and terms as in ACS's fr-FR: its "Join by Phone"
 * button (Participer par téléphone) and phone-quality message ("Rejoignez cet appel…"), its dial-in panel's "numéro
 * payant" / "numéro gratuit", ID, réunion, appel, vidéo, "Désactiver" (its camera button), "saisir" (its dial pad);
 * "la touche dièse" for #. "ID de conférence" as Teams' dial-in invitation (ACS's panel says "ID de réunion").
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const fallbackFrFR: FallbackStrings = {
  locale: 'fr-FR',
  phone: {
    action: 'Participer par téléphone',
    instructions:
      'Composez le {number}, puis saisissez l’ID de conférence {conferenceId} suivi de la touche dièse (#).',
    title: 'Participer par téléphone',
    intro:
      'Votre réseau bloque les appels depuis cet appareil. Vous pouvez toujours rejoindre la réunion depuis un téléphone.',
    conferenceId: 'ID de conférence\u00a0: {conferenceId}',
    toll: 'numéro payant',
    tollFree: 'numéro gratuit',
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Appeler le {number}',
    copyNumber: 'Copier le numéro',
    copyConferenceId: 'Copier l’ID de conférence',
    copied: 'Copié',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
    moreNumbers: 'Trouver un numéro local',
  },
  video: {
    title: 'Votre réseau a du mal à suivre',
    body: 'Désactiver votre vidéo peut préserver la clarté du son.',
    turnOff: 'Désactiver ma vidéo',
    dismiss: 'Pas maintenant',
    failed: 'Impossible de désactiver votre vidéo. Utilisez les commandes de l’appel.',
    phoneTitle: 'La connexion est toujours médiocre',
    phoneBody: 'Rejoignez cet appel à partir de votre téléphone pour obtenir un meilleur son.',
  },
};
