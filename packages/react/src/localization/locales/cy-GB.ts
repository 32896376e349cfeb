import type { CallDiagnosticsStrings } from '../en-US.js';

/** Welsh (United Kingdom). Machine-written: wants a native speaker's review (docs/localization.md). */
export const cyGB: CallDiagnosticsStrings = {
  locale: 'cy-GB',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Trafferth cyrraedd gweinyddion yr alwad',
    relaysUnreachableBody:
      'Mae eich rhwydwaith yn rhwystro’r cysylltiad sydd ei angen ar sain a fideo eich galwad. Gall yr alwad fethu os bydd hyn yn parhau.',
    relaysUnreachableSince: 'Ers {time}',
    endedTitle: 'Daeth eich galwad i ben oherwydd problem rhwydwaith',
    relayFailureTitle: 'Doedd dim modd cysylltu’ch galwad: roedd eich rhwydwaith wedi’i rhwystro',
    relayFailureBody:
      'Doedd eich dyfais ddim yn gallu cyrraedd y gweinyddion cyfnewid sy’n cario sain a fideo’r alwad. Wal dân, VPN neu bolisi rhwydwaith sydd fel arfer yn achosi hyn.',
    code: 'Cod gwall {code}',
    callId: 'ID yr alwad: {callId}',
    retry: 'Rhowch gynnig arall arni',
    checkNetwork: 'Gwirio’ch rhwydwaith',
    copyDetails: 'Copïo’r manylion',
    copied: 'Manylion wedi’u copïo',
    copyFailed: 'Doedd dim modd copïo. Dewiswch y manylion isod a’u copïo eich hun.',
    detailsLabel: 'Manylion yr alwad ar gyfer cymorth',
    dismiss: 'Cau',
    transientHint:
      'Mae galwadau wedi gweithio i chi ar y rhwydwaith hwn o’r blaen, felly dros dro yw hyn mae’n debyg: rhowch gynnig arall arni.',
    persistentHint:
      'Mae galwadau’n methu dro ar ôl tro ar y rhwydwaith hwn, felly mae’n annhebygol y bydd rhoi cynnig arall arni’n helpu. Gwiriwch eich rhwydwaith neu anfonwch yr adroddiad at eich gweinyddwr TG.',
  },
  toast: {
    recoveredTitle: 'Cysylltiad wedi’i adfer',
    recoveredBody: 'Mae eich rhwydwaith yn gallu cyrraedd gweinyddion yr alwad eto.',
  },
  panel: {
    title: 'Gwiriwch eich wal dân a’ch rhwydwaith',
    close: 'Cau',
    intro:
      'Mae angen i alwadau gyrraedd cyfnewidwyr cyfryngau Azure Communication Services. Pan fydd wal dân, VPN neu ddirprwy yn eu rhwystro, mae’r alwad yn dod i ben gyda gwall 410/3112.',
    failedCall: 'Daeth eich galwad ddiwethaf i ben gyda gwall {code} (ID yr alwad {callId}).',
    checklistTitle: 'Beth i’w wirio',
    checkMediaPorts: 'Caniatewch borthladdoedd UDP 3478–3481 a phorthladd TCP 443 i’r ystod cyfeiriadau {range}.',
    checkSignalling: 'Caniatewch borthladdoedd TCP 443 ac 80 i {domains}.',
    checkUdp:
      'Gwnewch yn siŵr nad yw eich wal dân yn rhwystro UDP: mae galwadau’n gweithio orau dros UDP ac yn troi at TCP 443 fel arall.',
    checkNat:
      'Gwiriwch eich gosodiadau NAT: rhaid i’r wal dân beidio ag ailysgrifennu cyfeiriadau na phorthladdoedd UDP wedi’u mapio, a rhaid i’r gronfa NAT fod yn ddigon mawr.',
    checkVpn:
      'Ar VPN, defnyddiwch dwnelu hollt fel bod traffig yr alwad yn mynd yn syth i’r rhyngrwyd yn hytrach na thrwy’r VPN.',
    checkCorporate:
      'Ar rwydwaith cwmni, efallai y bydd angen yr un rheolau ar wal dân eich sefydliad. Anfonwch y manylion isod at eich gweinyddwr TG.',
    checkCustomTurn:
      'Os yw’r ap hwn yn defnyddio ei weinyddion TURN ei hun, gwnewch yn siŵr nad yw eu cyfeiriad IP, eu porthladd na’u protocol (UDP, TCP neu TLS) wedi’u rhwystro.',
    rulesTitle: 'Rheolau i’w caniatáu',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Os yw galwadau fel arfer yn gweithio i chi, efallai bod eich rhwydwaith wedi newid: rhowch gynnig arall arni. Os yw pob galwad yn methu, mae angen trwsio ffurfweddiad y rhwydwaith; fydd rhoi cynnig arall arni ddim yn helpu.',
    adminTitle: 'Ar gyfer eich gweinyddwr TG',
    adminIntro: 'Copïwch hwn a’i anfon at bwy bynnag sy’n rheoli eich rhwydwaith.',
    copyAdmin: 'Copïo ar gyfer eich gweinyddwr TG',
    copied: 'Wedi copïo',
    copyFailed: 'Doedd dim modd copïo. Dewiswch y testun a’i gopïo eich hun.',
    adminText: {
      heading: 'Mae galwadau Azure Communication Services wedi’u rhwystro ar y rhwydwaith hwn.',
      rulesHeading: 'Caniatewch y canlynol:',
      nat: 'Peidiwch ag ailysgrifennu cyfeiriadau na phorthladdoedd NAT wedi’u mapio ar gyfer UDP; cadwch y gronfa NAT yn ddigon mawr.',
      vpn: 'Eithriwch y traffig hwn o dwneli VPN (twnelu hollt).',
      customTurn: 'Os yw’r ap yn defnyddio gweinyddion TURN personol, agorwch eu IP, eu porthladd a’u protocol.',
      detailsHeading: 'Manylion yr alwad:',
    },
  },
  details: {
    callId: 'ID yr alwad',
    participantId: 'ID y cyfranogwr',
    code: 'Cod gwall',
    time: 'Amser',
    relaysUnreachableSince: 'Cyfnewidwyr heb fod ar gael ers',
    relayStatus: 'Statws y cyfnewidwyr',
    unknown: 'anhysbys',
  },
  report: {
    title: 'Adroddiad cymorth',
    intro:
      'Popeth sydd ei angen ar y tîm cymorth i ddod o hyd i’r alwad hon. Caiff cyfrineiriau, tocynnau a manylion mewngofnodi TURN eu tynnu cyn iddo adael y dudalen hon.',
    previewLabel: 'Rhagolwg o’r adroddiad cymorth',
    copy: 'Copïo’r adroddiad',
    download: 'Llwytho’r adroddiad i lawr',
    copied: 'Adroddiad wedi’i gopïo',
    copyFailed:
      'Doedd dim modd copïo’r adroddiad. Llwythwch ef i lawr yn lle hynny, neu dewiswch y testun a’i gopïo eich hun.',
    downloaded: 'Adroddiad wedi’i lwytho i lawr',
    downloadFailed: 'Doedd dim modd llwytho’r adroddiad i lawr. Copïwch ef yn lle hynny.',
  },
  purpose: {
    media: 'cyfryngau',
    signalling: 'signalau',
  },
  endCodes: {
    relaysNotReachable: 'Roedd eich rhwydwaith wedi rhwystro cysylltiad cyfryngau’r alwad.',
    setupNetworkUnexpected: 'Doedd dim modd dechrau’r alwad oherwydd problem rhwydwaith annisgwyl.',
    droppedNetworkUnexpected: 'Cafodd yr alwad ei datgysylltu oherwydd problem rhwydwaith annisgwyl.',
    mediaOfferFailed: 'Doedd dim modd i’r alwad osod ei sain a’i fideo.',
    noMediaConnectivitySetup:
      'Doedd dim modd i’r alwad gysylltu ei sain a’i fideo. Efallai fod wal dân neu VPN yn ei rhwystro.',
    mediaConnectivityLost: 'Collodd yr alwad ei chysylltiad sain a fideo.',
    httpRequestFailed: 'Doedd y porwr ddim yn gallu cwblhau cais rhwydwaith ar gyfer yr alwad.',
    networkLostNoReconnect: 'Collodd eich dyfais ei chysylltiad rhwydwaith a doedd dim modd ailgysylltu.',
    infrastructureUnreachable: 'Doedd eich dyfais ddim yn gallu cyrraedd y gwasanaeth galw.',
    mediaStackError: 'Methodd y sain a’r fideo ar y ddyfais hon.',
    localNetworkIssue: 'Daeth problem rhwydwaith ar y ddyfais hon â’r alwad i ben.',
    serviceError: 'Cafodd y gwasanaeth galw broblem.',
    unknown: 'Daeth yr alwad i ben yn annisgwyl.',
  },
  network: {
    noNetworkTitle: 'Rydych chi all-lein',
    noNetworkBody:
      'Does gan eich dyfais ddim cysylltiad rhwydwaith. Gwiriwch y Wi-Fi neu gebl y rhwydwaith; bydd yr alwad yn parhau pan fyddwch yn ôl.',
    relaysUnreachableTitle: 'Trafferth cyrraedd gweinyddion yr alwad',
    reconnectingTitle: 'Wrthi’n ailgysylltu…',
    reconnectingBody: 'Collodd yr alwad ei chysylltiad sain a fideo ac mae’n ceisio ailgysylltu.',
    reconnectFailedTitle: 'Doedd dim modd ailgysylltu’ch galwad',
    reconnectFailedBody:
      'Torrodd y rhwydwaith a doedd dim modd i’r alwad ailgysylltu. Gwiriwch eich cysylltiad ac ymunwch eto.',
    sendQualityBadTitle: 'Efallai na fydd eraill yn eich clywed na’ch gweld',
    sendQualityBadBody:
      'Mae eich rhwydwaith yn cael trafferth anfon sain a fideo. Ewch yn nes at y Wi-Fi neu caewch apiau eraill sy’n defnyddio’r rhwydwaith.',
    sendQualityPoorTitle: 'Mae ansawdd y rhwydwaith yn isel',
    sendQualityPoorBody: 'Efallai y bydd eraill yn eich clywed neu’n eich gweld gydag oedi.',
    receiveQualityBadTitle: 'Efallai na fyddwch yn clywed nac yn gweld eraill',
    receiveQualityBadBody:
      'Mae eich rhwydwaith yn cael trafferth derbyn sain a fideo. Ewch yn nes at y Wi-Fi neu caewch apiau eraill sy’n defnyddio’r rhwydwaith.',
    receiveQualityPoorTitle: 'Gall y sain a’r fideo sy’n dod i mewn fod yn herciog',
    receiveQualityPoorBody: 'Mae eich rhwydwaith yn derbyn yn araf.',
    since: 'Ers {time}',
    moreIssuesOne: '+1 problem arall',
    moreIssuesMany: '+{count} problem arall',
    endTitles: {
      relaysNotReachable: 'Doedd dim modd cysylltu’ch galwad: roedd eich rhwydwaith wedi’i rhwystro',
      setupNetworkUnexpected: 'Doedd dim modd dechrau’ch galwad oherwydd problem rhwydwaith',
      droppedNetworkUnexpected: 'Cafodd eich galwad ei datgysylltu oherwydd problem rhwydwaith',
      mediaOfferFailed: 'Doedd dim modd i’ch galwad osod sain a fideo',
      noMediaConnectivitySetup: 'Doedd dim modd i’ch galwad gysylltu ei sain a’i fideo',
      mediaConnectivityLost: 'Collodd eich galwad ei chysylltiad sain a fideo',
      httpRequestFailed: 'Methodd cais rhwydwaith ar gyfer eich galwad',
      networkLostNoReconnect: 'Daeth eich galwad i ben: collwyd y cysylltiad â’r rhwydwaith',
      infrastructureUnreachable: 'Doedd dim modd i’ch galwad gyrraedd y gwasanaeth galw',
      mediaStackError: 'Daeth eich galwad i ben: methodd y sain a’r fideo ar y ddyfais hon',
      localNetworkIssue: 'Daeth eich galwad i ben oherwydd problem rhwydwaith ar y ddyfais hon',
      serviceError: 'Daeth eich galwad i ben: cafodd y gwasanaeth galw broblem',
      unknown: 'Daeth eich galwad i ben yn annisgwyl',
    },
    actions: {
      retry: 'Rhowch gynnig arall arni: mae hyn yn aml dros dro.',
      'fix-network': 'Gwiriwch eich rhwydwaith: wal dân, VPN neu gysylltiad gwan yw’r achos arferol.',
      'contact-support': 'Os yw hyn yn dal i ddigwydd, copïwch y manylion a chysylltwch â’r tîm cymorth.',
      'update-environment': 'Diweddarwch eich porwr a defnyddiwch ddyfais a gefnogir, yna rhowch gynnig arall arni.',
    },
  },
  probe: {
    title: 'Profi fy nghysylltiad',
    intro:
      'Gwiriwch o’r ddyfais hon a oes modd cyrraedd gweinyddion cyfnewid yr ap hwn dros UDP, TCP a TLS. Mae’n cymryd ychydig eiliadau a dydy e ddim yn anfon sain na fideo.',
    noServers:
      'Mae’r ap hwn yn defnyddio cyfnewidwyr Azure Communication Services ei hun. Mae angen manylion mewngofnodi cyfnewid gan yr ap i’w profi, a dydy’r ap ddim wedi rhoi rhai, felly dydy’r prawf ddim ar gael yma. Mae’r rhestr wirio uchod yn dal yn berthnasol.',
    start: 'Profi fy nghysylltiad',
    again: 'Profi eto',
    cancel: 'Canslo’r prawf',
    running: 'Wrthi’n profi {count} cyfeiriad cyfnewid…',
    progressLabel: 'Cynnydd y prawf cyfnewid',
    cancelled: 'Prawf wedi’i ganslo.',
    resultsLabel: 'Canlyniad fesul cyfeiriad cyfnewid',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Beth mae hyn yn ei olygu',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'yn gweithio',
      'auth-failed': 'wedi gwrthod manylion mewngofnodi’r ap',
      unreachable: 'wedi’i rwystro neu ddim ar gael',
      'server-error': 'atebodd y gweinydd gyda gwall',
      'invalid-url': 'ddim yn gyfeiriad cyfnewid dilys',
      timeout: 'dim ateb (wedi’i rwystro mae’n debyg)',
      unsupported: 'dim modd ei brofi yma',
    },
    verdicts: {
      'all-reachable':
        'Mae pob cyfnewidydd yn gweithio o’r rhwydwaith hwn. Os yw galwadau’n dal i fethu, mae’r achos yn rhywle arall: rhowch gynnig arall arni, neu anfonwch y manylion at y tîm cymorth.',
      'udp-blocked-tcp-works':
        'Mae UDP wedi’i rwystro, ond mae {working} yn gweithio: gall galwadau gysylltu, gyda’r sain a’r fideo’n mynd dros TCP, felly gall yr ansawdd ostwng. Gofynnwch i’ch gweinyddwr TG ganiatáu UDP i’r gweinyddion cyfnewid.',
      'partly-reachable':
        'Mae rhai cyfnewidwyr yn gweithio ({working}), ac eraill wedi’u rhwystro ({blocked}). Dylai galwadau gysylltu; anfonwch y manylion at eich gweinyddwr TG er mwyn iddo agor y gweddill.',
      'auth-failed':
        'Gwrthododd y gweinyddion cyfnewid fanylion mewngofnodi’r ap. Problem gyda ffurfweddiad yr ap yw hon, nid eich rhwydwaith: cysylltwch â thîm cymorth yr ap.',
      'server-error':
        'Atebodd y gweinyddion cyfnewid gyda gwall. Mae’n debyg nad eich rhwydwaith chi sydd ar fai: cysylltwch â thîm cymorth yr ap.',
      'all-blocked':
        'Mae pob cyfnewidydd wedi’i rwystro o’r rhwydwaith hwn: dyma sy’n dod â galwadau i ben gyda gwall 410/3112. Anfonwch y manylion at eich gweinyddwr TG, neu rhowch gynnig ar rwydwaith arall.',
      'no-testable-servers': 'Does dim modd profi unrhyw un o gyfeiriadau cyfnewid yr ap yma.',
      'no-webrtc':
        'Dydy’r porwr hwn ddim yn gallu rhedeg y prawf (does ganddo ddim WebRTC). Defnyddiwch fersiwn gyfredol o Edge, Chrome, Firefox neu Safari.',
    },
    adminHeading: 'Prawf cyfnewid o’r ddyfais hon:',
    adminVerdict: 'Dyfarniad: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', gwall {code}',
  },
};
