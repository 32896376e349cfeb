import { selectParticipantDiagnostic } from '@call-diagnostics/core';
import { useCallback } from 'react';
import { useMediaStrings } from '../../families/media/useMediaStrings.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { formatString } from '../../localization/strings.js';
import type { ParticipantDiagnosticsProps, ParticipantDiagnosticsState } from './ParticipantDiagnostics.types.js';
import { useParticipantDiagnosticsClassName_unstable } from './useParticipantDiagnosticsStyles.styles.js';

const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/**
 * Decides a participant's tile badge (Fluent's state half): their most important raised diagnostic, in words from the
 * media strings (fetched with the first badge). Re-renders only when that participant's badge changes.
 */
export function useParticipantDiagnostics_unstable(props: ParticipantDiagnosticsProps): ParticipantDiagnosticsState {
  const { participantId } = props;
  const select = useCallback(
    (state: Parameters<typeof selectParticipantDiagnostic>[0]) => selectParticipantDiagnostic(state, participantId),
    [participantId],
  );
  const diagnostic = useDiagnosticsSelector(select, props.diagnostics);
  const strings = useMediaStrings(diagnostic !== undefined);
  const className = useParticipantDiagnosticsClassName_unstable(props.className);
  const remote = strings?.remote;
  const text = diagnostic && remote ? remote[diagnostic.badge] : '';
  const name = props.name || diagnostic?.displayName || remote?.someone || '';
  return {
    diagnostic,
    text,
    label: text && remote ? formatString(remote.label, { name, problem: text }) : '',
    color: COLORS[diagnostic?.severity ?? 'info'],
    className,
  };
}
