import { type CallEndCodeEntry, formatCallEndCode, isRelayFailure, type RecommendedAction } from '../catalog/codes.js';
import type { DiagnosticsState, RelayStatus } from './state.js';

/** The relay view of a call: what `useRelayDiagnostics()` returns. */
export interface RelayDiagnostics {
  /** `reachable`, `unreachable`, `recovered` or `failed` (ended 410/3112). */
  readonly status: RelayStatus;
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

/** Derives {@link RelayDiagnostics}. Pure; compare results with `shallowEqual`. */
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

/** What the banner should show, most important first. */
export type BannerModel =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'relaysUnreachable';
      readonly intent: 'warning';
      readonly since: number | undefined;
      readonly episode: number;
    }
  | {
      readonly kind: 'callEnded';
      readonly intent: 'error';
      readonly at: number;
      readonly code: number | undefined;
      readonly subCode: number | undefined;
      /** `410/3112` */
      readonly codeText: string;
      readonly callId: string | undefined;
      readonly participantId: string | undefined;
      readonly entry: CallEndCodeEntry;
      readonly relayFailure: boolean;
    };

const NONE: BannerModel = { kind: 'none' };

/** Derives the banner: a network-family end beats an unreachable relay; a healthy call shows nothing. */
export function selectBanner(state: DiagnosticsState): BannerModel {
  const { ended, relay, call } = state;
  if (ended?.entry) {
    return {
      kind: 'callEnded',
      intent: 'error',
      at: ended.at,
      code: ended.code,
      subCode: ended.subCode,
      codeText: formatCallEndCode(ended.code, ended.subCode),
      callId: ended.callId ?? call.id,
      participantId: call.participantId,
      entry: ended.entry,
      relayFailure: isRelayFailure(ended.code, ended.subCode),
    };
  }
  if (!ended && relay.status === 'unreachable') {
    return { kind: 'relaysUnreachable', intent: 'warning', since: relay.unreachableSince, episode: relay.episode };
  }
  return NONE;
}

/** Shallow equality of two plain objects (own enumerable keys, `Object.is` per value). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (
      !Object.hasOwn(b, key) ||
      !Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    ) {
      return false;
    }
  }
  return true;
}

/** The facts support needs to look a call up, as plain text lines (call ID, participant ID, codes, time). */
export interface CallDetails {
  readonly callId: string | undefined;
  readonly participantId: string | undefined;
  readonly code: string | undefined;
  readonly at: number | undefined;
  readonly relayStatus: RelayStatus;
  readonly unreachableSince: number | undefined;
}

/** Derives {@link CallDetails}. */
export function selectCallDetails(state: DiagnosticsState): CallDetails {
  return {
    callId: state.ended?.callId ?? state.call.id,
    participantId: state.call.participantId,
    code: state.ended ? formatCallEndCode(state.ended.code, state.ended.subCode) || undefined : undefined,
    at: state.ended?.at,
    relayStatus: state.relay.status,
    unreachableSince: state.relay.unreachableSince,
  };
}
