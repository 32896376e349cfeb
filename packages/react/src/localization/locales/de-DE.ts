import type { CallDiagnosticsStrings } from '../en-US.js';

/** German (Germany). Machine-written: wants a native speaker's review (docs/localization.md). */
export const deDE: CallDiagnosticsStrings = {
  locale: 'de-DE',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Die Anrufserver sind schwer erreichbar',
    relaysUnreachableBody:
      'Ihr Netzwerk blockiert die Verbindung, die Audio und Video Ihres Anrufs benötigen. Wenn das so bleibt, kann der Anruf fehlschlagen.',
    relaysUnreachableSince: 'Seit {time}',
    endedTitle: 'Ihr Anruf wurde wegen eines Netzwerkproblems beendet',
    relayFailureTitle: 'Ihr Anruf konnte nicht verbunden werden: Ihr Netzwerk hat ihn blockiert',
    relayFailureBody:
      'Ihr Gerät konnte die Relayserver nicht erreichen, die Audio und Video des Anrufs übertragen. Meist ist eine Firewall, ein VPN oder eine Netzwerkrichtlinie die Ursache.',
    code: 'Fehlercode {code}',
    callId: 'Anruf-ID: {callId}',
    retry: 'Erneut versuchen',
    checkNetwork: 'Netzwerk prüfen',
    copyDetails: 'Details kopieren',
    copied: 'Details kopiert',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie die Details unten und kopieren Sie sie selbst.',
    detailsLabel: 'Anrufdetails für den Support',
    dismiss: 'Schließen',
    transientHint:
      'Anrufe haben in diesem Netzwerk bei Ihnen schon funktioniert, das Problem ist also wahrscheinlich vorübergehend: Versuchen Sie es erneut.',
    persistentHint:
      'Anrufe scheitern in diesem Netzwerk immer wieder, ein neuer Versuch hilft daher kaum. Prüfen Sie Ihr Netzwerk oder senden Sie den Bericht an Ihre IT-Abteilung.',
  },
  toast: {
    recoveredTitle: 'Verbindung wiederhergestellt',
    recoveredBody: 'Ihr Netzwerk erreicht die Anrufserver wieder.',
  },
  panel: {
    title: 'Firewall und Netzwerk prüfen',
    close: 'Schließen',
    intro:
      'Anrufe müssen die Medienrelays von Azure Communication Services erreichen. Blockiert eine Firewall, ein VPN oder ein Proxy sie, endet der Anruf mit dem Fehler 410/3112.',
    failedCall: 'Ihr letzter Anruf endete mit dem Fehler {code} (Anruf-ID {callId}).',
    checklistTitle: 'Was Sie prüfen sollten',
    checkMediaPorts: 'Erlauben Sie die UDP-Ports 3478–3481 und den TCP-Port 443 zum Adressbereich {range}.',
    checkSignalling: 'Erlauben Sie die TCP-Ports 443 und 80 zu {domains}.',
    checkUdp:
      'Stellen Sie sicher, dass Ihre Firewall UDP nicht blockiert: Anrufe funktionieren am besten über UDP und weichen auf TCP 443 aus.',
    checkNat:
      'Prüfen Sie Ihre NAT-Einstellungen: Die Firewall darf zugeordnete UDP-Adressen oder -Ports nicht umschreiben, und der NAT-Pool muss groß genug sein.',
    checkVpn:
      'Verwenden Sie im VPN Split-Tunneling, damit der Anrufverkehr direkt ins Internet geht statt durch das VPN.',
    checkCorporate:
      'In einem Firmennetzwerk braucht die Firewall Ihrer Organisation möglicherweise dieselben Regeln. Senden Sie die Details unten an Ihre IT-Abteilung.',
    checkCustomTurn:
      'Wenn diese App eigene TURN-Server verwendet, stellen Sie sicher, dass deren IP-Adresse, Port und Protokoll (UDP, TCP oder TLS) nicht blockiert sind.',
    rulesTitle: 'Zu erlaubende Regeln',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Wenn Anrufe bei Ihnen normalerweise funktionieren, hat sich Ihr Netzwerk vielleicht geändert: Versuchen Sie es erneut. Scheitert jeder Anruf, muss die Netzwerkkonfiguration korrigiert werden; ein neuer Versuch hilft dann nicht.',
    adminTitle: 'Für Ihre IT-Abteilung',
    adminIntro: 'Kopieren Sie diesen Text und senden Sie ihn an die Person, die Ihr Netzwerk verwaltet.',
    copyAdmin: 'Für die IT-Abteilung kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    adminText: {
      heading: 'Anrufe über Azure Communication Services werden in diesem Netzwerk blockiert.',
      rulesHeading: 'Bitte erlauben Sie:',
      nat: 'Zugeordnete NAT-Adressen oder -Ports für UDP nicht umschreiben; den NAT-Pool groß genug halten.',
      vpn: 'Diesen Verkehr von VPN-Tunneln ausnehmen (Split-Tunneling).',
      customTurn: 'Wenn die App eigene TURN-Server verwendet, deren IP, Port und Protokoll freigeben.',
      detailsHeading: 'Anrufdetails:',
    },
  },
  details: {
    callId: 'Anruf-ID',
    participantId: 'Teilnehmer-ID',
    code: 'Fehlercode',
    time: 'Zeit',
    relaysUnreachableSince: 'Relays nicht erreichbar seit',
    relayStatus: 'Relaystatus',
    unknown: 'unbekannt',
  },
  report: {
    title: 'Supportbericht',
    intro:
      'Alles, was der Support braucht, um diesen Anruf zu finden. Kennwörter, Token und TURN-Anmeldedaten werden entfernt, bevor er diese Seite verlässt.',
    previewLabel: 'Vorschau des Supportberichts',
    copy: 'Bericht kopieren',
    download: 'Bericht herunterladen',
    copied: 'Bericht kopiert',
    copyFailed:
      'Der Bericht konnte nicht kopiert werden. Laden Sie ihn stattdessen herunter oder markieren und kopieren Sie den Text selbst.',
    downloaded: 'Bericht heruntergeladen',
    downloadFailed: 'Der Bericht konnte nicht heruntergeladen werden. Kopieren Sie ihn stattdessen.',
  },
  purpose: {
    media: 'Medien',
    signalling: 'Signalisierung',
  },
  endCodes: {
    relaysNotReachable: 'Ihr Netzwerk hat die Medienverbindung des Anrufs blockiert.',
    setupNetworkUnexpected: 'Der Anruf konnte wegen eines unerwarteten Netzwerkproblems nicht starten.',
    droppedNetworkUnexpected: 'Der Anruf wurde wegen eines unerwarteten Netzwerkproblems unterbrochen.',
    mediaOfferFailed: 'Der Anruf konnte Audio und Video nicht einrichten.',
    noMediaConnectivitySetup:
      'Der Anruf konnte Audio und Video nicht verbinden. Möglicherweise blockiert eine Firewall oder ein VPN die Verbindung.',
    mediaConnectivityLost: 'Der Anruf hat seine Audio- und Videoverbindung verloren.',
    httpRequestFailed: 'Der Browser konnte eine Netzwerkanfrage für den Anruf nicht abschließen.',
    networkLostNoReconnect: 'Ihr Gerät hat die Netzwerkverbindung verloren und konnte sie nicht wiederherstellen.',
    infrastructureUnreachable: 'Ihr Gerät konnte den Anrufdienst nicht erreichen.',
    mediaStackError: 'Audio und Video sind auf diesem Gerät ausgefallen.',
    localNetworkIssue: 'Ein Netzwerkproblem auf diesem Gerät hat den Anruf beendet.',
    serviceError: 'Beim Anrufdienst ist ein Problem aufgetreten.',
    unknown: 'Der Anruf wurde unerwartet beendet.',
  },
  network: {
    noNetworkTitle: 'Sie sind offline',
    noNetworkBody:
      'Ihr Gerät hat keine Netzwerkverbindung. Prüfen Sie WLAN oder Netzwerkkabel; der Anruf geht weiter, sobald Sie wieder verbunden sind.',
    relaysUnreachableTitle: 'Die Anrufserver sind schwer erreichbar',
    reconnectingTitle: 'Verbindung wird wiederhergestellt…',
    reconnectingBody: 'Der Anruf hat seine Audio- und Videoverbindung verloren und versucht, sie wiederherzustellen.',
    reconnectFailedTitle: 'Ihr Anruf konnte die Verbindung nicht wiederherstellen',
    reconnectFailedBody:
      'Die Netzwerkverbindung wurde getrennt und der Anruf konnte nicht wiederhergestellt werden. Überprüfen Sie Ihre Verbindung, und nehmen Sie erneut am Anruf teil.',
    sendQualityBadTitle: 'Andere hören oder sehen Sie möglicherweise nicht',
    sendQualityBadBody:
      'Ihr Netzwerk hat Mühe, Audio und Video zu senden. Gehen Sie näher an das WLAN oder schließen Sie andere Apps, die das Netzwerk nutzen.',
    sendQualityPoorTitle: 'Die Netzwerkqualität ist niedrig',
    sendQualityPoorBody: 'Andere hören oder sehen Sie möglicherweise verzögert.',
    receiveQualityBadTitle: 'Sie hören oder sehen andere möglicherweise nicht',
    receiveQualityBadBody:
      'Ihr Netzwerk hat Mühe, Audio und Video zu empfangen. Gehen Sie näher an das WLAN oder schließen Sie andere Apps, die das Netzwerk nutzen.',
    receiveQualityPoorTitle: 'Eingehendes Audio und Video können stocken',
    receiveQualityPoorBody: 'Ihr Netzwerk empfängt langsam.',
    since: 'Seit {time}',
    moreIssuesOne: '+1 weiteres Problem',
    moreIssuesMany: '+{count} weitere Probleme',
    endTitles: {
      relaysNotReachable: 'Ihr Anruf konnte nicht verbunden werden: Ihr Netzwerk hat ihn blockiert',
      setupNetworkUnexpected: 'Ihr Anruf konnte wegen eines Netzwerkproblems nicht starten',
      droppedNetworkUnexpected: 'Ihr Anruf wurde wegen eines Netzwerkproblems unterbrochen',
      mediaOfferFailed: 'Ihr Anruf konnte Audio und Video nicht einrichten',
      noMediaConnectivitySetup: 'Ihr Anruf konnte Audio und Video nicht verbinden',
      mediaConnectivityLost: 'Ihr Anruf hat die Audio- und Videoverbindung verloren',
      httpRequestFailed: 'Eine Netzwerkanfrage für Ihren Anruf ist fehlgeschlagen',
      networkLostNoReconnect: 'Ihr Anruf wurde beendet: Die Netzwerkverbindung wurde getrennt',
      infrastructureUnreachable: 'Ihr Anruf konnte den Anrufdienst nicht erreichen',
      mediaStackError: 'Ihr Anruf wurde beendet: Audio und Video sind auf diesem Gerät ausgefallen',
      localNetworkIssue: 'Ihr Anruf wurde wegen eines Netzwerkproblems auf diesem Gerät beendet',
      serviceError: 'Ihr Anruf wurde beendet: Beim Anrufdienst ist ein Problem aufgetreten',
      unknown: 'Ihr Anruf wurde unerwartet beendet',
    },
    actions: {
      retry: 'Versuchen Sie es erneut: Das ist oft nur vorübergehend.',
      'fix-network':
        'Prüfen Sie Ihr Netzwerk: Meist sind eine Firewall, ein VPN oder eine schwache Verbindung die Ursache.',
      'contact-support': 'Wenn das immer wieder passiert, kopieren Sie die Details und wenden Sie sich an den Support.',
      'update-environment':
        'Aktualisieren Sie Ihren Browser und verwenden Sie ein unterstütztes Gerät, dann versuchen Sie es erneut.',
    },
  },
  probe: {
    title: 'Verbindung testen',
    intro:
      'Prüfen Sie von diesem Gerät aus, ob die Relayserver dieser App über UDP, TCP und TLS erreichbar sind. Das dauert einige Sekunden und sendet weder Audio noch Video.',
    noServers:
      'Diese App verwendet die Relays von Azure Communication Services selbst. Um sie zu testen, braucht es Relay-Anmeldedaten von der App, und sie hat keine bereitgestellt, daher ist der Test hier nicht verfügbar. Die Checkliste oben gilt weiterhin.',
    start: 'Verbindung testen',
    again: 'Erneut testen',
    cancel: 'Test abbrechen',
    running: '{count} Relayadressen werden getestet…',
    progressLabel: 'Fortschritt des Relaytests',
    cancelled: 'Test abgebrochen.',
    resultsLabel: 'Ergebnis pro Relayadresse',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Was das bedeutet',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'funktioniert',
      'auth-failed': 'hat die Anmeldedaten der App abgelehnt',
      unreachable: 'blockiert oder nicht erreichbar',
      'server-error': 'der Server hat mit einem Fehler geantwortet',
      'invalid-url': 'keine gültige Relayadresse',
      timeout: 'keine Antwort (wahrscheinlich blockiert)',
      unsupported: 'hier nicht testbar',
    },
    verdicts: {
      'all-reachable':
        'Alle Relays funktionieren in diesem Netzwerk. Wenn Anrufe trotzdem fehlschlagen, liegt die Ursache woanders: Versuchen Sie es erneut oder senden Sie die Details an den Support.',
      'udp-blocked-tcp-works':
        'UDP ist blockiert, aber {working} funktioniert: Anrufe können verbunden werden, Audio und Video laufen dann über TCP, die Qualität kann also sinken. Bitten Sie Ihre IT-Abteilung, UDP zu den Relayservern zu erlauben.',
      'partly-reachable':
        'Einige Relays funktionieren ({working}), andere sind blockiert ({blocked}). Anrufe sollten sich verbinden; senden Sie die Details an Ihre IT-Abteilung, damit sie den Rest freigibt.',
      'auth-failed':
        'Die Relayserver haben die Anmeldedaten der App abgelehnt. Das ist ein Problem der App-Konfiguration, nicht Ihres Netzwerks: Wenden Sie sich an den Support der App.',
      'server-error':
        'Die Relayserver haben mit einem Fehler geantwortet. Das liegt wahrscheinlich nicht an Ihrem Netzwerk: Wenden Sie sich an den Support der App.',
      'all-blocked':
        'Alle Relays sind in diesem Netzwerk blockiert: Genau das beendet Anrufe mit dem Fehler 410/3112. Senden Sie die Details an Ihre IT-Abteilung oder versuchen Sie ein anderes Netzwerk.',
      'no-testable-servers': 'Keine der Relayadressen der App kann hier getestet werden.',
      'no-webrtc':
        'Dieser Browser kann den Test nicht ausführen (er hat kein WebRTC). Verwenden Sie eine aktuelle Version von Edge, Chrome, Firefox oder Safari.',
    },
    adminHeading: 'Relaytest von diesem Gerät:',
    adminVerdict: 'Ergebnis: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', Fehler {code}',
  },
};
