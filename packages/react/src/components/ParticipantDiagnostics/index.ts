export { ParticipantDiagnostics } from './ParticipantDiagnostics.js';
export type { ParticipantDiagnosticsProps, ParticipantDiagnosticsState } from './ParticipantDiagnostics.types.js';
export { renderParticipantDiagnostics_unstable } from './renderParticipantDiagnostics.js';
export { useParticipantDiagnostics_unstable } from './useParticipantDiagnostics.js';
export { participantDiagnosticsClassNames } from './useParticipantDiagnosticsStyles.styles.js';
