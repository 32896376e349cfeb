/**
 * The banner's selection over a table of families' parts: a call's end first (a network-family end code), then the
 * top issue of the first family in the precedence order (`order.ts`) that has one, with every other issue counted in
 * `moreIssues`. `selectBanner` passes every family; a surface that loads a family's part on demand (the React banner
 * loads the media family's when a media UFD is first raised) passes the parts it has.
 */
import { type CallEndCodeEntry, lookupCallEnd } from '../catalog/codes.js';
import { formatCallEndCode, isRelayFailure } from '../catalog/endCode.js';
import type { DiagnosticsState } from '../store/state.js';
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

/** One family's part of the banner: its issues now (most important first) and the model of its top one. */
export interface FamilyBanner<Issue, Model> {
  issues(state: DiagnosticsState): readonly Issue[];
  banner(top: Issue, state: DiagnosticsState, moreIssues: number): Model;
}

/** Ties an issue type to its banner function (a table holds families of different issue types). */
export const family = <Issue, Model>(f: FamilyBanner<Issue, Model>): FamilyBanner<unknown, Model> =>
  f as FamilyBanner<unknown, Model>;

/** Families' parts by id; a family without one has no say (its issues neither show nor count). */
export type FamilyBanners<Model> = Readonly<Partial<Record<FamilyId, FamilyBanner<unknown, Model>>>>;

/** What the selection gives besides the families' models: nothing, or a call's end. */
type NoneOrEnded = { readonly kind: 'none' } | CallEndedBannerModel;

const NONE: NoneOrEnded = { kind: 'none' };

function endedBanner(state: DiagnosticsState, ended: NonNullable<DiagnosticsState['ended']>): NoneOrEnded {
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
export function selectBannerFrom<Model>(state: DiagnosticsState, families: FamilyBanners<Model>): Model | NoneOrEnded {
  if (state.ended) return endedBanner(state, state.ended);
  const lists = FAMILY_ORDER.map((id) => ({ id, issues: families[id]?.issues(state) ?? [] }));
  const first = lists.find((list) => list.issues.length > 0);
  if (!first) return NONE;
  const total = lists.reduce((sum, list) => sum + list.issues.length, 0);
  return (families[first.id] as FamilyBanner<unknown, Model>).banner(first.issues[0], state, total - 1);
}
