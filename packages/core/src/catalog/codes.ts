/**
 * ACS call end codes in the network family, as data. Display strings live in the React package's localization,
 * keyed by {@link CallEndCodeEntry.key}.
 *
 * Source: Azure Communication Services troubleshooting, "call-end" codes, and network requirements.
 */

/**
 * What the user should do next.
 *
 * @public
 */
export type RecommendedAction = 'retry' | 'fix-network' | 'contact-support' | 'update-environment';

/**
 * One catalog row. `subCode` undefined means "any subcode for this code".
 *
 * @public
 */
export interface CallEndCodeEntry {
  /** Stable key, used by localization (`endCodes.<key>.title` / `.description`). */
  readonly key: string;
  /** `callEndReason.code`. */
  readonly code: number;
  /** `callEndReason.subCode`; undefined for any subcode. */
  readonly subCode?: number | undefined;
  /** The ACS error category (`ExpectedError`, `UnexpectedClientError`, `UnexpectedServerError`), when documented. */
  readonly category: 'ExpectedError' | 'UnexpectedClientError' | 'UnexpectedServerError' | 'Unknown';
  /** The first thing to offer. */
  readonly action: RecommendedAction;
  /** Further actions that make sense, in order. */
  readonly secondaryActions: readonly RecommendedAction[];
  /** How bad an end is for the person in the call. */
  readonly severity: 'info' | 'warning' | 'error';
  /** True when the end is caused by the network path (firewall guidance applies). */
  readonly network: boolean;
}

// Internal names (not exported from the package).

/** Every network-family row of the ACS call end code table. */
export const CALL_END_CODES: readonly CallEndCodeEntry[] = [
  {
    key: 'relaysNotReachable',
    code: 410,
    subCode: 3112,
    category: 'ExpectedError',
    action: 'fix-network',
    secondaryActions: ['retry'],
    severity: 'error',
    network: true,
  },
  {
    key: 'setupNetworkUnexpected',
    code: 410,
    subCode: 3100,
    category: 'UnexpectedClientError',
    action: 'retry',
    secondaryActions: ['fix-network'],
    severity: 'error',
    network: true,
  },
  {
    key: 'droppedNetworkUnexpected',
    code: 410,
    subCode: 3101,
    category: 'UnexpectedClientError',
    action: 'retry',
    secondaryActions: ['fix-network'],
    severity: 'error',
    network: true,
  },
  {
    key: 'mediaOfferFailed',
    code: 410,
    subCode: 3111,
    category: 'UnexpectedClientError',
    action: 'retry',
    secondaryActions: ['contact-support'],
    severity: 'error',
    network: false,
  },
  {
    key: 'noMediaConnectivitySetup',
    code: 410,
    subCode: 301004,
    category: 'UnexpectedClientError',
    action: 'fix-network',
    secondaryActions: ['retry'],
    severity: 'error',
    network: true,
  },
  {
    key: 'mediaConnectivityLost',
    code: 410,
    subCode: 301005,
    category: 'UnexpectedClientError',
    action: 'update-environment',
    secondaryActions: ['retry'],
    severity: 'error',
    network: true,
  },
  {
    key: 'httpRequestFailed',
    code: 490,
    subCode: 4502,
    category: 'UnexpectedClientError',
    action: 'retry',
    secondaryActions: ['contact-support'],
    severity: 'error',
    network: true,
  },
  {
    key: 'networkLostNoReconnect',
    code: 496,
    subCode: 7,
    category: 'ExpectedError',
    action: 'retry',
    secondaryActions: ['fix-network'],
    severity: 'error',
    network: true,
  },
  {
    key: 'infrastructureUnreachable',
    code: 408,
    subCode: 40114,
    category: 'UnexpectedClientError',
    action: 'fix-network',
    secondaryActions: ['retry'],
    severity: 'error',
    network: true,
  },
  {
    key: 'mediaStackError',
    code: 410,
    category: 'Unknown',
    action: 'update-environment',
    secondaryActions: ['retry'],
    severity: 'error',
    network: false,
  },
  ...[490, 491, 496, 497, 498].map(
    (code): CallEndCodeEntry => ({
      key: 'localNetworkIssue',
      code,
      category: 'Unknown',
      action: 'fix-network',
      secondaryActions: ['retry'],
      severity: 'error',
      network: true,
    }),
  ),
  ...[500, 503, 504].map(
    (code): CallEndCodeEntry => ({
      key: 'serviceError',
      code,
      category: 'UnexpectedServerError',
      action: 'contact-support',
      secondaryActions: ['retry'],
      severity: 'error',
      network: false,
    }),
  ),
];

const exact = new Map<string, CallEndCodeEntry>();
const byCode = new Map<number, CallEndCodeEntry>();
for (const entry of CALL_END_CODES) {
  if (entry.subCode === undefined) byCode.set(entry.code, entry);
  else exact.set(`${entry.code}/${entry.subCode}`, entry);
}

/**
 * Looks a call end reason up in the catalog: the exact code/subcode row first, then the row for the code alone.
 * Returns `undefined` for codes outside the network family (including a normal end, code 0) and for bad input.
 *
 * @public
 */
export function lookupCallEnd(code: unknown, subCode?: unknown): CallEndCodeEntry | undefined {
  if (typeof code !== 'number' || !Number.isFinite(code)) return undefined;
  if (typeof subCode === 'number') {
    const hit = exact.get(`${code}/${subCode}`);
    if (hit) return hit;
  }
  return byCode.get(code);
}

// The small checks live apart from the table, so that the reducer (first load) does not pull the table in.
export { formatCallEndCode, isRelayFailure } from './endCode.js';
