/**
 * The banner, built from the families: after a call ended, its end (a network-family end code); before, the top issue
 * of the first family in the precedence order (`order.ts`) that has one, with every other issue counted in
 * `moreIssues`. A healthy call shows nothing.
 */
import { type CallEndCodeEntry, lookupCallEnd } from '../catalog/codes.js';
import { formatCallEndCode, isRelayFailure } from '../catalog/endCode.js';
import type { DiagnosticsState } from '../store/state.js';
import { type MediaBannerModel, mediaBanner } from './media/banner.js';
import { selectMediaIssues } from './media/selectors.js';
import { type NetworkBannerModel, networkBanner } from './network/banner.js';
import { selectNetworkIssues } from './network/selectors.js';
import { FAMILY_ORDER, type FamilyId } from './order.js';

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

/** One family's part of the banner: its issues now (most important first) and the model of its top one. */
interface FamilyBanner<Issue> {
  issues(state: DiagnosticsState): readonly Issue[];
  banner(top: Issue, state: DiagnosticsState, moreIssues: number): BannerModel;
}

/** Ties an issue type to its banner function (the table below holds families of different issue types). */
const family = <Issue>(f: FamilyBanner<Issue>): FamilyBanner<unknown> => f as FamilyBanner<unknown>;

const FAMILY_BANNERS: Readonly<Record<FamilyId, FamilyBanner<unknown>>> = {
  network: family({ issues: selectNetworkIssues, banner: networkBanner }),
  media: family({ issues: selectMediaIssues, banner: mediaBanner }),
};

const NONE: BannerModel = { kind: 'none' };

function endedBanner(state: DiagnosticsState, ended: NonNullable<DiagnosticsState['ended']>): BannerModel {
  const entry = lookupCallEnd(ended.code, ended.subCode);
  if (!entry) return NONE;
  return {
    kind: 'callEnded',
    intent: 'error',
    at: ended.at,
    code: ended.code,
    subCode: ended.subCode,
    codeText: formatCallEndCode(ended.code, ended.subCode),
    callId: ended.callId ?? state.call.id,
    participantId: state.call.participantId,
    entry,
    relayFailure: isRelayFailure(ended.code, ended.subCode),
  };
}

/**
 * Derives the banner: a network-family end beats every issue; before that, the first family in the precedence order
 * with an issue speaks, and the others count in `moreIssues`; a healthy call shows nothing.
 *
 * @public
 */
export function selectBanner(state: DiagnosticsState): BannerModel {
  if (state.ended) return endedBanner(state, state.ended);
  const lists = FAMILY_ORDER.map((id) => ({ id, issues: FAMILY_BANNERS[id].issues(state) }));
  const first = lists.find((list) => list.issues.length > 0);
  if (!first) return NONE;
  const total = lists.reduce((sum, list) => sum + list.issues.length, 0);
  return FAMILY_BANNERS[first.id].banner(first.issues[0], state, total - 1);
}
