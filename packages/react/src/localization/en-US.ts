/**
 * English (United States): every user-facing string of the kit. Other locales implement {@link CallDiagnosticsStrings}.
 * Placeholders are written `{name}`.
 */
export const enUS = {
  locale: 'en-US',
  /** Writing direction of this locale's script. The provider does not apply it: your FluentProvider's `dir` does. */
  dir: 'ltr' as 'ltr' | 'rtl',
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
  report: {
    title: 'Support report',
    intro:
      'Everything support needs to look this call up. Passwords, tokens and TURN credentials are removed before it leaves this page.',
    previewLabel: 'Support report preview',
    copy: 'Copy report',
    download: 'Download report',
    copied: 'Report copied',
    copyFailed: "Couldn't copy the report. Download it instead, or select the text and copy it yourself.",
    downloaded: 'Report downloaded',
    downloadFailed: "Couldn't download the report. Copy it instead.",
  },
  purpose: {
    media: 'media',
    signalling: 'signalling',
  },
  endCodes: {
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
  },
  network: {
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
  },
  probe: {
    title: 'Test my connection',
    intro:
      "Check from this device whether this app's relay servers can be reached over UDP, TCP and TLS. It takes a few seconds and sends no audio or video.",
    noServers:
      "This app uses Azure Communication Services' own relays. Testing them needs relay credentials from the app, and it has not provided any, so the test isn't available here. The checklist above still applies.",
    start: 'Test my connection',
    again: 'Test again',
    cancel: 'Cancel test',
    running: 'Testing {count} relay addresses…',
    progressLabel: 'Relay test progress',
    cancelled: 'Test cancelled.',
    resultsLabel: 'Result per relay address',
    resultLine: '{transport} · {url}: {status} ({ms} ms)',
    verdictTitle: 'What this means',
    transports: { udp: 'UDP', tcp: 'TCP', tls: 'TLS' },
    statuses: {
      reachable: 'works',
      'auth-failed': "rejected the app's credentials",
      unreachable: 'blocked or unreachable',
      'server-error': 'the server answered with an error',
      'invalid-url': 'not a valid relay address',
      timeout: 'no answer (probably blocked)',
      unsupported: 'not testable here',
    },
    verdicts: {
      'all-reachable':
        'Every relay works from this network. If calls still fail, the cause is elsewhere: try again, or send the details to support.',
      'udp-blocked-tcp-works':
        'UDP is blocked, but {working} works: calls can connect, with audio and video relayed over TCP, so quality may drop. Ask your IT admin to allow UDP to the relay servers.',
      'partly-reachable':
        'Some relays work ({working}), others are blocked ({blocked}). Calls should connect; send the details to your IT admin so they can open the rest.',
      'auth-failed':
        "The relay servers rejected the app's credentials. This is a problem with the app's configuration, not your network: contact the app's support.",
      'server-error':
        "The relay servers answered with an error. This is probably not your network: contact the app's support.",
      'all-blocked':
        'Every relay is blocked from this network: this is what ends calls with error 410/3112. Send the details to your IT admin, or try another network.',
      'no-testable-servers': "None of the app's relay addresses can be tested here.",
      'no-webrtc':
        'This browser cannot run the test (it has no WebRTC). Use a current version of Edge, Chrome, Firefox or Safari.',
    },
    adminHeading: 'Relay test from this device:',
    adminVerdict: 'Verdict: {verdict}',
    adminLine: '- {transport} {url}: {status}{code} ({ms} ms)',
    adminCode: ', error {code}',
  },
};

/** The shape every locale implements. */
export type CallDiagnosticsStrings = typeof enUS;
