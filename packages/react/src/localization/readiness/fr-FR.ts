import type { ReadinessStrings } from './en-US.js';

/**
 * French (France) strings of the readiness check. "Vous" and terms as in ACS's fr-FR (`@azure/communication-react`):
 * appel, rejoindre l’appel, réseau, connexion, microphone, caméra, navigateur, « non pris en charge », Réessayer,
 * Annuler. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessFrFR: ReadinessStrings = {
  locale: 'fr-FR',
  title: 'Vérifiez votre connexion avant de rejoindre l’appel',
  intro:
    'Nous vérifions votre navigateur, vos périphériques et votre réseau pour que vous sachiez, avant de rejoindre l’appel, s’il pourra se connecter.',
  start: 'Lancer la vérification',
  runAgain: 'Relancer la vérification',
  cancel: 'Annuler',
  allowDevices: 'Autoriser la caméra et le microphone',
  join: 'Rejoindre',
  joinAnyway: 'Rejoindre quand même',
  running: 'Vérification de votre connexion…',
  progress: '{done} vérifications sur {total} terminées',
  aborted: 'La vérification a été annulée.',
  untested: 'Non testé : {checks}.',
  listSeparator: ', ',
  unknown: 'inconnu',
  verdicts: {
    ready: { title: 'Vous pouvez rejoindre l’appel', body: 'Tout ce que nous avons testé fonctionne.' },
    warnings: {
      title: 'Vous pouvez rejoindre l’appel, mais des problèmes sont possibles',
      body: 'Certaines vérifications ont détecté des problèmes ou n’ont pas pu s’exécuter. Consultez les détails ci-dessous.',
    },
    blocked: {
      title: 'Votre appel ne peut pas se connecter d’ici',
      body: 'Votre réseau ou votre appareil empêche les appels de fonctionner. Corrigez le problème ci-dessous, puis relancez la vérification.',
    },
    untested: {
      title: 'Nous n’avons rien pu tester ici',
      body: 'Aucune vérification n’a pu s’exécuter dans ce navigateur ou cette configuration : nous ne pouvons donc pas dire si l’appel se connectera.',
    },
  },
  checks: {
    environment: 'Navigateur',
    devices: 'Microphone et caméra',
    relays: 'Serveurs multimédias des appels',
    signalling: 'Service d’appel',
    history: 'Vos appels récents',
  },
  status: {
    idle: 'Non démarrée',
    running: 'Vérification en cours',
    pass: 'Réussie',
    warn: 'Avertissement',
    fail: 'Échec',
    skipped: 'Non testée',
  },
  reasons: {
    'not-in-browser': 'Cette vérification nécessite un navigateur.',
    'timed-out': 'Cette vérification a pris trop de temps et a été arrêtée.',
    'sdk-error': 'Cette vérification n’a pas pu s’exécuter : le navigateur ou le SDK Calling a signalé une erreur.',
    aborted: 'Annulée.',
    supported: 'Votre navigateur est pris en charge ({browser} {browserVersion} sur {platform}).',
    'webrtc-available': 'Votre navigateur peut passer des appels (WebRTC). Sa prise en charge n’a pas été vérifiée.',
    'unsupported-browser':
      'Ce navigateur n’est pas pris en charge pour les appels ({browser}). Les appels risquent de mal fonctionner.',
    'unsupported-browser-version':
      'Cette version du navigateur est trop ancienne pour les appels ({browser} {browserVersion}). Mettez à jour votre navigateur.',
    'unsupported-platform':
      'Ce système d’exploitation n’est pas pris en charge pour les appels ({platform}). Les appels risquent de mal fonctionner.',
    'no-webrtc':
      'Ce navigateur ne peut pas passer d’appels : il ne dispose pas de WebRTC. Utilisez une version récente d’Edge, de Chrome, de Firefox ou de Safari.',
    'devices-available': 'Microphone(s) détecté(s) : {microphones} ; caméra(s) détectée(s) : {cameras}.',
    'no-microphone': 'Aucun microphone détecté. Les autres ne vous entendront pas : connectez un microphone.',
    'no-camera': 'Aucune caméra détectée. Les autres ne vous verront pas.',
    'microphone-denied':
      'L’accès au microphone est bloqué. Les autres ne vous entendront pas : autorisez-le dans les paramètres de votre navigateur.',
    'camera-denied':
      'L’accès à la caméra est bloqué. Les autres ne vous verront pas : autorisez-le dans les paramètres de votre navigateur.',
    'permission-needed': 'Autorisez l’accès à votre caméra et à votre microphone pour que nous puissions les vérifier.',
    'no-media-devices': 'Ce navigateur ne peut pas lister les périphériques multimédias.',
    'relays-reachable': 'Votre réseau peut joindre les serveurs multimédias des appels ({transports}).',
    'relays-answered':
      'Les serveurs multimédias des appels ont répondu ({transports}). Le passage de l’audio et de la vidéo par ces serveurs n’a pas été testé.',
    'udp-blocked-tcp-works':
      'Votre réseau bloque UDP : l’audio et la vidéo des appels passeront donc par TCP. Les appels devraient se connecter, mais la qualité peut être moindre.',
    'udp-blocked':
      'Votre réseau bloque UDP vers les serveurs multimédias des appels. Les appels peuvent encore se connecter via le port TCP 443, ce qui n’a pas été testé.',
    'partly-reachable':
      'Certains serveurs multimédias des appels sont injoignables. Les appels peuvent quand même se connecter.',
    'relays-blocked':
      'Votre réseau bloque les serveurs multimédias des appels. Les appels échoueront avec l’erreur 410/3112 tant que le pare-feu ne les autorisera pas.',
    'relay-auth-failed':
      'Les identifiants de l’application pour les serveurs multimédias ont été refusés. Le problème vient de l’application, pas de votre réseau.',
    'relay-server-error': 'Les serveurs multimédias ont répondu par une erreur. Réessayez plus tard.',
    'no-relay-urls': 'Aucun serveur multimédia n’a été fourni pour le test : cela n’a donc pas été testé.',
    'endpoints-reachable': 'Le service d’appel est joignable.',
    'endpoints-unreachable':
      'Le service d’appel est injoignable ({hosts}). Vérifiez votre connexion Internet ou votre proxy.',
    'no-endpoints': 'Aucune adresse du service d’appel n’a été fournie pour le test : cela n’a donc pas été testé.',
    'recent-relay-failures':
      'Vos derniers appels sur cet appareil ({count}) se sont terminés avec l’erreur 410/3112 : votre réseau les a bloqués.',
    'history-clear': 'Vos appels récents sur cet appareil se sont connectés.',
    'no-history': 'Aucun appel précédent sur cet appareil.',
  },
  adminTitle: 'Pour votre administrateur informatique',
  adminIntro: 'Envoyez ceci à la personne qui gère votre réseau.',
  adminFindings: 'Ce que la vérification avant l’appel a détecté :',
  copyAdmin: 'Copier pour votre administrateur',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte ci-dessus et copiez-le vous-même.',
  inCall: {
    found: 'La vérification avant cet appel a détecté : {finding}',
    passed: 'La vérification avant cet appel n’a détecté aucun problème.',
  },
};
