export { createReadinessCheck, READINESS_DEFAULT_TIMEOUT_MS, readinessVerdict } from './createReadinessCheck.js';
export * from './types.js';
