/**
 * English (United States) strings of the readiness check (`CallReadinessCheck`). A table of its own, loaded with the
 * readiness chunk only, so the provider's first load and the banner chunk do not carry them. Placeholders: `{name}`.
 */
export const readinessEnUS = {
  locale: 'en-US',
  title: 'Check your connection before you join',
  intro: 'We check your browser, devices and network so you know before you join whether the call can connect.',
  start: 'Start the check',
  runAgain: 'Run again',
  cancel: 'Cancel',
  allowDevices: 'Allow camera and microphone',
  join: 'Join',
  joinAnyway: 'Join anyway',
  running: 'Checking your connection…',
  progress: '{done} of {total} checks done',
  aborted: 'The check was cancelled.',
  untested: 'Not tested: {checks}.',
  listSeparator: ', ',
  /** Fills a placeholder the check could not read (a browser name or version the SDK did not give). */
  unknown: 'unknown',
  verdicts: {
    ready: { title: "You're ready to join", body: 'Everything we tested works.' },
    warnings: {
      title: 'You can join, but there may be problems',
      body: 'Some checks found problems or could not run. Read the details below.',
    },
    blocked: {
      title: "Your call can't connect from here",
      body: 'Your network or device stops calls from working. Fix the problem below, then run the check again.',
    },
    untested: {
      title: "We couldn't test anything here",
      body: 'None of the checks could run in this browser or set-up, so we cannot tell whether the call will connect.',
    },
  },
  checks: {
    environment: 'Browser',
    devices: 'Microphone and camera',
    relays: 'Call media servers',
    signalling: 'Call service',
    history: 'Your recent calls',
  },
  status: {
    idle: 'Not started',
    running: 'Checking',
    pass: 'Passed',
    warn: 'Warning',
    fail: 'Failed',
    skipped: 'Not tested',
  },
  reasons: {
    'not-in-browser': 'This check needs a browser.',
    'timed-out': 'This check took too long and was stopped.',
    'sdk-error': 'This check could not run: the browser or the calling SDK reported an error.',
    aborted: 'Cancelled.',
    supported: 'Your browser is supported ({browser} {browserVersion} on {platform}).',
    'webrtc-available': 'Your browser can make calls (WebRTC). Whether it is supported was not checked.',
    'unsupported-browser': "This browser isn't supported for calls ({browser}). Calls may not work well.",
    'unsupported-browser-version':
      'This browser version is too old for calls ({browser} {browserVersion}). Update your browser.',
    'unsupported-platform': "This operating system isn't supported for calls ({platform}). Calls may not work well.",
    'no-webrtc': "This browser can't make calls: it has no WebRTC. Use a current Edge, Chrome, Firefox or Safari.",
    'devices-available': 'Found {microphones} microphone(s) and {cameras} camera(s).',
    'no-microphone': "No microphone found. Others won't hear you: connect a microphone.",
    'no-camera': "No camera found. Others won't see you.",
    'microphone-denied': "Microphone access is blocked. Others won't hear you: allow it in your browser's settings.",
    'camera-denied': "Camera access is blocked. Others won't see you: allow it in your browser's settings.",
    'permission-needed': 'Allow access to your camera and microphone so we can check them.',
    'no-media-devices': "This browser can't list media devices.",
    'relays-reachable': 'Your network can reach the call media servers ({transports}).',
    'relays-answered':
      'The call media servers answered ({transports}). Whether media can flow through them was not tested.',
    'udp-blocked-tcp-works':
      'Your network blocks UDP, so call media will use TCP. Calls should connect, but quality may be lower.',
    'udp-blocked':
      'Your network blocks UDP to the call media servers. Calls may still connect over TCP port 443, which was not tested.',
    'partly-reachable': 'Some call media servers could not be reached. Calls may still connect.',
    'relays-blocked':
      'Your network blocks the call media servers. Calls will fail with error 410/3112 until the firewall allows them.',
    'relay-auth-failed':
      "The app's media server credentials were refused. This is a problem with the app, not your network.",
    'relay-server-error': 'The media servers answered with an error. Try again later.',
    'no-relay-urls': 'No media servers were given to test, so this was not tested.',
    'endpoints-reachable': 'The call service can be reached.',
    'endpoints-unreachable': "The call service can't be reached ({hosts}). Check your internet connection or proxy.",
    'no-endpoints': 'No call service address was given to test, so this was not tested.',
    'recent-relay-failures':
      'Your last {count} call(s) on this device ended with error 410/3112: your network blocked them.',
    'history-clear': 'Your recent calls on this device connected.',
    'no-history': 'No earlier calls on this device.',
  },
  adminTitle: 'For your IT administrator',
  adminIntro: 'Send this to whoever manages your network.',
  /** In the IT-admin text, above the check's findings (one reason sentence per line). */
  adminFindings: 'What the check before the call found:',
  copyAdmin: 'Copy for your IT admin',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text above and copy it yourself.",
  /** Shown in the in-call banner and the report when the provider was given this check's result. */
  inCall: {
    found: 'The check before this call found: {finding}',
    passed: 'The check before this call found no problem.',
  },
};

/** Every string of the readiness check; other locales implement this shape. */
export type ReadinessStrings = Omit<typeof readinessEnUS, 'locale'> & { readonly locale: string };
