/** The network family's telemetry: which records a store transition produces. */
import type { DiagnosticsState } from '../../store/state.js';
import type { TelemetryTransition } from '../../telemetry/telemetry.js';

/**
 * `relaysUnreachable` when a new unreachable episode starts, `relaysRecovered` on a recovery cue (one per episode,
 * however much it flapped).
 */
export function networkTelemetry(previous: DiagnosticsState, next: DiagnosticsState): TelemetryTransition[] {
  const kinds: TelemetryTransition[] = [];
  if (next.relay.episode > previous.relay.episode && next.relay.status === 'unreachable') {
    kinds.push({ kind: 'relaysUnreachable' });
  }
  if (next.relay.recoveryNotice > previous.relay.recoveryNotice) kinds.push({ kind: 'relaysRecovered' });
  return kinds;
}
