import type { ReactElement } from 'react';
import type { ParticipantDiagnosticsProps } from './ParticipantDiagnostics.types.js';
import { renderParticipantDiagnostics_unstable } from './renderParticipantDiagnostics.js';
import { useParticipantDiagnostics_unstable } from './useParticipantDiagnostics.js';

/**
 * A small badge for another participant's video tile: what their own device reports when their client shares its
 * diagnostics ("Poor connection", "Camera frozen", "Microphone not working"), with an accessible name that says whose
 * it is. Renders nothing while all is well, and goes when the problem clears or they leave.
 * `<ParticipantDiagnostics participantId={participant.identifier.rawId} name={displayName} />`
 */
export function ParticipantDiagnostics(props: ParticipantDiagnosticsProps): ReactElement | null {
  return renderParticipantDiagnostics_unstable(useParticipantDiagnostics_unstable(props));
}
