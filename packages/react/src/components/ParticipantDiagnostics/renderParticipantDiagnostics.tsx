import { Badge } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ParticipantDiagnosticsState } from './ParticipantDiagnostics.types.js';

/**
 * Draws the badge (Fluent's render half): a tinted Fluent `Badge` with the problem in words and an accessible name
 * that says whose it is; a polite live region, so a screen reader hears it appear. Nothing when all is well.
 */
export function renderParticipantDiagnostics_unstable(state: ParticipantDiagnosticsState): ReactElement | null {
  if (!state.diagnostic || !state.text) return null;
  return (
    <Badge
      appearance="tint"
      color={state.color}
      size="medium"
      shape="rounded"
      role="status"
      aria-label={state.label}
      className={state.className}
      data-diagnostic={state.diagnostic.diagnostic}
    >
      {state.text}
    </Badge>
  );
}
