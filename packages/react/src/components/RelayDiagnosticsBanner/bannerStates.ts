/**
 * What the banner says for each kind of model, one function per kind: the call's end here, each family's issues in
 * that family's folder (`families/<family>/bannerState.ts`). A family that adds a banner kind to core's `BannerModel`
 * adds its function to this table (TypeScript refuses a kind without one).
 */
import type { BannerModel, CallEndedBannerModel } from '@call-diagnostics/core';
import type { MediaBannerParts } from '../../families/media/useMediaBannerParts.js';
import { networkIssueState, relaysUnreachableState } from '../../families/network/bannerState.js';
import type { BannerStrings } from '../../localization/bannerStrings.js';
import { formatString } from '../../localization/strings.js';
import type { RelayDiagnosticsBannerAction, RelayDiagnosticsBannerState } from './RelayDiagnosticsBanner.types.js';

/**
 * What a kind's function reads: the strings, the two actions the banner can offer, the history's verdict, and the
 * media family's parts (once a media UFD is raised and their chunks have arrived).
 */
export interface BannerStateContext extends Partial<MediaBannerParts> {
  readonly strings: BannerStrings;
  /** "Try again", when the app can retry. */
  readonly retry: RelayDiagnosticsBannerAction | undefined;
  /** "Check your network" (opens the guidance panel), when there is one. */
  readonly checkNetwork: RelayDiagnosticsBannerAction | undefined;
  /** The history's first action after an end (`retry` or `fix-network`). */
  readonly primary: string | undefined;
  /** The history's classification (`transient`, `persistent`, `unknown`). */
  readonly recurrence: string | undefined;
  /** "+N more issues". */
  readonly moreIssues: (count: number) => string;
  /** "Join by phone" and the number and ID in words, after a call the network blocked when dial-in is known. */
  readonly joinByPhone?: { readonly action: RelayDiagnosticsBannerAction; readonly line: string } | undefined;
}

/** The part of the banner's state a kind decides. */
export type BannerKindState = Pick<
  RelayDiagnosticsBannerState,
  'intent' | 'politeness' | 'issue' | 'title' | 'lines' | 'meta' | 'primaryAction' | 'secondaryAction'
>;

type KindStates = {
  readonly [K in BannerModel['kind']]: (
    model: Extract<BannerModel, { kind: K }>,
    ctx: BannerStateContext,
  ) => BannerKindState | undefined;
};

/** What the banner shows on a healthy call: nothing. */
export const BLANK: BannerKindState = {
  intent: 'info',
  politeness: 'polite',
  issue: undefined,
  title: '',
  lines: [],
  meta: [],
  primaryAction: undefined,
  secondaryAction: undefined,
};

/** The error banner's words after a network-family end. */
function callEndedWords(model: CallEndedBannerModel, ctx: BannerStateContext) {
  const { strings, recurrence } = ctx;
  const b = strings.banner;
  const n = strings.network;
  const endTitle = n.endTitles[model.entry.key as keyof typeof n.endTitles] ?? n.endTitles.unknown;
  const reason = strings.endCodes[model.entry.key as keyof typeof strings.endCodes] ?? strings.endCodes.unknown;
  const hint = model.relayFailure
    ? recurrence === 'transient'
      ? b.transientHint
      : recurrence === 'persistent'
        ? b.persistentHint
        : undefined
    : n.actions[model.entry.action];
  const phone = ctx.joinByPhone?.line;
  return {
    title: model.relayFailure ? b.relayFailureTitle : endTitle,
    lines: [model.relayFailure ? b.relayFailureBody : reason, ...(hint ? [hint] : []), ...(phone ? [phone] : [])],
    meta: [
      formatString(b.code, { code: model.codeText }),
      ...(model.callId ? [formatString(b.callId, { callId: model.callId })] : []),
    ],
  };
}

/**
 * After an end: Retry first when the failure looks transient (or nothing else is offered). "Join by phone", when
 * offered, comes first when the failure keeps happening (no retry helps) and second otherwise: still two at most.
 */
function endActions(ctx: BannerStateContext): Pick<BannerKindState, 'primaryAction' | 'secondaryAction'> {
  const { primary, retry, checkNetwork, recurrence } = ctx;
  const phone = ctx.joinByPhone?.action;
  const retryFirst = primary === 'retry' || !checkNetwork;
  const [first, second] = retryFirst
    ? [retry ?? checkNetwork, retry ? checkNetwork : undefined]
    : [checkNetwork, retry];
  if (!phone) return { primaryAction: first, secondaryAction: second };
  return recurrence === 'persistent'
    ? { primaryAction: phone, secondaryAction: checkNetwork ?? retry }
    : { primaryAction: first ?? phone, secondaryAction: first ? phone : undefined };
}

const KIND_STATES: KindStates = {
  none: () => BLANK,
  callEnded: (model, ctx) => ({
    intent: 'error',
    politeness: 'assertive',
    issue: undefined,
    ...callEndedWords(model, ctx),
    ...endActions(ctx),
  }),
  relaysUnreachable: relaysUnreachableState,
  networkIssue: networkIssueState,
  // The media family's words are in its chunk (fetched when a media UFD is raised): nothing until it has arrived.
  mediaIssue: (model, ctx) => ctx.mediaPart?.mediaIssueState(model, ctx),
};

/**
 * The part of the banner's state the model's kind decides; undefined when the kind has nothing to say yet (its
 * family's strings have not arrived): the banner then shows nothing.
 */
export function bannerKindState(model: BannerModel, ctx: BannerStateContext): BannerKindState | undefined {
  return (KIND_STATES[model.kind] as (m: BannerModel, c: BannerStateContext) => BannerKindState | undefined)(
    model,
    ctx,
  );
}
