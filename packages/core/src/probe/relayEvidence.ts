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

/** What an `icecandidate` event means: a relay candidate, or the end of gathering (any other candidate: nothing). */
export type CandidateReading =
  /** A relay candidate; `relayProtocol` when the candidate says it (a non-empty string; else `getStats()` may). */
  { readonly kind: 'relay'; readonly relayProtocol: string | undefined } | { readonly kind: 'complete' };

/**
 * Reads an `icecandidate` event's candidate: `null` ends gathering; a type from `type` or the candidate line;
 * `undefined` for a candidate that is not a relay one (host, srflx: not what a relay-only probe waits for).
 */
export function readCandidate(candidate: CandidateLike | null | undefined): CandidateReading | undefined {
  if (!candidate) return { kind: 'complete' };
  const type = candidate.type ?? / typ (\w+)/.exec(String(candidate.candidate))?.[1];
  if (type !== 'relay') return undefined;
  const protocol = candidate.relayProtocol;
  return { kind: 'relay', relayProtocol: typeof protocol === 'string' && protocol !== '' ? protocol : undefined };
}

/**
 * The texts Chromium gives the 600s it raises itself, per network interface (a server's STUN error 600 comes with the
 * server's own reason phrase instead).
 */
const BROWSER_600 = /IP address family does not match|Address not associated with the desired network interface/;

/**
 * The evidence one URL has gathered and the decision it leads to. Only the server's answers prove the path: a relay
 * candidate decides at once (`reachable`, in probeUrl), a 401 too (`auth-failed`); another STUN error (300–699) is
 * remembered (the first one) and decides only if no candidate comes. The browser raises errors of its own, per
 * network interface: 701 (host lookup failed, no connection) and 600 with {@link BROWSER_600}'s texts. They are no
 * answer and decide nothing on their own: another interface may still reach the server, so the URL is decided when
 * gathering ends (every interface has spoken) or its time is up, `unreachable` with the first of them if nothing
 * better came. Errors about the STUN binding the browser also tries at a TURN server's address (`url` `stun:…`) say
 * nothing about the relay and are left out.
 */
export interface RelayEvidence {
  /** An `icecandidateerror` event: the decision it makes at once, or `undefined`. */
  error(event: {
    readonly errorCode?: unknown;
    readonly errorText?: unknown;
    readonly url?: unknown;
  }): RelayDecision | undefined;
  /** Gathering ended without a relay candidate. */
  complete(): RelayDecision;
  /** The URL's time (`budgetMs`) is up. */
  timeout(budgetMs: number): RelayDecision;
}

/** Creates the evidence of one URL (nothing seen yet). */
export function createRelayEvidence(): RelayEvidence {
  let answer: RelayDecision | undefined;
  let ownError: RelayDecision | undefined;
  return {
    error(event) {
      if (String(event.url).startsWith('stun')) return undefined;
      const code = Number(event.errorCode);
      const text = typeof event.errorText === 'string' && event.errorText ? event.errorText : `error ${code}`;
      if (code === 401) return { status: 'auth-failed', errorCode: 401, errorText: text };
      if (code === 701 || (code === 600 && BROWSER_600.test(text))) {
        ownError ??= { status: 'unreachable', errorCode: code, errorText: text };
      } else if (code >= 300 && code <= 699) {
        answer ??= { status: 'server-error', errorCode: code, errorText: text };
      }
      return undefined;
    },
    complete() {
      return answer ?? ownError ?? { status: 'unreachable', errorText: 'Gathering ended without a relay candidate.' };
    },
    timeout(budgetMs) {
      return answer ?? ownError ?? { status: 'timeout', errorText: `No answer within ${Math.round(budgetMs)} ms.` };
    },
  };
}
