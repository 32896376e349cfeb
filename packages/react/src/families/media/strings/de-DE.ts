import type { MediaStrings } from './en-US.js';

/**
 * German (Germany): the media family's strings. Register "Sie" and terms as in ACS's de-DE: Mikrofon, Kamera,
 * Lautsprecher, stummgeschaltet / Stummschaltung aufheben, Berechtigung, Bildschirmfreigabe; macOS's German names
 * (Systemeinstellungen › Datenschutz & Sicherheit). Machine-written: wants a native speaker's review
 * (docs/localization.md).
 */
export const mediaDeDE: MediaStrings = {
  locale: 'de-DE',
  issues: {
    microphonePermissionDenied: {
      title: 'Ihr Computer blockiert Ihr Mikrofon',
      body: 'Andere können Sie erst hören, wenn dieser Browser das Mikrofon verwenden darf.',
    },
    cameraPermissionDenied: {
      title: 'Ihr Computer blockiert Ihre Kamera',
      body: 'Andere können Sie erst sehen, wenn dieser Browser die Kamera verwenden darf.',
    },
    screenshareRecordingDisabled: {
      title: 'Ihr Computer blockiert die Bildschirmfreigabe',
      body: 'Sie können Ihren Bildschirm erst teilen, wenn dieser Browser ihn aufzeichnen darf.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Kein Mikrofon gefunden',
      body: 'Schließen Sie ein Mikrofon oder ein Headset an, damit andere Sie hören können.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Keine Lautsprecher gefunden',
      body: 'Schließen Sie Lautsprecher oder Kopfhörer an, um den Anruf zu hören.',
    },
    microphoneNotFunctioning: {
      title: 'Ihr Mikrofon funktioniert nicht',
      body: 'Andere können Sie nicht hören. Es ist möglicherweise ausgeschaltet oder wird von einer anderen App verwendet: Schließen Sie diese App, oder wählen Sie ein anderes Mikrofon aus.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Ihr System hat Ihr Mikrofon stummgeschaltet',
      body: 'Heben Sie die Stummschaltung auf, damit man Sie wieder hört, oder wählen Sie ein anderes Mikrofon aus.',
    },
    microphoneNotMuteButSilent: {
      title: 'Ihr Mikrofon nimmt keinen Ton auf',
      body: 'Prüfen Sie, ob es angeschlossen und am Gerät nicht stummgeschaltet ist, oder wählen Sie ein anderes Mikrofon aus.',
    },
    cameraStartFailed: {
      title: 'Ihre Kamera konnte nicht gestartet werden',
      body: 'Sie ist möglicherweise ausgeschaltet oder wird von einer anderen App verwendet: Schließen Sie diese App und schalten Sie Ihre Kamera wieder ein, oder wählen Sie eine andere Kamera aus.',
    },
    cameraStartTimedOut: {
      title: 'Ihre Kamera braucht zu lange zum Starten',
      body: 'Schalten Sie Ihre Kamera aus und wieder ein, oder wählen Sie eine andere Kamera aus.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Ihre Kamera wurde beendet',
      body: 'Ihr System hat Ihr Video beendet. Schalten Sie Ihre Kamera wieder ein, oder wählen Sie eine andere Kamera aus.',
    },
    capturerStartFailed: {
      title: 'Die Bildschirmfreigabe konnte nicht gestartet werden',
      body: 'Versuchen Sie erneut, Ihren Bildschirm zu teilen.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Die Bildschirmfreigabe wurde beendet',
      body: 'Teilen Sie Ihren Bildschirm erneut, um fortzufahren.',
    },
    cameraFreeze: {
      title: 'Andere sehen Ihr Video eingefroren',
      body: 'Ihr Netzwerk ist für Video gerade möglicherweise zu langsam. Prüfen Sie Ihr Netzwerk, oder schalten Sie Ihre Kamera aus und wieder ein.',
    },
  },
  allow: {
    microphone: {
      macos:
        'So lassen Sie es zu: Öffnen Sie Systemeinstellungen › Datenschutz & Sicherheit › Mikrofon, aktivieren Sie Ihren Browser, und starten Sie den Browser dann neu.',
      chromium:
        'Im Browser: Wählen Sie das Symbol für die Website-Einstellungen links neben der Adressleiste aus, lassen Sie das Mikrofon zu, und laden Sie die Seite dann neu.',
      safari:
        'In Safari: Wählen Sie Safari › Einstellungen für diese Website, setzen Sie Mikrofon auf Erlauben, und laden Sie die Seite dann neu.',
      firefox:
        'In Firefox: Wählen Sie das Berechtigungssymbol in der Adressleiste aus, entfernen Sie die blockierte Mikrofonberechtigung, und laden Sie die Seite dann neu.',
    },
    camera: {
      macos:
        'So lassen Sie es zu: Öffnen Sie Systemeinstellungen › Datenschutz & Sicherheit › Kamera, aktivieren Sie Ihren Browser, und starten Sie den Browser dann neu.',
      chromium:
        'Im Browser: Wählen Sie das Symbol für die Website-Einstellungen links neben der Adressleiste aus, lassen Sie die Kamera zu, und laden Sie die Seite dann neu.',
      safari:
        'In Safari: Wählen Sie Safari › Einstellungen für diese Website, setzen Sie Kamera auf Erlauben, und laden Sie die Seite dann neu.',
      firefox:
        'In Firefox: Wählen Sie das Berechtigungssymbol in der Adressleiste aus, entfernen Sie die blockierte Kameraberechtigung, und laden Sie die Seite dann neu.',
    },
    screen: {
      macos:
        'So lassen Sie es zu: Öffnen Sie Systemeinstellungen › Datenschutz & Sicherheit › Bildschirm- & Systemaudioaufnahme, aktivieren Sie Ihren Browser, und starten Sie den Browser dann neu.',
      chromium:
        'Im Browser: Teilen Sie Ihren Bildschirm erneut, und wählen Sie aus, was Sie teilen möchten, wenn der Browser danach fragt.',
      safari: 'In Safari: Teilen Sie Ihren Bildschirm erneut, und erlauben Sie es, wenn Safari danach fragt.',
      firefox: 'In Firefox: Teilen Sie Ihren Bildschirm erneut, und erlauben Sie es, wenn Firefox danach fragt.',
    },
  },
  actions: {
    unmute: 'Stummschaltung aufheben',
    chooseMicrophone: 'Anderes Mikrofon auswählen',
    chooseCamera: 'Andere Kamera auswählen',
    chooseSpeaker: 'Anderen Lautsprecher auswählen',
    checkNetwork: 'Netzwerk prüfen',
  },
  muted: {
    title: 'Sie sind stummgeschaltet',
    body: 'Sie sprechen, aber Ihr Mikrofon ist stummgeschaltet.',
    unmute: 'Stummschaltung aufheben',
    dismiss: 'Schließen',
    unmuteFailed: 'Die Stummschaltung konnte nicht aufgehoben werden. Heben Sie sie über die Anrufsteuerelemente auf.',
  },
  remote: {
    poorConnection: 'Schlechte Verbindung',
    reconnecting: 'Verbindung wird wiederhergestellt',
    offline: 'Offline',
    connectionBlocked: 'Verbindung blockiert',
    cameraFrozen: 'Kamera eingefroren',
    cameraStopped: 'Kamera beendet',
    microphoneNotWorking: 'Mikrofon funktioniert nicht',
    mutedBySystem: 'Vom eigenen Gerät stummgeschaltet',
    noMicrophone: 'Kein Mikrofon',
    noSpeaker: 'Hört den Anruf nicht',
    label: '{name}: {problem}',
    someone: 'Ein Teilnehmer',
  },
};
