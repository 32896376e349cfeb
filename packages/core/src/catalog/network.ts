/**
 * The network user-facing diagnostics (UFDs) as data: which value of which UFD is an issue, how bad it is, what to
 * do, and how it ranks when several hold at once. Display strings live in the React package (`network.<key>`).
 */
import type { ActiveNetworkIssue } from '../store/selectors.js';

// Internal names (the public shape is `ActiveNetworkIssue['entry']`).
export type NetworkIssueEntry = ActiveNetworkIssue['entry'];

/** Every network UFD value that is an issue, most important first. `networkReconnect` Good (1) is not an issue. */
const NETWORK_ISSUES: readonly NetworkIssueEntry[] = [
  {
    key: 'noNetwork',
    diagnostic: 'noNetwork',
    value: true,
    severity: 'error',
    action: 'fix-network',
    rank: 0,
    meaning: 'No network interface is available.',
  },
  {
    key: 'relaysUnreachable',
    diagnostic: 'networkRelaysNotReachable',
    value: true,
    severity: 'warning',
    action: 'fix-network',
    rank: 1,
    meaning: 'A network constraint stops the client from reaching the ACS relays.',
  },
  {
    key: 'reconnectFailed',
    diagnostic: 'networkReconnect',
    value: 3,
    severity: 'error',
    action: 'retry',
    rank: 2,
    meaning: 'The network disconnected and the call could not reconnect.',
  },
  {
    key: 'reconnecting',
    diagnostic: 'networkReconnect',
    value: 2,
    severity: 'warning',
    action: 'fix-network',
    rank: 2,
    meaning: 'Media transport was lost; the call is reconnecting.',
  },
  {
    key: 'sendQualityBad',
    diagnostic: 'networkSendQuality',
    value: 3,
    severity: 'warning',
    action: 'fix-network',
    rank: 3,
    meaning: 'Bad network quality sending media.',
  },
  {
    key: 'receiveQualityBad',
    diagnostic: 'networkReceiveQuality',
    value: 3,
    severity: 'warning',
    action: 'fix-network',
    rank: 3,
    meaning: 'Bad network quality receiving media.',
  },
  {
    key: 'sendQualityPoor',
    diagnostic: 'networkSendQuality',
    value: 2,
    severity: 'info',
    action: 'fix-network',
    rank: 3,
    meaning: 'Poor network quality sending media.',
  },
  {
    key: 'receiveQualityPoor',
    diagnostic: 'networkReceiveQuality',
    value: 2,
    severity: 'info',
    action: 'fix-network',
    rank: 3,
    meaning: 'Poor network quality receiving media.',
  },
];

/** The catalog row for a UFD value, or undefined when that value is not an issue (false, Good, unknown names). */
export function lookupNetworkIssue(diagnostic: string, value: unknown): NetworkIssueEntry | undefined {
  // Strict equality: `noNetwork: false` is NOT set (the ACS UI library treats the mere key as set; this kit does not).
  return NETWORK_ISSUES.find((entry) => entry.diagnostic === diagnostic && entry.value === value);
}
