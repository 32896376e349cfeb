import type { CallDiagnosticsStrings } from '../en-US.js';

/** French (France). Machine-written: wants a native speaker's review (docs/localization.md). */
export const frFR: CallDiagnosticsStrings = {
  locale: 'fr-FR',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Difficulté à joindre les serveurs d’appel',
    relaysUnreachableBody:
      'Votre réseau bloque la connexion dont l’audio et la vidéo de votre appel ont besoin. L’appel risque d’échouer si cela continue.',
    relaysUnreachableSince: 'Depuis {time}',
    endedTitle: 'Votre appel s’est terminé à cause d’un problème réseau',
    relayFailureTitle: 'Votre appel n’a pas pu se connecter : votre réseau l’a bloqué',
    relayFailureBody:
      'Votre appareil n’a pas pu joindre les serveurs relais qui transportent l’audio et la vidéo de l’appel. Un pare-feu, un VPN ou une stratégie réseau en est généralement la cause.',
    code: 'Code d’erreur {code}',
    callId: 'ID d’appel : {callId}',
    retry: 'Réessayer',
    checkNetwork: 'Vérifier votre réseau',
    copyDetails: 'Copier les détails',
    copied: 'Détails copiés',
    copyFailed: 'Copie impossible. Sélectionnez les détails ci-dessous et copiez-les vous-même.',
    detailsLabel: 'Détails de l’appel pour le support',
    dismiss: 'Fermer',
    transientHint:
      'Vos appels ont déjà fonctionné sur ce réseau, le problème est donc probablement temporaire : réessayez.',
    persistentHint:
      'Les appels échouent sans cesse sur ce réseau, réessayer a donc peu de chances d’aider. Vérifiez votre réseau ou envoyez le rapport à votre administrateur informatique.',
  },
  toast: {
    recoveredTitle: 'Connexion rétablie',
    recoveredBody: 'Votre réseau peut de nouveau joindre les serveurs d’appel.',
  },
  panel: {
    title: 'Vérifier votre pare-feu et votre réseau',
    close: 'Fermer',
    intro:
      'Les appels doivent joindre les relais multimédias d’Azure Communication Services. Lorsqu’un pare-feu, un VPN ou un proxy les bloque, l’appel se termine avec l’erreur 410/3112.',
    failedCall: 'Votre dernier appel s’est terminé avec l’erreur {code} (ID d’appel {callId}).',
    checklistTitle: 'À vérifier',
    checkMediaPorts: 'Autorisez les ports UDP 3478–3481 et le port TCP 443 vers la plage d’adresses {range}.',
    checkSignalling: 'Autorisez les ports TCP 443 et 80 vers {domains}.',
    checkUdp:
      'Assurez-vous que votre pare-feu ne bloque pas UDP : les appels fonctionnent mieux en UDP et se rabattent sur TCP 443.',
    checkNat:
      'Vérifiez vos paramètres NAT : le pare-feu ne doit pas réécrire les adresses ou ports UDP mappés, et le pool NAT doit être assez grand.',
    checkVpn:
      'Sur un VPN, utilisez le split tunneling pour que le trafic des appels aille directement sur Internet au lieu de passer par le VPN.',
    checkCorporate:
      'Sur un réseau d’entreprise, le pare-feu de votre organisation peut nécessiter les mêmes règles. Envoyez les détails ci-dessous à votre administrateur informatique.',
    checkCustomTurn:
      'Si cette application utilise ses propres serveurs TURN, vérifiez que leur adresse IP, leur port et leur protocole (UDP, TCP ou TLS) ne sont pas bloqués.',
    rulesTitle: 'Règles à autoriser',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Si vos appels fonctionnent d’habitude, votre réseau a peut-être changé : réessayez. Si tous les appels échouent, la configuration réseau doit être corrigée ; réessayer n’aidera pas.',
    adminTitle: 'Pour votre administrateur informatique',
    adminIntro: 'Copiez ce texte et envoyez-le à la personne qui gère votre réseau.',
    copyAdmin: 'Copier pour votre administrateur',
    copied: 'Copié',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
    adminText: {
      heading: 'Les appels Azure Communication Services sont bloqués sur ce réseau.',
      rulesHeading: 'Veuillez autoriser :',
      nat: 'Ne pas réécrire les adresses ou ports NAT mappés pour UDP ; garder un pool NAT assez grand.',
      vpn: 'Exclure ce trafic des tunnels VPN (split tunneling).',
      customTurn:
        'Si l’application utilise des serveurs TURN personnalisés, ouvrir leur IP, leur port et leur protocole.',
      detailsHeading: 'Détails de l’appel :',
    },
  },
  details: {
    callId: 'ID d’appel',
    participantId: 'ID du participant',
    code: 'Code d’erreur',
    time: 'Heure',
    relaysUnreachableSince: 'Relais injoignables depuis',
    relayStatus: 'État des relais',
    unknown: 'inconnu',
  },
  report: {
    title: 'Rapport pour le support',
    intro:
      'Tout ce dont le support a besoin pour retrouver cet appel. Les mots de passe, jetons et identifiants TURN sont supprimés avant qu’il quitte cette page.',
    previewLabel: 'Aperçu du rapport pour le support',
    copy: 'Copier le rapport',
    download: 'Télécharger le rapport',
    copied: 'Rapport copié',
    copyFailed:
      'Impossible de copier le rapport. Téléchargez-le plutôt, ou sélectionnez le texte et copiez-le vous-même.',
    downloaded: 'Rapport téléchargé',
    downloadFailed: 'Impossible de télécharger le rapport. Copiez-le plutôt.',
  },
  purpose: {
    media: 'multimédia',
    signalling: 'signalisation',
  },
  endCodes: {
    relaysNotReachable: 'Votre réseau a bloqué la connexion multimédia de l’appel.',
    setupNetworkUnexpected: 'L’appel n’a pas pu démarrer à cause d’un problème réseau inattendu.',
    droppedNetworkUnexpected: 'L’appel a été déconnecté en raison d’un problème réseau inattendu.',
    mediaOfferFailed: 'L’appel n’a pas pu configurer l’audio et la vidéo.',
    noMediaConnectivitySetup:
      'L’appel n’a pas pu connecter l’audio et la vidéo. Un pare-feu ou un VPN le bloque peut-être.',
    mediaConnectivityLost: 'L’appel a perdu sa connexion audio et vidéo.',
    httpRequestFailed: 'Le navigateur n’a pas pu terminer une requête réseau pour l’appel.',
    networkLostNoReconnect: 'Votre appareil a perdu sa connexion réseau et n’a pas pu se reconnecter.',
    infrastructureUnreachable: 'Votre appareil n’a pas pu joindre le service d’appel.',
    mediaStackError: 'L’audio et la vidéo ont échoué sur cet appareil.',
    localNetworkIssue: 'Un problème réseau sur cet appareil a mis fin à l’appel.',
    serviceError: 'Le service d’appel a rencontré un problème.',
    unknown: 'L’appel s’est terminé de façon inattendue.',
  },
  network: {
    noNetworkTitle: 'Vous êtes hors connexion',
    noNetworkBody:
      'Votre appareil n’a aucune connexion réseau. Vérifiez le Wi-Fi ou votre câble réseau ; l’appel reprend dès votre retour.',
    relaysUnreachableTitle: 'Difficulté à joindre les serveurs d’appel',
    reconnectingTitle: 'Reconnexion…',
    reconnectingBody: 'L’appel a perdu sa connexion audio et vidéo et tente de se reconnecter.',
    reconnectFailedTitle: 'Votre appel n’a pas pu se reconnecter',
    reconnectFailedBody:
      'La connexion réseau a été perdue et l’appel n’a pas pu se reconnecter. Vérifiez votre connexion et rejoignez l’appel.',
    sendQualityBadTitle: 'Les autres ne vous entendent ou ne vous voient peut-être pas',
    sendQualityBadBody:
      'Votre réseau a du mal à envoyer l’audio et la vidéo. Rapprochez-vous du Wi-Fi ou fermez les autres applications qui utilisent le réseau.',
    sendQualityPoorTitle: 'La qualité de réseau est faible',
    sendQualityPoorBody: 'Les autres peuvent vous entendre ou vous voir avec du retard.',
    receiveQualityBadTitle: 'Vous n’entendez ou ne voyez peut-être pas les autres',
    receiveQualityBadBody:
      'Votre réseau a du mal à recevoir l’audio et la vidéo. Rapprochez-vous du Wi-Fi ou fermez les autres applications qui utilisent le réseau.',
    receiveQualityPoorTitle: 'L’audio et la vidéo entrants peuvent être saccadés',
    receiveQualityPoorBody: 'Votre réseau reçoit lentement.',
    since: 'Depuis {time}',
    moreIssuesOne: '+1 autre problème',
    moreIssuesMany: '+{count} autres problèmes',
    endTitles: {
      relaysNotReachable: 'Votre appel n’a pas pu se connecter : votre réseau l’a bloqué',
      setupNetworkUnexpected: 'Votre appel n’a pas pu démarrer à cause d’un problème réseau',
      droppedNetworkUnexpected: 'Votre appel a été déconnecté en raison d’un problème réseau',
      mediaOfferFailed: 'Votre appel n’a pas pu configurer l’audio et la vidéo',
      noMediaConnectivitySetup: 'Votre appel n’a pas pu connecter l’audio et la vidéo',
      mediaConnectivityLost: 'Votre appel a perdu sa connexion audio et vidéo',
      httpRequestFailed: 'Une requête réseau pour votre appel a échoué',
      networkLostNoReconnect: 'Votre appel s’est terminé : la connexion réseau a été perdue',
      infrastructureUnreachable: 'Votre appel n’a pas pu joindre le service d’appel',
      mediaStackError: 'Votre appel s’est terminé : l’audio et la vidéo ont échoué sur cet appareil',
      localNetworkIssue: 'Votre appel s’est terminé à cause d’un problème réseau sur cet appareil',
      serviceError: 'Votre appel s’est terminé : le service d’appel a rencontré un problème',
      unknown: 'Votre appel s’est terminé de façon inattendue',
    },
    actions: {
      retry: 'Réessayez : c’est souvent temporaire.',
      'fix-network': 'Vérifiez votre réseau : un pare-feu, un VPN ou une connexion faible en est la cause habituelle.',
      'contact-support': 'Si cela se reproduit, copiez les détails et contactez le support.',
      'update-environment': 'Mettez à jour votre navigateur et utilisez un appareil pris en charge, puis réessayez.',
    },
  },
  probe: {
    title: 'Tester ma connexion',
    intro:
      'Vérifiez depuis cet appareil si les serveurs relais de cette application sont joignables en UDP, TCP et TLS. Cela prend quelques secondes et n’envoie ni audio ni vidéo.',
    noServers:
      'Cette application utilise les relais d’Azure Communication Services eux-mêmes. Pour les tester, il faut des identifiants de relais fournis par l’application, qui n’en a fourni aucun : le test n’est donc pas disponible ici. La liste de vérification ci-dessus reste valable.',
    start: 'Tester ma connexion',
    again: 'Tester à nouveau',
    cancel: 'Annuler le test',
    running: 'Test de {count} adresses de relais…',
    progressLabel: 'Progression du test des relais',
    cancelled: 'Test annulé.',
    resultsLabel: 'Résultat par adresse de relais',
    resultLine: '{transport} · {url} : {status} ({ms} ms)',
    verdictTitle: 'Ce que cela signifie',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'fonctionne',
      'auth-failed': 'a refusé les identifiants de l’application',
      unreachable: 'bloqué ou injoignable',
      'server-error': 'le serveur a répondu par une erreur',
      'invalid-url': 'adresse de relais non valide',
      timeout: 'pas de réponse (probablement bloqué)',
      unsupported: 'non testable ici',
    },
    verdicts: {
      'all-reachable':
        'Tous les relais fonctionnent depuis ce réseau. Si les appels échouent encore, la cause est ailleurs : réessayez, ou envoyez les détails au support.',
      'udp-blocked-tcp-works':
        'UDP est bloqué, mais {working} fonctionne : les appels peuvent se connecter, avec l’audio et la vidéo relayés en TCP, la qualité peut donc baisser. Demandez à votre administrateur informatique d’autoriser UDP vers les serveurs relais.',
      'partly-reachable':
        'Certains relais fonctionnent ({working}), d’autres sont bloqués ({blocked}). Les appels devraient se connecter ; envoyez les détails à votre administrateur informatique pour qu’il ouvre le reste.',
      'auth-failed':
        'Les serveurs relais ont refusé les identifiants de l’application. C’est un problème de configuration de l’application, pas de votre réseau : contactez le support de l’application.',
      'server-error':
        'Les serveurs relais ont répondu par une erreur. Ce n’est probablement pas votre réseau : contactez le support de l’application.',
      'all-blocked':
        'Tous les relais sont bloqués depuis ce réseau : c’est ce qui met fin aux appels avec l’erreur 410/3112. Envoyez les détails à votre administrateur informatique, ou essayez un autre réseau.',
      'no-testable-servers': 'Aucune des adresses de relais de l’application ne peut être testée ici.',
      'no-webrtc':
        'Ce navigateur ne peut pas exécuter le test (il n’a pas WebRTC). Utilisez une version récente d’Edge, Chrome, Firefox ou Safari.',
    },
    adminHeading: 'Test des relais depuis cet appareil :',
    adminVerdict: 'Verdict : {verdict}',
    adminLine: '- {transport} {url} : {status}{code} ({ms} ms)',
    adminCode: ', erreur {code}',
  },
};
