export { createReadinessCheck, READINESS_DEFAULT_TIMEOUT_MS, readinessVerdict } from './createReadinessCheck.js';
export { createReadinessTelemetryRecord, type ReadinessTelemetryRecord } from './telemetry.js';
export * from './types.js';
