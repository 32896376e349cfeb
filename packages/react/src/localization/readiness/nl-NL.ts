import type { ReadinessStrings } from './en-US.js';

/**
 * Dutch strings of the readiness check. Formal "u" and terms as in ACS's nl-NL (`@azure/communication-react`):
 * gesprek, deelnemen, netwerk, verbinding, microfoon, camera, "wordt niet ondersteund", bijwerken, Annuleren,
 * "Probeer het later opnieuw". (The kit's main nl-NL table says "je"; see docs/localization.md.) Machine-written:
 * wants a native speaker's review.
 */
export const readinessNlNL: ReadinessStrings = {
  locale: 'nl-NL',
  title: 'Controleer uw verbinding voordat u deelneemt',
  intro:
    'We controleren uw browser, apparaten en netwerk, zodat u vóór het deelnemen weet of het gesprek verbinding kan maken.',
  start: 'Controle starten',
  runAgain: 'Opnieuw controleren',
  cancel: 'Annuleren',
  allowDevices: 'Camera en microfoon toestaan',
  join: 'Deelnemen',
  joinAnyway: 'Toch deelnemen',
  running: 'Uw verbinding wordt gecontroleerd…',
  progress: '{done} van {total} controles voltooid',
  aborted: 'De controle is geannuleerd.',
  untested: 'Niet getest: {checks}.',
  listSeparator: ', ',
  unknown: 'onbekend',
  verdicts: {
    ready: { title: 'U kunt deelnemen', body: 'Alles wat we hebben getest, werkt.' },
    warnings: {
      title: 'U kunt deelnemen, maar er kunnen problemen zijn',
      body: 'Sommige controles hebben problemen gevonden of konden niet worden uitgevoerd. Lees de details hieronder.',
    },
    blocked: {
      title: 'Uw gesprek kan vanaf hier geen verbinding maken',
      body: 'Uw netwerk of apparaat zorgt ervoor dat gesprekken niet werken. Los het probleem hieronder op en voer de controle daarna opnieuw uit.',
    },
    untested: {
      title: 'We konden hier niets testen',
      body: 'Geen van de controles kon in deze browser of deze omgeving worden uitgevoerd, dus we kunnen niet zeggen of het gesprek verbinding zal maken.',
    },
  },
  checks: {
    environment: 'Browser',
    devices: 'Microfoon en camera',
    relays: 'Mediaservers voor gesprekken',
    signalling: 'Gespreksservice',
    history: 'Uw recente gesprekken',
  },
  status: {
    idle: 'Niet gestart',
    running: 'Bezig met controleren',
    pass: 'Geslaagd',
    warn: 'Waarschuwing',
    fail: 'Mislukt',
    skipped: 'Niet getest',
  },
  reasons: {
    'not-in-browser': 'Voor deze controle is een browser nodig.',
    'timed-out': 'Deze controle duurde te lang en is gestopt.',
    'sdk-error': 'Deze controle kon niet worden uitgevoerd: de browser of de Calling SDK heeft een fout gemeld.',
    aborted: 'Geannuleerd.',
    supported: 'Uw browser wordt ondersteund ({browser} {browserVersion} op {platform}).',
    'webrtc-available':
      'Uw browser kan gesprekken voeren (WebRTC). Of de browser wordt ondersteund, is niet gecontroleerd.',
    'unsupported-browser':
      'Deze browser wordt niet ondersteund voor gesprekken ({browser}). Gesprekken werken mogelijk niet goed.',
    'unsupported-browser-version':
      'Deze browserversie is te oud voor gesprekken ({browser} {browserVersion}). Werk uw browser bij.',
    'unsupported-platform':
      'Dit besturingssysteem wordt niet ondersteund voor gesprekken ({platform}). Gesprekken werken mogelijk niet goed.',
    'no-webrtc':
      'Met deze browser kunt u geen gesprekken voeren: WebRTC ontbreekt. Gebruik een recente versie van Edge, Chrome, Firefox of Safari.',
    'devices-available': '{microphones} microfoon(s) en {cameras} camera(’s) gevonden.',
    'no-microphone': 'Geen microfoon gevonden. Anderen kunnen u niet horen: sluit een microfoon aan.',
    'no-camera': 'Geen camera gevonden. Anderen kunnen u niet zien.',
    'microphone-denied':
      'De toegang tot de microfoon is geblokkeerd. Anderen kunnen u niet horen: sta de toegang toe in de instellingen van uw browser.',
    'camera-denied':
      'De toegang tot de camera is geblokkeerd. Anderen kunnen u niet zien: sta de toegang toe in de instellingen van uw browser.',
    'permission-needed': 'Sta toegang tot uw camera en microfoon toe, zodat we ze kunnen controleren.',
    'no-media-devices': 'Deze browser kan geen media-apparaten weergeven.',
    'relays-reachable': 'Uw netwerk kan de mediaservers voor gesprekken bereiken ({transports}).',
    'relays-answered':
      'De mediaservers voor gesprekken hebben geantwoord ({transports}). Of audio en video er doorheen kunnen, is niet getest.',
    'udp-blocked-tcp-works':
      'Uw netwerk blokkeert UDP, dus audio en video van het gesprek gebruiken TCP. Gesprekken zouden verbinding moeten maken, maar de kwaliteit kan lager zijn.',
    'udp-blocked':
      'Uw netwerk blokkeert UDP naar de mediaservers voor gesprekken. Gesprekken kunnen mogelijk nog verbinding maken via TCP-poort 443; dat is niet getest.',
    'partly-reachable':
      'Sommige mediaservers voor gesprekken waren niet bereikbaar. Gesprekken kunnen nog steeds verbinding maken.',
    'relays-blocked':
      'Uw netwerk blokkeert de mediaservers voor gesprekken. Gesprekken mislukken met fout 410/3112 totdat de firewall ze toestaat.',
    'relay-auth-failed':
      'De referenties van de app voor de mediaservers zijn geweigerd. Dit is een probleem met de app, niet met uw netwerk.',
    'relay-server-error': 'De mediaservers hebben met een fout geantwoord. Probeer het later opnieuw.',
    'no-relay-urls': 'Er zijn geen mediaservers opgegeven om te testen, dus dit is niet getest.',
    'endpoints-reachable': 'De gespreksservice is bereikbaar.',
    'endpoints-unreachable':
      'De gespreksservice is niet bereikbaar ({hosts}). Controleer uw internetverbinding of proxy.',
    'no-endpoints': 'Er is geen adres van de gespreksservice opgegeven om te testen, dus dit is niet getest.',
    'recent-relay-failures':
      'Uw laatste {count} gesprek(ken) op dit apparaat zijn beëindigd met fout 410/3112: uw netwerk heeft ze geblokkeerd.',
    'history-clear': 'Uw recente gesprekken op dit apparaat hebben verbinding gemaakt.',
    'no-history': 'Geen eerdere gesprekken op dit apparaat.',
  },
  adminTitle: 'Voor uw IT-beheerder',
  adminIntro: 'Stuur dit naar degene die uw netwerk beheert.',
  adminFindings: 'Wat de controle vóór het gesprek vond:',
  copyAdmin: 'Kopiëren voor uw IT-beheerder',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren is mislukt. Selecteer de tekst hierboven en kopieer deze zelf.',
  inCall: {
    found: 'De controle vóór dit gesprek vond: {finding}',
    passed: 'De controle vóór dit gesprek vond geen probleem.',
  },
};
