/**
 * Other participants' diagnostics on a raw `Call`: `UserFacingDiagnosticsFeature.remote` (what clients that called
 * `startSendingDiagnostics()` share: at most 20 participants, a few events a minute each) and the participants who
 * leave (`remoteParticipantsUpdated`), as `remoteDiagnosticsChanged` / `participantLeft` events. With
 * `shareDiagnostics`, this client's own diagnostics are sent to the others while attached: the app's choice, never a
 * default.
 */
import type { DiagnosticEvent } from '../events.js';
import type { UfdAttachment } from './attachment.js';
import { errorMessage } from './listenerBag.js';

type RemoteEntry = Extract<DiagnosticEvent, { type: 'remoteDiagnosticsChanged' }>['diagnostics'][number];

/** `UserFacingDiagnosticsFeature.remote` (SDK 1.46: `RemoteDiagnostics`). */
interface RemoteDiagnosticsLike {
  getLatest(): unknown;
  on(event: 'diagnosticChanged', listener: (data: unknown) => void): void;
  off(event: 'diagnosticChanged', listener: (data: unknown) => void): void;
  startSendingDiagnostics?(): void;
  stopSendingDiagnostics?(): void;
}

/** A participant in `remoteParticipantsUpdated`: its identifier's raw id. */
interface RemoteParticipantLike {
  readonly identifier?: { readonly rawId?: unknown; readonly communicationUserId?: unknown } | undefined;
}

export function isRemoteDiagnostics(value: unknown): value is RemoteDiagnosticsLike {
  const v = value as RemoteDiagnosticsLike | undefined;
  return !!v && typeof v.getLatest === 'function' && typeof v.on === 'function' && typeof v.off === 'function';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** The SDK's `{ diagnostics: RemoteDiagnostic[] }` as the event's entries (display name read, nothing else of the participant). */
function entriesOf(data: unknown): RemoteEntry[] {
  const list = (data as { diagnostics?: unknown } | undefined)?.diagnostics;
  if (!Array.isArray(list)) return [];
  const entries: RemoteEntry[] = [];
  for (const item of list as Record<string, unknown>[]) {
    const participantId = text(item?.participantId);
    const diagnostic = text(item?.diagnostic);
    const value = item?.value;
    if (!participantId || !diagnostic || (typeof value !== 'boolean' && typeof value !== 'number')) continue;
    const participant = item.remoteParticipant as { displayName?: unknown } | undefined;
    entries.push({
      participantId,
      rawId: text(item.rawId),
      displayName: text(participant?.displayName),
      diagnostic,
      value,
    });
  }
  return entries;
}

function emitEntries(a: UfdAttachment, data: unknown): void {
  const diagnostics = entriesOf(data);
  if (diagnostics.length > 0) a.emit({ type: 'remoteDiagnosticsChanged', at: a.now(), diagnostics });
}

/** Reads the others' diagnostics the SDK already holds, follows their changes, and (with `share`) sends ours. */
export function followRemote(a: UfdAttachment, remote: RemoteDiagnosticsLike, share: boolean): void {
  try {
    emitEntries(a, remote.getLatest());
  } catch (error) {
    a.issue('get-latest-threw', `remote: ${errorMessage(error)}`);
  }
  const onChanged = a.listeners.guard((data: unknown) => emitEntries(a, data));
  a.listeners.add(
    () => remote.on('diagnosticChanged', onChanged),
    () => remote.off('diagnosticChanged', onChanged),
  );
  followParticipantsLeaving(a);
  if (share) {
    a.listeners.add(
      () => remote.startSendingDiagnostics?.(),
      () => remote.stopSendingDiagnostics?.(),
    );
  }
}

/** Follows the participants who leave the call: their diagnostics go with them. */
function followParticipantsLeaving(a: UfdAttachment): void {
  const call = a.call as unknown as {
    on(event: 'remoteParticipantsUpdated', listener: (args: unknown) => void): void;
    off(event: 'remoteParticipantsUpdated', listener: (args: unknown) => void): void;
  };
  const onUpdated = a.listeners.guard((args: unknown) => {
    const removed = (args as { removed?: unknown } | undefined)?.removed;
    if (!Array.isArray(removed)) return;
    for (const participant of removed as RemoteParticipantLike[]) {
      const id = text(participant?.identifier?.rawId) ?? text(participant?.identifier?.communicationUserId);
      if (id) a.emit({ type: 'participantLeft', at: a.now(), participantId: id });
    }
  });
  a.listeners.add(
    () => call.on('remoteParticipantsUpdated', onUpdated),
    () => call.off('remoteParticipantsUpdated', onUpdated),
  );
}
