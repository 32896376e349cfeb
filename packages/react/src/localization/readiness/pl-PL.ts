import type { ReadinessStrings } from './en-US.js';

/**
 * Polish strings of the readiness check. Second person singular with capitalised "Cię", "Twój" and terms as in ACS's
 * pl-PL (`@azure/communication-react`): rozmowa, dołączyć do rozmowy, sieć, połączenie, mikrofon, kamera,
 * przeglądarka, "nie jest obsługiwana", "Spróbuj ponownie", Anuluj. Counts are written as "label: {n}" so no plural
 * form is needed. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessPlPL: ReadinessStrings = {
  locale: 'pl-PL',
  title: 'Sprawdź połączenie, zanim dołączysz',
  intro:
    'Sprawdzamy przeglądarkę, urządzenia i sieć, aby jeszcze przed dołączeniem było wiadomo, czy rozmowa może się połączyć.',
  start: 'Rozpocznij sprawdzanie',
  runAgain: 'Sprawdź ponownie',
  cancel: 'Anuluj',
  allowDevices: 'Zezwól na dostęp do kamery i mikrofonu',
  join: 'Dołącz',
  joinAnyway: 'Dołącz mimo to',
  running: 'Sprawdzanie połączenia…',
  progress: 'Ukończone testy: {done} z {total}',
  aborted: 'Sprawdzanie zostało anulowane.',
  untested: 'Nie przetestowano: {checks}.',
  listSeparator: ', ',
  unknown: 'nieznane',
  verdicts: {
    ready: { title: 'Możesz dołączyć', body: 'Wszystko, co przetestowaliśmy, działa.' },
    warnings: {
      title: 'Możesz dołączyć, ale mogą wystąpić problemy',
      body: 'Niektóre testy wykryły problemy lub nie mogły zostać uruchomione. Przeczytaj szczegóły poniżej.',
    },
    blocked: {
      title: 'Rozmowa nie może się stąd połączyć',
      body: 'Twoja sieć lub urządzenie uniemożliwia działanie rozmów. Rozwiąż poniższy problem, a następnie ponownie uruchom sprawdzanie.',
    },
    untested: {
      title: 'Nie udało się tu niczego przetestować',
      body: 'Żaden test nie mógł zostać uruchomiony w tej przeglądarce lub tej konfiguracji, więc nie wiemy, czy rozmowa się połączy.',
    },
  },
  checks: {
    environment: 'Przeglądarka',
    devices: 'Mikrofon i kamera',
    relays: 'Serwery multimediów rozmów',
    signalling: 'Usługa połączeń',
    history: 'Twoje ostatnie rozmowy',
  },
  status: {
    idle: 'Nie rozpoczęto',
    running: 'Sprawdzanie',
    pass: 'Zaliczono',
    warn: 'Ostrzeżenie',
    fail: 'Niepowodzenie',
    skipped: 'Nie przetestowano',
  },
  reasons: {
    'not-in-browser': 'Ten test wymaga przeglądarki.',
    'timed-out': 'Ten test trwał zbyt długo i został zatrzymany.',
    'sdk-error': 'Nie udało się uruchomić tego testu: przeglądarka lub Calling SDK zgłosiły błąd.',
    aborted: 'Anulowano.',
    supported: 'Twoja przeglądarka jest obsługiwana ({browser} {browserVersion}, {platform}).',
    'webrtc-available': 'Twoja przeglądarka może prowadzić rozmowy (WebRTC). Nie sprawdzono, czy jest obsługiwana.',
    'unsupported-browser':
      'Ta przeglądarka nie jest obsługiwana w rozmowach ({browser}). Rozmowy mogą nie działać prawidłowo.',
    'unsupported-browser-version':
      'Ta wersja przeglądarki jest zbyt stara dla rozmów ({browser} {browserVersion}). Zaktualizuj przeglądarkę.',
    'unsupported-platform':
      'Ten system operacyjny nie jest obsługiwany w rozmowach ({platform}). Rozmowy mogą nie działać prawidłowo.',
    'no-webrtc':
      'Ta przeglądarka nie może prowadzić rozmów: nie ma WebRTC. Użyj aktualnej wersji przeglądarki Edge, Chrome, Firefox lub Safari.',
    'devices-available': 'Znalezione mikrofony: {microphones}, kamery: {cameras}.',
    'no-microphone': 'Nie znaleziono mikrofonu. Inni Cię nie usłyszą: podłącz mikrofon.',
    'no-camera': 'Nie znaleziono kamery. Inni Cię nie zobaczą.',
    'microphone-denied':
      'Dostęp do mikrofonu jest zablokowany. Inni Cię nie usłyszą: zezwól na niego w ustawieniach przeglądarki.',
    'camera-denied':
      'Dostęp do kamery jest zablokowany. Inni Cię nie zobaczą: zezwól na niego w ustawieniach przeglądarki.',
    'permission-needed': 'Zezwól na dostęp do kamery i mikrofonu, abyśmy mogli je sprawdzić.',
    'no-media-devices': 'Ta przeglądarka nie może wyświetlić listy urządzeń multimedialnych.',
    'relays-reachable': 'Twoja sieć może połączyć się z serwerami multimediów rozmów ({transports}).',
    'relays-answered':
      'Serwery multimediów rozmów odpowiedziały ({transports}). Nie przetestowano, czy dźwięk i wideo mogą przez nie przepływać.',
    'udp-blocked-tcp-works':
      'Twoja sieć blokuje UDP, więc dźwięk i wideo rozmów będą przesyłane przez TCP. Rozmowy powinny się łączyć, ale jakość może być niższa.',
    'udp-blocked':
      'Twoja sieć blokuje UDP do serwerów multimediów rozmów. Rozmowy mogą nadal łączyć się przez port TCP 443, czego nie przetestowano.',
    'partly-reachable':
      'Nie udało się połączyć z niektórymi serwerami multimediów rozmów. Rozmowy mogą nadal się łączyć.',
    'relays-blocked':
      'Twoja sieć blokuje serwery multimediów rozmów. Rozmowy będą kończyć się błędem 410/3112, dopóki zapora ich nie dopuści.',
    'relay-auth-failed':
      'Poświadczenia aplikacji do serwerów multimediów zostały odrzucone. To problem z aplikacją, a nie z Twoją siecią.',
    'relay-server-error': 'Serwery multimediów odpowiedziały błędem. Spróbuj ponownie później.',
    'no-relay-urls': 'Nie podano serwerów multimediów do przetestowania, więc tego nie przetestowano.',
    'endpoints-reachable': 'Usługa połączeń jest osiągalna.',
    'endpoints-unreachable':
      'Usługa połączeń jest nieosiągalna ({hosts}). Sprawdź połączenie z internetem lub serwer proxy.',
    'no-endpoints': 'Nie podano adresu usługi połączeń do przetestowania, więc tego nie przetestowano.',
    'recent-relay-failures':
      'Twoje ostatnie rozmowy na tym urządzeniu ({count}) zakończyły się błędem 410/3112: zablokowała je Twoja sieć.',
    'history-clear': 'Twoje ostatnie rozmowy na tym urządzeniu się połączyły.',
    'no-history': 'Brak wcześniejszych rozmów na tym urządzeniu.',
  },
  adminTitle: 'Dla administratora IT',
  adminIntro: 'Wyślij to osobie, która zarządza Twoją siecią.',
  adminFindings: 'Co wykrył test przed rozmową:',
  copyAdmin: 'Kopiuj dla administratora IT',
  copied: 'Skopiowano',
  copyFailed: 'Nie udało się skopiować. Zaznacz powyższy tekst i skopiuj go samodzielnie.',
  inCall: {
    found: 'Test przed tą rozmową wykrył: {finding}',
    passed: 'Test przed tą rozmową nie wykrył żadnego problemu.',
  },
};
