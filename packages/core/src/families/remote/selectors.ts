/** Other participants' diagnostics, for their tiles. Pure. */
import type { DiagnosticsState } from '../../store/state.js';
import { lookupRemoteDiagnostic, type RemoteDiagnosticEntry, remoteRank } from './catalog.js';

/**
 * One raised diagnostic of another participant, as a tile shows it.
 *
 * @public
 */
export interface RemoteParticipantDiagnostic {
  /** The key the kit keeps the participant under: their raw id (`8:acs:…`) when the SDK gave it, else participant id. */
  readonly participantId: string;
  /** Their display name, when the SDK gave one. */
  readonly displayName: string | undefined;
  /** The UFD. */
  readonly diagnostic: string;
  /** Its value. */
  readonly value: boolean | number;
  /** How bad it is. */
  readonly severity: RemoteDiagnosticEntry['severity'];
  /** The badge's key (`poorConnection`, `cameraFrozen`…). */
  readonly badge: RemoteDiagnosticEntry['badge'];
  /** When it was raised (epoch ms). */
  readonly since: number;
}

const NONE: readonly RemoteParticipantDiagnostic[] = [];

/** One result per remote slice: the same array while the others' diagnostics have not changed. */
const results = new WeakMap<DiagnosticsState['remote'], readonly RemoteParticipantDiagnostic[]>();

/**
 * Every raised diagnostic of the other participants that a tile shows, most important first per participant
 * (participants in the order the SDK first reported them). Empty once the call ended.
 *
 * @public
 */
export function selectRemoteDiagnostics(state: DiagnosticsState): readonly RemoteParticipantDiagnostic[] {
  if (state.ended) return NONE;
  let rows = results.get(state.remote);
  if (!rows) {
    rows = rowsOf(state.remote);
    results.set(state.remote, rows);
  }
  return rows;
}

function rowsOf(remote: DiagnosticsState['remote']): readonly RemoteParticipantDiagnostic[] {
  const out: RemoteParticipantDiagnostic[] = [];
  for (const [participantId, participant] of Object.entries(remote)) {
    const rows: (RemoteParticipantDiagnostic & { rank: number })[] = [];
    for (const [diagnostic, reading] of Object.entries(participant.diagnostics)) {
      const entry = lookupRemoteDiagnostic(diagnostic, reading.value);
      if (!entry) continue;
      const { severity, badge } = entry;
      rows.push({
        participantId,
        displayName: participant.displayName,
        diagnostic,
        value: reading.value,
        severity,
        badge,
        since: reading.at,
        rank: remoteRank(entry),
      });
    }
    rows.sort((a, b) => a.rank - b.rank);
    for (const { rank: _rank, ...row } of rows) out.push(row);
  }
  return out.length ? out : NONE;
}

/**
 * The most important raised diagnostic of one participant (by raw id or participant id), or undefined: what their
 * tile's badge shows.
 *
 * @public
 */
export function selectParticipantDiagnostic(
  state: DiagnosticsState,
  participantId: string,
): RemoteParticipantDiagnostic | undefined {
  return selectRemoteDiagnostics(state).find(
    (row) => row.participantId === participantId || state.remote[row.participantId]?.participantId === participantId,
  );
}
