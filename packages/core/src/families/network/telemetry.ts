/** The network family's telemetry: which records a store transition produces. */
import type { DiagnosticsState } from '../../store/state.js';
import type { DiagnosticTelemetryKind } from '../../telemetry/telemetry.js';

/**
 * `relaysUnreachable` when a new unreachable episode starts, `relaysRecovered` on a recovery cue (one per episode,
 * however much it flapped).
 */
export function networkTelemetry(previous: DiagnosticsState, next: DiagnosticsState): DiagnosticTelemetryKind[] {
  const kinds: DiagnosticTelemetryKind[] = [];
  if (next.relay.episode > previous.relay.episode && next.relay.status === 'unreachable') {
    kinds.push('relaysUnreachable');
  }
  if (next.relay.recoveryNotice > previous.relay.recoveryNotice) kinds.push('relaysRecovered');
  return kinds;
}
