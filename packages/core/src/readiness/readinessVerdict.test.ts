// readinessVerdict: the five results to one verdict.
import { describe, expect, it } from 'vitest';
import { readinessVerdict } from './readinessVerdict.js';
import type { ReadinessCheckResult } from './types.js';

const IDS = ['environment', 'devices', 'relays', 'signalling', 'history'] as const;
const c = (id: ReadinessCheckResult['id'], status: ReadinessCheckResult['status']) =>
  ({ id, status, reason: 'aborted', ms: 0 }) as ReadinessCheckResult;

describe('readinessVerdict', () => {
  const verdict = (...statuses: ReadinessCheckResult['status'][]) =>
    readinessVerdict(IDS.map((id, i) => c(id, statuses[i] as ReadinessCheckResult['status'])));
  it('blocked beats everything; untested only when all were skipped; a warning anywhere is warnings', () => {
    expect(verdict('warn', 'warn', 'fail', 'skipped', 'skipped')).toBe('blocked');
    expect(verdict('skipped', 'skipped', 'skipped', 'skipped', 'pass')).toBe('warnings');
    expect(verdict('skipped', 'skipped', 'skipped', 'skipped', 'warn')).toBe('warnings');
    expect(verdict('pass', 'pass', 'pass', 'pass', 'warn')).toBe('warnings');
    expect(verdict('pass', 'pass', 'pass', 'pass', 'pass')).toBe('ready');
    expect(verdict('skipped', 'pass', 'pass', 'pass', 'pass')).toBe('warnings');
    expect(verdict('pass', 'skipped', 'pass', 'pass', 'pass')).toBe('warnings');
    expect(verdict('pass', 'pass', 'skipped', 'skipped', 'skipped')).toBe('warnings');
  });
  it('a required check is found by its id, not its position', () => {
    const checks = [
      c('history', 'pass'),
      c('signalling', 'pass'),
      c('relays', 'pass'),
      c('devices', 'pass'),
      c('environment', 'pass'),
    ];
    expect(readinessVerdict(checks)).toBe('ready');
    expect(readinessVerdict([c('history', 'pass'), c('signalling', 'pass'), c('relays', 'pass')])).toBe('warnings');
  });

  it.each([
    [['pass', 'pass', 'pass', 'skipped', 'skipped'], 'ready'],
    [['pass', 'pass', 'skipped', 'pass', 'pass'], 'warnings'],
    [['pass', 'warn', 'pass', 'pass', 'pass'], 'warnings'],
    [['pass', 'pass', 'fail', 'pass', 'pass'], 'blocked'],
    [['skipped', 'skipped', 'skipped', 'skipped', 'skipped'], 'untested'],
    [['skipped', 'skipped', 'skipped', 'skipped', 'fail'], 'blocked'],
  ] as const)('%j → %s', (statuses, verdict) => {
    expect(readinessVerdict(IDS.map((id, i) => c(id, statuses[i] as ReadinessCheckResult['status'])))).toBe(verdict);
  });
});
