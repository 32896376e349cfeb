import type { MediaStrings } from './en-US.js';

/**
 * Swedish: the media family's strings. "du" and terms as in ACS's sv-SE: mikrofon, kamera, högtalare, "har stängts
 * av" / "Slå på mikrofonen", behörighet, skärmdelning; macOS's Swedish names (Systeminställningar › Integritet och
 * säkerhet). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaSvSE: MediaStrings = {
  locale: 'sv-SE',
  issues: {
    microphonePermissionDenied: {
      title: 'Datorn blockerar din mikrofon',
      body: 'Andra kan inte höra dig förrän den här webbläsaren får använda mikrofonen.',
    },
    cameraPermissionDenied: {
      title: 'Datorn blockerar din kamera',
      body: 'Andra kan inte se dig förrän den här webbläsaren får använda kameran.',
    },
    screenshareRecordingDisabled: {
      title: 'Datorn blockerar skärmdelning',
      body: 'Du kan inte dela skärmen förrän den här webbläsaren får spela in den.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Ingen mikrofon hittades',
      body: 'Anslut en mikrofon eller ett headset så att andra kan höra dig.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Inga högtalare hittades',
      body: 'Anslut högtalare eller hörlurar för att höra samtalet.',
    },
    microphoneNotFunctioning: {
      title: 'Din mikrofon fungerar inte',
      body: 'Andra kan inte höra dig. Den kan vara avstängd eller användas av en annan app: stäng den appen eller välj en annan mikrofon.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Systemet har stängt av din mikrofon',
      body: 'Slå på mikrofonen för att höras igen, eller välj en annan mikrofon.',
    },
    microphoneNotMuteButSilent: {
      title: 'Din mikrofon fångar inget ljud',
      body: 'Kontrollera att den är ansluten och att ljudet inte är avstängt på själva enheten, eller välj en annan mikrofon.',
    },
    cameraStartFailed: {
      title: 'Det gick inte att starta kameran',
      body: 'Den kan vara avstängd eller användas av en annan app: stäng den appen och slå på kameran igen, eller välj en annan kamera.',
    },
    cameraStartTimedOut: {
      title: 'Det tar för lång tid att starta kameran',
      body: 'Stäng av kameran och slå på den igen, eller välj en annan kamera.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Kameran har stoppats',
      body: 'Systemet har stoppat din video. Slå på kameran igen, eller välj en annan kamera.',
    },
    capturerStartFailed: {
      title: 'Det gick inte att starta skärmdelningen',
      body: 'Försök att dela skärmen igen.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Skärmdelningen har stoppats',
      body: 'Dela skärmen igen för att fortsätta.',
    },
    cameraFreeze: {
      title: 'Andra ser din video frusen',
      body: 'Ditt nätverk kan vara för långsamt för video just nu. Kontrollera nätverket, eller stäng av kameran och slå på den igen.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Så här tillåter du det: öppna Systeminställningar › Integritet och säkerhet › Mikrofon, slå på din webbläsare och starta sedan om webbläsaren.',
      chromium:
        'I webbläsaren: välj ikonen för webbplatsinställningar till vänster om adressfältet, tillåt mikrofonen och läs sedan in sidan igen.',
      safari:
        'I Safari: välj Safari › Inställningar för den här webbplatsen, ställ in Mikrofon på Tillåt och läs sedan in sidan igen.',
      firefox:
        'I Firefox: välj behörighetsikonen i adressfältet, ta bort den blockerade mikrofonbehörigheten och läs sedan in sidan igen.',
    },
    camera: {
      macos:
        'Så här tillåter du det: öppna Systeminställningar › Integritet och säkerhet › Kamera, slå på din webbläsare och starta sedan om webbläsaren.',
      chromium:
        'I webbläsaren: välj ikonen för webbplatsinställningar till vänster om adressfältet, tillåt kameran och läs sedan in sidan igen.',
      safari:
        'I Safari: välj Safari › Inställningar för den här webbplatsen, ställ in Kamera på Tillåt och läs sedan in sidan igen.',
      firefox:
        'I Firefox: välj behörighetsikonen i adressfältet, ta bort den blockerade kamerabehörigheten och läs sedan in sidan igen.',
    },
    screen: {
      macos:
        'Så här tillåter du det: öppna Systeminställningar › Integritet och säkerhet › Skärm- och systemljudinspelning, slå på din webbläsare och starta sedan om webbläsaren.',
      chromium: 'I webbläsaren: dela skärmen igen och välj vad du vill dela när webbläsaren frågar.',
      safari: 'I Safari: dela skärmen igen och tillåt det när Safari frågar.',
      firefox: 'I Firefox: dela skärmen igen och tillåt det när Firefox frågar.',
    },
  },
  actions: {
    unmute: 'Slå på mikrofonen',
    chooseMicrophone: 'Välj en annan mikrofon',
    chooseCamera: 'Välj en annan kamera',
    chooseSpeaker: 'Välj en annan högtalare',
    checkNetwork: 'Kontrollera nätverket',
  },
  muted: {
    title: 'Din mikrofon har stängts av',
    body: 'Du pratar, men din mikrofon har stängts av.',
    unmute: 'Slå på mikrofonen',
    dismiss: 'Stäng',
    unmuteFailed: 'Det gick inte att slå på mikrofonen. Använd samtalets kontroller för att slå på den.',
  },
  remote: {
    poorConnection: 'Dålig anslutning',
    reconnecting: 'Ansluter igen',
    offline: 'Offline',
    connectionBlocked: 'Anslutningen blockeras',
    cameraFrozen: 'Kameran har frusit',
    cameraStopped: 'Kameran har stoppats',
    microphoneNotWorking: 'Mikrofonen fungerar inte',
    mutedBySystem: 'Ljudet avstängt av enheten',
    noMicrophone: 'Ingen mikrofon',
    noSpeaker: 'Hör inte samtalet',
    label: '{name}: {problem}',
    someone: 'En deltagare',
  },
};
