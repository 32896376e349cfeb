import type { MediaStrings } from './en-US.js';

/**
 * Norwegian Bokmål: the media family's strings. "du" and terms as in ACS's nb-NO: mikrofon, kamera, høyttaler,
 * dempet / "Opphev demping", tillatelse, skjermdeling; macOS's Norwegian names (Systeminnstillinger › Personvern og
 * sikkerhet). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaNbNO: MediaStrings = {
  locale: 'nb-NO',
  issues: {
    microphonePermissionDenied: {
      title: 'Datamaskinen blokkerer mikrofonen din',
      body: 'Andre kan ikke høre deg før denne nettleseren får bruke mikrofonen.',
    },
    cameraPermissionDenied: {
      title: 'Datamaskinen blokkerer kameraet ditt',
      body: 'Andre kan ikke se deg før denne nettleseren får bruke kameraet.',
    },
    screenshareRecordingDisabled: {
      title: 'Datamaskinen blokkerer skjermdeling',
      body: 'Du kan ikke dele skjermen før denne nettleseren får ta den opp.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Finner ingen mikrofon',
      body: 'Koble til en mikrofon eller et hodesett, så andre kan høre deg.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Finner ingen høyttalere',
      body: 'Koble til høyttalere eller hodetelefoner for å høre samtalen.',
    },
    microphoneNotFunctioning: {
      title: 'Mikrofonen din virker ikke',
      body: 'Andre hører deg ikke. Den kan være slått av eller i bruk av en annen app: lukk den appen eller velg en annen mikrofon.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Systemet har dempet mikrofonen din',
      body: 'Opphev dempingen for å bli hørt igjen, eller velg en annen mikrofon.',
    },
    microphoneNotMuteButSilent: {
      title: 'Mikrofonen din fanger ikke opp lyd',
      body: 'Kontroller at den er koblet til og ikke dempet på selve enheten, eller velg en annen mikrofon.',
    },
    cameraStartFailed: {
      title: 'Kameraet kunne ikke starte',
      body: 'Det kan være slått av eller i bruk av en annen app: lukk den appen og slå på kameraet igjen, eller velg et annet kamera.',
    },
    cameraStartTimedOut: {
      title: 'Kameraet bruker for lang tid på å starte',
      body: 'Slå kameraet av og på igjen, eller velg et annet kamera.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Kameraet har stoppet',
      body: 'Systemet har stoppet videoen din. Slå på kameraet igjen, eller velg et annet kamera.',
    },
    capturerStartFailed: {
      title: 'Skjermdelingen kunne ikke starte',
      body: 'Prøv å dele skjermen på nytt.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Skjermdelingen har stoppet',
      body: 'Del skjermen på nytt for å fortsette.',
    },
    cameraFreeze: {
      title: 'Andre ser videoen din frosset',
      body: 'Nettverket ditt kan være for tregt for video akkurat nå. Sjekk nettverket, eller slå kameraet av og på igjen.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Slik tillater du det: åpne Systeminnstillinger › Personvern og sikkerhet › Mikrofon, slå på nettleseren din, og start deretter nettleseren på nytt.',
      chromium:
        'I nettleseren: velg ikonet for nettstedsinnstillinger til venstre for adresselinjen, tillat mikrofonen, og last deretter inn siden på nytt.',
      safari:
        'I Safari: velg Safari › Innstillinger for dette nettstedet, sett Mikrofon til Tillat, og last deretter inn siden på nytt.',
      firefox:
        'I Firefox: velg tillatelsesikonet i adresselinjen, fjern den blokkerte mikrofontillatelsen, og last deretter inn siden på nytt.',
    },
    camera: {
      macos:
        'Slik tillater du det: åpne Systeminnstillinger › Personvern og sikkerhet › Kamera, slå på nettleseren din, og start deretter nettleseren på nytt.',
      chromium:
        'I nettleseren: velg ikonet for nettstedsinnstillinger til venstre for adresselinjen, tillat kameraet, og last deretter inn siden på nytt.',
      safari:
        'I Safari: velg Safari › Innstillinger for dette nettstedet, sett Kamera til Tillat, og last deretter inn siden på nytt.',
      firefox:
        'I Firefox: velg tillatelsesikonet i adresselinjen, fjern den blokkerte kameratillatelsen, og last deretter inn siden på nytt.',
    },
    screen: {
      macos:
        'Slik tillater du det: åpne Systeminnstillinger › Personvern og sikkerhet › Skjerm- og systemlydopptak, slå på nettleseren din, og start deretter nettleseren på nytt.',
      chromium: 'I nettleseren: del skjermen på nytt, og velg hva du vil dele når nettleseren spør.',
      safari: 'I Safari: del skjermen på nytt, og tillat det når Safari spør.',
      firefox: 'I Firefox: del skjermen på nytt, og tillat det når Firefox spør.',
    },
  },
  actions: {
    unmute: 'Opphev demping',
    chooseMicrophone: 'Velg en annen mikrofon',
    chooseCamera: 'Velg et annet kamera',
    chooseSpeaker: 'Velg en annen høyttaler',
    checkNetwork: 'Sjekk nettverket',
  },
  muted: {
    title: 'Du er dempet',
    body: 'Du snakker, men mikrofonen din er dempet.',
    unmute: 'Opphev demping',
    dismiss: 'Lukk',
    unmuteFailed: 'Kan ikke oppheve dempingen. Bruk kontrollene i samtalen for å oppheve den.',
  },
  remote: {
    poorConnection: 'Dårlig tilkobling',
    reconnecting: 'Kobler til på nytt',
    offline: 'Frakoblet',
    connectionBlocked: 'Tilkoblingen er blokkert',
    cameraFrozen: 'Kameraet har frosset',
    cameraStopped: 'Kameraet har stoppet',
    microphoneNotWorking: 'Mikrofonen virker ikke',
    mutedBySystem: 'Dempet av sin egen enhet',
    noMicrophone: 'Ingen mikrofon',
    noSpeaker: 'Hører ikke samtalen',
    label: '{name}: {problem}',
    someone: 'En deltaker',
  },
};
