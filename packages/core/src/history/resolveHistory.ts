import {
  createOutcomeHistory,
  type HistoryStorage,
  type OutcomeHistory,
  type OutcomeHistoryOptions,
} from './outcomeHistory.js';

/** What an app may pass as `history`: a ready history, a Web Storage-like object, `false` (none) or nothing. */
export type HistoryOption = OutcomeHistory | HistoryStorage | false | undefined;

/**
 * Whether `history` is a Web Storage-like object (`getItem`) rather than a ready history. Storage first: a storage
 * that happens to have a `list()` method is still a storage (the kit keys it per user).
 */
function isStorage(history: OutcomeHistory | HistoryStorage): history is HistoryStorage {
  return typeof (history as Partial<HistoryStorage>).getItem === 'function';
}

/**
 * The one rule that turns a `history` option into the history to use, shared by `createCallDiagnostics` and the
 * readiness check: `false` → none; a ready {@link OutcomeHistory} → itself (the app keys it); a storage or nothing →
 * the kit's own history in it (or in `localStorage`, or memory), keyed by `options.userId`.
 */
export function resolveHistory(
  history: HistoryOption,
  options: Omit<OutcomeHistoryOptions, 'storage'> = {},
): OutcomeHistory | undefined {
  if (history === false) return undefined;
  if (history && !isStorage(history)) return history;
  return createOutcomeHistory({ ...options, storage: history || undefined });
}
