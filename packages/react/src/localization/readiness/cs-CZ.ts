import type { ReadinessStrings } from './en-US.js';

/**
 * Czech strings of the readiness check. Formal "vy" and terms as in ACS's cs-CZ (`@azure/communication-react`):
 * hovor, připojit se k hovoru, síť, připojení, mikrofon, kamera, prohlížeč, "není podporovaný", "Zkusit znovu",
 * Zrušit. Machine-written: wants a native speaker's review (docs/localization.md).
 */
export const readinessCsCZ: ReadinessStrings = {
  locale: 'cs-CZ',
  title: 'Než se připojíte, zkontrolujte připojení',
  intro:
    'Zkontrolujeme váš prohlížeč, zařízení a síť, abyste ještě před připojením věděli, jestli se hovor dokáže spojit.',
  start: 'Spustit kontrolu',
  runAgain: 'Zkontrolovat znovu',
  cancel: 'Zrušit',
  allowDevices: 'Povolit kameru a mikrofon',
  join: 'Připojit se',
  joinAnyway: 'Přesto se připojit',
  running: 'Kontroluje se připojení…',
  progress: 'Dokončené kontroly: {done} z {total}',
  aborted: 'Kontrola byla zrušena.',
  untested: 'Neotestováno: {checks}.',
  listSeparator: ', ',
  unknown: 'neznámé',
  verdicts: {
    ready: { title: 'Můžete se připojit', body: 'Vše, co jsme otestovali, funguje.' },
    warnings: {
      title: 'Můžete se připojit, ale mohou nastat problémy',
      body: 'Některé kontroly zjistily problémy nebo je nebylo možné spustit. Podrobnosti najdete níže.',
    },
    blocked: {
      title: 'Odsud se hovor nemůže spojit',
      body: 'Vaše síť nebo zařízení brání hovorům ve fungování. Opravte problém uvedený níže a pak spusťte kontrolu znovu.',
    },
    untested: {
      title: 'Nic jsme tu nemohli otestovat',
      body: 'V tomto prohlížeči nebo v tomto nastavení nešlo spustit žádnou kontrolu, takže nemůžeme říct, jestli se hovor spojí.',
    },
  },
  checks: {
    environment: 'Prohlížeč',
    devices: 'Mikrofon a kamera',
    relays: 'Mediální servery hovorů',
    signalling: 'Služba volání',
    history: 'Vaše nedávné hovory',
  },
  status: {
    idle: 'Nespuštěno',
    running: 'Probíhá kontrola',
    pass: 'V pořádku',
    warn: 'Upozornění',
    fail: 'Selhalo',
    skipped: 'Neotestováno',
  },
  reasons: {
    'not-in-browser': 'Tato kontrola vyžaduje prohlížeč.',
    'timed-out': 'Tato kontrola trvala příliš dlouho a byla zastavena.',
    'sdk-error': 'Tuto kontrolu nešlo spustit: prohlížeč nebo Calling SDK ohlásil chybu.',
    aborted: 'Zrušeno.',
    supported: 'Váš prohlížeč je podporovaný ({browser} {browserVersion}, {platform}).',
    'webrtc-available': 'Váš prohlížeč umí volat (WebRTC). Jestli je podporovaný, se nekontrolovalo.',
    'unsupported-browser': 'Tento prohlížeč není pro hovory podporovaný ({browser}). Hovory nemusí fungovat správně.',
    'unsupported-browser-version':
      'Tato verze prohlížeče je pro hovory příliš stará ({browser} {browserVersion}). Aktualizujte si prohlížeč.',
    'unsupported-platform':
      'Tento operační systém není pro hovory podporovaný ({platform}). Hovory nemusí fungovat správně.',
    'no-webrtc': 'V tomto prohlížeči nelze volat: nemá WebRTC. Použijte aktuální Edge, Chrome, Firefox nebo Safari.',
    'devices-available': 'Nalezené mikrofony: {microphones}, kamery: {cameras}.',
    'no-microphone': 'Nenašel se žádný mikrofon. Ostatní vás neuslyší: připojte mikrofon.',
    'no-camera': 'Nenašla se žádná kamera. Ostatní vás neuvidí.',
    'microphone-denied': 'Přístup k mikrofonu je zablokovaný. Ostatní vás neuslyší: povolte ho v nastavení prohlížeče.',
    'camera-denied': 'Přístup ke kameře je zablokovaný. Ostatní vás neuvidí: povolte ho v nastavení prohlížeče.',
    'permission-needed': 'Povolte přístup ke kameře a mikrofonu, abychom je mohli zkontrolovat.',
    'no-media-devices': 'Tento prohlížeč neumí vypsat mediální zařízení.',
    'relays-reachable': 'Vaše síť se může spojit s mediálními servery hovorů ({transports}).',
    'relays-answered':
      'Mediální servery hovorů odpověděly ({transports}). Jestli přes ně může proudit zvuk a video, se netestovalo.',
    'udp-blocked-tcp-works':
      'Vaše síť blokuje UDP, takže zvuk a video hovorů použijí TCP. Hovory by se měly spojit, ale kvalita může být nižší.',
    'udp-blocked':
      'Vaše síť blokuje UDP k mediálním serverům hovorů. Hovory se možná přesto spojí přes port TCP 443, to se ale netestovalo.',
    'partly-reachable': 'S některými mediálními servery hovorů se nepodařilo spojit. Hovory se přesto mohou spojit.',
    'relays-blocked':
      'Vaše síť blokuje mediální servery hovorů. Hovory budou končit chybou 410/3112, dokud je brána firewall nepovolí.',
    'relay-auth-failed':
      'Přihlašovací údaje aplikace k mediálním serverům byly odmítnuty. Jde o problém aplikace, ne vaší sítě.',
    'relay-server-error': 'Mediální servery odpověděly chybou. Zkuste to znovu později.',
    'no-relay-urls': 'Nebyly zadány žádné mediální servery k otestování, takže se to netestovalo.',
    'endpoints-reachable': 'Služba volání je dostupná.',
    'endpoints-unreachable':
      'Služba volání není dostupná ({hosts}). Zkontrolujte připojení k internetu nebo proxy server.',
    'no-endpoints': 'Nebyla zadána žádná adresa služby volání k otestování, takže se to netestovalo.',
    'recent-relay-failures':
      'Vaše poslední hovory na tomto zařízení ({count}) skončily chybou 410/3112: vaše síť je zablokovala.',
    'history-clear': 'Vaše nedávné hovory na tomto zařízení se spojily.',
    'no-history': 'Na tomto zařízení nejsou žádné dřívější hovory.',
  },
  adminTitle: 'Pro správce IT',
  adminIntro: 'Pošlete to tomu, kdo spravuje vaši síť.',
  adminFindings: 'Co zjistila kontrola před hovorem:',
  copyAdmin: 'Kopírovat pro správce IT',
  copied: 'Zkopírováno',
  copyFailed: 'Kopírování se nezdařilo. Vyberte text výše a zkopírujte ho sami.',
  inCall: {
    found: 'Kontrola před tímto hovorem zjistila: {finding}',
    passed: 'Kontrola před tímto hovorem nezjistila žádný problém.',
  },
};
