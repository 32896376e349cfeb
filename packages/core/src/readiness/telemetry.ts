import { KIT_VERSION } from '../report/version.js';
import { TELEMETRY_SCHEMA } from '../telemetry/telemetry.js';
import type { ReadinessCheckStatus, ReadinessReason, ReadinessResult, ReadinessVerdict } from './types.js';

/**
 * The telemetry record of one finished readiness check (`kind: 'readinessChecked'`), given to the check's
 * `onDiagnosticEvent`. Statuses and reason keys only: no device names, URLs, hosts or ids. It has no call ID (there
 * is no call yet): `docs/kql/` joins it to the call that follows through the telemetry session (e.g. Application
 * Insights' `SessionId`).
 *
 * @public
 */
export interface ReadinessTelemetryRecord {
  /** The record schema, `call-diagnostics/v1`. */
  readonly schema: 'call-diagnostics/v1';
  /** Always `readinessChecked`. */
  readonly kind: 'readinessChecked';
  /** ISO 8601 time the check finished. */
  readonly at: string;
  /** The whole check's conclusion. */
  readonly verdict: ReadinessVerdict;
  /** How the environment check ended. */
  readonly environment: ReadinessCheckStatus;
  /** How the devices check ended. */
  readonly devices: ReadinessCheckStatus;
  /** How the relays check ended. */
  readonly relays: ReadinessCheckStatus;
  /** How the signalling check ended. */
  readonly signalling: ReadinessCheckStatus;
  /** How the history check ended. */
  readonly history: ReadinessCheckStatus;
  /** Why the relays check ended as it did (e.g. `udp-blocked-tcp-works`, `relays-blocked`). */
  readonly relaysReason: ReadinessReason;
  /** The checks not tested, comma-separated (empty when all ran). */
  readonly untested: string;
  /** Milliseconds to the verdict. */
  readonly ms: number;
  /** This kit's version. */
  readonly kitVersion: string;
}

/** Builds the record of a finished check (pure). */
export function createReadinessTelemetryRecord(result: ReadinessResult): ReadinessTelemetryRecord {
  const status = (id: string) => result.checks.find((c) => c.id === id)?.status ?? 'skipped';
  return {
    schema: TELEMETRY_SCHEMA,
    kind: 'readinessChecked',
    at: new Date(result.finishedAt).toISOString(),
    verdict: result.verdict,
    environment: status('environment'),
    devices: status('devices'),
    relays: status('relays'),
    signalling: status('signalling'),
    history: status('history'),
    relaysReason: result.checks.find((c) => c.id === 'relays')?.reason ?? 'aborted',
    untested: result.untested.join(','),
    ms: result.ms,
    kitVersion: KIT_VERSION,
  };
}
