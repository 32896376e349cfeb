/**
 * The banner, built from the families: after a call ended, its end (a network-family end code); before, the top issue
 * of the first family in the precedence order (`order.ts`) that has one, with every other issue counted in
 * `moreIssues`. A healthy call shows nothing.
 */
import type { CallEndCodeEntry } from '../catalog/codes.js';
import type { DiagnosticsState } from '../store/state.js';
import { type MediaBannerModel, mediaBanner } from './media/banner.js';
import { selectMediaIssues } from './media/selectors.js';
import { type NetworkBannerModel, networkBanner } from './network/banner.js';
import { selectNetworkIssues } from './network/selectors.js';
import type { FamilyId } from './order.js';
import { type FamilyBanner, family, selectBannerFrom } from './selectBannerFrom.js';

/**
 * The banner's model after a call ended with a code the catalog knows.
 *
 * @public
 */
export interface CallEndedBannerModel {
  /** The call ended. */
  readonly kind: 'callEnded';
  /** Always an error. */
  readonly intent: 'error';
  /** When it ended (epoch ms). */
  readonly at: number;
  /** `callEndReason.code`. */
  readonly code: number | undefined;
  /** `callEndReason.subCode`. */
  readonly subCode: number | undefined;
  /** `410/3112` */
  readonly codeText: string;
  /** The ended call's ID (`ACSCallSummary.CorrelationId`). */
  readonly callId: string | undefined;
  /** This participant's ID. */
  readonly participantId: string | undefined;
  /** The end code's catalog row. */
  readonly entry: CallEndCodeEntry;
  /** True for 410/3112 (no relay candidates). */
  readonly relayFailure: boolean;
}

/**
 * What the banner should show, most important first: nothing, a call's end, or the top issue of a family.
 *
 * @public
 */
export type BannerModel = { readonly kind: 'none' } | CallEndedBannerModel | NetworkBannerModel | MediaBannerModel;

// Each family's part of the banner, by the precedence table's ids (TypeScript refuses a family without its row). A
// surface that loads a family's part on demand passes its own table to `selectBannerFrom`.
const FAMILY_BANNERS: Readonly<Record<FamilyId, FamilyBanner<unknown>>> = {
  network: family({ issues: selectNetworkIssues, banner: networkBanner }),
  media: family({ issues: selectMediaIssues, banner: mediaBanner }),
};

/**
 * Derives the banner: a network-family end beats every issue; before that, the first family in the precedence order
 * with an issue speaks, and the others count in `moreIssues`; a healthy call shows nothing.
 *
 * @public
 */
export function selectBanner(state: DiagnosticsState): BannerModel {
  return selectBannerFrom(state, FAMILY_BANNERS);
}
