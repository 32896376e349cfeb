import type { MediaStrings } from './en-US.js';

/**
 * Finnish: the media family's strings. Register "sinä" and terms as in ACS's fi-FI: mikrofoni, kamera, kaiutin,
 * mykistetty / "Poista mykistys", käyttöoikeus, näytön jakaminen; macOS's Finnish names (Järjestelmäasetukset ›
 * Tietosuoja ja turvallisuus). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaFiFI: MediaStrings = {
  locale: 'fi-FI',
  issues: {
    microphonePermissionDenied: {
      title: 'Tietokoneesi estää mikrofonisi',
      body: 'Muut eivät kuule sinua, ennen kuin tämä selain saa käyttää mikrofonia.',
    },
    cameraPermissionDenied: {
      title: 'Tietokoneesi estää kamerasi',
      body: 'Muut eivät näe sinua, ennen kuin tämä selain saa käyttää kameraa.',
    },
    screenshareRecordingDisabled: {
      title: 'Tietokoneesi estää näytön jakamisen',
      body: 'Et voi jakaa näyttöäsi, ennen kuin tämä selain saa tallentaa sen.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Mikrofonia ei löytynyt',
      body: 'Yhdistä mikrofoni tai kuulokemikrofoni, jotta muut kuulevat sinut.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Kaiuttimia ei löytynyt',
      body: 'Yhdistä kaiuttimet tai kuulokkeet, jotta kuulet puhelun.',
    },
    microphoneNotFunctioning: {
      title: 'Mikrofonisi ei toimi',
      body: 'Muut eivät kuule sinua. Mikrofoni voi olla pois päältä tai toisen sovelluksen käytössä: sulje se sovellus tai valitse toinen mikrofoni.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Järjestelmä mykisti mikrofonisi',
      body: 'Poista mykistys, jotta sinut kuullaan taas, tai valitse toinen mikrofoni.',
    },
    microphoneNotMuteButSilent: {
      title: 'Mikrofonisi ei tallenna ääntä',
      body: 'Tarkista, että mikrofoni on kytketty eikä sitä ole mykistetty itse laitteesta, tai valitse toinen mikrofoni.',
    },
    cameraStartFailed: {
      title: 'Kameraasi ei voitu käynnistää',
      body: 'Kamera voi olla pois päältä tai toisen sovelluksen käytössä: sulje se sovellus ja käynnistä kamera uudelleen, tai valitse toinen kamera.',
    },
    cameraStartTimedOut: {
      title: 'Kamerasi käynnistyminen kestää liian kauan',
      body: 'Sammuta kamera ja käynnistä se uudelleen, tai valitse toinen kamera.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Kamerasi pysähtyi',
      body: 'Järjestelmä pysäytti videosi. Käynnistä kamera uudelleen, tai valitse toinen kamera.',
    },
    capturerStartFailed: {
      title: 'Näytön jakamista ei voitu aloittaa',
      body: 'Yritä jakaa näyttösi uudelleen.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Näytön jakaminen pysähtyi',
      body: 'Jatka jakamalla näyttösi uudelleen.',
    },
    cameraFreeze: {
      title: 'Muut näkevät videosi jähmettyneenä',
      body: 'Verkkosi voi olla juuri nyt liian hidas videolle. Tarkista verkko, tai sammuta kamera ja käynnistä se uudelleen.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Salliminen: avaa Järjestelmäasetukset › Tietosuoja ja turvallisuus › Mikrofoni, ota selaimesi käyttöön ja käynnistä selain sitten uudelleen.',
      chromium:
        'Selaimessa: valitse sivuston asetusten kuvake osoiterivin vasemmalla puolella, salli mikrofoni ja lataa sivu sitten uudelleen.',
      safari:
        'Safarissa: valitse Safari › Tämän verkkosivuston asetukset, aseta Mikrofoni-kohdan arvoksi Salli ja lataa sivu sitten uudelleen.',
      firefox:
        'Firefoxissa: valitse osoiterivin käyttöoikeuskuvake, poista estetty mikrofonin käyttöoikeus ja lataa sivu sitten uudelleen.',
    },
    camera: {
      macos:
        'Salliminen: avaa Järjestelmäasetukset › Tietosuoja ja turvallisuus › Kamera, ota selaimesi käyttöön ja käynnistä selain sitten uudelleen.',
      chromium:
        'Selaimessa: valitse sivuston asetusten kuvake osoiterivin vasemmalla puolella, salli kamera ja lataa sivu sitten uudelleen.',
      safari:
        'Safarissa: valitse Safari › Tämän verkkosivuston asetukset, aseta Kamera-kohdan arvoksi Salli ja lataa sivu sitten uudelleen.',
      firefox:
        'Firefoxissa: valitse osoiterivin käyttöoikeuskuvake, poista estetty kameran käyttöoikeus ja lataa sivu sitten uudelleen.',
    },
    screen: {
      macos:
        'Salliminen: avaa Järjestelmäasetukset › Tietosuoja ja turvallisuus › Näytön ja järjestelmän äänen tallennus, ota selaimesi käyttöön ja käynnistä selain sitten uudelleen.',
      chromium: 'Selaimessa: jaa näyttösi uudelleen ja valitse, mitä jaat, kun selain kysyy.',
      safari: 'Safarissa: jaa näyttösi uudelleen ja salli se, kun Safari kysyy.',
      firefox: 'Firefoxissa: jaa näyttösi uudelleen ja salli se, kun Firefox kysyy.',
    },
  },
  actions: {
    unmute: 'Poista mykistys',
    chooseMicrophone: 'Valitse toinen mikrofoni',
    chooseCamera: 'Valitse toinen kamera',
    chooseSpeaker: 'Valitse toinen kaiutin',
    checkNetwork: 'Tarkista verkko',
  },
  muted: {
    title: 'Mikrofonisi on mykistetty',
    body: 'Puhut, mutta mikrofonisi on mykistetty.',
    unmute: 'Poista mykistys',
    dismiss: 'Sulje',
    unmuteFailed: 'Mykistyksen poistaminen epäonnistui. Poista mykistys puhelun ohjaimista.',
  },
  remote: {
    poorConnection: 'Heikko yhteys',
    reconnecting: 'Yhdistetään uudelleen',
    offline: 'Offline-tilassa',
    connectionBlocked: 'Yhteys estetty',
    cameraFrozen: 'Kamera jähmettynyt',
    cameraStopped: 'Kamera pysähtynyt',
    microphoneNotWorking: 'Mikrofoni ei toimi',
    mutedBySystem: 'Oman laitteen mykistämä',
    noMicrophone: 'Ei mikrofonia',
    noSpeaker: 'Ei kuule puhelua',
    label: '{name}: {problem}',
    someone: 'Osallistuja',
  },
};
