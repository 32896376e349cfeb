/**
 * English (United States): every user-facing string of the kit. Other locales implement {@link CallDiagnosticsStrings}.
 * Placeholders are written `{name}`.
 */
export const enUS = {
  locale: 'en-US',
  banner: {
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
    retry: 'Retry',
    checkNetwork: 'Check your network',
    copyDetails: 'Copy details',
    copied: 'Details copied',
    copyFailed: "Couldn't copy. Select the details below and copy them yourself.",
    detailsLabel: 'Call details for support',
    dismiss: 'Dismiss',
  },
  toast: {
    recoveredTitle: 'Connection restored',
    recoveredBody: 'Your network can reach the call servers again.',
  },
  panel: {
    title: 'Check your firewall and network',
    close: 'Close',
    intro:
      "Calls need to reach Azure Communication Services' media relays. When a firewall, VPN or proxy blocks them, the call ends with error 410/3112.",
    failedCall: 'Your last call ended with error {code} (call ID {callId}).',
    checklistTitle: 'What to check',
    checkMediaPorts: 'Allow UDP ports 3478–3481 and TCP port 443 to the address range {range}.',
    checkSignalling: 'Allow TCP ports 443 and 80 to {domains}.',
    checkUdp: 'Make sure your firewall does not block UDP: calls work best over UDP and fall back to TCP 443.',
    checkNat:
      'Check your NAT settings: the firewall must not rewrite UDP mapped addresses or ports, and the NAT pool must be large enough.',
    checkVpn:
      'On a VPN, use split tunnelling so call traffic goes directly to the internet instead of through the VPN.',
    checkCorporate:
      "On a company network, your organization's firewall may need the same rules. Send the details below to your IT administrator.",
    checkCustomTurn:
      "If this app uses its own TURN servers, make sure their IP address, port and protocol (UDP, TCP or TLS) aren't blocked.",
    rulesTitle: 'Rules to allow',
    ruleLine: '{protocol} {ports} → {destinations} ({purpose})',
    retryAdvice:
      "If calls usually work for you, your network may have changed: try again. If every call fails, the network configuration needs fixing; retrying won't help.",
    adminTitle: 'For your IT administrator',
    adminIntro: 'Copy this and send it to whoever manages your network.',
    copyAdmin: 'Copy for your IT admin',
    copied: 'Copied',
    copyFailed: "Couldn't copy. Select the text and copy it yourself.",
    adminText: {
      heading: 'Azure Communication Services calls are blocked on this network.',
      rulesHeading: 'Please allow:',
      nat: 'Do not rewrite mapped NAT addresses or ports for UDP; keep the NAT pool large enough.',
      vpn: 'Exclude this traffic from VPN tunnels (split tunnelling).',
      customTurn: 'If the app uses custom TURN servers, open their IP, port and protocol.',
      detailsHeading: 'Call details:',
    },
  },
  details: {
    callId: 'Call ID',
    participantId: 'Participant ID',
    code: 'Error code',
    time: 'Time',
    relaysUnreachableSince: 'Relays unreachable since',
    relayStatus: 'Relay status',
    unknown: 'unknown',
  },
  purpose: {
    media: 'media',
    signalling: 'signalling',
  },
  endCodes: {
    relaysNotReachable: "Your network blocked the call's media connection.",
    setupNetworkUnexpected: 'The call could not start because of an unexpected network problem.',
    droppedNetworkUnexpected: 'The call dropped because of an unexpected network problem.',
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
  },
};

/** The shape every locale implements. */
export type CallDiagnosticsStrings = typeof enUS;
