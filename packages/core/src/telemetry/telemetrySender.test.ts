import { afterEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_STATE } from '../store/state.js';
import type { DiagnosticTelemetryRecord } from './telemetry.js';

const context = (at: number) => ({
  at,
  userId: undefined,
  identifier: undefined,
  sdkVersion: undefined,
  redact: undefined,
});

afterEach(() => {
  vi.doUnmock('./telemetry.js');
  vi.resetModules();
});

describe('createTelemetrySender', () => {
  it('keeps the records in order and their own time across the builder’s fetch, then delivers at once', async () => {
    vi.resetModules();
    const { createTelemetrySender } = await import('./telemetrySender.js');
    const records: DiagnosticTelemetryRecord[] = [];
    const send = createTelemetrySender({ onDiagnosticEvent: (r) => records.push(r) });
    send('relaysUnreachable', INITIAL_STATE, context(1_000));
    send('relaysRecovered', INITIAL_STATE, context(2_000));
    expect(records).toEqual([]);
    await vi.dynamicImportSettled();
    expect(records.map((r) => [r.kind, r.at])).toEqual([
      ['relaysUnreachable', new Date(1_000).toISOString()],
      ['relaysRecovered', new Date(2_000).toISOString()],
    ]);
    send('callEnded', INITIAL_STATE, context(3_000), { kind: 'callEnded' });
    expect(records).toHaveLength(3);
    send('mediaIssue', INITIAL_STATE, context(4_000), { kind: 'mediaIssue', diagnostic: 'cameraFreeze', value: true });
    expect(records.at(-1)).toMatchObject({ kind: 'mediaIssue', diagnostic: 'cameraFreeze', value: true });
  });

  it('without onDiagnosticEvent nothing is fetched; a throwing one goes to onTelemetryError', async () => {
    vi.resetModules();
    const { createTelemetrySender } = await import('./telemetrySender.js');
    createTelemetrySender({})('relaysUnreachable', INITIAL_STATE, context(1));
    const onTelemetryError = vi.fn(() => {
      throw new Error('the handler throws too');
    });
    const send = createTelemetrySender({
      onDiagnosticEvent: () => {
        throw new Error('app bug');
      },
      onTelemetryError,
    });
    send('relaysUnreachable', INITIAL_STATE, context(1));
    await vi.dynamicImportSettled();
    expect(onTelemetryError).toHaveBeenCalledWith(new Error('app bug'));
  });

  it('a builder that cannot be fetched is told to onTelemetryError once; the next record tries again', async () => {
    vi.resetModules();
    vi.doMock('./telemetry.js', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { createTelemetrySender } = await import('./telemetrySender.js');
    const onTelemetryError = vi.fn();
    const records: DiagnosticTelemetryRecord[] = [];
    const send = createTelemetrySender({ onDiagnosticEvent: (r) => records.push(r), onTelemetryError });
    send('relaysUnreachable', INITIAL_STATE, context(1));
    send('relaysRecovered', INITIAL_STATE, context(2));
    await vi.waitFor(() => expect(onTelemetryError).toHaveBeenCalledTimes(1));
    vi.doUnmock('./telemetry.js');
    send('callEnded', INITIAL_STATE, context(3));
    await vi.waitFor(() => expect(records.map((r) => r.kind)).toEqual(['callEnded']));
  });
});
