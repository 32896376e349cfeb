import type { ReadinessStrings } from './en-US.js';

/**
 * Finnish strings of the readiness check. Second person singular and terms as in ACS's fi-FI
 * (`@azure/communication-react`): puhelu, liittyä puheluun, verkko, yhteys, mikrofoni, kamera, selain, "ei tueta",
 * "Yritä uudelleen", Peruuta. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessFiFI: ReadinessStrings = {
  locale: 'fi-FI',
  title: 'Tarkista yhteys ennen kuin liityt puheluun',
  intro:
    'Tarkistamme selaimesi, laitteesi ja verkkosi, jotta tiedät ennen liittymistä, voiko puhelu muodostaa yhteyden.',
  start: 'Aloita tarkistus',
  runAgain: 'Tarkista uudelleen',
  cancel: 'Peruuta',
  allowDevices: 'Salli kamera ja mikrofoni',
  join: 'Liity',
  joinAnyway: 'Liity silti',
  running: 'Tarkistetaan yhteyttä…',
  progress: '{done}/{total} tarkistusta valmiina',
  aborted: 'Tarkistus peruutettiin.',
  untested: 'Ei testattu: {checks}.',
  listSeparator: ', ',
  unknown: 'tuntematon',
  verdicts: {
    ready: { title: 'Voit liittyä puheluun', body: 'Kaikki testaamamme toimii.' },
    warnings: {
      title: 'Voit liittyä, mutta ongelmia voi ilmetä',
      body: 'Jotkin tarkistukset löysivät ongelmia tai niitä ei voitu suorittaa. Lue tiedot alta.',
    },
    blocked: {
      title: 'Puhelu ei voi muodostaa yhteyttä täältä',
      body: 'Verkkosi tai laitteesi estää puheluita toimimasta. Korjaa alla oleva ongelma ja suorita tarkistus sitten uudelleen.',
    },
    untested: {
      title: 'Emme voineet testata täällä mitään',
      body: 'Yhtäkään tarkistusta ei voitu suorittaa tässä selaimessa tai kokoonpanossa, joten emme voi sanoa, muodostaako puhelu yhteyden.',
    },
  },
  checks: {
    environment: 'Selain',
    devices: 'Mikrofoni ja kamera',
    relays: 'Puheluiden mediapalvelimet',
    signalling: 'Puhelupalvelu',
    history: 'Viimeisimmät puhelusi',
  },
  status: {
    idle: 'Ei aloitettu',
    running: 'Tarkistetaan',
    pass: 'Onnistui',
    warn: 'Varoitus',
    fail: 'Epäonnistui',
    skipped: 'Ei testattu',
  },
  reasons: {
    'not-in-browser': 'Tämä tarkistus edellyttää selainta.',
    'timed-out': 'Tämä tarkistus kesti liian kauan ja pysäytettiin.',
    'sdk-error': 'Tätä tarkistusta ei voitu suorittaa: selain tai Calling SDK ilmoitti virheestä.',
    aborted: 'Peruutettu.',
    supported: 'Selaintasi tuetaan ({browser} {browserVersion}, {platform}).',
    'webrtc-available': 'Selaimellasi voi soittaa puheluita (WebRTC). Sitä, tuetaanko selainta, ei tarkistettu.',
    'unsupported-browser': 'Tätä selainta ei tueta puheluissa ({browser}). Puhelut eivät ehkä toimi kunnolla.',
    'unsupported-browser-version':
      'Tämä selainversio on liian vanha puheluihin ({browser} {browserVersion}). Päivitä selain.',
    'unsupported-platform':
      'Tätä käyttöjärjestelmää ei tueta puheluissa ({platform}). Puhelut eivät ehkä toimi kunnolla.',
    'no-webrtc':
      'Tällä selaimella ei voi soittaa puheluita: siinä ei ole WebRTC:tä. Käytä Edgen, Chromen, Firefoxin tai Safarin uutta versiota.',
    'devices-available': 'Mikrofoneja löytyi: {microphones}. Kameroita löytyi: {cameras}.',
    'no-microphone': 'Mikrofonia ei löytynyt. Muut eivät kuule sinua: yhdistä mikrofoni.',
    'no-camera': 'Kameraa ei löytynyt. Muut eivät näe sinua.',
    'microphone-denied': 'Mikrofonin käyttö on estetty. Muut eivät kuule sinua: salli se selaimen asetuksista.',
    'camera-denied': 'Kameran käyttö on estetty. Muut eivät näe sinua: salli se selaimen asetuksista.',
    'permission-needed': 'Salli kameran ja mikrofonin käyttö, jotta voimme tarkistaa ne.',
    'no-media-devices': 'Tämä selain ei pysty luettelemaan medialaitteita.',
    'relays-reachable': 'Verkostasi saadaan yhteys puheluiden mediapalvelimiin ({transports}).',
    'relays-answered':
      'Puheluiden mediapalvelimet vastasivat ({transports}). Sitä, kulkevatko ääni ja video niiden kautta, ei testattu.',
    'udp-blocked-tcp-works':
      'Verkkosi estää UDP:n, joten puheluiden ääni ja video kulkevat TCP:n kautta. Puheluiden pitäisi muodostaa yhteys, mutta laatu voi olla heikompi.',
    'udp-blocked':
      'Verkkosi estää UDP-liikenteen puheluiden mediapalvelimiin. Puhelut voivat silti muodostaa yhteyden TCP-portin 443 kautta, mutta sitä ei testattu.',
    'partly-reachable':
      'Joihinkin puheluiden mediapalvelimiin ei saatu yhteyttä. Puhelut voivat silti muodostaa yhteyden.',
    'relays-blocked':
      'Verkkosi estää puheluiden mediapalvelimet. Puhelut epäonnistuvat virheellä 410/3112, kunnes palomuuri sallii ne.',
    'relay-auth-failed':
      'Sovelluksen tunnistetiedot mediapalvelimiin hylättiin. Ongelma on sovelluksessa, ei verkossasi.',
    'relay-server-error': 'Mediapalvelimet vastasivat virheellä. Yritä myöhemmin uudelleen.',
    'no-relay-urls': 'Testattavia mediapalvelimia ei annettu, joten tätä ei testattu.',
    'endpoints-reachable': 'Puhelupalveluun saadaan yhteys.',
    'endpoints-unreachable':
      'Puhelupalveluun ei saada yhteyttä ({hosts}). Tarkista internetyhteys tai välityspalvelin.',
    'no-endpoints': 'Puhelupalvelun osoitetta ei annettu testattavaksi, joten tätä ei testattu.',
    'recent-relay-failures':
      'Viimeisimmät puhelusi tällä laitteella ({count}) päättyivät virheeseen 410/3112: verkkosi esti ne.',
    'history-clear': 'Viimeisimmät puhelusi tällä laitteella muodostivat yhteyden.',
    'no-history': 'Tällä laitteella ei ole aiempia puheluita.',
  },
  adminTitle: 'IT-järjestelmänvalvojallesi',
  adminIntro: 'Lähetä tämä verkkoasi hallinnoivalle henkilölle.',
  adminFindings: 'Ennen puhelua tehty tarkistus löysi seuraavat:',
  copyAdmin: 'Kopioi IT-järjestelmänvalvojalle',
  copied: 'Kopioitu',
  copyFailed: 'Kopiointi epäonnistui. Valitse yllä oleva teksti ja kopioi se itse.',
  inCall: {
    found: 'Ennen tätä puhelua tehty tarkistus löysi: {finding}',
    passed: 'Ennen tätä puhelua tehty tarkistus ei löytänyt ongelmia.',
  },
};
