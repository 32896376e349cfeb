import { createCallDiagnostics, type DiagnosticTelemetryRecord } from '@call-diagnostics/core';
import { createFakeCall, createFakeCallAgent } from '@call-diagnostics/testing';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRelayDiagnostics } from '../hooks/useRelayDiagnostics.js';
import { CallDiagnosticsProvider } from './CallDiagnosticsProvider.js';

const flaky = { broken: true };
function FlakyBanner() {
  const relay = useRelayDiagnostics();
  if (flaky.broken && relay.status !== 'reachable') throw new Error('surface bug on the first call');
  return relay.status === 'failed' ? <p>custom banner: failed</p> : null;
}

function Broken(): null {
  throw new Error('surface bug');
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Issue 12, "crash and silent loss": each of these failed before its fix.
describe('the provider keeps its promises', () => {
  it('a `diagnostics` prop that becomes undefined falls back to an object of its own (no crash)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const call = createFakeCall({ id: 'c-1' });
    const external = createCallDiagnostics({ history: false });
    const { rerender } = render(
      <CallDiagnosticsProvider call={call} diagnostics={external} onRetry={() => {}}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    rerender(
      <CallDiagnosticsProvider call={call} onRetry={() => {}}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    expect(screen.getByText('call UI')).toBeInTheDocument();
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText(/410\/3112/)).toBeInTheDocument();
  });

  it('a surface that threw is tried again on the next call, so the next 410/3112 is shown', async () => {
    const onSurfaceError = vi.fn();
    flaky.broken = true;
    const agent = createFakeCallAgent();
    render(
      <CallDiagnosticsProvider callAgent={agent} banner={FlakyBanner} onSurfaceError={onSurfaceError}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    await act(() => vi.dynamicImportSettled()); // the CallAgent source is fetched on first use
    const first = agent.controls.activeCall;
    act(() => first?.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(onSurfaceError).toHaveBeenCalledWith(expect.any(Error), 'banner');
    flaky.broken = false;
    act(() => {
      if (first) agent.controls.removeCall(first);
    });
    let second: ReturnType<typeof agent.controls.addCall> | undefined;
    act(() => {
      second = agent.controls.addCall({ id: 'second-call' });
    });
    act(() => second?.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText('custom banner: failed')).toBeInTheDocument();
  });

  it('an onSurfaceError that throws is contained', () => {
    const onSurfaceError = vi.fn(() => {
      throw new Error('the app handler throws too');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <CallDiagnosticsProvider call={createFakeCall()} banner={Broken} onSurfaceError={onSurfaceError}>
          <p>call UI</p>
        </CallDiagnosticsProvider>,
      ),
    ).not.toThrow();
    expect(onSurfaceError).toHaveBeenCalled();
    expect(screen.getByText('call UI')).toBeInTheDocument();
  });

  it('a userId that changes without a remount writes the new user’s history and telemetry identifier', async () => {
    const storage = new Map<string, string>();
    const history = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    };
    const records: DiagnosticTelemetryRecord[] = [];
    const callA = createFakeCall({ id: 'call-a' });
    const props = {
      history,
      options: { identifier: 'raw' as const },
      onDiagnosticEvent: (r: DiagnosticTelemetryRecord) => records.push(r),
    };
    const { rerender } = render(
      <CallDiagnosticsProvider call={callA} userId="8:acs:user-a" {...props}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    act(() => callA.controls.end({ code: 410, subCode: 3112 }));
    const historyKeys = () =>
      [...storage.entries()].filter(([, v]) => v.startsWith('{') && 'outcomes' in JSON.parse(v)).map(([k]) => k);
    const keysAfterA = historyKeys();
    expect(keysAfterA).toHaveLength(1);
    const callB = createFakeCall({ id: 'call-b' });
    rerender(
      <CallDiagnosticsProvider call={callB} userId="8:acs:user-b" {...props}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    act(() => callB.controls.end({ code: 410, subCode: 3112 }));
    await act(() => vi.dynamicImportSettled()); // the telemetry record builder is fetched on the first record
    const ended = records.filter((r) => r.kind === 'callEnded');
    expect(ended.map((r) => r.Identifier)).toEqual(['8:acs:user-a', '8:acs:user-b']);
    const keys = historyKeys();
    expect(keys.length).toBe(keysAfterA.length + 1);
    const newKey = keys.find((k) => !keysAfterA.includes(k)) as string;
    expect(JSON.parse(storage.get(newKey) as string).outcomes).toHaveLength(1);
    // The first user's history holds only their call.
    expect(JSON.parse(storage.get(keysAfterA[0] as string) as string).outcomes).toHaveLength(1);
  });
});
