/** The media family's telemetry: one `mediaIssue` record per change of a media UFD's value. */
import type { DiagnosticsState } from '../../store/state.js';
import type { TelemetryTransition } from '../../telemetry/telemetry.js';
import { isMediaDiagnostic } from './names.js';

/**
 * A `mediaIssue` record (diagnostic, value) for each known media UFD whose value changed, raised or cleared. Speaking
 * while muted is left out (it follows every sentence a muted person says; it is a cue, not a problem), and so are
 * names the kit does not know. The record holds the UFD's name and value only: never a device name or label.
 */
export function mediaTelemetry(previous: DiagnosticsState, next: DiagnosticsState): TelemetryTransition[] {
  if (previous.media === next.media) return [];
  const records: TelemetryTransition[] = [];
  for (const [diagnostic, reading] of Object.entries(next.media)) {
    if (reading === previous.media[diagnostic]) continue;
    if (!isMediaDiagnostic(diagnostic) || diagnostic === 'speakingWhileMicrophoneIsMuted') continue;
    records.push({ kind: 'mediaIssue', diagnostic, value: reading.value });
  }
  return records;
}
