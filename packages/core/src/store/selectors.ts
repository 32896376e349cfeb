import { formatCallEndCode } from '../catalog/endCode.js';
import type { DiagnosticsState } from './state.js';

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
