/**
 * English (United States): the media family's strings: the microphone, camera, speaker and screen-sharing problems
 * the SDK raises (`issues.<UFD name>`), how to allow a device per platform, the actions, the "You're muted" notice and
 * the badges on other participants' tiles. Other locales implement {@link MediaStrings}. Placeholders are `{name}`.
 */
export const mediaEnUS = {
  locale: 'en-US',
  issues: {
    microphonePermissionDenied: {
      title: 'Your computer is blocking your microphone',
      body: "Others can't hear you until this browser is allowed to use the microphone.",
    },
    cameraPermissionDenied: {
      title: 'Your computer is blocking your camera',
      body: "Others can't see you until this browser is allowed to use the camera.",
    },
    screenshareRecordingDisabled: {
      title: 'Your computer is blocking screen sharing',
      body: "You can't share your screen until this browser is allowed to record it.",
    },
    noMicrophoneDevicesEnumerated: {
      title: 'No microphone found',
      body: 'Connect a microphone or a headset so others can hear you.',
    },
    noSpeakerDevicesEnumerated: {
      title: 'No speakers found',
      body: 'Connect speakers or headphones to hear the call.',
    },
    microphoneNotFunctioning: {
      title: "Your microphone isn't working",
      body: "Others can't hear you. It may be turned off or in use by another app: close that app or choose another microphone.",
    },
    microphoneMuteUnexpectedly: {
      title: 'Your system muted your microphone',
      body: 'Unmute to be heard again, or choose another microphone.',
    },
    microphoneNotMuteButSilent: {
      title: "Your microphone isn't picking up any sound",
      body: 'Check that it is plugged in and not muted on the device, or choose another microphone.',
    },
    cameraStartFailed: {
      title: "Your camera couldn't start",
      body: 'It may be turned off or in use by another app: close that app and turn your camera on again, or choose another camera.',
    },
    cameraStartTimedOut: {
      title: 'Your camera is taking too long to start',
      body: 'Turn your camera off and on again, or choose another camera.',
    },
    cameraStoppedUnexpectedly: {
      title: 'Your camera stopped',
      body: 'Your system stopped your video. Turn your camera on again, or choose another camera.',
    },
    capturerStartFailed: {
      title: "Screen sharing couldn't start",
      body: 'Try sharing your screen again.',
    },
    capturerStoppedUnexpectedly: {
      title: 'Screen sharing stopped',
      body: 'Share your screen again to continue.',
    },
    cameraFreeze: {
      title: 'Others see your video frozen',
      body: 'Your network may be too slow for video right now. Check your network, or turn your camera off and on again.',
    },
  },
  /** How to allow a device, by device and by what blocks it: the operating system (macOS) or the browser. */
  allow: {
    microphone: {
      macos:
        'To allow it: open System Settings › Privacy & Security › Microphone, turn on your browser, then restart the browser.',
      chromium:
        'In the browser: select the site settings icon to the left of the address bar, allow the microphone, then reload the page.',
      safari: 'In Safari: choose Safari › Settings for This Website, set Microphone to Allow, then reload the page.',
      firefox:
        'In Firefox: select the permissions icon in the address bar, remove the blocked microphone permission, then reload the page.',
    },
    camera: {
      macos:
        'To allow it: open System Settings › Privacy & Security › Camera, turn on your browser, then restart the browser.',
      chromium:
        'In the browser: select the site settings icon to the left of the address bar, allow the camera, then reload the page.',
      safari: 'In Safari: choose Safari › Settings for This Website, set Camera to Allow, then reload the page.',
      firefox:
        'In Firefox: select the permissions icon in the address bar, remove the blocked camera permission, then reload the page.',
    },
    screen: {
      macos:
        'To allow it: open System Settings › Privacy & Security › Screen & System Audio Recording, turn on your browser, then restart the browser.',
      chromium: 'In the browser: share your screen again and choose what to share when the browser asks.',
      safari: 'In Safari: share your screen again and allow it when Safari asks.',
      firefox: 'In Firefox: share your screen again and allow it when Firefox asks.',
    },
  },
  actions: {
    unmute: 'Unmute',
    chooseMicrophone: 'Choose another microphone',
    chooseCamera: 'Choose another camera',
    chooseSpeaker: 'Choose another speaker',
    checkNetwork: 'Check your network',
  },
  muted: {
    title: "You're muted",
    body: "You're speaking, but your microphone is muted.",
    unmute: 'Unmute',
    dismiss: 'Close',
    unmuteFailed: "Couldn't unmute. Use your call controls to unmute.",
  },
  /** Badges on other people's video tiles: what a participant's own device reports. */
  remote: {
    poorConnection: 'Poor connection',
    reconnecting: 'Reconnecting',
    offline: 'Offline',
    connectionBlocked: 'Connection blocked',
    cameraFrozen: 'Camera frozen',
    cameraStopped: 'Camera stopped',
    microphoneNotWorking: 'Microphone not working',
    mutedBySystem: 'Muted by their device',
    noMicrophone: 'No microphone',
    noSpeaker: "Can't hear the call",
    /** The accessible name of a badge: the participant's name and the problem. */
    label: '{name}: {problem}',
    /** The name used when the participant has none. */
    someone: 'A participant',
  },
};

/** The shape every locale of the media family implements. */
export type MediaStrings = typeof mediaEnUS;
