import type { RemoteParticipantDiagnostic } from '@call-diagnostics/core';
import type { DiagnosticsSourceLike } from '../../context/CallDiagnosticsContext.js';

/** Props of {@link ParticipantDiagnostics}. */
export interface ParticipantDiagnosticsProps {
  /** The participant whose tile this is: their raw id (`remoteParticipant.identifier.rawId`) or participant id. */
  readonly participantId: string;
  /**
   * The name your tile shows for them, for the badge's accessible name ("Alex: Poor connection"). Without it the
   * name the SDK gave is used, else "A participant".
   */
  readonly name?: string | undefined;
  /** The diagnostics to read; defaults to the provider's. */
  readonly diagnostics?: DiagnosticsSourceLike;
  /** Merged last over the badge's class. */
  readonly className?: string;
}

/** What the badge shows, decided by `useParticipantDiagnostics_unstable`. */
export interface ParticipantDiagnosticsState {
  /** The participant's most important raised diagnostic, or undefined: then nothing is drawn. */
  readonly diagnostic: RemoteParticipantDiagnostic | undefined;
  /** The badge's text ("Poor connection"); empty until the strings have arrived (nothing is drawn meanwhile). */
  readonly text: string;
  /** The accessible name: who and what ("Alex: Poor connection"). */
  readonly label: string;
  /** Fluent Badge colour from the severity: `danger`, `warning` or `informative`. */
  readonly color: 'danger' | 'warning' | 'informative';
  /** The badge's class. */
  readonly className: string;
}
