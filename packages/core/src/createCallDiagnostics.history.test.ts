import { createFakeCall } from '@call-diagnostics/testing';
import { describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics } from './createCallDiagnostics.js';
import { createMemoryHistory } from './history/outcomeHistory.js';
import { selectPrimaryAction, selectRecurrence } from './history/selectors.js';
import type { DiagnosticTelemetryRecord } from './telemetry/telemetry.js';

describe('createCallDiagnostics: outcome history, classification, telemetry', () => {
  it('records each call outcome exactly once, even when re-attached or reported twice', () => {
    const history = createMemoryHistory();
    const diagnostics = createCallDiagnostics({ history });
    const call = createFakeCall({ id: 'call-a' });
    diagnostics.attach({ kind: 'call', call });
    diagnostics.attach({ kind: 'call', call }); // StrictMode: detach + attach the same call
    call.controls.end({ code: 410, subCode: 3112 });
    diagnostics.dispatch({ type: 'callEnded', at: Date.now(), callId: 'call-a', code: 410, subCode: 3112 });
    diagnostics.attach({ kind: 'call', call }); // re-attach after the end: reads Disconnected again
    expect(history.list()).toEqual([expect.objectContaining({ code: 410, subCode: 3112 })]);

    // A second diagnostics object on the same history and call (two consumers) adds nothing either.
    const other = createCallDiagnostics({ history });
    other.attach({ kind: 'call', call });
    expect(history.list()).toHaveLength(1);
  });

  it('a fine end is code 0; the next attempt after reset is recorded too', () => {
    const history = createMemoryHistory();
    const diagnostics = createCallDiagnostics({ history });
    const first = createFakeCall({ id: 'call-1' });
    diagnostics.attach({ kind: 'call', call: first });
    first.controls.end({ code: 0, subCode: 0 });
    const second = createFakeCall({ id: 'call-2' });
    diagnostics.attach({ kind: 'call', call: second });
    second.controls.end({ code: 490, subCode: 4502 });
    expect(history.list().map((o) => o.code)).toEqual([0, 490]);
  });

  it('succeeded before, fails now → transient (Retry first), then persistent (Check your network first)', () => {
    const history = createMemoryHistory();
    const now = Date.now();
    for (let i = 0; i < 5; i += 1) history.record({ at: now - 10_000 + i, code: 0 });
    const diagnostics = createCallDiagnostics({ history });

    const first = createFakeCall({ id: 'fail-1' });
    diagnostics.attach({ kind: 'call', call: first });
    first.controls.end({ code: 410, subCode: 3112 });
    expect(selectRecurrence(diagnostics.getSnapshot())).toMatchObject({ kind: 'transient', consecutiveFailures: 1 });
    expect(selectPrimaryAction(diagnostics.getSnapshot())).toBe('retry');

    const second = createFakeCall({ id: 'fail-2' });
    diagnostics.attach({ kind: 'call', call: second });
    second.controls.end({ code: 410, subCode: 3112 });
    expect(selectRecurrence(diagnostics.getSnapshot())).toMatchObject({ kind: 'persistent', consecutiveFailures: 2 });
    expect(selectPrimaryAction(diagnostics.getSnapshot())).toBe('fix-network');
  });

  it('without history the catalog decides (fix-network for 410/3112)', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    const call = createFakeCall();
    diagnostics.attach({ kind: 'call', call });
    call.controls.end({ code: 410, subCode: 3112 });
    expect(diagnostics.history).toBeUndefined();
    expect(selectRecurrence(diagnostics.getSnapshot())).toMatchObject({ kind: 'unknown', reason: 'no-history' });
    expect(selectPrimaryAction(diagnostics.getSnapshot())).toBe('fix-network');
  });

  it('a throwing storage never costs the diagnosis', () => {
    const boom = () => {
      throw new Error('storage broken');
    };
    const diagnostics = createCallDiagnostics({ history: { getItem: boom, setItem: boom } });
    const call = createFakeCall();
    diagnostics.attach({ kind: 'call', call });
    expect(() => call.controls.end({ code: 410, subCode: 3112 })).not.toThrow();
    expect(diagnostics.getSnapshot().ended).toMatchObject({ code: 410, subCode: 3112 });
    expect(diagnostics.getSnapshot().relay.status).toBe('failed');
  });

  it('emits records that join ACSCallSummary; a throwing callback never reaches the app', () => {
    const records: DiagnosticTelemetryRecord[] = [];
    const onTelemetryError = vi.fn();
    let fail = true;
    const diagnostics = createCallDiagnostics({
      history: false,
      userId: '8:acs:user-9',
      identifier: 'raw',
      sdkVersion: '1.46.1',
      onTelemetryError,
      onDiagnosticEvent: (record) => {
        records.push(record);
        if (fail) {
          fail = false;
          throw new Error('app bug');
        }
      },
    });
    const call = createFakeCall({ id: 'call-9', participantId: 'participant-9' });
    diagnostics.attach({ kind: 'call', call });
    expect(() => call.controls.raiseNetwork('networkRelaysNotReachable', true)).not.toThrow();
    call.controls.raiseNetwork('networkRelaysNotReachable', false);
    call.controls.end({ code: 410, subCode: 3112 });
    diagnostics.track('retryPressed');
    diagnostics.track('panelOpened');
    diagnostics.track('reportCopied');
    expect(onTelemetryError).toHaveBeenCalledOnce();
    expect(records.map((r) => r.kind)).toEqual([
      'relaysUnreachable',
      'relaysRecovered',
      'callEnded',
      'retryPressed',
      'panelOpened',
      'reportCopied',
    ]);
    expect(records[2]).toMatchObject({
      schema: 'call-diagnostics/v1',
      CorrelationId: 'call-9',
      ParticipantId: 'participant-9',
      Identifier: '8:acs:user-9',
      endCode: 410,
      endSubCode: 3112,
      endCodeText: '410/3112',
      relayStatus: 'failed',
      classification: 'unknown',
      sdkVersion: '1.46.1',
    });
    expect(records[2]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
