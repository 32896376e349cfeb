import type { MediaStrings } from './en-US.js';

/**
 * Czech: the media family's strings. Register "vy" and terms as in ACS's cs-CZ: mikrofon, kamera, reproduktor,
 * ztlumený / "Zrušit ztlumení", oprávnění, sdílení obrazovky; macOS's Czech names (Nastavení systému › Soukromí a
 * zabezpečení). Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const mediaCsCZ: MediaStrings = {
  locale: 'cs-CZ',
  issues: {
    microphonePermissionDenied: {
      title: 'Váš počítač blokuje mikrofon',
      body: 'Ostatní vás neuslyší, dokud tento prohlížeč nebude smět používat mikrofon.',
    },
    cameraPermissionDenied: {
      title: 'Váš počítač blokuje kameru',
      body: 'Ostatní vás neuvidí, dokud tento prohlížeč nebude smět používat kameru.',
    },
    screenshareRecordingDisabled: {
      title: 'Váš počítač blokuje sdílení obrazovky',
      body: 'Obrazovku nebudete moct sdílet, dokud ji tento prohlížeč nebude smět nahrávat.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Nenašel se žádný mikrofon',
      body: 'Připojte mikrofon nebo náhlavní soupravu, aby vás ostatní slyšeli.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Nenašly se žádné reproduktory',
      body: 'Připojte reproduktory nebo sluchátka, abyste slyšeli hovor.',
    },
    microphoneNotFunctioning: {
      title: 'Váš mikrofon nefunguje',
      body: 'Ostatní vás neslyší. Mikrofon je možná vypnutý nebo ho používá jiná aplikace: zavřete ji nebo zvolte jiný mikrofon.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Systém ztlumil váš mikrofon',
      body: 'Zrušte ztlumení, aby vás bylo znovu slyšet, nebo zvolte jiný mikrofon.',
    },
    microphoneNotMuteButSilent: {
      title: 'Váš mikrofon nezachytává žádný zvuk',
      body: 'Zkontrolujte, že je připojený a není ztlumený přímo na zařízení, nebo zvolte jiný mikrofon.',
    },
    cameraStartFailed: {
      title: 'Vaši kameru se nepovedlo spustit',
      body: 'Kamera je možná vypnutá nebo ji používá jiná aplikace: zavřete ji a zapněte kameru znovu, nebo zvolte jinou kameru.',
    },
    cameraStartTimedOut: {
      title: 'Spouštění vaší kamery trvá příliš dlouho',
      body: 'Vypněte kameru a znovu ji zapněte, nebo zvolte jinou kameru.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Vaše kamera se zastavila',
      body: 'Systém zastavil vaše video. Zapněte kameru znovu, nebo zvolte jinou kameru.',
    },
    capturerStartFailed: {
      title: 'Sdílení obrazovky se nepovedlo spustit',
      body: 'Zkuste obrazovku sdílet znovu.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Sdílení obrazovky se zastavilo',
      body: 'Pokračujte tím, že obrazovku budete sdílet znovu.',
    },
    cameraFreeze: {
      title: 'Ostatní vidí vaše video zamrzlé',
      body: 'Vaše síť je teď možná na video příliš pomalá. Zkontrolujte síť, nebo kameru vypněte a znovu zapněte.',
    },
  },
  allow: {
    microphone: {
      macos:
        'Povolení: otevřete Nastavení systému › Soukromí a zabezpečení › Mikrofon, zapněte svůj prohlížeč a pak prohlížeč restartujte.',
      chromium:
        'V prohlížeči: vyberte ikonu nastavení webu vlevo od adresního řádku, povolte mikrofon a pak stránku načtěte znovu.',
      safari:
        'V Safari: zvolte Safari › Nastavení pro tento web, nastavte Mikrofon na Povolit a pak stránku načtěte znovu.',
      firefox:
        'Ve Firefoxu: vyberte ikonu oprávnění v adresním řádku, odeberte zablokované oprávnění pro mikrofon a pak stránku načtěte znovu.',
    },
    camera: {
      macos:
        'Povolení: otevřete Nastavení systému › Soukromí a zabezpečení › Kamera, zapněte svůj prohlížeč a pak prohlížeč restartujte.',
      chromium:
        'V prohlížeči: vyberte ikonu nastavení webu vlevo od adresního řádku, povolte kameru a pak stránku načtěte znovu.',
      safari:
        'V Safari: zvolte Safari › Nastavení pro tento web, nastavte Kamera na Povolit a pak stránku načtěte znovu.',
      firefox:
        'Ve Firefoxu: vyberte ikonu oprávnění v adresním řádku, odeberte zablokované oprávnění pro kameru a pak stránku načtěte znovu.',
    },
    screen: {
      macos:
        'Povolení: otevřete Nastavení systému › Soukromí a zabezpečení › Nahrávání obrazovky a systémového zvuku, zapněte svůj prohlížeč a pak prohlížeč restartujte.',
      chromium: 'V prohlížeči: sdílejte obrazovku znovu a zvolte, co chcete sdílet, až se prohlížeč zeptá.',
      safari: 'V Safari: sdílejte obrazovku znovu a povolte to, až se Safari zeptá.',
      firefox: 'Ve Firefoxu: sdílejte obrazovku znovu a povolte to, až se Firefox zeptá.',
    },
  },
  actions: {
    unmute: 'Zrušit ztlumení',
    chooseMicrophone: 'Zvolit jiný mikrofon',
    chooseCamera: 'Zvolit jinou kameru',
    chooseSpeaker: 'Zvolit jiný reproduktor',
    checkNetwork: 'Zkontrolovat síť',
  },
  muted: {
    title: 'Jste ztlumení',
    body: 'Mluvíte, ale váš mikrofon je ztlumený.',
    unmute: 'Zrušit ztlumení',
    dismiss: 'Zavřít',
    unmuteFailed: 'Ztlumení se nepovedlo zrušit. Zrušte ho pomocí ovládacích prvků hovoru.',
  },
  remote: {
    poorConnection: 'Špatné připojení',
    reconnecting: 'Obnovuje se připojení',
    offline: 'Offline',
    connectionBlocked: 'Připojení je blokované',
    cameraFrozen: 'Kamera zamrzla',
    cameraStopped: 'Kamera se zastavila',
    microphoneNotWorking: 'Mikrofon nefunguje',
    mutedBySystem: 'Ztlumeno vlastním zařízením',
    noMicrophone: 'Žádný mikrofon',
    noSpeaker: 'Neslyší hovor',
    label: '{name}: {problem}',
    someone: 'Účastník',
  },
};
