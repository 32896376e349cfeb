import type { MediaStrings } from './en-US.js';

/**
 * Welsh: the media family's strings. Register "chi" and terms as in ACS's cy-GB: meicroffon, camera, seinydd,
 * "wedi tewi" / "Dad-dewi", caniatâd, rhannu sgrin. macOS and Safari have no Welsh: their settings are named in
 * English, as the person sees them, with the Welsh word beside them. Machine-written, the least confident of all:
 * wants a native speaker's review (docs/localization.md).
 */
export const mediaCyGB: MediaStrings = {
  locale: 'cy-GB',
  issues: {
    microphonePermissionDenied: {
      title: 'Mae eich cyfrifiadur yn rhwystro eich meicroffon',
      body: 'Fydd eraill ddim yn gallu eich clywed chi nes bod y porwr hwn yn cael defnyddio’r meicroffon.',
    },
    cameraPermissionDenied: {
      title: 'Mae eich cyfrifiadur yn rhwystro eich camera',
      body: 'Fydd eraill ddim yn gallu eich gweld chi nes bod y porwr hwn yn cael defnyddio’r camera.',
    },
    screenshareRecordingDisabled: {
      title: 'Mae eich cyfrifiadur yn rhwystro rhannu sgrin',
      body: 'Allwch chi ddim rhannu eich sgrin nes bod y porwr hwn yn cael ei recordio.',
    },
    noMicrophoneDevicesEnumerated: {
      title: 'Heb ganfod meicroffon',
      body: 'Cysylltwch feicroffon neu glustffonau gyda meicroffon fel bod eraill yn gallu eich clywed chi.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'Heb ddod o hyd i seinyddion',
      body: 'Cysylltwch seinyddion neu glustffonau i glywed yr alwad.',
    },
    microphoneNotFunctioning: {
      title: 'Dyw eich meicroffon ddim yn gweithio',
      body: 'Dydy eraill ddim yn gallu eich clywed chi. Efallai ei fod wedi’i ddiffodd neu’n cael ei ddefnyddio gan ap arall: caewch yr ap hwnnw neu dewiswch feicroffon arall.',
    },
    microphoneMuteUnexpectedly: {
      title: 'Mae eich system wedi tewi eich meicroffon',
      body: 'Dad-dewch y meicroffon i gael eich clywed eto, neu dewiswch feicroffon arall.',
    },
    microphoneNotMuteButSilent: {
      title: 'Dyw eich meicroffon ddim yn codi unrhyw sain',
      body: 'Gwiriwch ei fod wedi’i blygio i mewn ac nad yw wedi tewi ar y ddyfais ei hun, neu dewiswch feicroffon arall.',
    },
    cameraStartFailed: {
      title: 'Doedd dim modd cychwyn eich camera',
      body: 'Efallai ei fod wedi’i ddiffodd neu’n cael ei ddefnyddio gan ap arall: caewch yr ap hwnnw a rhowch eich camera ar waith eto, neu dewiswch gamera arall.',
    },
    cameraStartTimedOut: {
      title: 'Mae eich camera yn cymryd gormod o amser i gychwyn',
      body: 'Diffoddwch eich camera a’i roi ar waith eto, neu dewiswch gamera arall.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Mae eich camera wedi stopio',
      body: 'Mae eich system wedi stopio eich fideo. Rhowch eich camera ar waith eto, neu dewiswch gamera arall.',
    },
    capturerStartFailed: {
      title: 'Doedd dim modd dechrau rhannu sgrin',
      body: 'Rhowch gynnig arall ar rannu eich sgrin.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Mae rhannu sgrin wedi stopio',
      body: 'Rhannwch eich sgrin eto i barhau.',
    },
    cameraFreeze: {
      title: 'Mae eraill yn gweld eich fideo wedi rhewi',
      body: 'Efallai bod eich rhwydwaith yn rhy araf ar gyfer fideo ar hyn o bryd. Gwiriwch eich rhwydwaith, neu diffoddwch eich camera a’i roi ar waith eto.',
    },
  },
  allow: {
    microphone: {
      macos:
        'I ganiatáu’r meicroffon: yn System Settings macOS, agorwch Privacy & Security › Microphone, trowch eich porwr ymlaen, ac yna ailgychwynnwch y porwr.',
      chromium:
        'Yn y porwr: dewiswch eicon gosodiadau’r wefan i’r chwith o’r bar cyfeiriad, caniatewch y meicroffon, ac yna ail-lwythwch y dudalen.',
      safari:
        'Yn Safari: dewiswch Safari › Settings for This Website, gosodwch Microphone (y meicroffon) i Allow, ac yna ail-lwythwch y dudalen.',
      firefox:
        'Yn Firefox: dewiswch eicon y caniatâd yn y bar cyfeiriad, tynnwch y caniatâd meicroffon sydd wedi’i rwystro, ac yna ail-lwythwch y dudalen.',
    },
    camera: {
      macos:
        'I ganiatáu’r camera: yn System Settings macOS, agorwch Privacy & Security › Camera, trowch eich porwr ymlaen, ac yna ailgychwynnwch y porwr.',
      chromium:
        'Yn y porwr: dewiswch eicon gosodiadau’r wefan i’r chwith o’r bar cyfeiriad, caniatewch y camera, ac yna ail-lwythwch y dudalen.',
      safari:
        'Yn Safari: dewiswch Safari › Settings for This Website, gosodwch Camera i Allow, ac yna ail-lwythwch y dudalen.',
      firefox:
        'Yn Firefox: dewiswch eicon y caniatâd yn y bar cyfeiriad, tynnwch y caniatâd camera sydd wedi’i rwystro, ac yna ail-lwythwch y dudalen.',
    },
    screen: {
      macos:
        'I ganiatáu rhannu sgrin: yn System Settings macOS, agorwch Privacy & Security › Screen & System Audio Recording, trowch eich porwr ymlaen, ac yna ailgychwynnwch y porwr.',
      chromium: 'Yn y porwr: rhannwch eich sgrin eto a dewiswch beth i’w rannu pan fydd y porwr yn gofyn.',
      safari: 'Yn Safari: rhannwch eich sgrin eto a’i ganiatáu pan fydd Safari yn gofyn.',
      firefox: 'Yn Firefox: rhannwch eich sgrin eto a’i ganiatáu pan fydd Firefox yn gofyn.',
    },
  },
  actions: {
    unmute: 'Dad-dewi',
    chooseMicrophone: 'Dewis meicroffon arall',
    chooseCamera: 'Dewis camera arall',
    chooseSpeaker: 'Dewis seinydd arall',
    checkNetwork: 'Gwirio’ch rhwydwaith',
  },
  muted: {
    title: 'Rydych chi wedi’ch tewi',
    body: 'Rydych chi’n siarad, ond mae eich meicroffon wedi tewi.',
    unmute: 'Dad-dewi',
    dismiss: 'Cau',
    unmuteFailed: 'Doedd dim modd dad-dewi. Defnyddiwch reolyddion yr alwad i ddad-dewi.',
  },
  remote: {
    poorConnection: 'Cysylltiad gwael',
    reconnecting: 'Wrthi’n ailgysylltu',
    offline: 'All-lein',
    connectionBlocked: 'Cysylltiad wedi’i rwystro',
    cameraFrozen: 'Camera wedi rhewi',
    cameraStopped: 'Camera wedi stopio',
    microphoneNotWorking: 'Meicroffon ddim yn gweithio',
    mutedBySystem: 'Wedi tewi gan ei ddyfais',
    noMicrophone: 'Dim meicroffon',
    noSpeaker: 'Ddim yn clywed yr alwad',
    label: '{name}: {problem}',
    someone: 'Cyfranogwr',
  },
};
