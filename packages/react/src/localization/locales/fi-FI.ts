import type { CallDiagnosticsStrings } from '../en-US.js';

/** Finnish (Finland). Machine-written: wants a native speaker's review (docs/localization.md). */
export const fiFI: CallDiagnosticsStrings = {
  locale: 'fi-FI',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Puhelupalvelimiin ei saada yhteyttä',
    relaysUnreachableBody:
      'Verkkosi estää yhteyden, jota puhelun ääni ja video tarvitsevat. Puhelu voi epäonnistua, jos tilanne jatkuu.',
    relaysUnreachableSince: 'Alkaen {time}',
    endedTitle: 'Puhelusi päättyi verkko-ongelman vuoksi',
    relayFailureTitle: 'Puhelua ei voitu yhdistää: verkkosi esti sen',
    relayFailureBody:
      'Laitteesi ei saanut yhteyttä välityspalvelimiin, jotka kuljettavat puhelun äänen ja videon. Syynä on yleensä palomuuri, VPN tai verkkokäytäntö.',
    code: 'Virhekoodi {code}',
    callId: 'Puhelun tunnus: {callId}',
    retry: 'Yritä uudelleen',
    checkNetwork: 'Tarkista verkko',
    copyDetails: 'Kopioi tiedot',
    copied: 'Tiedot kopioitu',
    copyFailed: 'Kopiointi epäonnistui. Valitse alla olevat tiedot ja kopioi ne itse.',
    detailsLabel: 'Puhelun tiedot tukea varten',
    dismiss: 'Sulje',
    transientHint:
      'Puhelut ovat toimineet sinulla tässä verkossa aiemmin, joten ongelma on luultavasti tilapäinen: yritä uudelleen.',
    persistentHint:
      'Puhelut epäonnistuvat tässä verkossa toistuvasti, joten uudelleenyrittäminen tuskin auttaa. Tarkista verkko tai lähetä raportti IT-järjestelmänvalvojallesi.',
  },
  toast: {
    recoveredTitle: 'Yhteys palautettu',
    recoveredBody: 'Verkkosi saa taas yhteyden puhelupalvelimiin.',
  },
  panel: {
    title: 'Tarkista palomuuri ja verkko',
    close: 'Sulje',
    intro:
      'Puheluiden on saatava yhteys Azure Communication Servicesin medianvälityspalvelimiin. Kun palomuuri, VPN tai välityspalvelin estää ne, puhelu päättyy virheeseen 410/3112.',
    failedCall: 'Edellinen puhelusi päättyi virheeseen {code} (puhelun tunnus {callId}).',
    checklistTitle: 'Tarkistettavat asiat',
    checkMediaPorts: 'Salli UDP-portit 3478–3481 ja TCP-portti 443 osoitealueelle {range}.',
    checkSignalling: 'Salli TCP-portit 443 ja 80 kohteisiin {domains}.',
    checkUdp:
      'Varmista, ettei palomuuri estä UDP:tä: puhelut toimivat parhaiten UDP:llä ja käyttävät varalla TCP 443:a.',
    checkNat:
      'Tarkista NAT-asetukset: palomuuri ei saa kirjoittaa uudelleen UDP:n määritettyjä osoitteita tai portteja, ja NAT-varannon on oltava riittävän suuri.',
    checkVpn: 'Käytä VPN:ssä jaettua tunnelointia, jotta puheluliikenne kulkee suoraan internetiin eikä VPN:n kautta.',
    checkCorporate:
      'Yritysverkossa organisaatiosi palomuuri voi tarvita samat säännöt. Lähetä alla olevat tiedot IT-järjestelmänvalvojallesi.',
    checkCustomTurn:
      'Jos sovellus käyttää omia TURN-palvelimia, varmista, ettei niiden IP-osoitetta, porttia ja protokollaa (UDP, TCP tai TLS) ole estetty.',
    rulesTitle: 'Sallittavat säännöt',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Jos puhelut yleensä toimivat sinulla, verkkosi on ehkä muuttunut: yritä uudelleen. Jos kaikki puhelut epäonnistuvat, verkon määritykset on korjattava; uudelleenyrittäminen ei auta.',
    adminTitle: 'IT-järjestelmänvalvojallesi',
    adminIntro: 'Kopioi tämä ja lähetä se verkkoasi hallinnoivalle henkilölle.',
    copyAdmin: 'Kopioi IT-järjestelmänvalvojalle',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi epäonnistui. Valitse teksti ja kopioi se itse.',
    adminText: {
      heading: 'Azure Communication Services -puhelut on estetty tässä verkossa.',
      rulesHeading: 'Salli seuraavat:',
      nat: 'Älä kirjoita uudelleen UDP:n määritettyjä NAT-osoitteita tai -portteja; pidä NAT-varanto riittävän suurena.',
      vpn: 'Jätä tämä liikenne VPN-tunnelien ulkopuolelle (jaettu tunnelointi).',
      customTurn: 'Jos sovellus käyttää omia TURN-palvelimia, avaa niiden IP, portti ja protokolla.',
      detailsHeading: 'Puhelun tiedot:',
    },
  },
  details: {
    callId: 'Puhelun tunnus',
    participantId: 'Osallistujan tunnus',
    code: 'Virhekoodi',
    time: 'Aika',
    relaysUnreachableSince: 'Välityspalvelimet tavoittamattomissa alkaen',
    relayStatus: 'Välityspalvelinten tila',
    unknown: 'tuntematon',
  },
  report: {
    title: 'Tukiraportti',
    intro:
      'Kaikki, mitä tuki tarvitsee tämän puhelun löytämiseen. Salasanat, tunnukset ja TURN-tunnistetiedot poistetaan ennen kuin raportti lähtee tältä sivulta.',
    previewLabel: 'Tukiraportin esikatselu',
    copy: 'Kopioi raportti',
    download: 'Lataa raportti',
    copied: 'Raportti kopioitu',
    copyFailed: 'Raporttia ei voitu kopioida. Lataa se sen sijaan tai valitse teksti ja kopioi se itse.',
    downloaded: 'Raportti ladattu',
    downloadFailed: 'Raporttia ei voitu ladata. Kopioi se sen sijaan.',
  },
  purpose: {
    media: 'media',
    signalling: 'signalointi',
  },
  endCodes: {
    relaysNotReachable: 'Verkkosi esti puhelun mediayhteyden.',
    setupNetworkUnexpected: 'Puhelua ei voitu aloittaa odottamattoman verkko-ongelman vuoksi.',
    droppedNetworkUnexpected: 'Puhelu katkesi odottamattoman verkko-ongelman vuoksi.',
    mediaOfferFailed: 'Puhelu ei voinut määrittää ääntä ja videota.',
    noMediaConnectivitySetup: 'Puhelu ei voinut yhdistää ääntä ja videota. Palomuuri tai VPN saattaa estää sen.',
    mediaConnectivityLost: 'Puhelun ääni- ja videoyhteys katkesi.',
    httpRequestFailed: 'Selain ei voinut suorittaa puhelun verkkopyyntöä loppuun.',
    networkLostNoReconnect: 'Laitteesi verkkoyhteys katkesi, eikä se voinut muodostaa yhteyttä uudelleen.',
    infrastructureUnreachable: 'Laitteesi ei saanut yhteyttä puhelupalveluun.',
    mediaStackError: 'Ääni ja video lakkasivat toimimasta tässä laitteessa.',
    localNetworkIssue: 'Tämän laitteen verkko-ongelma päätti puhelun.',
    serviceError: 'Puhelupalvelussa oli ongelma.',
    unknown: 'Puhelu päättyi odottamatta.',
  },
  network: {
    noNetworkTitle: 'Olet offline-tilassa',
    noNetworkBody:
      'Laitteellasi ei ole verkkoyhteyttä. Tarkista Wi-Fi tai verkkokaapeli; puhelu jatkuu, kun yhteys palaa.',
    relaysUnreachableTitle: 'Puhelupalvelimiin ei saada yhteyttä',
    reconnectingTitle: 'Yhdistetään uudelleen…',
    reconnectingBody: 'Puhelun ääni- ja videoyhteys katkesi, ja se yrittää muodostaa yhteyden uudelleen.',
    reconnectFailedTitle: 'Puhelua ei voitu yhdistää uudelleen',
    reconnectFailedBody: 'Verkko katkesi, eikä puhelua voitu yhdistää uudelleen. Tarkista yhteys ja liity uudelleen.',
    sendQualityBadTitle: 'Muut eivät ehkä kuule tai näe sinua',
    sendQualityBadBody:
      'Verkollasi on vaikeuksia lähettää ääntä ja videota. Siirry lähemmäs Wi-Fi-reititintä tai sulje muut verkkoa käyttävät sovellukset.',
    sendQualityPoorTitle: 'Verkkoyhteyden laatu on huono',
    sendQualityPoorBody: 'Muut saattavat kuulla tai nähdä sinut viiveellä.',
    receiveQualityBadTitle: 'Et ehkä kuule tai näe muita',
    receiveQualityBadBody:
      'Verkollasi on vaikeuksia vastaanottaa ääntä ja videota. Siirry lähemmäs Wi-Fi-reititintä tai sulje muut verkkoa käyttävät sovellukset.',
    receiveQualityPoorTitle: 'Saapuva ääni ja video voivat pätkiä',
    receiveQualityPoorBody: 'Verkkosi vastaanottaa hitaasti.',
    since: 'Alkaen {time}',
    moreIssuesOne: '+1 muu ongelma',
    moreIssuesMany: '+{count} muuta ongelmaa',
    endTitles: {
      relaysNotReachable: 'Puhelua ei voitu yhdistää: verkkosi esti sen',
      setupNetworkUnexpected: 'Puhelua ei voitu aloittaa verkko-ongelman vuoksi',
      droppedNetworkUnexpected: 'Puhelu katkesi verkko-ongelman vuoksi',
      mediaOfferFailed: 'Puhelu ei voinut määrittää ääntä ja videota',
      noMediaConnectivitySetup: 'Puhelu ei voinut yhdistää ääntä ja videota',
      mediaConnectivityLost: 'Puhelun ääni- ja videoyhteys katkesi',
      httpRequestFailed: 'Puhelun verkkopyyntö epäonnistui',
      networkLostNoReconnect: 'Puhelu päättyi: verkkoyhteys katkesi',
      infrastructureUnreachable: 'Puhelu ei saanut yhteyttä puhelupalveluun',
      mediaStackError: 'Puhelu päättyi: ääni ja video lakkasivat toimimasta tässä laitteessa',
      localNetworkIssue: 'Puhelu päättyi tämän laitteen verkko-ongelman vuoksi',
      serviceError: 'Puhelu päättyi: puhelupalvelussa oli ongelma',
      unknown: 'Puhelu päättyi odottamatta',
    },
    actions: {
      retry: 'Yritä uudelleen: tämä on usein tilapäistä.',
      'fix-network': 'Tarkista verkko: tavallinen syy on palomuuri, VPN tai heikko yhteys.',
      'contact-support': 'Jos tätä tapahtuu jatkuvasti, kopioi tiedot ja ota yhteyttä tukeen.',
      'update-environment': 'Päivitä selain ja käytä tuettua laitetta, ja yritä sitten uudelleen.',
    },
  },
  probe: {
    title: 'Testaa yhteyteni',
    intro:
      'Tarkista tästä laitteesta, saako sovelluksen välityspalvelimiin yhteyden UDP:n, TCP:n ja TLS:n kautta. Tämä kestää muutaman sekunnin, eikä se lähetä ääntä tai videota.',
    noServers:
      'Tämä sovellus käyttää Azure Communication Servicesin omia välityspalvelimia. Niiden testaaminen vaatii sovellukselta välitystunnistetiedot, eikä se ole antanut niitä, joten testi ei ole käytettävissä tässä. Yllä oleva tarkistuslista on edelleen voimassa.',
    start: 'Testaa yhteyteni',
    again: 'Testaa uudelleen',
    cancel: 'Peruuta testi',
    running: 'Testataan {count} välitysosoitetta…',
    progressLabel: 'Välitystestin edistyminen',
    cancelled: 'Testi peruutettiin.',
    resultsLabel: 'Tulos välitysosoitteittain',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Mitä tämä tarkoittaa',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'toimii',
      'auth-failed': 'hylkäsi sovelluksen tunnistetiedot',
      unreachable: 'estetty tai tavoittamattomissa',
      'server-error': 'palvelin vastasi virheellä',
      'invalid-url': 'ei kelvollinen välitysosoite',
      timeout: 'ei vastausta (luultavasti estetty)',
      unsupported: 'ei testattavissa tässä',
    },
    verdicts: {
      'all-reachable':
        'Kaikki välityspalvelimet toimivat tästä verkosta. Jos puhelut epäonnistuvat edelleen, syy on muualla: yritä uudelleen tai lähetä tiedot tukeen.',
      'udp-blocked-tcp-works':
        'UDP on estetty, mutta {working} toimii: puhelut voivat yhdistyä, ja ääni ja video välitetään TCP:n kautta, joten laatu voi heikentyä. Pyydä IT-järjestelmänvalvojaa sallimaan UDP välityspalvelimiin.',
      'partly-reachable':
        'Osa välityspalvelimista toimii ({working}), osa on estetty ({blocked}). Puheluiden pitäisi yhdistyä; lähetä tiedot IT-järjestelmänvalvojalle, jotta loputkin voidaan avata.',
      'auth-failed':
        'Välityspalvelimet hylkäsivät sovelluksen tunnistetiedot. Kyse on sovelluksen määrityksistä, ei verkostasi: ota yhteyttä sovelluksen tukeen.',
      'server-error':
        'Välityspalvelimet vastasivat virheellä. Syy ei luultavasti ole verkossasi: ota yhteyttä sovelluksen tukeen.',
      'all-blocked':
        'Kaikki välityspalvelimet on estetty tästä verkosta: juuri tämä päättää puhelut virheeseen 410/3112. Lähetä tiedot IT-järjestelmänvalvojalle tai kokeile toista verkkoa.',
      'no-testable-servers': 'Mitään sovelluksen välitysosoitteista ei voi testata tässä.',
      'no-webrtc':
        'Tämä selain ei voi suorittaa testiä (siinä ei ole WebRTC:tä). Käytä Edgen, Chromen, Firefoxin tai Safarin uutta versiota.',
    },
    adminHeading: 'Välitystesti tästä laitteesta:',
    adminVerdict: 'Arvio: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', virhe {code}',
  },
};
