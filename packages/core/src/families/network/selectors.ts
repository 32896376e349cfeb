/**
 * The network family's selectors: the network issues that hold now, and the relay view of the call. Pure.
 */
import type { RecommendedAction } from '../../catalog/codes.js';
import { isRelayFailure } from '../../catalog/endCode.js';
import type { DiagnosticsState } from '../../store/state.js';
import { type ActiveNetworkIssue, lookupNetworkIssue, type NetworkIssueEntry } from './catalog.js';

/**
 * Every network issue that holds now, most important first (no network \> relays unreachable \> reconnecting \>
 * quality; within a rank the earlier one first). Media UFDs never count. Empty once the call ended.
 *
 * @public
 */
export function selectNetworkIssues(state: DiagnosticsState): readonly ActiveNetworkIssue[] {
  if (state.ended) return [];
  const issues: ActiveNetworkIssue[] = [];
  for (const [diagnostic, reading] of Object.entries(state.network)) {
    const entry = lookupNetworkIssue(diagnostic, reading.value);
    if (!entry) continue;
    // The relay state machine decides the relay issue (it also knows about flapping and failure).
    const relay = entry.key === 'relaysUnreachable';
    if (relay && state.relay.status !== 'unreachable') continue;
    // A flap within the window is one episode: the relay issue holds since the episode began, as the banner says.
    issues.push({ entry, since: relay ? (state.relay.unreachableSince ?? reading.at) : reading.at });
  }
  if (state.relay.status === 'unreachable' && !issues.some((issue) => issue.entry.key === 'relaysUnreachable')) {
    const entry = lookupNetworkIssue('networkRelaysNotReachable', true) as NetworkIssueEntry;
    issues.push({ entry, since: state.relay.unreachableSince ?? 0 });
  }
  return issues.sort((a, b) => a.entry.rank - b.entry.rank || a.since - b.since);
}

/**
 * The relay view of a call: what `useRelayDiagnostics()` returns.
 *
 * @public
 */
export interface RelayDiagnostics {
  /** `reachable`, `unreachable`, `recovered` or `failed` (ended 410/3112). */
  readonly status: DiagnosticsState['relay']['status'];
  /** When the current status began (epoch ms), if it ever changed. */
  readonly since: number | undefined;
  /** When the current or last unreachable episode began. */
  readonly unreachableSince: number | undefined;
  /** True when the call ended with 410/3112. */
  readonly failed: boolean;
  /** What to offer first; undefined while all is well. */
  readonly recommendedAction: RecommendedAction | undefined;
  /** Increments once per recovered episode: show "connection restored" when it changes. */
  readonly recoveryNotice: number;
  /** Current episode number (changes when a new unreachable episode starts). */
  readonly episode: number;
}

/**
 * Derives {@link RelayDiagnostics}. Pure; compare results with `shallowEqual`.
 *
 * @public
 */
export function selectRelayDiagnostics(state: DiagnosticsState): RelayDiagnostics {
  const { relay, ended } = state;
  const failed = relay.status === 'failed' || (!!ended && isRelayFailure(ended.code, ended.subCode));
  return {
    status: relay.status,
    since: relay.since,
    unreachableSince: relay.unreachableSince,
    failed,
    recommendedAction: failed || relay.status === 'unreachable' ? 'fix-network' : undefined,
    recoveryNotice: relay.recoveryNotice,
    episode: relay.episode,
  };
}
