import type { ReadinessStrings } from './en-US.js';

/**
 * Welsh strings of the readiness check. "Chi"/"eich" and terms as in ACS's cy-GB (`@azure/communication-react`):
 * galwad, ymuno â galwad, rhwydwaith, cysylltiad, meicroffon, camera, porwr, "Rhowch gynnig arall arni", Canslo,
 * "Wedi copïo". Machine-written, the least confident of all: wants a native speaker's review
 * (docs/localization.md).
 */
export const readinessCyGB: ReadinessStrings = {
  locale: 'cy-GB',
  title: 'Gwiriwch eich cysylltiad cyn ymuno',
  intro:
    'Rydyn ni’n gwirio eich porwr, eich dyfeisiau a’ch rhwydwaith er mwyn i chi wybod cyn ymuno a all yr alwad gysylltu.',
  start: 'Dechrau’r gwiriad',
  runAgain: 'Gwirio eto',
  cancel: 'Canslo',
  allowDevices: 'Caniatáu camera a meicroffon',
  join: 'Ymuno',
  joinAnyway: 'Ymuno beth bynnag',
  running: 'Wrthi’n gwirio eich cysylltiad…',
  progress: '{done} o {total} gwiriad wedi’u cwblhau',
  aborted: 'Cafodd y gwiriad ei ganslo.',
  untested: 'Heb eu profi: {checks}.',
  listSeparator: ', ',
  unknown: 'anhysbys',
  verdicts: {
    ready: { title: 'Rydych chi’n barod i ymuno', body: 'Mae popeth y gwnaethon ni ei brofi yn gweithio.' },
    warnings: {
      title: 'Gallwch ymuno, ond efallai y bydd problemau',
      body: 'Daeth rhai gwiriadau o hyd i broblemau neu doedd dim modd eu rhedeg. Darllenwch y manylion isod.',
    },
    blocked: {
      title: 'Does dim modd i’ch galwad gysylltu o’r fan hon',
      body: 'Mae eich rhwydwaith neu eich dyfais yn atal galwadau rhag gweithio. Datryswch y broblem isod, yna rhedwch y gwiriad eto.',
    },
    untested: {
      title: 'Doedd dim modd i ni brofi dim byd yma',
      body: 'Doedd dim modd rhedeg yr un o’r gwiriadau yn y porwr hwn na’r gosodiad hwn, felly allwn ni ddim dweud a fydd yr alwad yn cysylltu.',
    },
  },
  checks: {
    environment: 'Porwr',
    devices: 'Meicroffon a chamera',
    relays: 'Gweinyddion cyfryngau galwadau',
    signalling: 'Gwasanaeth galw',
    history: 'Eich galwadau diweddar',
  },
  status: {
    idle: 'Heb ddechrau',
    running: 'Wrthi’n gwirio',
    pass: 'Wedi pasio',
    warn: 'Rhybudd',
    fail: 'Wedi methu',
    skipped: 'Heb ei brofi',
  },
  reasons: {
    'not-in-browser': 'Mae angen porwr ar gyfer y gwiriad hwn.',
    'timed-out': 'Cymerodd y gwiriad hwn ormod o amser a chafodd ei atal.',
    'sdk-error': 'Doedd dim modd rhedeg y gwiriad hwn: rhoddodd y porwr neu’r Calling SDK wybod am wall.',
    aborted: 'Wedi’i ganslo.',
    supported: 'Mae eich porwr yn cael ei gefnogi ({browser} {browserVersion} ar {platform}).',
    'webrtc-available':
      'Mae eich porwr yn gallu gwneud galwadau (WebRTC). Wnaethon ni ddim gwirio a yw’n cael ei gefnogi.',
    'unsupported-browser':
      'Dydy’r porwr hwn ddim yn cael ei gefnogi ar gyfer galwadau ({browser}). Efallai na fydd galwadau’n gweithio’n dda.',
    'unsupported-browser-version':
      'Mae’r fersiwn hon o’r porwr yn rhy hen ar gyfer galwadau ({browser} {browserVersion}). Diweddarwch eich porwr.',
    'unsupported-platform':
      'Dydy’r system weithredu hon ddim yn cael ei chefnogi ar gyfer galwadau ({platform}). Efallai na fydd galwadau’n gweithio’n dda.',
    'no-webrtc':
      'Dydy’r porwr hwn ddim yn gallu gwneud galwadau: does ganddo ddim WebRTC. Defnyddiwch fersiwn gyfredol o Edge, Chrome, Firefox neu Safari.',
    'devices-available': 'Meicroffonau a ganfuwyd: {microphones}. Camerâu a ganfuwyd: {cameras}.',
    'no-microphone': 'Heb ganfod meicroffon. Fydd pobl eraill ddim yn eich clywed: cysylltwch feicroffon.',
    'no-camera': 'Heb ganfod camera. Fydd pobl eraill ddim yn eich gweld.',
    'microphone-denied':
      'Mae mynediad i’r meicroffon wedi’i rwystro. Fydd pobl eraill ddim yn eich clywed: caniatewch hynny yng ngosodiadau eich porwr.',
    'camera-denied':
      'Mae mynediad i’r camera wedi’i rwystro. Fydd pobl eraill ddim yn eich gweld: caniatewch hynny yng ngosodiadau eich porwr.',
    'permission-needed': 'Caniatewch fynediad i’ch camera a’ch meicroffon er mwyn i ni allu eu gwirio.',
    'no-media-devices': 'Dydy’r porwr hwn ddim yn gallu rhestru dyfeisiau cyfryngau.',
    'relays-reachable': 'Mae eich rhwydwaith yn gallu cyrraedd gweinyddion cyfryngau’r galwadau ({transports}).',
    'relays-answered':
      'Atebodd gweinyddion cyfryngau’r galwadau ({transports}). Wnaethon ni ddim profi a all sain a fideo lifo drwyddyn nhw.',
    'udp-blocked-tcp-works':
      'Mae eich rhwydwaith yn rhwystro UDP, felly bydd sain a fideo’r galwadau’n defnyddio TCP. Dylai galwadau gysylltu, ond gallai’r ansawdd fod yn is.',
    'udp-blocked':
      'Mae eich rhwydwaith yn rhwystro UDP i weinyddion cyfryngau’r galwadau. Efallai y bydd galwadau’n dal i gysylltu dros borth TCP 443, ond wnaethon ni ddim profi hynny.',
    'partly-reachable':
      'Doedd dim modd cyrraedd rhai o weinyddion cyfryngau’r galwadau. Efallai y bydd galwadau’n dal i gysylltu.',
    'relays-blocked':
      'Mae eich rhwydwaith yn rhwystro gweinyddion cyfryngau’r galwadau. Bydd galwadau’n methu gyda gwall 410/3112 nes bydd y wal dân yn eu caniatáu.',
    'relay-auth-failed':
      'Cafodd manylion mewngofnodi’r ap ar gyfer y gweinyddion cyfryngau eu gwrthod. Problem gyda’r ap yw hon, nid gyda’ch rhwydwaith.',
    'relay-server-error': 'Atebodd y gweinyddion cyfryngau gyda gwall. Rhowch gynnig arall arni yn nes ymlaen.',
    'no-relay-urls': 'Chafodd dim gweinyddion cyfryngau eu rhoi i’w profi, felly chafodd hyn ddim ei brofi.',
    'endpoints-reachable': 'Mae modd cyrraedd y gwasanaeth galw.',
    'endpoints-unreachable':
      'Does dim modd cyrraedd y gwasanaeth galw ({hosts}). Gwiriwch eich cysylltiad â’r rhyngrwyd neu eich dirprwy.',
    'no-endpoints': 'Chafodd dim cyfeiriad gwasanaeth galw ei roi i’w brofi, felly chafodd hyn ddim ei brofi.',
    'recent-relay-failures':
      'Daeth eich galwadau diweddaraf ar y ddyfais hon ({count}) i ben gyda gwall 410/3112: roedd eich rhwydwaith wedi’u rhwystro.',
    'history-clear': 'Cysylltodd eich galwadau diweddar ar y ddyfais hon.',
    'no-history': 'Dim galwadau blaenorol ar y ddyfais hon.',
  },
  adminTitle: 'Ar gyfer eich gweinyddwr TG',
  adminIntro: 'Anfonwch hwn at bwy bynnag sy’n rheoli eich rhwydwaith.',
  adminFindings: 'Yr hyn a ganfu’r gwiriad cyn yr alwad:',
  copyAdmin: 'Copïo ar gyfer eich gweinyddwr TG',
  copied: 'Wedi copïo',
  copyFailed: 'Doedd dim modd copïo. Dewiswch y testun uchod a’i gopïo eich hun.',
  inCall: {
    found: 'Daeth y gwiriad cyn yr alwad hon o hyd i: {finding}',
    passed: 'Ni ddaeth y gwiriad cyn yr alwad hon o hyd i unrhyw broblem.',
  },
};
