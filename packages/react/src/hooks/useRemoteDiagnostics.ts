import { type RemoteParticipantDiagnostic, selectRemoteDiagnostics } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../context/CallDiagnosticsContext.js';
import { useDiagnosticsSelector } from './useDiagnosticsSelector.js';

const same = (a: unknown, b: unknown) => a === b;

/**
 * The other participants' raised diagnostics, as clients that send their diagnostics share them (at most 20
 * participants): `participantId` (their raw id, `8:acs:…`, when the SDK gave it), `displayName` when the SDK gave one,
 * `diagnostic`, `value`, `severity`, the badge's key and since when; most important first per participant. Cleared
 * when a value returns to good or the participant leaves. Re-renders only when that list changes.
 */
export function useRemoteDiagnostics(source?: DiagnosticsSourceLike): readonly RemoteParticipantDiagnostic[] {
  return useDiagnosticsSelector(selectRemoteDiagnostics, source, same);
}
