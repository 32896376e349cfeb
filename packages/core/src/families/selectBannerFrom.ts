/**
 * The banner's selection over a table of families' parts: a call's end first (a network-family end code), then the
 * top issue of the first family in the precedence order (`order.ts`) that has one, with every other issue counted in
 * `moreIssues`. `selectBanner` passes every family; a surface that loads a family's part on demand (the React banner
 * loads the media family's when a media UFD is first raised) passes the parts it has.
 */
import { lookupCallEnd } from '../catalog/codes.js';
import { formatCallEndCode, isRelayFailure } from '../catalog/endCode.js';
import type { DiagnosticsState } from '../store/state.js';
import type { BannerModel } from './banner.js';
import { FAMILY_ORDER, type FamilyId } from './order.js';

/** One family's part of the banner: its issues now (most important first) and the model of its top one. */
export interface FamilyBanner<Issue> {
  issues(state: DiagnosticsState): readonly Issue[];
  banner(top: Issue, state: DiagnosticsState, moreIssues: number): BannerModel;
}

/** Ties an issue type to its banner function (a table holds families of different issue types). */
export const family = <Issue>(f: FamilyBanner<Issue>): FamilyBanner<unknown> => f as FamilyBanner<unknown>;

/** Families' parts by id; a family without one has no say (its issues neither show nor count). */
export type FamilyBanners = Readonly<Partial<Record<FamilyId, FamilyBanner<unknown>>>>;

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
 * Derives the banner from the given families' parts: a network-family end beats every issue; before that, the first
 * family in the precedence order with an issue speaks, and the others count in `moreIssues`; nothing otherwise.
 */
export function selectBannerFrom(state: DiagnosticsState, families: FamilyBanners): BannerModel {
  if (state.ended) return endedBanner(state, state.ended);
  const lists = FAMILY_ORDER.map((id) => ({ id, issues: families[id]?.issues(state) ?? [] }));
  const first = lists.find((list) => list.issues.length > 0);
  if (!first) return NONE;
  const total = lists.reduce((sum, list) => sum + list.issues.length, 0);
  return (families[first.id] as FamilyBanner<unknown>).banner(first.issues[0], state, total - 1);
}
