import { KIT_VERSION } from '../report/version.js';
import { TELEMETRY_SCHEMA } from '../telemetry/telemetry.js';
import type { ReadinessResult, ReadinessTelemetryRecord } from './types.js';

export type { ReadinessTelemetryRecord } from './types.js';

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
