/**
 * English (United States), the words of the surfaces every call screen loads with the provider: the banner (the
 * network family's issues and the call's end), the recovery toast, and the transport names of the banner's readiness
 * line. The panel's words are in `panelStrings.ts`: a chunk carries only the words of its surfaces, so the one the
 * provider fetches on every mount has none of the panel's. `en-US.ts` assembles the whole table (`enUS`) from the
 * parts. Placeholders are written `{name}`.
 */

/** The banner's own words (titles, sentences, actions, the code and call ID lines). */
export const enUSBanner = {
  relaysUnreachableTitle: 'Trouble reaching the call servers',
  relaysUnreachableBody:
    "Your network is blocking the connection your call's audio and video need. The call may fail if this continues.",
  relaysUnreachableSince: 'Since {time}',
  endedTitle: 'Your call ended because of a network problem',
  relayFailureTitle: "Your call couldn't connect: your network blocked it",
  relayFailureBody:
    'Your device could not reach the relay servers that carry call audio and video. A firewall, VPN or network policy usually causes this.',
  code: 'Error code {code}',
  callId: 'Call ID: {callId}',
  retry: 'Try again',
  checkNetwork: 'Check your network',
  copyDetails: 'Copy details',
  copied: 'Details copied',
  copyFailed: "Couldn't copy. Select the details below and copy them yourself.",
  detailsLabel: 'Call details for support',
  dismiss: 'Close',
  transientHint: 'Calls have worked for you on this network before, so this is probably temporary: try again.',
  persistentHint:
    'Calls keep failing on this network, so retrying is unlikely to help. Check your network or send the report to your IT admin.',
};

/** The recovery toast's words. */
export const enUSToast = {
  recoveredTitle: 'Connection restored',
  recoveredBody: 'Your network can reach the call servers again.',
};

/** What each network-family end code means, in words for the person in the call. */
export const enUSEndCodes = {
  relaysNotReachable: "Your network blocked the call's media connection.",
  setupNetworkUnexpected: 'The call could not start because of an unexpected network problem.',
  droppedNetworkUnexpected: 'The call was disconnected because of an unexpected network problem.',
  mediaOfferFailed: 'The call could not set up its audio and video.',
  noMediaConnectivitySetup: 'The call could not connect its audio and video. A firewall or VPN may be blocking it.',
  mediaConnectivityLost: 'The call lost its audio and video connection.',
  httpRequestFailed: 'The browser could not complete a network request for the call.',
  networkLostNoReconnect: 'Your device lost its network connection and could not reconnect.',
  infrastructureUnreachable: 'Your device could not reach the calling service.',
  mediaStackError: 'Audio and video failed on this device.',
  localNetworkIssue: 'A network problem on this device ended the call.',
  serviceError: 'The calling service had a problem.',
  unknown: 'The call ended unexpectedly.',
};

/** The network family's issues, end titles and recommended actions. */
export const enUSNetwork = {
  noNetworkTitle: 'You are offline',
  noNetworkBody:
    'Your device has no network connection. Check Wi-Fi or your network cable; the call continues when you are back.',
  relaysUnreachableTitle: 'Trouble reaching the call servers',
  reconnectingTitle: 'Reconnecting…',
  reconnectingBody: 'The call lost its audio and video connection and is trying to reconnect.',
  reconnectFailedTitle: "Your call couldn't reconnect",
  reconnectFailedBody:
    'The network connection was lost and the call could not reconnect. Check your connection and join again.',
  sendQualityBadTitle: 'Others may not hear or see you',
  sendQualityBadBody:
    'Your network is struggling to send audio and video. Move closer to Wi-Fi or close other apps using the network.',
  sendQualityPoorTitle: 'Network quality is low',
  sendQualityPoorBody: 'Others may hear or see you with delays.',
  receiveQualityBadTitle: 'You may not hear or see others',
  receiveQualityBadBody:
    'Your network is struggling to receive audio and video. Move closer to Wi-Fi or close other apps using the network.',
  receiveQualityPoorTitle: 'Incoming audio and video may be choppy',
  receiveQualityPoorBody: 'Your network is receiving slowly.',
  since: 'Since {time}',
  moreIssuesOne: '+1 more issue',
  moreIssuesMany: '+{count} more issues',
  endTitles: {
    relaysNotReachable: "Your call couldn't connect: your network blocked it",
    setupNetworkUnexpected: "Your call couldn't start because of a network problem",
    droppedNetworkUnexpected: 'Your call was disconnected because of a network problem',
    mediaOfferFailed: "Your call couldn't set up audio and video",
    noMediaConnectivitySetup: "Your call couldn't connect its audio and video",
    mediaConnectivityLost: 'Your call lost its audio and video connection',
    httpRequestFailed: 'A network request for your call failed',
    networkLostNoReconnect: 'Your call ended: the network connection was lost',
    infrastructureUnreachable: "Your call couldn't reach the calling service",
    mediaStackError: 'Your call ended: audio and video failed on this device',
    localNetworkIssue: 'Your call ended because of a network problem on this device',
    serviceError: 'Your call ended: the calling service had a problem',
    unknown: 'Your call ended unexpectedly',
  },
  actions: {
    retry: 'Try again: this is often temporary.',
    'fix-network': 'Check your network: a firewall, VPN or weak connection is the usual cause.',
    'contact-support': 'If this keeps happening, copy the details and contact support.',
    'update-environment': 'Update your browser and use a supported device, then try again.',
  },
};

/** The relay transports' names (the same words in every locale the kit ships). */
export const enUSTransports = { udp: 'UDP', tcp: 'TCP', tls: 'TLS' };

/** The banner's and the toast's part of en-US: the keys of `CallDiagnosticsStrings` the surfaces loaded on mount read. */
export const bannerEnUS = {
  locale: 'en-US',
  dir: 'ltr' as 'ltr' | 'rtl',
  banner: enUSBanner,
  toast: enUSToast,
  endCodes: enUSEndCodes,
  network: enUSNetwork,
  probe: { transports: enUSTransports },
};

/** The banner's and the toast's part of `CallDiagnosticsStrings`: every locale table has these keys too. */
export type BannerStrings = typeof bannerEnUS;
