import type { MediaStrings } from './en-US.js';

/**
 * French (France): the media family's strings. Register « vous » and terms as in ACS's fr-FR: micro, caméra,
 * haut-parleur, « micro désactivé » / « Réactiver le micro », autorisation, partage d’écran; macOS's French names
 * (Réglages Système › Confidentialité et sécurité). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const mediaFrFR: MediaStrings = {
  locale: 'fr-FR',
  issues: {
    microphonePermissionDenied: {
      title: 'Votre ordinateur bloque votre micro',
      body: 'Les autres ne vous entendent pas tant que ce navigateur n’est pas autorisé à utiliser le micro.',
    },
    cameraPermissionDenied: {
      title: 'Votre ordinateur bloque votre caméra',
      body: 'Les autres ne vous voient pas tant que ce navigateur n’est pas autorisé à utiliser la caméra.',
    },
    screenshareRecordingDisabled: {
      title: 'Votre ordinateur bloque le partage d’écran',
      body: 'Vous ne pouvez pas partager votre écran tant que ce navigateur n’est pas autorisé à l’enregistrer.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Aucun micro n’a été trouvé',
      body: 'Connectez un micro ou un casque pour que les autres vous entendent.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Aucun haut-parleur n’a été trouvé',
      body: 'Connectez des haut-parleurs ou un casque pour entendre l’appel.',
    },
    microphoneNotFunctioning: {
      title: 'Votre micro ne fonctionne pas',
      body: 'Les autres ne vous entendent pas. Il est peut-être éteint ou utilisé par une autre application : fermez-la ou choisissez un autre micro.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Votre système a désactivé votre micro',
      body: 'Réactivez le micro pour qu’on vous entende à nouveau, ou choisissez un autre micro.',
    },
    microphoneNotMuteButSilent: {
      title: 'Votre micro ne capte aucun son',
      body: 'Vérifiez qu’il est branché et qu’il n’est pas désactivé sur l’appareil, ou choisissez un autre micro.',
    },
    cameraStartFailed: {
      title: 'Votre caméra n’a pas pu démarrer',
      body: 'Elle est peut-être éteinte ou utilisée par une autre application : fermez-la et réactivez votre caméra, ou choisissez une autre caméra.',
    },
    cameraStartTimedOut: {
      title: 'Votre caméra met trop de temps à démarrer',
      body: 'Désactivez puis réactivez votre caméra, ou choisissez une autre caméra.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Votre caméra s’est arrêtée',
      body: 'Votre système a arrêté votre vidéo. Réactivez votre caméra, ou choisissez une autre caméra.',
    },
    capturerStartFailed: {
      title: 'Le partage d’écran n’a pas pu démarrer',
      body: 'Essayez à nouveau de partager votre écran.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Le partage d’écran s’est arrêté',
      body: 'Partagez à nouveau votre écran pour continuer.',
    },
    cameraFreeze: {
      title: 'Les autres voient votre vidéo figée',
      body: 'Votre réseau est peut-être trop lent pour la vidéo en ce moment. Vérifiez votre réseau, ou désactivez puis réactivez votre caméra.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Pour l’autoriser : ouvrez Réglages Système › Confidentialité et sécurité › Micro, activez votre navigateur, puis redémarrez le navigateur.',
      chromium:
        'Dans le navigateur : sélectionnez l’icône des paramètres du site à gauche de la barre d’adresse, autorisez le micro, puis rechargez la page.',
      safari:
        'Dans Safari : choisissez Safari › Réglages pour ce site web, réglez Micro sur Autoriser, puis rechargez la page.',
      firefox:
        'Dans Firefox : sélectionnez l’icône des autorisations dans la barre d’adresse, supprimez l’autorisation bloquée du micro, puis rechargez la page.',
    },
    camera: {
      macos:
        'Pour l’autoriser : ouvrez Réglages Système › Confidentialité et sécurité › Caméra, activez votre navigateur, puis redémarrez le navigateur.',
      chromium:
        'Dans le navigateur : sélectionnez l’icône des paramètres du site à gauche de la barre d’adresse, autorisez la caméra, puis rechargez la page.',
      safari:
        'Dans Safari : choisissez Safari › Réglages pour ce site web, réglez Caméra sur Autoriser, puis rechargez la page.',
      firefox:
        'Dans Firefox : sélectionnez l’icône des autorisations dans la barre d’adresse, supprimez l’autorisation bloquée de la caméra, puis rechargez la page.',
    },
    screen: {
      macos:
        'Pour l’autoriser : ouvrez Réglages Système › Confidentialité et sécurité › Enregistrement de l’écran et de l’audio système, activez votre navigateur, puis redémarrez le navigateur.',
      chromium:
        'Dans le navigateur : partagez à nouveau votre écran et choisissez ce que vous partagez quand le navigateur vous le demande.',
      safari: 'Dans Safari : partagez à nouveau votre écran et autorisez-le quand Safari vous le demande.',
      firefox: 'Dans Firefox : partagez à nouveau votre écran et autorisez-le quand Firefox vous le demande.',
    },
  },
  actions: {
    unmute: 'Réactiver le micro',
    chooseMicrophone: 'Choisir un autre micro',
    chooseCamera: 'Choisir une autre caméra',
    chooseSpeaker: 'Choisir un autre haut-parleur',
    checkNetwork: 'Vérifier le réseau',
  },
  muted: {
    title: 'Votre micro est désactivé',
    body: 'Vous parlez, mais votre micro est désactivé.',
    unmute: 'Réactiver le micro',
    dismiss: 'Fermer',
    unmuteFailed: 'Impossible de réactiver le micro. Utilisez les commandes de l’appel pour le réactiver.',
  },
  remote: {
    poorConnection: 'Connexion médiocre',
    reconnecting: 'Reconnexion',
    offline: 'Hors connexion',
    connectionBlocked: 'Connexion bloquée',
    cameraFrozen: 'Caméra figée',
    cameraStopped: 'Caméra arrêtée',
    microphoneNotWorking: 'Le micro ne fonctionne pas',
    mutedBySystem: 'Micro désactivé par son appareil',
    noMicrophone: 'Aucun micro',
    noSpeaker: 'N’entend pas l’appel',
    label: '{name} : {problem}',
    someone: 'Un participant',
  },
};
