import type { MediaStrings } from './en-US.js';

/**
 * Italian: the media family's strings. Register "tu" and terms as in ACS's it-IT: microfono, fotocamera,
 * altoparlante, "microfono disattivato" / "Riattiva microfono", autorizzazione, condivisione dello schermo; macOS's
 * Italian names (Impostazioni di Sistema › Privacy e sicurezza; the Mac's camera pane is "Videocamera").
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaItIT: MediaStrings = {
  locale: 'it-IT',
  issues: {
    microphonePermissionDenied: {
      title: 'Il computer sta bloccando il microfono',
      body: 'Gli altri non possono sentirti finché questo browser non può usare il microfono.',
    },
    cameraPermissionDenied: {
      title: 'Il computer sta bloccando la fotocamera',
      body: 'Gli altri non possono vederti finché questo browser non può usare la fotocamera.',
    },
    screenshareRecordingDisabled: {
      title: 'Il computer sta bloccando la condivisione dello schermo',
      body: 'Non puoi condividere lo schermo finché questo browser non può registrarlo.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Nessun microfono trovato',
      body: 'Connetti un microfono o delle cuffie con microfono perché gli altri possano sentirti.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Nessun altoparlante trovato',
      body: 'Connetti degli altoparlanti o delle cuffie per ascoltare la chiamata.',
    },
    microphoneNotFunctioning: {
      title: 'Il microfono non funziona',
      body: "Gli altri non ti sentono. Potrebbe essere spento o in uso da un'altra app: chiudi quell'app o scegli un altro microfono.",
    },
    microphoneMuteUnexpectedly: {
      title: 'Il sistema ha disattivato il microfono',
      body: 'Riattiva il microfono per farti sentire di nuovo, o scegli un altro microfono.',
    },
    microphoneNotMuteButSilent: {
      title: 'Il microfono non rileva alcun suono',
      body: 'Controlla che sia collegato e non disattivato sul dispositivo, o scegli un altro microfono.',
    },
    cameraStartFailed: {
      title: 'Non è stato possibile avviare la fotocamera',
      body: "Potrebbe essere spenta o in uso da un'altra app: chiudi quell'app e riaccendi la fotocamera, o scegli un'altra fotocamera.",
    },
    cameraStartTimedOut: {
      title: "La fotocamera impiega troppo tempo per l'avvio",
      body: "Spegni e riaccendi la fotocamera, o scegli un'altra fotocamera.",
    },
    cameraStoppedUnexpectedly: {
      title: 'La fotocamera si è arrestata',
      body: "Il sistema ha arrestato il video. Riaccendi la fotocamera, o scegli un'altra fotocamera.",
    },
    capturerStartFailed: {
      title: 'Non è stato possibile avviare la condivisione dello schermo',
      body: 'Prova di nuovo a condividere lo schermo.',
    },
    capturerStoppedUnexpectedly: {
      title: 'La condivisione dello schermo si è arrestata',
      body: 'Condividi di nuovo lo schermo per continuare.',
    },
    cameraFreeze: {
      title: 'Gli altri vedono il tuo video bloccato',
      body: 'La tua rete potrebbe essere troppo lenta per il video in questo momento. Controlla la rete, o spegni e riaccendi la fotocamera.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Per consentirlo: apri Impostazioni di Sistema › Privacy e sicurezza › Microfono, attiva il tuo browser e riavvia il browser.',
      chromium:
        "Nel browser: seleziona l'icona delle impostazioni del sito a sinistra della barra degli indirizzi, consenti il microfono e ricarica la pagina.",
      safari:
        'In Safari: scegli Safari › Impostazioni per questo sito web, imposta Microfono su Consenti e ricarica la pagina.',
      firefox:
        "In Firefox: seleziona l'icona delle autorizzazioni nella barra degli indirizzi, rimuovi l'autorizzazione bloccata del microfono e ricarica la pagina.",
    },
    camera: {
      macos:
        'Per consentirlo: apri Impostazioni di Sistema › Privacy e sicurezza › Videocamera, attiva il tuo browser e riavvia il browser.',
      chromium:
        "Nel browser: seleziona l'icona delle impostazioni del sito a sinistra della barra degli indirizzi, consenti la fotocamera e ricarica la pagina.",
      safari:
        'In Safari: scegli Safari › Impostazioni per questo sito web, imposta Fotocamera su Consenti e ricarica la pagina.',
      firefox:
        "In Firefox: seleziona l'icona delle autorizzazioni nella barra degli indirizzi, rimuovi l'autorizzazione bloccata della fotocamera e ricarica la pagina.",
    },
    screen: {
      macos:
        'Per consentirlo: apri Impostazioni di Sistema › Privacy e sicurezza › Registrazione schermo e audio di sistema, attiva il tuo browser e riavvia il browser.',
      chromium: 'Nel browser: condividi di nuovo lo schermo e scegli cosa condividere quando il browser lo chiede.',
      safari: 'In Safari: condividi di nuovo lo schermo e consentilo quando Safari lo chiede.',
      firefox: 'In Firefox: condividi di nuovo lo schermo e consentilo quando Firefox lo chiede.',
    },
  },
  actions: {
    unmute: 'Riattiva microfono',
    chooseMicrophone: 'Scegli un altro microfono',
    chooseCamera: "Scegli un'altra fotocamera",
    chooseSpeaker: 'Scegli un altro altoparlante',
    checkNetwork: 'Controlla la rete',
  },
  muted: {
    title: 'Il microfono è disattivato',
    body: 'Stai parlando, ma il microfono è disattivato.',
    unmute: 'Riattiva microfono',
    dismiss: 'Chiudi',
    unmuteFailed: 'Non è stato possibile riattivare il microfono. Usa i controlli della chiamata per riattivarlo.',
  },
  remote: {
    poorConnection: 'Connessione scarsa',
    reconnecting: 'Riconnessione in corso',
    offline: 'Offline',
    connectionBlocked: 'Connessione bloccata',
    cameraFrozen: 'Fotocamera bloccata',
    cameraStopped: 'Fotocamera arrestata',
    microphoneNotWorking: 'Microfono non funzionante',
    mutedBySystem: 'Disattivato dal suo dispositivo',
    noMicrophone: 'Nessun microfono',
    noSpeaker: 'Non sente la chiamata',
    label: '{name}: {problem}',
    someone: 'Un partecipante',
  },
};
