import type { CallDiagnosticsStrings } from '../en-US.js';

/** Czech (Czechia). Machine-written: wants a native speaker's review (docs/localization.md). */
export const csCZ: CallDiagnosticsStrings = {
  locale: 'cs-CZ',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Potíže s připojením k serverům hovoru',
    relaysUnreachableBody:
      'Vaše síť blokuje připojení, které potřebuje zvuk a video hovoru. Pokud to bude pokračovat, hovor může selhat.',
    relaysUnreachableSince: 'Od {time}',
    endedTitle: 'Hovor skončil kvůli problému se sítí',
    relayFailureTitle: 'Hovor se nepodařilo připojit: vaše síť ho zablokovala',
    relayFailureBody:
      'Vaše zařízení se nemohlo spojit s přenosovými servery, které přenášejí zvuk a video hovoru. Obvykle za to může brána firewall, VPN nebo zásady sítě.',
    code: 'Kód chyby {code}',
    callId: 'ID hovoru: {callId}',
    retry: 'Zkusit znovu',
    checkNetwork: 'Zkontrolovat síť',
    copyDetails: 'Kopírovat podrobnosti',
    copied: 'Podrobnosti zkopírovány',
    copyFailed: 'Kopírování se nezdařilo. Vyberte podrobnosti níže a zkopírujte je sami.',
    detailsLabel: 'Podrobnosti o hovoru pro podporu',
    dismiss: 'Zavřít',
    transientHint:
      'Hovory vám v této síti už dříve fungovaly, takže jde pravděpodobně o dočasný problém: zkuste to znovu.',
    persistentHint:
      'Hovory v této síti opakovaně selhávají, takže další pokus asi nepomůže. Zkontrolujte síť nebo pošlete zprávu správci IT.',
  },
  toast: {
    recoveredTitle: 'Připojení obnoveno',
    recoveredBody: 'Vaše síť se opět může spojit se servery hovoru.',
  },
  panel: {
    title: 'Zkontrolujte bránu firewall a síť',
    close: 'Zavřít',
    intro:
      'Hovory se musí spojit s mediálními přenosovými servery Azure Communication Services. Když je brána firewall, VPN nebo proxy blokuje, hovor skončí chybou 410/3112.',
    failedCall: 'Váš poslední hovor skončil chybou {code} (ID hovoru {callId}).',
    checklistTitle: 'Co zkontrolovat',
    checkMediaPorts: 'Povolte porty UDP 3478–3481 a port TCP 443 do rozsahu adres {range}.',
    checkSignalling: 'Povolte porty TCP 443 a 80 do {domains}.',
    checkUdp:
      'Ujistěte se, že brána firewall neblokuje UDP: hovory fungují nejlépe přes UDP a náhradně používají TCP 443.',
    checkNat:
      'Zkontrolujte nastavení NAT: brána firewall nesmí přepisovat namapované adresy ani porty UDP a fond NAT musí být dostatečně velký.',
    checkVpn: 'Ve VPN použijte rozdělené tunelování, aby provoz hovoru šel přímo do internetu, a ne přes VPN.',
    checkCorporate:
      'Ve firemní síti může brána firewall vaší organizace potřebovat stejná pravidla. Pošlete podrobnosti níže správci IT.',
    checkCustomTurn:
      'Pokud tato aplikace používá vlastní servery TURN, ověřte, že jejich IP adresa, port a protokol (UDP, TCP nebo TLS) nejsou blokované.',
    rulesTitle: 'Pravidla k povolení',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Pokud vám hovory obvykle fungují, vaše síť se možná změnila: zkuste to znovu. Pokud selhává každý hovor, je třeba opravit konfiguraci sítě; další pokus nepomůže.',
    adminTitle: 'Pro správce IT',
    adminIntro: 'Zkopírujte tento text a pošlete ho tomu, kdo spravuje vaši síť.',
    copyAdmin: 'Kopírovat pro správce IT',
    copied: 'Zkopírováno',
    copyFailed: 'Kopírování se nezdařilo. Vyberte text a zkopírujte ho sami.',
    adminText: {
      heading: 'Hovory Azure Communication Services jsou v této síti blokované.',
      rulesHeading: 'Povolte prosím:',
      nat: 'Nepřepisujte namapované adresy ani porty NAT pro UDP; udržujte dostatečně velký fond NAT.',
      vpn: 'Vyjměte tento provoz z tunelů VPN (rozdělené tunelování).',
      customTurn: 'Pokud aplikace používá vlastní servery TURN, otevřete jejich IP, port a protokol.',
      detailsHeading: 'Podrobnosti o hovoru:',
    },
  },
  details: {
    callId: 'ID hovoru',
    participantId: 'ID účastníka',
    code: 'Kód chyby',
    time: 'Čas',
    relaysUnreachableSince: 'Přenosové servery nedostupné od',
    relayStatus: 'Stav přenosových serverů',
    unknown: 'neznámé',
  },
  report: {
    title: 'Zpráva pro podporu',
    intro:
      'Vše, co podpora potřebuje k dohledání tohoto hovoru. Hesla, tokeny a přihlašovací údaje TURN se odstraní dřív, než zpráva opustí tuto stránku.',
    previewLabel: 'Náhled zprávy pro podporu',
    copy: 'Kopírovat zprávu',
    download: 'Stáhnout zprávu',
    copied: 'Zpráva zkopírována',
    copyFailed: 'Zprávu se nepodařilo zkopírovat. Stáhněte ji, nebo vyberte text a zkopírujte ho sami.',
    downloaded: 'Zpráva stažena',
    downloadFailed: 'Zprávu se nepodařilo stáhnout. Zkopírujte ji.',
  },
  purpose: {
    media: 'média',
    signalling: 'signalizace',
  },
  endCodes: {
    relaysNotReachable: 'Vaše síť zablokovala mediální připojení hovoru.',
    setupNetworkUnexpected: 'Hovor se nepodařilo zahájit kvůli neočekávanému problému se sítí.',
    droppedNetworkUnexpected: 'Hovor byl odpojen kvůli neočekávanému problému se sítí.',
    mediaOfferFailed: 'Hovoru se nepodařilo nastavit zvuk a video.',
    noMediaConnectivitySetup: 'Hovoru se nepodařilo připojit zvuk a video. Možná ho blokuje brána firewall nebo VPN.',
    mediaConnectivityLost: 'Hovor ztratil zvukové a video připojení.',
    httpRequestFailed: 'Prohlížeč nemohl dokončit síťový požadavek pro hovor.',
    networkLostNoReconnect: 'Vaše zařízení ztratilo připojení k síti a nemohlo se znovu připojit.',
    infrastructureUnreachable: 'Vaše zařízení se nemohlo spojit se službou volání.',
    mediaStackError: 'Zvuk a video na tomto zařízení selhaly.',
    localNetworkIssue: 'Hovor ukončil problém se sítí na tomto zařízení.',
    serviceError: 'Ve službě volání došlo k problému.',
    unknown: 'Hovor neočekávaně skončil.',
  },
  network: {
    noNetworkTitle: 'Jste offline',
    noNetworkBody:
      'Vaše zařízení nemá připojení k síti. Zkontrolujte Wi-Fi nebo síťový kabel; hovor bude pokračovat, až se připojíte.',
    relaysUnreachableTitle: 'Potíže s připojením k serverům hovoru',
    reconnectingTitle: 'Obnovuje se připojení…',
    reconnectingBody: 'Hovor ztratil zvukové a video připojení a pokouší se ho obnovit.',
    reconnectFailedTitle: 'Hovor se nepodařilo znovu připojit',
    reconnectFailedBody:
      'Síť vypadla a hovor se nemohl znovu připojit. Zkontrolujte připojení a znovu se připojte k hovoru.',
    sendQualityBadTitle: 'Ostatní vás možná neslyší nebo nevidí',
    sendQualityBadBody:
      'Vaše síť má potíže s odesíláním zvuku a videa. Přesuňte se blíž k Wi-Fi nebo zavřete jiné aplikace, které používají síť.',
    sendQualityPoorTitle: 'Kvalita sítě je nízká',
    sendQualityPoorBody: 'Ostatní vás mohou slyšet nebo vidět se zpožděním.',
    receiveQualityBadTitle: 'Možná neuslyšíte nebo neuvidíte ostatní',
    receiveQualityBadBody:
      'Vaše síť má potíže s příjmem zvuku a videa. Přesuňte se blíž k Wi-Fi nebo zavřete jiné aplikace, které používají síť.',
    receiveQualityPoorTitle: 'Příchozí zvuk a video se mohou trhat',
    receiveQualityPoorBody: 'Vaše síť přijímá data pomalu.',
    since: 'Od {time}',
    moreIssuesOne: '+1 další problém',
    moreIssuesMany: '+{count} dalších problémů',
    endTitles: {
      relaysNotReachable: 'Hovor se nepodařilo připojit: vaše síť ho zablokovala',
      setupNetworkUnexpected: 'Hovor se nepodařilo zahájit kvůli problému se sítí',
      droppedNetworkUnexpected: 'Hovor byl odpojen kvůli problému se sítí',
      mediaOfferFailed: 'Hovoru se nepodařilo nastavit zvuk a video',
      noMediaConnectivitySetup: 'Hovoru se nepodařilo připojit zvuk a video',
      mediaConnectivityLost: 'Hovor ztratil zvukové a video připojení',
      httpRequestFailed: 'Síťový požadavek hovoru selhal',
      networkLostNoReconnect: 'Hovor skončil: připojení k síti bylo ztraceno',
      infrastructureUnreachable: 'Hovor se nemohl spojit se službou volání',
      mediaStackError: 'Hovor skončil: zvuk a video na tomto zařízení selhaly',
      localNetworkIssue: 'Hovor skončil kvůli problému se sítí na tomto zařízení',
      serviceError: 'Hovor skončil: ve službě volání došlo k problému',
      unknown: 'Hovor neočekávaně skončil',
    },
    actions: {
      retry: 'Zkuste to znovu: často jde o dočasný problém.',
      'fix-network': 'Zkontrolujte síť: obvyklou příčinou je brána firewall, VPN nebo slabé připojení.',
      'contact-support': 'Pokud se to opakuje, zkopírujte podrobnosti a obraťte se na podporu.',
      'update-environment': 'Aktualizujte prohlížeč, použijte podporované zařízení a zkuste to znovu.',
    },
  },
  probe: {
    title: 'Otestovat připojení',
    intro:
      'Ověřte z tohoto zařízení, zda jsou přenosové servery této aplikace dostupné přes UDP, TCP a TLS. Trvá to několik sekund a neodesílá se žádný zvuk ani video.',
    noServers:
      'Tato aplikace používá vlastní přenosové servery Azure Communication Services. K jejich otestování jsou potřeba přihlašovací údaje od aplikace, které neposkytla, takže test tu není k dispozici. Kontrolní seznam výše stále platí.',
    start: 'Otestovat připojení',
    again: 'Otestovat znovu',
    cancel: 'Zrušit test',
    running: 'Testuje se {count} adres přenosových serverů…',
    progressLabel: 'Průběh testu přenosových serverů',
    cancelled: 'Test byl zrušen.',
    resultsLabel: 'Výsledek pro každou adresu',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Co to znamená',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'funguje',
      'auth-failed': 'odmítl přihlašovací údaje aplikace',
      unreachable: 'blokováno nebo nedostupné',
      'server-error': 'server odpověděl chybou',
      'invalid-url': 'neplatná adresa přenosového serveru',
      timeout: 'bez odpovědi (pravděpodobně blokováno)',
      unsupported: 'zde nelze otestovat',
    },
    verdicts: {
      'all-reachable':
        'Všechny přenosové servery z této sítě fungují. Pokud hovory stále selhávají, příčina je jinde: zkuste to znovu nebo pošlete podrobnosti podpoře.',
      'udp-blocked-tcp-works':
        'UDP je blokované, ale {working} funguje: hovory se mohou připojit a zvuk a video půjdou přes TCP, takže kvalita může klesnout. Požádejte správce IT, aby povolil UDP k přenosovým serverům.',
      'partly-reachable':
        'Některé přenosové servery fungují ({working}), jiné jsou blokované ({blocked}). Hovory by se měly připojit; pošlete podrobnosti správci IT, aby otevřel zbytek.',
      'auth-failed':
        'Přenosové servery odmítly přihlašovací údaje aplikace. Jde o problém s konfigurací aplikace, ne s vaší sítí: obraťte se na podporu aplikace.',
      'server-error':
        'Přenosové servery odpověděly chybou. Pravděpodobně nejde o vaši síť: obraťte se na podporu aplikace.',
      'all-blocked':
        'Všechny přenosové servery jsou z této sítě blokované: právě to ukončuje hovory chybou 410/3112. Pošlete podrobnosti správci IT nebo zkuste jinou síť.',
      'no-testable-servers': 'Žádnou z adres přenosových serverů aplikace tu nelze otestovat.',
      'no-webrtc':
        'Tento prohlížeč test nespustí (nemá WebRTC). Použijte aktuální verzi prohlížeče Edge, Chrome, Firefox nebo Safari.',
    },
    adminHeading: 'Test přenosových serverů z tohoto zařízení:',
    adminVerdict: 'Výsledek: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', chyba {code}',
  },
};
