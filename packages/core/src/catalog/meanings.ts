/**
 * The English meaning of each call end code row (by {@link CallEndCodeEntry.key}), for logs and support reports,
 * never for display (the UI's words live in the React package's localization). Kept apart from the catalog so that
 * only the report code carries these sentences, not an app's first load.
 */
import type { CallEndCodeEntry } from './codes.js';

const MEANINGS: Readonly<Record<string, string>> = {
  relaysNotReachable: 'Call setup failed: network configuration on the client; no relay candidates could be gathered.',
  setupNetworkUnexpected: 'Call setup failed: unexpected network problem on the client.',
  droppedNetworkUnexpected: 'Call dropped: unexpected network problem on the client.',
  mediaOfferFailed: 'Call setup failed: unable to process the media offer.',
  noMediaConnectivitySetup: 'Removed from the call: no media connectivity to ACS during setup (firewalls, VPN).',
  mediaConnectivityLost: 'Removed from the call: media connectivity lost.',
  httpRequestFailed: 'The browser failed a network HTTP request.',
  networkLostNoReconnect: 'The client lost the network and could not reconnect.',
  infrastructureUnreachable: 'The client could not reach ACS infrastructure.',
  mediaStackError: 'Local media stack or media infrastructure error.',
  localNetworkIssue: 'Network issue on the local endpoint.',
  serviceError: 'ACS infrastructure error.',
};

/**
 * The English meaning of a catalog row (undefined for a row the kit does not know).
 *
 * @public
 */
export function callEndMeaning(entry: Pick<CallEndCodeEntry, 'key'> | undefined): string | undefined {
  return entry ? MEANINGS[entry.key] : undefined;
}
