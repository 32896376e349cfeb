import type { CallDiagnosticsStrings } from '../en-US.js';

/** Norwegian Bokmål (Norway). Machine-written: wants a native speaker's review (docs/localization.md). */
export const nbNO: CallDiagnosticsStrings = {
  locale: 'nb-NO',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problemer med å nå samtaleserverne',
    relaysUnreachableBody:
      'Nettverket ditt blokkerer tilkoblingen som lyd og video i samtalen trenger. Samtalen kan mislykkes hvis dette fortsetter.',
    relaysUnreachableSince: 'Siden {time}',
    endedTitle: 'Samtalen ble avsluttet på grunn av et nettverksproblem',
    relayFailureTitle: 'Samtalen kunne ikke kobles til: nettverket ditt blokkerte den',
    relayFailureBody:
      'Enheten din kunne ikke nå reléserverne som overfører lyd og video i samtalen. Dette skyldes vanligvis en brannmur, et VPN eller en nettverkspolicy.',
    code: 'Feilkode {code}',
    callId: 'Samtale-ID: {callId}',
    retry: 'Prøv på nytt',
    checkNetwork: 'Sjekk nettverket',
    copyDetails: 'Kopier detaljer',
    copied: 'Detaljene er kopiert',
    copyFailed: 'Kunne ikke kopiere. Merk detaljene nedenfor og kopier dem selv.',
    detailsLabel: 'Samtaledetaljer for brukerstøtte',
    dismiss: 'Lukk',
    transientHint:
      'Samtaler har fungert for deg på dette nettverket før, så dette er sannsynligvis midlertidig: prøv på nytt.',
    persistentHint:
      'Samtaler mislykkes gang på gang på dette nettverket, så det hjelper neppe å prøve på nytt. Sjekk nettverket eller send rapporten til IT-administratoren din.',
  },
  toast: {
    recoveredTitle: 'Tilkoblingen er gjenopprettet',
    recoveredBody: 'Nettverket ditt når samtaleserverne igjen.',
  },
  panel: {
    title: 'Sjekk brannmuren og nettverket',
    close: 'Lukk',
    intro:
      'Samtaler må nå mediereléene til Azure Communication Services. Når en brannmur, et VPN eller en proxy blokkerer dem, avsluttes samtalen med feil 410/3112.',
    failedCall: 'Den siste samtalen din ble avsluttet med feil {code} (samtale-ID {callId}).',
    checklistTitle: 'Dette bør du sjekke',
    checkMediaPorts: 'Tillat UDP-portene 3478–3481 og TCP-port 443 til adresseområdet {range}.',
    checkSignalling: 'Tillat TCP-portene 443 og 80 til {domains}.',
    checkUdp:
      'Sørg for at brannmuren ikke blokkerer UDP: samtaler fungerer best over UDP og faller tilbake til TCP 443.',
    checkNat:
      'Sjekk NAT-innstillingene: brannmuren må ikke skrive om tilordnede UDP-adresser eller -porter, og NAT-utvalget må være stort nok.',
    checkVpn:
      'Bruk delt tunnel (split tunneling) på VPN, slik at samtaletrafikken går direkte til internett i stedet for gjennom VPN-et.',
    checkCorporate:
      'På et bedriftsnettverk kan brannmuren i organisasjonen trenge de samme reglene. Send detaljene nedenfor til IT-administratoren din.',
    checkCustomTurn:
      'Hvis denne appen bruker egne TURN-servere, må du sørge for at IP-adressen, porten og protokollen deres (UDP, TCP eller TLS) ikke er blokkert.',
    rulesTitle: 'Regler som må tillates',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Hvis samtaler vanligvis fungerer for deg, kan nettverket ditt ha endret seg: prøv på nytt. Hvis alle samtaler mislykkes, må nettverkskonfigurasjonen rettes; da hjelper det ikke å prøve på nytt.',
    adminTitle: 'Til IT-administratoren din',
    adminIntro: 'Kopier dette og send det til den som administrerer nettverket ditt.',
    copyAdmin: 'Kopier til IT-administratoren',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    adminText: {
      heading: 'Samtaler via Azure Communication Services blokkeres på dette nettverket.',
      rulesHeading: 'Tillat følgende:',
      nat: 'Ikke skriv om tilordnede NAT-adresser eller -porter for UDP; hold NAT-utvalget stort nok.',
      vpn: 'Unnta denne trafikken fra VPN-tunneler (delt tunnel).',
      customTurn: 'Hvis appen bruker egne TURN-servere, åpne IP, port og protokoll for dem.',
      detailsHeading: 'Samtaledetaljer:',
    },
  },
  details: {
    callId: 'Samtale-ID',
    participantId: 'Deltaker-ID',
    code: 'Feilkode',
    time: 'Tidspunkt',
    relaysUnreachableSince: 'Reléer utilgjengelige siden',
    relayStatus: 'Reléstatus',
    unknown: 'ukjent',
  },
  report: {
    title: 'Rapport til brukerstøtte',
    intro:
      'Alt brukerstøtte trenger for å finne denne samtalen. Passord, tokener og TURN-legitimasjon fjernes før rapporten forlater denne siden.',
    previewLabel: 'Forhåndsvisning av rapporten til brukerstøtte',
    copy: 'Kopier rapporten',
    download: 'Last ned rapporten',
    copied: 'Rapporten er kopiert',
    copyFailed: 'Kunne ikke kopiere rapporten. Last den ned i stedet, eller merk teksten og kopier den selv.',
    downloaded: 'Rapporten er lastet ned',
    downloadFailed: 'Kunne ikke laste ned rapporten. Kopier den i stedet.',
  },
  purpose: {
    media: 'medier',
    signalling: 'signalisering',
  },
  endCodes: {
    relaysNotReachable: 'Nettverket ditt blokkerte medietilkoblingen til samtalen.',
    setupNetworkUnexpected: 'Samtalen kunne ikke starte på grunn av et uventet nettverksproblem.',
    droppedNetworkUnexpected: 'Samtalen ble frakoblet på grunn av et uventet nettverksproblem.',
    mediaOfferFailed: 'Samtalen kunne ikke sette opp lyd og video.',
    noMediaConnectivitySetup: 'Samtalen kunne ikke koble til lyd og video. En brannmur eller et VPN kan blokkere den.',
    mediaConnectivityLost: 'Samtalen mistet lyd- og videotilkoblingen.',
    httpRequestFailed: 'Nettleseren kunne ikke fullføre en nettverksforespørsel for samtalen.',
    networkLostNoReconnect: 'Enheten din mistet nettverkstilkoblingen og kunne ikke koble til igjen.',
    infrastructureUnreachable: 'Enheten din kunne ikke nå samtaletjenesten.',
    mediaStackError: 'Lyd og video sviktet på denne enheten.',
    localNetworkIssue: 'Et nettverksproblem på denne enheten avsluttet samtalen.',
    serviceError: 'Samtaletjenesten fikk et problem.',
    unknown: 'Samtalen ble avsluttet uventet.',
  },
  network: {
    noNetworkTitle: 'Du er frakoblet',
    noNetworkBody:
      'Enheten din har ingen nettverkstilkobling. Sjekk Wi-Fi eller nettverkskabelen; samtalen fortsetter når du er tilbake.',
    relaysUnreachableTitle: 'Problemer med å nå samtaleserverne',
    reconnectingTitle: 'Kobler til på nytt…',
    reconnectingBody: 'Samtalen mistet lyd- og videotilkoblingen og prøver å koble til igjen.',
    reconnectFailedTitle: 'Samtalen kunne ikke koble til igjen',
    reconnectFailedBody:
      'Nettverket falt ut, og samtalen kunne ikke koble til igjen. Sjekk tilkoblingen og bli med på nytt.',
    sendQualityBadTitle: 'Andre hører eller ser deg kanskje ikke',
    sendQualityBadBody:
      'Nettverket ditt sliter med å sende lyd og video. Flytt deg nærmere Wi-Fi-ruteren eller lukk andre apper som bruker nettverket.',
    sendQualityPoorTitle: 'Nettverkskvaliteten er lav',
    sendQualityPoorBody: 'Andre kan høre eller se deg med forsinkelse.',
    receiveQualityBadTitle: 'Du hører eller ser kanskje ikke de andre',
    receiveQualityBadBody:
      'Nettverket ditt sliter med å motta lyd og video. Flytt deg nærmere Wi-Fi-ruteren eller lukk andre apper som bruker nettverket.',
    receiveQualityPoorTitle: 'Innkommende lyd og video kan hakke',
    receiveQualityPoorBody: 'Nettverket ditt tar imot data sakte.',
    since: 'Siden {time}',
    moreIssuesOne: '+1 problem til',
    moreIssuesMany: '+{count} problemer til',
    endTitles: {
      relaysNotReachable: 'Samtalen kunne ikke kobles til: nettverket ditt blokkerte den',
      setupNetworkUnexpected: 'Samtalen kunne ikke starte på grunn av et nettverksproblem',
      droppedNetworkUnexpected: 'Samtalen ble frakoblet på grunn av et nettverksproblem',
      mediaOfferFailed: 'Samtalen kunne ikke sette opp lyd og video',
      noMediaConnectivitySetup: 'Samtalen kunne ikke koble til lyd og video',
      mediaConnectivityLost: 'Samtalen mistet lyd- og videotilkoblingen',
      httpRequestFailed: 'En nettverksforespørsel for samtalen mislyktes',
      networkLostNoReconnect: 'Samtalen ble avsluttet: nettverkstilkoblingen ble brutt',
      infrastructureUnreachable: 'Samtalen kunne ikke nå samtaletjenesten',
      mediaStackError: 'Samtalen ble avsluttet: lyd og video sviktet på denne enheten',
      localNetworkIssue: 'Samtalen ble avsluttet på grunn av et nettverksproblem på denne enheten',
      serviceError: 'Samtalen ble avsluttet: samtaletjenesten fikk et problem',
      unknown: 'Samtalen ble avsluttet uventet',
    },
    actions: {
      retry: 'Prøv på nytt: dette er ofte midlertidig.',
      'fix-network': 'Sjekk nettverket: en brannmur, et VPN eller en svak tilkobling er den vanlige årsaken.',
      'contact-support': 'Hvis dette fortsetter, kopier detaljene og kontakt brukerstøtte.',
      'update-environment': 'Oppdater nettleseren og bruk en støttet enhet, og prøv deretter på nytt.',
    },
  },
  probe: {
    title: 'Test tilkoblingen min',
    intro:
      'Sjekk fra denne enheten om appens reléservere kan nås over UDP, TCP og TLS. Det tar noen sekunder og sender verken lyd eller video.',
    noServers:
      'Denne appen bruker Azure Communication Services sine egne reléer. For å teste dem trengs relélegitimasjon fra appen, og den har ikke oppgitt noen, så testen er ikke tilgjengelig her. Sjekklisten ovenfor gjelder fortsatt.',
    start: 'Test tilkoblingen min',
    again: 'Test på nytt',
    cancel: 'Avbryt testen',
    running: 'Tester {count} reléadresser…',
    progressLabel: 'Fremdrift for relétesten',
    cancelled: 'Testen ble avbrutt.',
    resultsLabel: 'Resultat per reléadresse',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Hva dette betyr',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'fungerer',
      'auth-failed': 'avviste appens legitimasjon',
      unreachable: 'blokkert eller utilgjengelig',
      'server-error': 'serveren svarte med en feil',
      'invalid-url': 'ikke en gyldig reléadresse',
      timeout: 'ikke noe svar (sannsynligvis blokkert)',
      unsupported: 'kan ikke testes her',
    },
    verdicts: {
      'all-reachable':
        'Alle reléer fungerer fra dette nettverket. Hvis samtaler fortsatt mislykkes, ligger årsaken et annet sted: prøv på nytt, eller send detaljene til brukerstøtte.',
      'udp-blocked-tcp-works':
        'UDP er blokkert, men {working} fungerer: samtaler kan kobles til, med lyd og video over TCP, så kvaliteten kan bli dårligere. Be IT-administratoren din om å tillate UDP til reléserverne.',
      'partly-reachable':
        'Noen reléer fungerer ({working}), andre er blokkert ({blocked}). Samtaler bør kunne kobles til; send detaljene til IT-administratoren din så resten kan åpnes.',
      'auth-failed':
        'Reléserverne avviste appens legitimasjon. Dette er et problem med appens konfigurasjon, ikke nettverket ditt: kontakt appens brukerstøtte.',
      'server-error':
        'Reléserverne svarte med en feil. Dette skyldes sannsynligvis ikke nettverket ditt: kontakt appens brukerstøtte.',
      'all-blocked':
        'Alle reléer er blokkert fra dette nettverket: det er dette som avslutter samtaler med feil 410/3112. Send detaljene til IT-administratoren din, eller prøv et annet nettverk.',
      'no-testable-servers': 'Ingen av appens reléadresser kan testes her.',
      'no-webrtc':
        'Denne nettleseren kan ikke kjøre testen (den har ikke WebRTC). Bruk en oppdatert versjon av Edge, Chrome, Firefox eller Safari.',
    },
    adminHeading: 'Relétest fra denne enheten:',
    adminVerdict: 'Vurdering: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', feil {code}',
  },
};
