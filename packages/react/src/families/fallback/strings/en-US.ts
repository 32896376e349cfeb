/**
 * English (United States): the fallback family's strings: joining by phone when the network blocks the call, and
 * turning video off when the network cannot carry it. Other locales implement {@link FallbackStrings}. Placeholders
 * are `{name}`.
 */
export const fallbackEnUS = {
  locale: 'en-US',
  phone: {
    /** The banner's action and the panel's section title. */
    action: 'Join by phone',
    /** Under the banner's title, in words for someone dialling from another phone. */
    instructions: 'Call {number}, then enter the conference ID {conferenceId} followed by #.',
    /** The panel's section. */
    title: 'Join by phone',
    intro: 'Your network blocks calls from this device. You can still join the meeting from a phone.',
    conferenceId: 'Conference ID: {conferenceId}',
    toll: 'Toll',
    tollFree: 'Toll-free',
    /** A number's line: "+1 206 555 0100 (Toll, Seattle, United States)". */
    numberLine: '{number} ({kind})',
    numberLinePlace: '{number} ({kind}, {place})',
    call: 'Call {number}',
    copyNumber: 'Copy number',
    copyConferenceId: 'Copy conference ID',
    copied: 'Copied',
    copyFailed: "Couldn't copy. Select the text and copy it yourself.",
    moreNumbers: 'Find a local number',
  },
  video: {
    /** The notice while the network cannot carry video and the camera is on. */
    title: 'Your network is struggling',
    body: 'Turning off your video can keep the audio clear.',
    turnOff: 'Turn off my video',
    dismiss: 'Not now',
    failed: "Couldn't turn off your video. Use your call controls.",
    /** When it stays poor and dial-in details are known. */
    phoneTitle: 'Still a poor connection',
    phoneBody: 'Join this call from your phone for better sound.',
  },
};

/** The shape every locale of the fallback family implements. */
export type FallbackStrings = typeof fallbackEnUS;
