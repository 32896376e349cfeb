// createReadinessTelemetryRecord: statuses and reason keys only.
import { describe, expect, it } from 'vitest';
import { createReadinessTelemetryRecord } from './telemetry.js';
import type { ReadinessResult } from './types.js';

describe('createReadinessTelemetryRecord', () => {
  it('holds statuses, the relays reason and nothing else', () => {
    const result: ReadinessResult = {
      verdict: 'warnings',
      checks: [
        { id: 'environment', status: 'pass', reason: 'webrtc-available', ms: 1 },
        { id: 'devices', status: 'warn', reason: 'no-camera', ms: 2 },
        { id: 'relays', status: 'warn', reason: 'udp-blocked-tcp-works', ms: 3 },
        {
          id: 'signalling',
          status: 'fail',
          reason: 'endpoints-unreachable',
          ms: 4,
          detail: 'https://x.test unreachable',
        },
        { id: 'history', status: 'pass', reason: 'history-clear', ms: 5 },
      ],
      untested: ['history', 'signalling'],
      startedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      finishedAt: Date.UTC(2026, 0, 2, 3, 4, 6, 789),
      ms: 1789,
    };
    expect(createReadinessTelemetryRecord(result)).toEqual({
      schema: 'call-diagnostics/v1',
      kind: 'readinessChecked',
      at: '2026-01-02T03:04:06.789Z',
      verdict: 'warnings',
      environment: 'pass',
      devices: 'warn',
      relays: 'warn',
      signalling: 'fail',
      history: 'pass',
      relaysReason: 'udp-blocked-tcp-works',
      untested: 'history,signalling',
      ms: 1789,
      kitVersion: '0.1.0',
    });
  });

  it('a check missing from the result is skipped; a missing relays check has the reason aborted', () => {
    const record = createReadinessTelemetryRecord({
      verdict: 'untested',
      checks: [{ id: 'devices', status: 'pass', reason: 'devices-available', ms: 0 }],
      untested: [],
      startedAt: 0,
      finishedAt: 0,
      ms: 0,
    });
    expect(record).toMatchObject({
      environment: 'skipped',
      devices: 'pass',
      relays: 'skipped',
      signalling: 'skipped',
      history: 'skipped',
      relaysReason: 'aborted',
      untested: '',
      at: '1970-01-01T00:00:00.000Z',
    });
  });
});
