/**
 * The banner, built from the families: after a call ended, its end (a network-family end code); before, the top issue
 * of the first family in the precedence order (`order.ts`) that has one, with every other issue counted in
 * `moreIssues`. A healthy call shows nothing.
 */
import type { DiagnosticsState } from '../store/state.js';
import { type MediaBannerModel, mediaBanner } from './media/banner.js';
import { selectMediaIssues } from './media/selectors.js';
import { type NetworkBannerModel, networkBanner } from './network/banner.js';
import { selectNetworkIssues } from './network/selectors.js';
import type { FamilyId } from './order.js';
import { type CallEndedBannerModel, type FamilyBanner, family, selectBannerFrom } from './selectBannerFrom.js';

export type { CallEndedBannerModel };

/**
 * What the banner should show, most important first: nothing, a call's end, or the top issue of a family.
 *
 * @public
 */
export type BannerModel = { readonly kind: 'none' } | CallEndedBannerModel | NetworkBannerModel | MediaBannerModel;

// Each family's part of the banner, by the precedence table's ids (TypeScript refuses a family without its row). A
// surface that loads a family's part on demand passes its own table to `selectBannerFrom`.
const FAMILY_BANNERS: Readonly<Record<FamilyId, FamilyBanner<unknown, BannerModel>>> = {
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
