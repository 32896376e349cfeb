import { isRelayFailure, lookupCallEnd, type RecommendedAction } from '../catalog/codes.js';
import type { DiagnosticsState } from '../store/state.js';
import type { RecurrenceClassification } from './classifyRecurrence.js';

/**
 * The latest transient/persistent classification, or undefined before any call ended.
 *
 * @public
 */
export function selectRecurrence(state: DiagnosticsState): RecurrenceClassification | undefined {
  return state.recurrence;
}

/**
 * What the banner offers first after a call ended. For 410/3112 it follows the history: `retry` when the failure is
 * `transient`, `fix-network` when it is `persistent`; with `unknown` (or no history) and for every other code, the
 * catalog's action. Both actions stay reachable; only the emphasis changes. Undefined while the call has not ended.
 *
 * @public
 */
export function selectPrimaryAction(state: DiagnosticsState): RecommendedAction | undefined {
  const ended = state.ended;
  const entry = ended && lookupCallEnd(ended.code, ended.subCode);
  if (!ended || !entry) return undefined;
  if (isRelayFailure(ended.code, ended.subCode)) {
    if (state.recurrence?.kind === 'transient') return 'retry';
    if (state.recurrence?.kind === 'persistent') return 'fix-network';
  }
  return entry.action;
}
