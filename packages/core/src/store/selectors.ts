import {
  type CallEndCodeEntry,
  formatCallEndCode,
  isRelayFailure,
  lookupCallEnd,
  type RecommendedAction,
} from '../catalog/codes.js';
import { lookupNetworkIssue, type NetworkIssueEntry } from '../catalog/network.js';
import type { DiagnosticsState } from './state.js';

/**
 * One network issue that holds now, with its catalog row.
 *
 * @public
 */
export interface ActiveNetworkIssue {
  /** The catalog row: which value of which UFD is an issue, how bad it is, what to do, how it ranks. */
  readonly entry: {
    /** Which network issue holds. Keys of the React package's `network` strings. */
    readonly key:
      | 'noNetwork'
      | 'relaysUnreachable'
      | 'reconnectFailed'
      | 'reconnecting'
      | 'sendQualityBad'
      | 'sendQualityPoor'
      | 'receiveQualityBad'
      | 'receiveQualityPoor';
    /** The network UFD. */
    readonly diagnostic:
      | 'networkRelaysNotReachable'
      | 'noNetwork'
      | 'networkReconnect'
      | 'networkReceiveQuality'
      | 'networkSendQuality';
    /** The UFD value that means this issue (`true`, or a `DiagnosticQuality`: 2 Poor, 3 Bad). */
    readonly value: boolean | number;
    /** How bad it is. */
    readonly severity: CallEndCodeEntry['severity'];
    /** What to offer first. */
    readonly action: RecommendedAction;
    /** Lower is more important: no network (0) \> relays unreachable (1) \> reconnecting (2) \> quality (3). */
    readonly rank: number;
    /** English meaning for logs and reports (not for display). */
    readonly meaning: string;
  };
  /** When it began (epoch ms). */
  readonly since: number;
}

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
    if (entry.key === 'relaysUnreachable' && state.relay.status !== 'unreachable') continue;
    issues.push({ entry, since: reading.at });
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

/**
 * What the banner should show, most important first.
 *
 * @public
 */
export type BannerModel =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'relaysUnreachable';
      readonly intent: 'warning';
      readonly since: number | undefined;
      readonly episode: number;
      /** How many other network issues hold at the same time (shown as "+N more"), never a stack of banners. */
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
      /** How many other network issues hold at the same time. */
      readonly moreIssues: number;
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

/**
 * Derives the banner: a network-family end beats an unreachable relay; a healthy call shows nothing.
 *
 * @public
 */
export function selectBanner(state: DiagnosticsState): BannerModel {
  const { ended, relay, call } = state;
  const entry = ended && lookupCallEnd(ended.code, ended.subCode);
  if (ended && entry) {
    return {
      kind: 'callEnded',
      intent: 'error',
      at: ended.at,
      code: ended.code,
      subCode: ended.subCode,
      codeText: formatCallEndCode(ended.code, ended.subCode),
      callId: ended.callId ?? call.id,
      participantId: call.participantId,
      entry,
      relayFailure: isRelayFailure(ended.code, ended.subCode),
    };
  }
  if (ended) return NONE;
  const issues = selectNetworkIssues(state);
  const top = issues[0];
  if (!top) return NONE;
  const moreIssues = issues.length - 1;
  if (top.entry.key === 'relaysUnreachable') {
    return {
      kind: 'relaysUnreachable',
      intent: 'warning',
      since: relay.unreachableSince,
      episode: relay.episode,
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

/**
 * The facts support needs to look a call up, as plain text lines (call ID, participant ID, codes, time).
 *
 * @public
 */
export interface CallDetails {
  /** The call ID (of the ended call once it ended): `CorrelationId` in `ACSCallSummary`. */
  readonly callId: string | undefined;
  /** This participant's ID: `ParticipantId` in `ACSCallSummary`. */
  readonly participantId: string | undefined;
  /** The end code as `code/subCode` (`410/3112`), once the call ended. */
  readonly code: string | undefined;
  /** When the call ended (epoch ms). */
  readonly at: number | undefined;
  /** The relay status. */
  readonly relayStatus: DiagnosticsState['relay']['status'];
  /** When the current or last unreachable episode began (epoch ms). */
  readonly unreachableSince: number | undefined;
}

/**
 * Derives {@link CallDetails}.
 *
 * @public
 */
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
