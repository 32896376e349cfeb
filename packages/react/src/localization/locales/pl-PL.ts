import type { CallDiagnosticsStrings } from '../en-US.js';

/** Polish (Poland). Machine-written: wants a native speaker's review (docs/localization.md). */
export const plPL: CallDiagnosticsStrings = {
  locale: 'pl-PL',
  dir: 'ltr',
  banner: {
    relaysUnreachableTitle: 'Problem z połączeniem z serwerami połączeń',
    relaysUnreachableBody:
      'Twoja sieć blokuje połączenie potrzebne do przesyłania dźwięku i wideo rozmowy. Jeśli to potrwa, rozmowa może się nie udać.',
    relaysUnreachableSince: 'Od {time}',
    endedTitle: 'Rozmowa zakończyła się z powodu problemu z siecią',
    relayFailureTitle: 'Nie udało się nawiązać rozmowy: Twoja sieć ją zablokowała',
    relayFailureBody:
      'Urządzenie nie mogło połączyć się z serwerami przekaźnikowymi, które przesyłają dźwięk i wideo rozmowy. Zwykle przyczyną jest zapora, sieć VPN lub zasady sieciowe.',
    code: 'Kod błędu {code}',
    callId: 'Identyfikator rozmowy: {callId}',
    retry: 'Spróbuj ponownie',
    checkNetwork: 'Sprawdź sieć',
    copyDetails: 'Kopiuj szczegóły',
    copied: 'Skopiowano szczegóły',
    copyFailed: 'Nie udało się skopiować. Zaznacz poniższe szczegóły i skopiuj je samodzielnie.',
    detailsLabel: 'Szczegóły rozmowy dla pomocy technicznej',
    dismiss: 'Zamknij',
    transientHint: 'Rozmowy działały już w tej sieci, więc problem jest prawdopodobnie tymczasowy: spróbuj ponownie.',
    persistentHint:
      'Rozmowy w tej sieci ciągle się nie udają, więc ponowna próba raczej nie pomoże. Sprawdź sieć lub wyślij raport do administratora IT.',
  },
  toast: {
    recoveredTitle: 'Przywrócono połączenie',
    recoveredBody: 'Twoja sieć znów może połączyć się z serwerami połączeń.',
  },
  panel: {
    title: 'Sprawdź zaporę i sieć',
    close: 'Zamknij',
    intro:
      'Rozmowy muszą docierać do przekaźników multimediów usługi Azure Communication Services. Gdy zapora, sieć VPN lub serwer proxy je blokuje, rozmowa kończy się błędem 410/3112.',
    failedCall: 'Ostatnia rozmowa zakończyła się błędem {code} (identyfikator rozmowy {callId}).',
    checklistTitle: 'Co sprawdzić',
    checkMediaPorts: 'Zezwól na porty UDP 3478–3481 i port TCP 443 do zakresu adresów {range}.',
    checkSignalling: 'Zezwól na porty TCP 443 i 80 do {domains}.',
    checkUdp:
      'Upewnij się, że zapora nie blokuje UDP: rozmowy działają najlepiej przez UDP, a awaryjnie używają TCP 443.',
    checkNat:
      'Sprawdź ustawienia NAT: zapora nie może przepisywać zamapowanych adresów ani portów UDP, a pula NAT musi być wystarczająco duża.',
    checkVpn:
      'W sieci VPN użyj tunelowania podzielonego, aby ruch rozmowy szedł bezpośrednio do internetu, a nie przez VPN.',
    checkCorporate:
      'W sieci firmowej zapora Twojej organizacji może wymagać tych samych reguł. Wyślij poniższe szczegóły do administratora IT.',
    checkCustomTurn:
      'Jeśli ta aplikacja używa własnych serwerów TURN, upewnij się, że ich adres IP, port i protokół (UDP, TCP lub TLS) nie są blokowane.',
    rulesTitle: 'Reguły do zezwolenia',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      'Jeśli rozmowy zwykle działają, Twoja sieć mogła się zmienić: spróbuj ponownie. Jeśli każda rozmowa się nie udaje, trzeba poprawić konfigurację sieci; ponowna próba nie pomoże.',
    adminTitle: 'Dla administratora IT',
    adminIntro: 'Skopiuj to i wyślij osobie, która zarządza Twoją siecią.',
    copyAdmin: 'Kopiuj dla administratora IT',
    copied: 'Skopiowano',
    copyFailed: 'Nie udało się skopiować. Zaznacz tekst i skopiuj go samodzielnie.',
    adminText: {
      heading: 'Rozmowy Azure Communication Services są blokowane w tej sieci.',
      rulesHeading: 'Prosimy zezwolić na:',
      nat: 'Nie przepisywać zamapowanych adresów ani portów NAT dla UDP; utrzymywać wystarczająco dużą pulę NAT.',
      vpn: 'Wyłączyć ten ruch z tuneli VPN (tunelowanie podzielone).',
      customTurn: 'Jeśli aplikacja używa własnych serwerów TURN, otworzyć ich IP, port i protokół.',
      detailsHeading: 'Szczegóły rozmowy:',
    },
  },
  details: {
    callId: 'Identyfikator rozmowy',
    participantId: 'Identyfikator uczestnika',
    code: 'Kod błędu',
    time: 'Czas',
    relaysUnreachableSince: 'Przekaźniki niedostępne od',
    relayStatus: 'Stan przekaźników',
    unknown: 'nieznany',
  },
  report: {
    title: 'Raport dla pomocy technicznej',
    intro:
      'Wszystko, czego pomoc techniczna potrzebuje, aby odnaleźć tę rozmowę. Hasła, tokeny i poświadczenia TURN są usuwane, zanim raport opuści tę stronę.',
    previewLabel: 'Podgląd raportu dla pomocy technicznej',
    copy: 'Kopiuj raport',
    download: 'Pobierz raport',
    copied: 'Skopiowano raport',
    copyFailed: 'Nie udało się skopiować raportu. Pobierz go albo zaznacz tekst i skopiuj go samodzielnie.',
    downloaded: 'Pobrano raport',
    downloadFailed: 'Nie udało się pobrać raportu. Skopiuj go zamiast tego.',
  },
  purpose: {
    media: 'multimedia',
    signalling: 'sygnalizacja',
  },
  endCodes: {
    relaysNotReachable: 'Twoja sieć zablokowała połączenie multimedialne rozmowy.',
    setupNetworkUnexpected: 'Nie udało się rozpocząć rozmowy z powodu nieoczekiwanego problemu z siecią.',
    droppedNetworkUnexpected: 'Rozmowa została rozłączona z powodu nieoczekiwanego problemu z siecią.',
    mediaOfferFailed: 'Nie udało się skonfigurować dźwięku i wideo rozmowy.',
    noMediaConnectivitySetup: 'Nie udało się połączyć dźwięku i wideo rozmowy. Może to blokować zapora lub sieć VPN.',
    mediaConnectivityLost: 'Rozmowa utraciła połączenie audio i wideo.',
    httpRequestFailed: 'Przeglądarka nie mogła ukończyć żądania sieciowego dla rozmowy.',
    networkLostNoReconnect: 'Urządzenie utraciło połączenie sieciowe i nie mogło połączyć się ponownie.',
    infrastructureUnreachable: 'Urządzenie nie mogło połączyć się z usługą połączeń.',
    mediaStackError: 'Dźwięk i wideo przestały działać na tym urządzeniu.',
    localNetworkIssue: 'Problem z siecią na tym urządzeniu zakończył rozmowę.',
    serviceError: 'W usłudze połączeń wystąpił problem.',
    unknown: 'Rozmowa zakończyła się nieoczekiwanie.',
  },
  network: {
    noNetworkTitle: 'Jesteś w trybie offline',
    noNetworkBody:
      'Urządzenie nie ma połączenia z siecią. Sprawdź Wi-Fi lub kabel sieciowy; rozmowa będzie kontynuowana po przywróceniu połączenia.',
    relaysUnreachableTitle: 'Problem z połączeniem z serwerami połączeń',
    reconnectingTitle: 'Trwa ponowne łączenie…',
    reconnectingBody: 'Rozmowa utraciła połączenie audio i wideo i próbuje połączyć się ponownie.',
    reconnectFailedTitle: 'Nie udało się ponownie połączyć rozmowy',
    reconnectFailedBody:
      'Sieć przestała działać i rozmowa nie mogła połączyć się ponownie. Sprawdź połączenie i dołącz ponownie.',
    sendQualityBadTitle: 'Inni mogą Cię nie słyszeć lub nie widzieć',
    sendQualityBadBody:
      'Twoja sieć ma problem z wysyłaniem dźwięku i wideo. Podejdź bliżej Wi-Fi lub zamknij inne aplikacje korzystające z sieci.',
    sendQualityPoorTitle: 'Niska jakość sieci',
    sendQualityPoorBody: 'Inni mogą Cię słyszeć lub widzieć z opóźnieniem.',
    receiveQualityBadTitle: 'Możesz nie słyszeć lub nie widzieć innych',
    receiveQualityBadBody:
      'Twoja sieć ma problem z odbieraniem dźwięku i wideo. Podejdź bliżej Wi-Fi lub zamknij inne aplikacje korzystające z sieci.',
    receiveQualityPoorTitle: 'Przychodzący dźwięk i obraz mogą się zacinać',
    receiveQualityPoorBody: 'Twoja sieć wolno odbiera dane.',
    since: 'Od {time}',
    moreIssuesOne: '+1 inny problem',
    moreIssuesMany: 'Inne problemy: +{count}',
    endTitles: {
      relaysNotReachable: 'Nie udało się nawiązać rozmowy: Twoja sieć ją zablokowała',
      setupNetworkUnexpected: 'Nie udało się rozpocząć rozmowy z powodu problemu z siecią',
      droppedNetworkUnexpected: 'Rozmowa została rozłączona z powodu problemu z siecią',
      mediaOfferFailed: 'Nie udało się skonfigurować dźwięku i wideo rozmowy',
      noMediaConnectivitySetup: 'Nie udało się połączyć dźwięku i wideo rozmowy',
      mediaConnectivityLost: 'Rozmowa utraciła połączenie audio i wideo',
      httpRequestFailed: 'Żądanie sieciowe rozmowy nie powiodło się',
      networkLostNoReconnect: 'Rozmowa zakończona: utracono połączenie sieciowe',
      infrastructureUnreachable: 'Nie udało się połączyć z usługą połączeń',
      mediaStackError: 'Rozmowa zakończona: dźwięk i wideo przestały działać na tym urządzeniu',
      localNetworkIssue: 'Rozmowa zakończona z powodu problemu z siecią na tym urządzeniu',
      serviceError: 'Rozmowa zakończona: w usłudze połączeń wystąpił problem',
      unknown: 'Rozmowa zakończyła się nieoczekiwanie',
    },
    actions: {
      retry: 'Spróbuj ponownie: to często problem tymczasowy.',
      'fix-network': 'Sprawdź sieć: zwykle przyczyną jest zapora, sieć VPN lub słabe połączenie.',
      'contact-support': 'Jeśli to się powtarza, skopiuj szczegóły i skontaktuj się z pomocą techniczną.',
      'update-environment': 'Zaktualizuj przeglądarkę i użyj obsługiwanego urządzenia, a następnie spróbuj ponownie.',
    },
  },
  probe: {
    title: 'Przetestuj połączenie',
    intro:
      'Sprawdź z tego urządzenia, czy serwery przekaźnikowe tej aplikacji są osiągalne przez UDP, TCP i TLS. Trwa to kilka sekund i nie wysyła dźwięku ani wideo.',
    noServers:
      'Ta aplikacja używa własnych przekaźników usługi Azure Communication Services. Do ich przetestowania potrzebne są poświadczenia przekaźników od aplikacji, a ta ich nie podała, więc test nie jest tu dostępny. Powyższa lista kontrolna nadal obowiązuje.',
    start: 'Przetestuj połączenie',
    again: 'Przetestuj ponownie',
    cancel: 'Anuluj test',
    running: 'Testowanie adresów przekaźników: {count}…',
    progressLabel: 'Postęp testu przekaźników',
    cancelled: 'Test anulowany.',
    resultsLabel: 'Wynik dla każdego adresu przekaźnika',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'Co to oznacza',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'działa',
      'auth-failed': 'odrzucił poświadczenia aplikacji',
      unreachable: 'zablokowany lub nieosiągalny',
      'server-error': 'serwer odpowiedział błędem',
      'invalid-url': 'nieprawidłowy adres przekaźnika',
      timeout: 'brak odpowiedzi (prawdopodobnie zablokowany)',
      unsupported: 'nie można tu przetestować',
    },
    verdicts: {
      'all-reachable':
        'Wszystkie przekaźniki działają z tej sieci. Jeśli rozmowy nadal się nie udają, przyczyna leży gdzie indziej: spróbuj ponownie lub wyślij szczegóły do pomocy technicznej.',
      'udp-blocked-tcp-works':
        'UDP jest zablokowany, ale {working} działa: rozmowy mogą się łączyć, a dźwięk i wideo idą przez TCP, więc jakość może spaść. Poproś administratora IT o zezwolenie na UDP do serwerów przekaźnikowych.',
      'partly-reachable':
        'Niektóre przekaźniki działają ({working}), inne są zablokowane ({blocked}). Rozmowy powinny się łączyć; wyślij szczegóły do administratora IT, aby otworzył resztę.',
      'auth-failed':
        'Serwery przekaźnikowe odrzuciły poświadczenia aplikacji. To problem z konfiguracją aplikacji, a nie z Twoją siecią: skontaktuj się z pomocą techniczną aplikacji.',
      'server-error':
        'Serwery przekaźnikowe odpowiedziały błędem. Prawdopodobnie to nie wina Twojej sieci: skontaktuj się z pomocą techniczną aplikacji.',
      'all-blocked':
        'Wszystkie przekaźniki są zablokowane z tej sieci: właśnie to kończy rozmowy błędem 410/3112. Wyślij szczegóły do administratora IT lub spróbuj innej sieci.',
      'no-testable-servers': 'Żadnego z adresów przekaźników aplikacji nie można tu przetestować.',
      'no-webrtc':
        'Ta przeglądarka nie może uruchomić testu (nie obsługuje WebRTC). Użyj aktualnej wersji przeglądarki Edge, Chrome, Firefox lub Safari.',
    },
    adminHeading: 'Test przekaźników z tego urządzenia:',
    adminVerdict: 'Wynik: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', błąd {code}',
  },
};
