import type { CallDiagnosticsStrings } from '../en-US.js';

/** Swedish (Sweden). Machine-written: wants a native speaker's review (docs/localization.md). */
export const svSE: CallDiagnosticsStrings = {
  locale: 'sv-SE',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problem att nå samtalsservrarna',
    relaysUnreachableBody:
      'Ditt nätverk blockerar anslutningen som samtalets ljud och video behöver. Samtalet kan misslyckas om det fortsätter.',
    relaysUnreachableSince: 'Sedan {time}',
    endedTitle: 'Samtalet avslutades på grund av ett nätverksproblem',
    relayFailureTitle: 'Samtalet kunde inte anslutas: ditt nätverk blockerade det',
    relayFailureBody:
      'Din enhet kunde inte nå reläservrarna som överför samtalets ljud och video. Det beror oftast på en brandvägg, ett VPN eller en nätverksprincip.',
    code: 'Felkod {code}',
    callId: 'Samtals-ID: {callId}',
    retry: 'Försök igen',
    checkNetwork: 'Kontrollera nätverket',
    copyDetails: 'Kopiera information',
    copied: 'Informationen har kopierats',
    copyFailed: 'Det gick inte att kopiera. Markera informationen nedan och kopiera den själv.',
    detailsLabel: 'Samtalsinformation för support',
    dismiss: 'Stäng',
    transientHint:
      'Samtal har fungerat för dig på det här nätverket tidigare, så det är troligen tillfälligt: försök igen.',
    persistentHint:
      'Samtal misslyckas hela tiden på det här nätverket, så det hjälper troligen inte att försöka igen. Kontrollera nätverket eller skicka rapporten till din IT-administratör.',
  },
  toast: {
    recoveredTitle: 'Anslutningen är återställd',
    recoveredBody: 'Ditt nätverk når samtalsservrarna igen.',
  },
  panel: {
    title: 'Kontrollera brandvägg och nätverk',
    close: 'Stäng',
    intro:
      'Samtal måste nå mediereläerna i Azure Communication Services. När en brandvägg, ett VPN eller en proxy blockerar dem avslutas samtalet med felet 410/3112.',
    failedCall: 'Ditt senaste samtal avslutades med felet {code} (samtals-ID {callId}).',
    checklistTitle: 'Att kontrollera',
    checkMediaPorts: 'Tillåt UDP-portarna 3478–3481 och TCP-port 443 till adressintervallet {range}.',
    checkSignalling: 'Tillåt TCP-portarna 443 och 80 till {domains}.',
    checkUdp:
      'Se till att brandväggen inte blockerar UDP: samtal fungerar bäst över UDP och faller tillbaka på TCP 443.',
    checkNat:
      'Kontrollera NAT-inställningarna: brandväggen får inte skriva om mappade UDP-adresser eller portar, och NAT-poolen måste vara tillräckligt stor.',
    checkVpn:
      'Använd delad tunnel (split tunneling) i VPN:et så att samtalstrafiken går direkt till internet i stället för genom VPN:et.',
    checkCorporate:
      'På ett företagsnätverk kan organisationens brandvägg behöva samma regler. Skicka informationen nedan till din IT-administratör.',
    checkCustomTurn:
      'Om appen använder egna TURN-servrar ska du se till att deras IP-adress, port och protokoll (UDP, TCP eller TLS) inte blockeras.',
    rulesTitle: 'Regler att tillåta',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Om samtal brukar fungera för dig kan ditt nätverk ha ändrats: försök igen. Om alla samtal misslyckas måste nätverkskonfigurationen åtgärdas; då hjälper det inte att försöka igen.',
    adminTitle: 'För din IT-administratör',
    adminIntro: 'Kopiera det här och skicka det till den som hanterar ditt nätverk.',
    copyAdmin: 'Kopiera till IT-administratören',
    copied: 'Kopierat',
    copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
    adminText: {
      heading: 'Samtal via Azure Communication Services blockeras på det här nätverket.',
      rulesHeading: 'Tillåt följande:',
      nat: 'Skriv inte om mappade NAT-adresser eller portar för UDP; håll NAT-poolen tillräckligt stor.',
      vpn: 'Undanta den här trafiken från VPN-tunnlar (delad tunnel).',
      customTurn: 'Om appen använder egna TURN-servrar, öppna deras IP, port och protokoll.',
      detailsHeading: 'Samtalsinformation:',
    },
  },
  details: {
    callId: 'Samtals-ID',
    participantId: 'Deltagar-ID',
    code: 'Felkod',
    time: 'Tid',
    relaysUnreachableSince: 'Reläer onåbara sedan',
    relayStatus: 'Relästatus',
    unknown: 'okänd',
  },
  report: {
    title: 'Supportrapport',
    intro:
      'Allt som supporten behöver för att hitta samtalet. Lösenord, token och TURN-autentiseringsuppgifter tas bort innan rapporten lämnar sidan.',
    previewLabel: 'Förhandsgranskning av supportrapporten',
    copy: 'Kopiera rapporten',
    download: 'Ladda ned rapporten',
    copied: 'Rapporten har kopierats',
    copyFailed:
      'Det gick inte att kopiera rapporten. Ladda ned den i stället, eller markera texten och kopiera den själv.',
    downloaded: 'Rapporten har laddats ned',
    downloadFailed: 'Det gick inte att ladda ned rapporten. Kopiera den i stället.',
  },
  purpose: {
    media: 'medier',
    signalling: 'signalering',
  },
  endCodes: {
    relaysNotReachable: 'Ditt nätverk blockerade samtalets medieanslutning.',
    setupNetworkUnexpected: 'Samtalet kunde inte starta på grund av ett oväntat nätverksproblem.',
    droppedNetworkUnexpected: 'Samtalet kopplades från på grund av ett oväntat nätverksproblem.',
    mediaOfferFailed: 'Samtalet kunde inte konfigurera ljud och video.',
    noMediaConnectivitySetup:
      'Samtalet kunde inte ansluta ljud och video. En brandvägg eller ett VPN kan blockera det.',
    mediaConnectivityLost: 'Samtalet tappade ljud- och videoanslutningen.',
    httpRequestFailed: 'Webbläsaren kunde inte slutföra en nätverksbegäran för samtalet.',
    networkLostNoReconnect: 'Din enhet tappade nätverksanslutningen och kunde inte återansluta.',
    infrastructureUnreachable: 'Din enhet kunde inte nå samtalstjänsten.',
    mediaStackError: 'Ljud och video slutade fungera på den här enheten.',
    localNetworkIssue: 'Ett nätverksproblem på den här enheten avslutade samtalet.',
    serviceError: 'Samtalstjänsten fick ett problem.',
    unknown: 'Samtalet avslutades oväntat.',
  },
  network: {
    noNetworkTitle: 'Du är offline',
    noNetworkBody:
      'Din enhet har ingen nätverksanslutning. Kontrollera wifi eller nätverkskabeln; samtalet fortsätter när du är tillbaka.',
    relaysUnreachableTitle: 'Problem att nå samtalsservrarna',
    reconnectingTitle: 'Ansluter igen…',
    reconnectingBody: 'Samtalet tappade ljud- och videoanslutningen och försöker återansluta.',
    reconnectFailedTitle: 'Samtalet kunde inte återansluta',
    reconnectFailedBody:
      'Nätverket föll bort och samtalet kunde inte återansluta. Kontrollera anslutningen och anslut igen.',
    sendQualityBadTitle: 'Andra kanske inte hör eller ser dig',
    sendQualityBadBody:
      'Ditt nätverk har svårt att skicka ljud och video. Gå närmare wifi-routern eller stäng andra appar som använder nätverket.',
    sendQualityPoorTitle: 'Nätverkskvaliteten är låg',
    sendQualityPoorBody: 'Andra kan höra eller se dig med fördröjning.',
    receiveQualityBadTitle: 'Du kanske inte hör eller ser andra',
    receiveQualityBadBody:
      'Ditt nätverk har svårt att ta emot ljud och video. Gå närmare wifi-routern eller stäng andra appar som använder nätverket.',
    receiveQualityPoorTitle: 'Inkommande ljud och video kan hacka',
    receiveQualityPoorBody: 'Ditt nätverk tar emot långsamt.',
    since: 'Sedan {time}',
    moreIssuesOne: '+1 problem till',
    moreIssuesMany: '+{count} problem till',
    endTitles: {
      relaysNotReachable: 'Samtalet kunde inte anslutas: ditt nätverk blockerade det',
      setupNetworkUnexpected: 'Samtalet kunde inte starta på grund av ett nätverksproblem',
      droppedNetworkUnexpected: 'Samtalet kopplades från på grund av ett nätverksproblem',
      mediaOfferFailed: 'Samtalet kunde inte konfigurera ljud och video',
      noMediaConnectivitySetup: 'Samtalet kunde inte ansluta ljud och video',
      mediaConnectivityLost: 'Samtalet tappade ljud- och videoanslutningen',
      httpRequestFailed: 'En nätverksbegäran för samtalet misslyckades',
      networkLostNoReconnect: 'Samtalet avslutades: nätverksanslutningen bröts',
      infrastructureUnreachable: 'Samtalet kunde inte nå samtalstjänsten',
      mediaStackError: 'Samtalet avslutades: ljud och video slutade fungera på den här enheten',
      localNetworkIssue: 'Samtalet avslutades på grund av ett nätverksproblem på den här enheten',
      serviceError: 'Samtalet avslutades: samtalstjänsten fick ett problem',
      unknown: 'Samtalet avslutades oväntat',
    },
    actions: {
      retry: 'Försök igen: det här är ofta tillfälligt.',
      'fix-network': 'Kontrollera nätverket: en brandvägg, ett VPN eller en svag anslutning är den vanliga orsaken.',
      'contact-support': 'Om det fortsätter att hända, kopiera informationen och kontakta supporten.',
      'update-environment': 'Uppdatera webbläsaren och använd en enhet som stöds, och försök sedan igen.',
    },
  },
  probe: {
    title: 'Testa min anslutning',
    intro:
      'Kontrollera från den här enheten om appens reläservrar kan nås över UDP, TCP och TLS. Det tar några sekunder och skickar varken ljud eller video.',
    noServers:
      'Den här appen använder Azure Communication Services egna reläer. För att testa dem krävs reläautentiseringsuppgifter från appen, och den har inte angett några, så testet är inte tillgängligt här. Checklistan ovan gäller fortfarande.',
    start: 'Testa min anslutning',
    again: 'Testa igen',
    cancel: 'Avbryt testet',
    running: 'Testar {count} reläadresser…',
    progressLabel: 'Förlopp för relätestet',
    cancelled: 'Testet avbröts.',
    resultsLabel: 'Resultat per reläadress',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Vad det betyder',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'fungerar',
      'auth-failed': 'avvisade appens autentiseringsuppgifter',
      unreachable: 'blockerad eller onåbar',
      'server-error': 'servern svarade med ett fel',
      'invalid-url': 'inte en giltig reläadress',
      timeout: 'inget svar (troligen blockerad)',
      unsupported: 'kan inte testas här',
    },
    verdicts: {
      'all-reachable':
        'Alla reläer fungerar från det här nätverket. Om samtal ändå misslyckas ligger orsaken någon annanstans: försök igen eller skicka informationen till supporten.',
      'udp-blocked-tcp-works':
        'UDP är blockerat, men {working} fungerar: samtal kan anslutas, med ljud och video via TCP, så kvaliteten kan sjunka. Be din IT-administratör att tillåta UDP till reläservrarna.',
      'partly-reachable':
        'Vissa reläer fungerar ({working}), andra är blockerade ({blocked}). Samtal bör kunna anslutas; skicka informationen till din IT-administratör så att resten kan öppnas.',
      'auth-failed':
        'Reläservrarna avvisade appens autentiseringsuppgifter. Det är ett problem med appens konfiguration, inte ditt nätverk: kontakta appens support.',
      'server-error':
        'Reläservrarna svarade med ett fel. Det beror troligen inte på ditt nätverk: kontakta appens support.',
      'all-blocked':
        'Alla reläer är blockerade från det här nätverket: det är detta som avslutar samtal med felet 410/3112. Skicka informationen till din IT-administratör eller prova ett annat nätverk.',
      'no-testable-servers': 'Ingen av appens reläadresser kan testas här.',
      'no-webrtc':
        'Den här webbläsaren kan inte köra testet (den saknar WebRTC). Använd en aktuell version av Edge, Chrome, Firefox eller Safari.',
    },
    adminHeading: 'Relätest från den här enheten:',
    adminVerdict: 'Bedömning: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', fel {code}',
  },
};
