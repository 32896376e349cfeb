/**
 * The network user-facing diagnostics (UFDs) as data: which value of which UFD is an issue, how bad it is, what to
 * do, and how it ranks when several hold at once. Display strings live in the React package (`network.<key>`).
 */
import type { CallEndCodeEntry, RecommendedAction } from '../../catalog/codes.js';

/**
 * One network issue that holds now, with its catalog row.
 *
 * @public
 */
export interface ActiveNetworkIssue {
  /** The catalog row: which value of which UFD is an issue, how bad it is, what to do, how it ranks. */
  readonly entry: {
    /** Which network issue holds. Keys of the React package's `network` strings. */
    readonly key:
      | 'noNetwork'
      | 'relaysUnreachable'
      | 'reconnectFailed'
      | 'reconnecting'
      | 'sendQualityBad'
      | 'sendQualityPoor'
      | 'receiveQualityBad'
      | 'receiveQualityPoor';
    /** The network UFD. */
    readonly diagnostic:
      | 'networkRelaysNotReachable'
      | 'noNetwork'
      | 'networkReconnect'
      | 'networkReceiveQuality'
      | 'networkSendQuality';
    /** The UFD value that means this issue (`true`, or a `DiagnosticQuality`: 2 Poor, 3 Bad). */
    readonly value: boolean | number;
    /** How bad it is. */
    readonly severity: CallEndCodeEntry['severity'];
    /** What to offer first. */
    readonly action: RecommendedAction;
    /** Lower is more important: no network (0) \> relays unreachable (1) \> reconnecting (2) \> quality (3). */
    readonly rank: number;
    /** English meaning for logs and reports (not for display). */
    readonly meaning: string;
  };
  /** When it began (epoch ms). */
  readonly since: number;
}

// Internal name (the public shape is `ActiveNetworkIssue['entry']`).
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
