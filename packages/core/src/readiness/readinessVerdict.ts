import type { ReadinessCheckId, ReadinessCheckResult, ReadinessVerdict } from './types.js';

/** Checks without which a run is never `ready`. */
const REQUIRED: readonly ReadinessCheckId[] = ['environment', 'devices', 'relays'];

/**
 * The verdict from the five results: `blocked` if any failed; `untested` if all were skipped; `ready` only when
 * environment, devices and relays passed and nothing warned; otherwise `warnings`.
 */
export function readinessVerdict(checks: readonly ReadinessCheckResult[]): ReadinessVerdict {
  if (checks.some((c) => c.status === 'fail')) return 'blocked';
  if (checks.every((c) => c.status === 'skipped')) return 'untested';
  if (checks.some((c) => c.status === 'warn')) return 'warnings';
  const passed = (id: ReadinessCheckId) => checks.some((c) => c.id === id && c.status === 'pass');
  return REQUIRED.every(passed) ? 'ready' : 'warnings';
}
