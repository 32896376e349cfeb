/**
 * The network family's part of the banner: the warning while the relays are unreachable, or the most important
 * other network issue.
 */
import type { RecommendedAction } from '../../catalog/codes.js';
import type { DiagnosticsState } from '../../store/state.js';
import type { ActiveNetworkIssue } from './catalog.js';

/**
 * The banner's model when a network issue comes first.
 *
 * @public
 */
export type NetworkBannerModel =
  | {
      readonly kind: 'relaysUnreachable';
      readonly intent: 'warning';
      readonly since: number | undefined;
      readonly episode: number;
      /** How many other issues hold at the same time (shown as "+N more"), never a stack of banners. */
      readonly moreIssues?: number;
    }
  | {
      /** A network issue other than the relays: no network, reconnecting, poor or bad quality. */
      readonly kind: 'networkIssue';
      readonly intent: 'error' | 'warning' | 'info';
      /** Catalog key (`noNetwork`, `reconnecting`, `sendQualityPoor`…); the strings are `network.<key>`. */
      readonly issue: ActiveNetworkIssue['entry']['key'];
      readonly diagnostic: string;
      readonly action: RecommendedAction;
      readonly since: number;
      /** How many other issues hold at the same time. */
      readonly moreIssues: number;
    };

/** The banner for the family's top issue (`moreIssues`: how many other issues hold, in every family). */
export function networkBanner(
  top: ActiveNetworkIssue,
  state: DiagnosticsState,
  moreIssues: number,
): NetworkBannerModel {
  if (top.entry.key === 'relaysUnreachable') {
    return {
      kind: 'relaysUnreachable',
      intent: 'warning',
      since: state.relay.unreachableSince,
      episode: state.relay.episode,
      ...(moreIssues > 0 ? { moreIssues } : {}),
    };
  }
  return {
    kind: 'networkIssue',
    intent: top.entry.severity,
    issue: top.entry.key,
    diagnostic: top.entry.diagnostic,
    action: top.entry.action,
    since: top.since,
    moreIssues,
  };
}
