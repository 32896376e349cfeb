/**
 * English (United States), the guidance panel's words: the checklist, the rules, the IT-admin text, the call details,
 * the support report and the relay probe. Loaded with the panel, not with the banner (`bannerStrings.ts`). Placeholders
 * are written `{name}`.
 */
import { enUSTransports } from './bannerStrings.js';

/** The guidance panel's checklist, rules and IT-admin text. */
export const enUSPanel = {
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
  checkVpn: 'On a VPN, use split tunnelling so call traffic goes directly to the internet instead of through the VPN.',
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
};

/** The labels of the call's details (Copy details, the IT-admin text). */
export const enUSDetails = {
  callId: 'Call ID',
  participantId: 'Participant ID',
  code: 'Error code',
  time: 'Time',
  relaysUnreachableSince: 'Relays unreachable since',
  relayStatus: 'Relay status',
  unknown: 'unknown',
};

/** The support report's words. */
export const enUSReport = {
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
};

/** What a firewall rule is for. */
export const enUSPurpose = {
  media: 'media',
  signalling: 'signalling',
};

/** The relay probe's words ("Test my connection"). */
export const enUSProbe = {
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
  transports: enUSTransports,
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
};
