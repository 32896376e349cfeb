import type { CallDiagnosticsStrings } from '../en-US.js';

/** Dutch (Netherlands). Machine-written: wants a native speaker's review (docs/localization.md). */
export const nlNL: CallDiagnosticsStrings = {
  locale: 'nl-NL',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problemen met het bereiken van de gespreksservers',
    relaysUnreachableBody:
      'Uw netwerk blokkeert de verbinding die audio en video van uw gesprek nodig hebben. Als dit zo blijft, kan het gesprek mislukken.',
    relaysUnreachableSince: 'Sinds {time}',
    endedTitle: 'Uw gesprek is beëindigd door een netwerkprobleem',
    relayFailureTitle: 'Uw gesprek kon geen verbinding maken: uw netwerk heeft het geblokkeerd',
    relayFailureBody:
      'Uw apparaat kon de relayservers die audio en video van het gesprek doorgeven niet bereiken. Meestal komt dit door een firewall, vpn of netwerkbeleid.',
    code: 'Foutcode {code}',
    callId: 'Gespreks-id: {callId}',
    retry: 'Opnieuw proberen',
    checkNetwork: 'Controleer uw netwerk',
    copyDetails: 'Details kopiëren',
    copied: 'Details gekopieerd',
    copyFailed: 'Kopiëren is mislukt. Selecteer de details hieronder en kopieer ze zelf.',
    detailsLabel: 'Gespreksdetails voor ondersteuning',
    dismiss: 'Sluiten',
    transientHint:
      'Gesprekken hebben op dit netwerk eerder gewerkt, dus dit is waarschijnlijk tijdelijk: probeer het opnieuw.',
    persistentHint:
      'Gesprekken mislukken steeds op dit netwerk, dus opnieuw proberen helpt waarschijnlijk niet. Controleer uw netwerk of stuur het rapport naar uw IT-beheerder.',
  },
  toast: {
    recoveredTitle: 'Verbinding hersteld',
    recoveredBody: 'Uw netwerk kan de gespreksservers weer bereiken.',
  },
  panel: {
    title: 'Controleer uw firewall en netwerk',
    close: 'Sluiten',
    intro:
      'Gesprekken moeten de mediarelays van Azure Communication Services bereiken. Als een firewall, vpn of proxy ze blokkeert, eindigt het gesprek met fout 410/3112.',
    failedCall: 'Uw laatste gesprek eindigde met fout {code} (gespreks-id {callId}).',
    checklistTitle: 'Wat u kunt controleren',
    checkMediaPorts: 'Sta UDP-poorten 3478–3481 en TCP-poort 443 toe naar het adresbereik {range}.',
    checkSignalling: 'Sta TCP-poorten 443 en 80 toe naar {domains}.',
    checkUdp: 'Zorg dat uw firewall UDP niet blokkeert: gesprekken werken het best via UDP en vallen terug op TCP 443.',
    checkNat:
      'Controleer uw NAT-instellingen: de firewall mag toegewezen UDP-adressen of -poorten niet herschrijven en de NAT-pool moet groot genoeg zijn.',
    checkVpn:
      'Gebruik bij een vpn split tunneling, zodat gespreksverkeer rechtstreeks naar internet gaat in plaats van via de vpn.',
    checkCorporate:
      'Op een bedrijfsnetwerk heeft de firewall van uw organisatie mogelijk dezelfde regels nodig. Stuur de details hieronder naar uw IT-beheerder.',
    checkCustomTurn:
      'Als deze app eigen TURN-servers gebruikt, zorg dan dat hun IP-adres, poort en protocol (UDP, TCP of TLS) niet worden geblokkeerd.',
    rulesTitle: 'Toe te staan regels',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Als gesprekken normaal gesproken werken, is uw netwerk misschien veranderd: probeer het opnieuw. Als elk gesprek mislukt, moet de netwerkconfiguratie worden aangepast; opnieuw proberen helpt dan niet.',
    adminTitle: 'Voor uw IT-beheerder',
    adminIntro: 'Kopieer dit en stuur het naar degene die uw netwerk beheert.',
    copyAdmin: 'Kopiëren voor uw IT-beheerder',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren is mislukt. Selecteer de tekst en kopieer hem zelf.',
    adminText: {
      heading: 'Gesprekken via Azure Communication Services worden op dit netwerk geblokkeerd.',
      rulesHeading: 'Sta het volgende toe:',
      nat: 'Herschrijf toegewezen NAT-adressen of -poorten voor UDP niet; houd de NAT-pool groot genoeg.',
      vpn: 'Sluit dit verkeer uit van vpn-tunnels (split tunneling).',
      customTurn: 'Als de app eigen TURN-servers gebruikt, open dan hun IP, poort en protocol.',
      detailsHeading: 'Gespreksdetails:',
    },
  },
  details: {
    callId: 'Gespreks-id',
    participantId: 'Deelnemer-id',
    code: 'Foutcode',
    time: 'Tijd',
    relaysUnreachableSince: 'Relays onbereikbaar sinds',
    relayStatus: 'Relaystatus',
    unknown: 'onbekend',
  },
  report: {
    title: 'Ondersteuningsrapport',
    intro:
      'Alles wat ondersteuning nodig heeft om dit gesprek op te zoeken. Wachtwoorden, tokens en TURN-referenties worden verwijderd voordat het deze pagina verlaat.',
    previewLabel: 'Voorbeeld van het ondersteuningsrapport',
    copy: 'Rapport kopiëren',
    download: 'Rapport downloaden',
    copied: 'Rapport gekopieerd',
    copyFailed: 'Het rapport kan niet worden gekopieerd. Download het, of selecteer de tekst en kopieer hem zelf.',
    downloaded: 'Rapport gedownload',
    downloadFailed: 'Het rapport kan niet worden gedownload. Kopieer het in plaats daarvan.',
  },
  purpose: {
    media: 'media',
    signalling: 'signalering',
  },
  endCodes: {
    relaysNotReachable: 'Uw netwerk heeft de mediaverbinding van het gesprek geblokkeerd.',
    setupNetworkUnexpected: 'Het gesprek kon niet starten door een onverwacht netwerkprobleem.',
    droppedNetworkUnexpected: 'De verbinding van het gesprek is verbroken door een onverwacht netwerkprobleem.',
    mediaOfferFailed: 'Het gesprek kon audio en video niet instellen.',
    noMediaConnectivitySetup:
      'Het gesprek kon geen audio- en videoverbinding maken. Mogelijk blokkeert een firewall of vpn het.',
    mediaConnectivityLost: 'Het gesprek is de audio- en videoverbinding kwijtgeraakt.',
    httpRequestFailed: 'De browser kon een netwerkaanvraag voor het gesprek niet voltooien.',
    networkLostNoReconnect: 'Uw apparaat is de netwerkverbinding kwijtgeraakt en kon niet opnieuw verbinden.',
    infrastructureUnreachable: 'Uw apparaat kon de gespreksservice niet bereiken.',
    mediaStackError: 'Audio en video zijn op dit apparaat mislukt.',
    localNetworkIssue: 'Een netwerkprobleem op dit apparaat heeft het gesprek beëindigd.',
    serviceError: 'De gespreksservice had een probleem.',
    unknown: 'Het gesprek is onverwacht beëindigd.',
  },
  network: {
    noNetworkTitle: 'U bent offline',
    noNetworkBody:
      'Uw apparaat heeft geen netwerkverbinding. Controleer de wifi of uw netwerkkabel; het gesprek gaat verder zodra u weer verbonden bent.',
    relaysUnreachableTitle: 'Problemen met het bereiken van de gespreksservers',
    reconnectingTitle: 'Opnieuw verbinding maken…',
    reconnectingBody: 'Het gesprek is de audio- en videoverbinding kwijtgeraakt en probeert opnieuw te verbinden.',
    reconnectFailedTitle: 'Uw gesprek kon niet opnieuw verbinden',
    reconnectFailedBody:
      'De netwerkverbinding is verbroken en het gesprek kon niet opnieuw verbinden. Controleer uw verbinding en neem opnieuw deel.',
    sendQualityBadTitle: 'Anderen horen of zien u mogelijk niet',
    sendQualityBadBody:
      'Uw netwerk heeft moeite met het verzenden van audio en video. Ga dichter bij de wifi zitten of sluit andere apps die het netwerk gebruiken.',
    sendQualityPoorTitle: 'De netwerkkwaliteit is laag',
    sendQualityPoorBody: 'Anderen horen of zien u mogelijk met vertraging.',
    receiveQualityBadTitle: 'U hoort of ziet anderen mogelijk niet',
    receiveQualityBadBody:
      'Uw netwerk heeft moeite met het ontvangen van audio en video. Ga dichter bij de wifi zitten of sluit andere apps die het netwerk gebruiken.',
    receiveQualityPoorTitle: 'Binnenkomende audio en video kunnen haperen',
    receiveQualityPoorBody: 'Uw netwerk ontvangt traag.',
    since: 'Sinds {time}',
    moreIssuesOne: '+1 ander probleem',
    moreIssuesMany: '+{count} andere problemen',
    endTitles: {
      relaysNotReachable: 'Uw gesprek kon geen verbinding maken: uw netwerk heeft het geblokkeerd',
      setupNetworkUnexpected: 'Uw gesprek kon niet starten door een netwerkprobleem',
      droppedNetworkUnexpected: 'De verbinding van uw gesprek is verbroken door een netwerkprobleem',
      mediaOfferFailed: 'Uw gesprek kon audio en video niet instellen',
      noMediaConnectivitySetup: 'Uw gesprek kon geen audio- en videoverbinding maken',
      mediaConnectivityLost: 'Uw gesprek is de audio- en videoverbinding kwijtgeraakt',
      httpRequestFailed: 'Een netwerkaanvraag voor uw gesprek is mislukt',
      networkLostNoReconnect: 'Uw gesprek is beëindigd: de netwerkverbinding is verbroken',
      infrastructureUnreachable: 'Uw gesprek kon de gespreksservice niet bereiken',
      mediaStackError: 'Uw gesprek is beëindigd: audio en video zijn op dit apparaat mislukt',
      localNetworkIssue: 'Uw gesprek is beëindigd door een netwerkprobleem op dit apparaat',
      serviceError: 'Uw gesprek is beëindigd: de gespreksservice had een probleem',
      unknown: 'Uw gesprek is onverwacht beëindigd',
    },
    actions: {
      retry: 'Probeer het opnieuw: dit is vaak tijdelijk.',
      'fix-network': 'Controleer uw netwerk: een firewall, vpn of zwakke verbinding is meestal de oorzaak.',
      'contact-support': 'Als dit blijft gebeuren, kopieer dan de details en neem contact op met ondersteuning.',
      'update-environment': 'Werk uw browser bij en gebruik een ondersteund apparaat, en probeer het dan opnieuw.',
    },
  },
  probe: {
    title: 'Mijn verbinding testen',
    intro:
      'Controleer vanaf dit apparaat of de relayservers van deze app bereikbaar zijn via UDP, TCP en TLS. Dit duurt een paar seconden en verzendt geen audio of video.',
    noServers:
      'Deze app gebruikt de eigen relays van Azure Communication Services. Om die te testen zijn relayreferenties van de app nodig, en die heeft de app niet gegeven, dus de test is hier niet beschikbaar. De controlelijst hierboven blijft gelden.',
    start: 'Mijn verbinding testen',
    again: 'Opnieuw testen',
    cancel: 'Test annuleren',
    running: '{count} relayadressen testen…',
    progressLabel: 'Voortgang van de relaytest',
    cancelled: 'Test geannuleerd.',
    resultsLabel: 'Resultaat per relayadres',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Wat dit betekent',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'werkt',
      'auth-failed': 'heeft de referenties van de app geweigerd',
      unreachable: 'geblokkeerd of onbereikbaar',
      'server-error': 'de server antwoordde met een fout',
      'invalid-url': 'geen geldig relayadres',
      timeout: 'geen antwoord (waarschijnlijk geblokkeerd)',
      unsupported: 'hier niet te testen',
    },
    verdicts: {
      'all-reachable':
        'Alle relays werken vanaf dit netwerk. Als gesprekken nog steeds mislukken, ligt de oorzaak ergens anders: probeer het opnieuw of stuur de details naar ondersteuning.',
      'udp-blocked-tcp-works':
        'UDP is geblokkeerd, maar {working} werkt: gesprekken kunnen verbinden, met audio en video via TCP, dus de kwaliteit kan dalen. Vraag uw IT-beheerder om UDP naar de relayservers toe te staan.',
      'partly-reachable':
        'Sommige relays werken ({working}), andere zijn geblokkeerd ({blocked}). Gesprekken zouden moeten verbinden; stuur de details naar uw IT-beheerder zodat die de rest kan openzetten.',
      'auth-failed':
        'De relayservers hebben de referenties van de app geweigerd. Dit is een probleem in de configuratie van de app, niet in uw netwerk: neem contact op met de ondersteuning van de app.',
      'server-error':
        'De relayservers antwoordden met een fout. Dit ligt waarschijnlijk niet aan uw netwerk: neem contact op met de ondersteuning van de app.',
      'all-blocked':
        'Alle relays zijn geblokkeerd vanaf dit netwerk: dit is wat gesprekken beëindigt met fout 410/3112. Stuur de details naar uw IT-beheerder of probeer een ander netwerk.',
      'no-testable-servers': 'Geen van de relayadressen van de app kan hier worden getest.',
      'no-webrtc':
        'Deze browser kan de test niet uitvoeren (hij heeft geen WebRTC). Gebruik een recente versie van Edge, Chrome, Firefox of Safari.',
    },
    adminHeading: 'Relaytest vanaf dit apparaat:',
    adminVerdict: 'Oordeel: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', fout {code}',
  },
};
