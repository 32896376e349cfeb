import type { MediaStrings } from './en-US.js';

/**
 * Dutch: the media family's strings. Register "u" and terms as in ACS's nl-NL: microfoon, camera, luidspreker,
 * gedempt / "Dempen opheffen", machtiging, scherm delen; macOS's Dutch names (Systeeminstellingen › Privacy en
 * beveiliging). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaNlNL: MediaStrings = {
  locale: 'nl-NL',
  issues: {
    microphonePermissionDenied: {
      title: 'Uw computer blokkeert uw microfoon',
      body: 'Anderen kunnen u pas horen als deze browser de microfoon mag gebruiken.',
    },
    cameraPermissionDenied: {
      title: 'Uw computer blokkeert uw camera',
      body: 'Anderen kunnen u pas zien als deze browser de camera mag gebruiken.',
    },
    screenshareRecordingDisabled: {
      title: 'Uw computer blokkeert scherm delen',
      body: 'U kunt uw scherm pas delen als deze browser het mag opnemen.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Geen microfoon gevonden',
      body: 'Sluit een microfoon of een headset aan zodat anderen u kunnen horen.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Geen luidsprekers gevonden',
      body: 'Sluit luidsprekers of een hoofdtelefoon aan om het gesprek te horen.',
    },
    microphoneNotFunctioning: {
      title: 'Uw microfoon werkt niet',
      body: 'Anderen horen u niet. De microfoon staat misschien uit of wordt door een andere app gebruikt: sluit die app of kies een andere microfoon.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Uw systeem heeft uw microfoon gedempt',
      body: 'Hef het dempen op om weer gehoord te worden, of kies een andere microfoon.',
    },
    microphoneNotMuteButSilent: {
      title: 'Uw microfoon vangt geen geluid op',
      body: 'Controleer of de microfoon is aangesloten en niet op het apparaat zelf is gedempt, of kies een andere microfoon.',
    },
    cameraStartFailed: {
      title: 'Uw camera kan niet worden gestart',
      body: 'De camera staat misschien uit of wordt door een andere app gebruikt: sluit die app en schakel uw camera opnieuw in, of kies een andere camera.',
    },
    cameraStartTimedOut: {
      title: 'Het starten van uw camera duurt te lang',
      body: 'Schakel uw camera uit en weer in, of kies een andere camera.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Uw camera is gestopt',
      body: 'Uw systeem heeft uw video gestopt. Schakel uw camera opnieuw in, of kies een andere camera.',
    },
    capturerStartFailed: {
      title: 'Scherm delen kan niet worden gestart',
      body: 'Probeer uw scherm opnieuw te delen.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Scherm delen is gestopt',
      body: 'Deel uw scherm opnieuw om door te gaan.',
    },
    cameraFreeze: {
      title: 'Anderen zien uw video bevroren',
      body: 'Uw netwerk is nu mogelijk te traag voor video. Controleer uw netwerk, of schakel uw camera uit en weer in.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Zo staat u het toe: open Systeeminstellingen › Privacy en beveiliging › Microfoon, schakel uw browser in en start de browser daarna opnieuw.',
      chromium:
        'In de browser: selecteer het pictogram voor site-instellingen links van de adresbalk, sta de microfoon toe en laad de pagina daarna opnieuw.',
      safari:
        'In Safari: kies Safari › Instellingen voor deze website, zet Microfoon op Sta toe en laad de pagina daarna opnieuw.',
      firefox:
        'In Firefox: selecteer het machtigingenpictogram in de adresbalk, verwijder de geblokkeerde microfoonmachtiging en laad de pagina daarna opnieuw.',
    },
    camera: {
      macos:
        'Zo staat u het toe: open Systeeminstellingen › Privacy en beveiliging › Camera, schakel uw browser in en start de browser daarna opnieuw.',
      chromium:
        'In de browser: selecteer het pictogram voor site-instellingen links van de adresbalk, sta de camera toe en laad de pagina daarna opnieuw.',
      safari:
        'In Safari: kies Safari › Instellingen voor deze website, zet Camera op Sta toe en laad de pagina daarna opnieuw.',
      firefox:
        'In Firefox: selecteer het machtigingenpictogram in de adresbalk, verwijder de geblokkeerde cameramachtiging en laad de pagina daarna opnieuw.',
    },
    screen: {
      macos:
        'Zo staat u het toe: open Systeeminstellingen › Privacy en beveiliging › Scherm- en systeemaudio-opname, schakel uw browser in en start de browser daarna opnieuw.',
      chromium: 'In de browser: deel uw scherm opnieuw en kies wat u wilt delen wanneer de browser erom vraagt.',
      safari: 'In Safari: deel uw scherm opnieuw en sta het toe wanneer Safari erom vraagt.',
      firefox: 'In Firefox: deel uw scherm opnieuw en sta het toe wanneer Firefox erom vraagt.',
    },
  },
  actions: {
    unmute: 'Dempen opheffen',
    chooseMicrophone: 'Andere microfoon kiezen',
    chooseCamera: 'Andere camera kiezen',
    chooseSpeaker: 'Andere luidspreker kiezen',
    checkNetwork: 'Controleer uw netwerk',
  },
  muted: {
    title: 'Uw microfoon is gedempt',
    body: 'U spreekt, maar uw microfoon is gedempt.',
    unmute: 'Dempen opheffen',
    dismiss: 'Sluiten',
    unmuteFailed: 'Kan dempen niet opheffen. Gebruik de knoppen van het gesprek om het dempen op te heffen.',
  },
  remote: {
    poorConnection: 'Slechte verbinding',
    reconnecting: 'Opnieuw verbinding maken',
    offline: 'Offline',
    connectionBlocked: 'Verbinding geblokkeerd',
    cameraFrozen: 'Camera bevroren',
    cameraStopped: 'Camera gestopt',
    microphoneNotWorking: 'Microfoon werkt niet',
    mutedBySystem: 'Gedempt door het eigen apparaat',
    noMicrophone: 'Geen microfoon',
    noSpeaker: 'Hoort het gesprek niet',
    label: '{name}: {problem}',
    someone: 'Een deelnemer',
  },
};
