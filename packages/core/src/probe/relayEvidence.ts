/**
 * What one URL's events mean: the rules of the probe's per-URL decision, apart from the peer connection that raises
 * the events (pure, so each rule is tested on its own).
 */
import type { RelayDecision } from './types.js';

/** A candidate as `icecandidate` carries it (any field may be missing). */
export interface CandidateLike {
  readonly type?: string | null;
  readonly candidate?: string;
  readonly relayProtocol?: unknown;
}

/** What an `icecandidate` event means: nothing yet, a relay candidate, or the end of gathering. */
export type CandidateReading =
  | { readonly kind: 'other' }
  /** A relay candidate; `relayProtocol` when the candidate says it (a non-empty string; else `getStats()` may). */
  | { readonly kind: 'relay'; readonly relayProtocol: string | undefined }
  | { readonly kind: 'complete' };

/** Reads an `icecandidate` event's candidate: `null` ends gathering; a type from `type` or the candidate line. */
export function readCandidate(candidate: CandidateLike | null | undefined): CandidateReading {
  if (!candidate) return { kind: 'complete' };
  const type = candidate.type ?? / typ (\w+)/.exec(String(candidate.candidate))?.[1];
  if (type !== 'relay') return { kind: 'other' };
  const protocol = candidate.relayProtocol;
  return { kind: 'relay', relayProtocol: typeof protocol === 'string' && protocol !== '' ? protocol : undefined };
}

/**
 * The evidence one URL has gathered and the decision it leads to. An `icecandidateerror` 701 (unreachable) or 401
 * (auth-failed) decides at once; another STUN error (300–699) is remembered (the first one) and decides only if
 * nothing better comes: at the end of gathering or at the URL's timeout.
 */
export interface RelayEvidence {
  /** An `icecandidateerror` event: the decision it makes at once, or `undefined`. */
  error(event: { readonly errorCode?: unknown; readonly errorText?: unknown }): RelayDecision | undefined;
  /** Gathering ended without a relay candidate. */
  complete(): RelayDecision;
  /** The URL's time (`budgetMs`) is up. */
  timeout(budgetMs: number): RelayDecision;
}

/** Creates the evidence of one URL (nothing seen yet). */
export function createRelayEvidence(): RelayEvidence {
  let softError: RelayDecision | undefined;
  return {
    error(event) {
      const code = Number(event.errorCode);
      const text = typeof event.errorText === 'string' && event.errorText ? event.errorText : `error ${code}`;
      if (code === 701) return { status: 'unreachable', errorCode: 701, errorText: text };
      if (code === 401) return { status: 'auth-failed', errorCode: 401, errorText: text };
      if (code >= 300 && code <= 699) softError ??= { status: 'server-error', errorCode: code, errorText: text };
      return undefined;
    },
    complete() {
      return softError ?? { status: 'unreachable', errorText: 'Gathering ended without a relay candidate.' };
    },
    timeout(budgetMs) {
      return softError ?? { status: 'timeout', errorText: `No answer within ${Math.round(budgetMs)} ms.` };
    },
  };
}
