/**
 * Which telemetry records a store transition produces, family by family in the precedence order. Kept apart from the
 * banner's table so that the first load (the core object) carries only the families' telemetry, not their catalogs.
 */
import type { DiagnosticsState } from '../store/state.js';
import type { TelemetryTransition } from '../telemetry/telemetry.js';
import { mediaTelemetry } from './media/telemetry.js';
import { networkTelemetry } from './network/telemetry.js';
import { FAMILY_ORDER, type FamilyId } from './order.js';

type FamilyTelemetry = (previous: DiagnosticsState, next: DiagnosticsState) => TelemetryTransition[];

const FAMILY_TELEMETRY: Readonly<Record<FamilyId, FamilyTelemetry>> = {
  network: networkTelemetry,
  media: mediaTelemetry,
};

/**
 * The call-driven records a transition from `previous` to `next` produces, in family order. (`callEnded` is emitted
 * by `createCallDiagnostics` after the outcome is recorded and classified.)
 */
export function telemetryTransitions(previous: DiagnosticsState, next: DiagnosticsState): TelemetryTransition[] {
  return FAMILY_ORDER.flatMap((id) => FAMILY_TELEMETRY[id](previous, next));
}
