import type { ReadinessStrings } from './en-US.js';

/**
 * Swedish strings of the readiness check. "Du" and terms as in ACS's sv-SE (`@azure/communication-react`): samtal,
 * ansluta till samtalet, nätverk, anslutning, mikrofon, kamera, webbläsare, "stöds inte", "Försök igen", Avbryt.
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessSvSE: ReadinessStrings = {
  locale: 'sv-SE',
  title: 'Kontrollera anslutningen innan du ansluter till samtalet',
  intro:
    'Vi kontrollerar din webbläsare, dina enheter och ditt nätverk så att du vet innan du ansluter om samtalet kan kopplas upp.',
  start: 'Starta kontrollen',
  runAgain: 'Kör igen',
  cancel: 'Avbryt',
  allowDevices: 'Tillåt kamera och mikrofon',
  join: 'Anslut',
  joinAnyway: 'Anslut ändå',
  running: 'Kontrollerar anslutningen…',
  progress: '{done} av {total} kontroller klara',
  aborted: 'Kontrollen avbröts.',
  untested: 'Inte testat: {checks}.',
  listSeparator: ', ',
  unknown: 'okänd',
  verdicts: {
    ready: { title: 'Du är redo att ansluta', body: 'Allt vi testade fungerar.' },
    warnings: {
      title: 'Du kan ansluta, men det kan bli problem',
      body: 'Vissa kontroller hittade problem eller kunde inte köras. Läs informationen nedan.',
    },
    blocked: {
      title: 'Samtalet kan inte anslutas härifrån',
      body: 'Ditt nätverk eller din enhet hindrar samtal från att fungera. Åtgärda problemet nedan och kör sedan kontrollen igen.',
    },
    untested: {
      title: 'Vi kunde inte testa något här',
      body: 'Ingen av kontrollerna kunde köras i den här webbläsaren eller konfigurationen, så vi kan inte avgöra om samtalet kommer att anslutas.',
    },
  },
  checks: {
    environment: 'Webbläsare',
    devices: 'Mikrofon och kamera',
    relays: 'Medieservrar för samtal',
    signalling: 'Samtalstjänst',
    history: 'Dina senaste samtal',
  },
  status: {
    idle: 'Inte startad',
    running: 'Kontrollerar',
    pass: 'Godkänd',
    warn: 'Varning',
    fail: 'Misslyckades',
    skipped: 'Inte testad',
  },
  reasons: {
    'not-in-browser': 'Den här kontrollen kräver en webbläsare.',
    'timed-out': 'Den här kontrollen tog för lång tid och stoppades.',
    'sdk-error': 'Den här kontrollen kunde inte köras: webbläsaren eller Calling SDK rapporterade ett fel.',
    aborted: 'Avbruten.',
    supported: 'Din webbläsare stöds ({browser} {browserVersion} på {platform}).',
    'webrtc-available': 'Din webbläsare kan ringa samtal (WebRTC). Om den stöds har inte kontrollerats.',
    'unsupported-browser': 'Den här webbläsaren stöds inte för samtal ({browser}). Samtal kanske inte fungerar bra.',
    'unsupported-browser-version':
      'Den här webbläsarversionen är för gammal för samtal ({browser} {browserVersion}). Uppdatera webbläsaren.',
    'unsupported-platform':
      'Det här operativsystemet stöds inte för samtal ({platform}). Samtal kanske inte fungerar bra.',
    'no-webrtc':
      'Den här webbläsaren kan inte ringa samtal: den saknar WebRTC. Använd en aktuell version av Edge, Chrome, Firefox eller Safari.',
    'devices-available': 'Hittade mikrofoner: {microphones}. Hittade kameror: {cameras}.',
    'no-microphone': 'Ingen mikrofon hittades. Andra kommer inte att höra dig: anslut en mikrofon.',
    'no-camera': 'Ingen kamera hittades. Andra kommer inte att se dig.',
    'microphone-denied':
      'Åtkomsten till mikrofonen är blockerad. Andra kommer inte att höra dig: tillåt den i webbläsarens inställningar.',
    'camera-denied':
      'Åtkomsten till kameran är blockerad. Andra kommer inte att se dig: tillåt den i webbläsarens inställningar.',
    'permission-needed': 'Tillåt åtkomst till kameran och mikrofonen så att vi kan kontrollera dem.',
    'no-media-devices': 'Den här webbläsaren kan inte lista medieenheter.',
    'relays-reachable': 'Ditt nätverk kan nå medieservrarna för samtal ({transports}).',
    'relays-answered':
      'Medieservrarna för samtal svarade ({transports}). Om ljud och video kan gå genom dem har inte testats.',
    'udp-blocked-tcp-works':
      'Ditt nätverk blockerar UDP, så samtalens ljud och video använder TCP. Samtal bör anslutas, men kvaliteten kan bli sämre.',
    'udp-blocked':
      'Ditt nätverk blockerar UDP till medieservrarna för samtal. Samtal kan ändå anslutas via TCP-port 443, vilket inte har testats.',
    'partly-reachable': 'Vissa medieservrar för samtal kunde inte nås. Samtal kan ändå anslutas.',
    'relays-blocked':
      'Ditt nätverk blockerar medieservrarna för samtal. Samtal misslyckas med felet 410/3112 tills brandväggen tillåter dem.',
    'relay-auth-failed':
      'Appens autentiseringsuppgifter för medieservrarna nekades. Det är ett problem med appen, inte med ditt nätverk.',
    'relay-server-error': 'Medieservrarna svarade med ett fel. Försök igen senare.',
    'no-relay-urls': 'Inga medieservrar angavs att testa, så det här har inte testats.',
    'endpoints-reachable': 'Samtalstjänsten kan nås.',
    'endpoints-unreachable': 'Samtalstjänsten kan inte nås ({hosts}). Kontrollera internetanslutningen eller proxyn.',
    'no-endpoints': 'Ingen adress till samtalstjänsten angavs att testa, så det här har inte testats.',
    'recent-relay-failures':
      'Dina senaste samtal på den här enheten ({count}) avslutades med felet 410/3112: ditt nätverk blockerade dem.',
    'history-clear': 'Dina senaste samtal på den här enheten anslöts.',
    'no-history': 'Inga tidigare samtal på den här enheten.',
  },
  adminTitle: 'För din IT-administratör',
  adminIntro: 'Skicka det här till den som hanterar ditt nätverk.',
  adminFindings: 'Det här hittade kontrollen före samtalet:',
  copyAdmin: 'Kopiera till IT-administratören',
  copied: 'Kopierat',
  copyFailed: 'Det gick inte att kopiera. Markera texten ovan och kopiera den själv.',
  inCall: {
    found: 'Kontrollen före det här samtalet hittade: {finding}',
    passed: 'Kontrollen före det här samtalet hittade inga problem.',
  },
};
