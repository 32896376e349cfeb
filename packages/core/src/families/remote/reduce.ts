/**
 * Other participants' diagnostics in the store: the reducer calls these for `remoteDiagnosticsChanged` and
 * `participantLeft`. Only raised values are kept; at most {@link REMOTE_PARTICIPANT_LIMIT} participants (the SDK
 * shares diagnostics of at most 20).
 */
import type { DiagnosticEvent } from '../../events.js';
import type { RemoteState } from '../../store/state.js';

/** The most participants kept (new ones past it are ignored until others clear). */
const REMOTE_PARTICIPANT_LIMIT = 50;

type RemoteEntry = Extract<DiagnosticEvent, { type: 'remoteDiagnosticsChanged' }>['diagnostics'][number];

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A value the kit reads: a flag, or a `DiagnosticQuality` 1–3. */
function isReading(value: unknown): value is boolean | number {
  return typeof value === 'boolean' || value === 1 || value === 2 || value === 3;
}

/** Raised: `true`, Poor (2) or Bad (3). */
const raised = (value: boolean | number) => value === true || value === 2 || value === 3;

function applyEntry(remote: Record<string, RemoteState[string]>, entry: RemoteEntry, at: number): boolean {
  // A primitive entry has no participantId, so only null and undefined need turning away first.
  if (!entry || !isText(entry.participantId) || !isText(entry.diagnostic)) return false;
  if (!isReading(entry.value)) return false;
  const key = isText(entry.rawId) ? entry.rawId : entry.participantId;
  const current = remote[key];
  const reading = current?.diagnostics[entry.diagnostic];
  if (!raised(entry.value)) {
    if (!current || !reading) return false;
    const { [entry.diagnostic]: _gone, ...rest } = current.diagnostics;
    if (Object.keys(rest).length === 0) delete remote[key];
    else remote[key] = { ...current, diagnostics: rest };
    return true;
  }
  if (reading?.value === entry.value) return false;
  if (!current && Object.keys(remote).length >= REMOTE_PARTICIPANT_LIMIT) return false;
  const displayName = isText(entry.displayName) ? entry.displayName : current?.displayName;
  remote[key] = {
    participantId: entry.participantId,
    displayName,
    diagnostics: { ...current?.diagnostics, [entry.diagnostic]: { value: entry.value, at } },
  };
  return true;
}

/** The remote slice after a `remoteDiagnosticsChanged` event: the same object when nothing changed. */
export function reduceRemoteDiagnostics(
  state: RemoteState,
  diagnostics: readonly RemoteEntry[],
  at: number,
): RemoteState {
  if (!Array.isArray(diagnostics)) return state;
  const next: Record<string, RemoteState[string]> = { ...state };
  let changed = false;
  for (const entry of diagnostics) changed = applyEntry(next, entry, at) || changed;
  return changed ? next : state;
}

/** The remote slice after a participant left: their entry (by raw id or participant id) removed. */
export function removeRemoteParticipant(state: RemoteState, participantId: string): RemoteState {
  // Every key and kept participantId is a non-empty string, so an empty or missing id matches nothing.
  const keys = Object.entries(state)
    .filter(([key, entry]) => key === participantId || entry.participantId === participantId)
    .map(([key]) => key);
  if (keys.length === 0) return state;
  const next = { ...state };
  for (const key of keys) delete next[key];
  return next;
}
