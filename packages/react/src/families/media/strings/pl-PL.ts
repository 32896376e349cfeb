import type { MediaStrings } from './en-US.js';

/**
 * Polish: the media family's strings. Register "ty" (as ACS's pl-PL, "Twój" capitalised like the call's pl-PL table)
 * and terms as in ACS: mikrofon, kamera, głośnik, wyciszony / "Wyłącz wyciszenie", uprawnienie, udostępnianie ekranu;
 * macOS's Polish names (Ustawienia systemowe › Prywatność i ochrona). Machine-written: wants a native speaker's
 * review (docs/localization.md).
 */
export const mediaPlPL: MediaStrings = {
  locale: 'pl-PL',
  issues: {
    microphonePermissionDenied: {
      title: 'Twój komputer blokuje mikrofon',
      body: 'Inni nie usłyszą Cię, dopóki ta przeglądarka nie będzie mogła używać mikrofonu.',
    },
    cameraPermissionDenied: {
      title: 'Twój komputer blokuje kamerę',
      body: 'Inni nie zobaczą Cię, dopóki ta przeglądarka nie będzie mogła używać kamery.',
    },
    screenshareRecordingDisabled: {
      title: 'Twój komputer blokuje udostępnianie ekranu',
      body: 'Nie możesz udostępnić ekranu, dopóki ta przeglądarka nie będzie mogła go nagrywać.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Nie znaleziono mikrofonu',
      body: 'Podłącz mikrofon lub zestaw słuchawkowy, aby inni mogli Cię słyszeć.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Nie znaleziono głośników',
      body: 'Podłącz głośniki lub słuchawki, aby słyszeć rozmowę.',
    },
    microphoneNotFunctioning: {
      title: 'Twój mikrofon nie działa',
      body: 'Inni Cię nie słyszą. Mikrofon może być wyłączony lub używany przez inną aplikację: zamknij ją lub wybierz inny mikrofon.',
    },
    microphoneMuteUnexpectedly: {
      title: 'System wyciszył Twój mikrofon',
      body: 'Wyłącz wyciszenie, aby znów było Cię słychać, lub wybierz inny mikrofon.',
    },
    microphoneNotMuteButSilent: {
      title: 'Twój mikrofon nie odbiera dźwięku',
      body: 'Sprawdź, czy jest podłączony i czy nie jest wyciszony na samym urządzeniu, lub wybierz inny mikrofon.',
    },
    cameraStartFailed: {
      title: 'Nie udało się uruchomić kamery',
      body: 'Kamera może być wyłączona lub używana przez inną aplikację: zamknij ją i włącz kamerę ponownie lub wybierz inną kamerę.',
    },
    cameraStartTimedOut: {
      title: 'Uruchamianie kamery trwa zbyt długo',
      body: 'Wyłącz kamerę i włącz ją ponownie lub wybierz inną kamerę.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Twoja kamera została zatrzymana',
      body: 'System zatrzymał Twoje wideo. Włącz kamerę ponownie lub wybierz inną kamerę.',
    },
    capturerStartFailed: {
      title: 'Nie udało się uruchomić udostępniania ekranu',
      body: 'Spróbuj ponownie udostępnić ekran.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Udostępnianie ekranu zostało zatrzymane',
      body: 'Udostępnij ekran ponownie, aby kontynuować.',
    },
    cameraFreeze: {
      title: 'Inni widzą Twoje wideo zamrożone',
      body: 'Twoja sieć może być teraz zbyt wolna na wideo. Sprawdź sieć lub wyłącz kamerę i włącz ją ponownie.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Aby zezwolić: otwórz Ustawienia systemowe › Prywatność i ochrona › Mikrofon, włącz swoją przeglądarkę, a następnie uruchom ją ponownie.',
      chromium:
        'W przeglądarce: wybierz ikonę ustawień witryny po lewej stronie paska adresu, zezwól na mikrofon, a następnie załaduj stronę ponownie.',
      safari:
        'W Safari: wybierz Safari › Ustawienia tej witryny, ustaw Mikrofon na Pozwalaj, a następnie załaduj stronę ponownie.',
      firefox:
        'W Firefoksie: wybierz ikonę uprawnień na pasku adresu, usuń zablokowane uprawnienie do mikrofonu, a następnie załaduj stronę ponownie.',
    },
    camera: {
      macos:
        'Aby zezwolić: otwórz Ustawienia systemowe › Prywatność i ochrona › Kamera, włącz swoją przeglądarkę, a następnie uruchom ją ponownie.',
      chromium:
        'W przeglądarce: wybierz ikonę ustawień witryny po lewej stronie paska adresu, zezwól na kamerę, a następnie załaduj stronę ponownie.',
      safari:
        'W Safari: wybierz Safari › Ustawienia tej witryny, ustaw Kamera na Pozwalaj, a następnie załaduj stronę ponownie.',
      firefox:
        'W Firefoksie: wybierz ikonę uprawnień na pasku adresu, usuń zablokowane uprawnienie do kamery, a następnie załaduj stronę ponownie.',
    },
    screen: {
      macos:
        'Aby zezwolić: otwórz Ustawienia systemowe › Prywatność i ochrona › Nagrywanie ekranu i dźwięku systemowego, włącz swoją przeglądarkę, a następnie uruchom ją ponownie.',
      chromium: 'W przeglądarce: udostępnij ekran ponownie i wybierz, co udostępnić, gdy przeglądarka zapyta.',
      safari: 'W Safari: udostępnij ekran ponownie i zezwól na to, gdy Safari zapyta.',
      firefox: 'W Firefoksie: udostępnij ekran ponownie i zezwól na to, gdy Firefox zapyta.',
    },
  },
  actions: {
    unmute: 'Wyłącz wyciszenie',
    chooseMicrophone: 'Wybierz inny mikrofon',
    chooseCamera: 'Wybierz inną kamerę',
    chooseSpeaker: 'Wybierz inny głośnik',
    checkNetwork: 'Sprawdź sieć',
  },
  muted: {
    title: 'Mikrofon jest wyciszony',
    body: 'Mówisz, ale Twój mikrofon jest wyciszony.',
    unmute: 'Wyłącz wyciszenie',
    dismiss: 'Zamknij',
    unmuteFailed: 'Nie można wyłączyć wyciszenia. Użyj przycisków rozmowy, aby je wyłączyć.',
  },
  remote: {
    poorConnection: 'Słabe połączenie',
    reconnecting: 'Trwa ponowne łączenie',
    offline: 'W trybie offline',
    connectionBlocked: 'Połączenie zablokowane',
    cameraFrozen: 'Kamera zamrożona',
    cameraStopped: 'Kamera zatrzymana',
    microphoneNotWorking: 'Mikrofon nie działa',
    mutedBySystem: 'Wyciszony przez swoje urządzenie',
    noMicrophone: 'Brak mikrofonu',
    noSpeaker: 'Nie słyszy rozmowy',
    label: '{name}: {problem}',
    someone: 'Uczestnik',
  },
};
