import type { ReadinessStrings } from './en-US.js';

/**
 * Norwegian Bokmål strings of the readiness check. "Du" and terms as in ACS's nb-NO (`@azure/communication-react`):
 * samtale, bli med, nettverk, tilkobling, mikrofon, kamera, nettleser, "støttes ikke", "Prøv på nytt", Avbryt.
 * Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessNbNO: ReadinessStrings = {
  locale: 'nb-NO',
  title: 'Kontroller tilkoblingen før du blir med',
  intro:
    'Vi kontrollerer nettleseren, enhetene og nettverket ditt, slik at du vet før du blir med om samtalen kan kobles til.',
  start: 'Start kontrollen',
  runAgain: 'Kjør på nytt',
  cancel: 'Avbryt',
  allowDevices: 'Tillat kamera og mikrofon',
  join: 'Bli med',
  joinAnyway: 'Bli med likevel',
  running: 'Kontrollerer tilkoblingen…',
  progress: '{done} av {total} kontroller fullført',
  aborted: 'Kontrollen ble avbrutt.',
  untested: 'Ikke testet: {checks}.',
  listSeparator: ', ',
  unknown: 'ukjent',
  verdicts: {
    ready: { title: 'Du er klar til å bli med', body: 'Alt vi testet, fungerer.' },
    warnings: {
      title: 'Du kan bli med, men det kan oppstå problemer',
      body: 'Noen kontroller fant problemer eller kunne ikke kjøres. Les detaljene nedenfor.',
    },
    blocked: {
      title: 'Samtalen kan ikke kobles til herfra',
      body: 'Nettverket eller enheten din hindrer samtaler i å fungere. Løs problemet nedenfor, og kjør deretter kontrollen på nytt.',
    },
    untested: {
      title: 'Vi kunne ikke teste noe her',
      body: 'Ingen av kontrollene kunne kjøres i denne nettleseren eller dette oppsettet, så vi kan ikke si om samtalen vil kobles til.',
    },
  },
  checks: {
    environment: 'Nettleser',
    devices: 'Mikrofon og kamera',
    relays: 'Medieservere for samtaler',
    signalling: 'Samtaletjeneste',
    history: 'Dine nylige samtaler',
  },
  status: {
    idle: 'Ikke startet',
    running: 'Kontrollerer',
    pass: 'Bestått',
    warn: 'Advarsel',
    fail: 'Mislyktes',
    skipped: 'Ikke testet',
  },
  reasons: {
    'not-in-browser': 'Denne kontrollen krever en nettleser.',
    'timed-out': 'Denne kontrollen tok for lang tid og ble stoppet.',
    'sdk-error': 'Denne kontrollen kunne ikke kjøres: nettleseren eller Calling SDK rapporterte en feil.',
    aborted: 'Avbrutt.',
    supported: 'Nettleseren din støttes ({browser} {browserVersion} på {platform}).',
    'webrtc-available': 'Nettleseren din kan ringe (WebRTC). Om den støttes, er ikke kontrollert.',
    'unsupported-browser':
      'Denne nettleseren støttes ikke for samtaler ({browser}). Samtaler fungerer kanskje ikke bra.',
    'unsupported-browser-version':
      'Denne nettleserversjonen er for gammel for samtaler ({browser} {browserVersion}). Oppdater nettleseren.',
    'unsupported-platform':
      'Dette operativsystemet støttes ikke for samtaler ({platform}). Samtaler fungerer kanskje ikke bra.',
    'no-webrtc':
      'Denne nettleseren kan ikke ringe: den mangler WebRTC. Bruk en oppdatert versjon av Edge, Chrome, Firefox eller Safari.',
    'devices-available': 'Fant mikrofoner: {microphones}. Fant kameraer: {cameras}.',
    'no-microphone': 'Fant ingen mikrofon. Andre vil ikke høre deg: koble til en mikrofon.',
    'no-camera': 'Fant ikke noe kamera. Andre vil ikke se deg.',
    'microphone-denied':
      'Tilgangen til mikrofonen er blokkert. Andre vil ikke høre deg: tillat den i nettleserinnstillingene.',
    'camera-denied': 'Tilgangen til kameraet er blokkert. Andre vil ikke se deg: tillat den i nettleserinnstillingene.',
    'permission-needed': 'Gi tilgang til kameraet og mikrofonen, slik at vi kan kontrollere dem.',
    'no-media-devices': 'Denne nettleseren kan ikke vise medieenheter.',
    'relays-reachable': 'Nettverket ditt kan nå medieserverne for samtaler ({transports}).',
    'relays-answered':
      'Medieserverne for samtaler svarte ({transports}). Om lyd og video kan gå gjennom dem, er ikke testet.',
    'udp-blocked-tcp-works':
      'Nettverket ditt blokkerer UDP, så lyd og video i samtalen bruker TCP. Samtaler bør kobles til, men kvaliteten kan bli dårligere.',
    'udp-blocked':
      'Nettverket ditt blokkerer UDP til medieserverne for samtaler. Samtaler kan likevel kobles til over TCP-port 443, som ikke er testet.',
    'partly-reachable': 'Noen medieservere for samtaler kunne ikke nås. Samtaler kan likevel kobles til.',
    'relays-blocked':
      'Nettverket ditt blokkerer medieserverne for samtaler. Samtaler mislykkes med feil 410/3112 til brannmuren tillater dem.',
    'relay-auth-failed':
      'Appens påloggingsinformasjon for medieserverne ble avvist. Dette er et problem med appen, ikke med nettverket ditt.',
    'relay-server-error': 'Medieserverne svarte med en feil. Prøv på nytt senere.',
    'no-relay-urls': 'Ingen medieservere ble oppgitt for testing, så dette er ikke testet.',
    'endpoints-reachable': 'Samtaletjenesten kan nås.',
    'endpoints-unreachable': 'Samtaletjenesten kan ikke nås ({hosts}). Kontroller internettilkoblingen eller proxyen.',
    'no-endpoints': 'Ingen adresse til samtaletjenesten ble oppgitt for testing, så dette er ikke testet.',
    'recent-relay-failures':
      'De siste samtalene dine på denne enheten ({count}) ble avsluttet med feil 410/3112: nettverket ditt blokkerte dem.',
    'history-clear': 'De nylige samtalene dine på denne enheten ble koblet til.',
    'no-history': 'Ingen tidligere samtaler på denne enheten.',
  },
  adminTitle: 'Til IT-administratoren din',
  adminIntro: 'Send dette til den som administrerer nettverket ditt.',
  adminFindings: 'Dette fant kontrollen før samtalen:',
  copyAdmin: 'Kopier til IT-administratoren',
  copied: 'Kopiert',
  copyFailed: 'Kunne ikke kopiere. Merk teksten ovenfor og kopier den selv.',
  inCall: {
    found: 'Kontrollen før denne samtalen fant: {finding}',
    passed: 'Kontrollen før denne samtalen fant ingen problemer.',
  },
};
