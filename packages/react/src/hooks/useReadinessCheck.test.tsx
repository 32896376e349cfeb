import { createReadinessCheck } from '@call-diagnostics/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeReadinessPlatform, fakeEndpoints, fakeIceServers, silent } from '../../test/readinessPlatform.js';
import { type UseReadinessCheckOptions, useReadinessCheck } from './useReadinessCheck.js';

describe('useReadinessCheck', () => {
  it('follows a run from idle to done and resolves its result', async () => {
    const fake = createFakeReadinessPlatform();
    const { result } = renderHook(() =>
      useReadinessCheck({
        platform: fake.platform,
        iceServers: fakeIceServers,
        endpoints: fakeEndpoints,
        history: false,
      }),
    );
    expect(result.current.snapshot.state).toBe('idle');
    let run: Promise<unknown> | undefined;
    act(() => {
      run = result.current.run();
    });
    expect(result.current.snapshot.state).toBe('running');
    await act(async () => {
      await run;
    });
    expect(result.current.snapshot.state).toBe('done');
    expect(result.current.snapshot.result?.verdict).toBe('ready');
    await expect(run).resolves.toMatchObject({ verdict: 'ready' });
  });

  it('sends one telemetry record per finished run to the latest onDiagnosticEvent (an inline arrow keeps the check)', async () => {
    const fake = createFakeReadinessPlatform();
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(
      ({ onDiagnosticEvent }: Pick<UseReadinessCheckOptions, 'onDiagnosticEvent'>) =>
        useReadinessCheck({ platform: fake.platform, iceServers: fakeIceServers, history: false, onDiagnosticEvent }),
      { initialProps: { onDiagnosticEvent: first } },
    );
    const check = result.current.check;
    rerender({ onDiagnosticEvent: second });
    expect(result.current.check).toBe(check);
    await act(async () => {
      await result.current.run();
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(second.mock.calls[0]?.[0]).toMatchObject({ kind: 'readinessChecked', relays: 'pass' });
  });

  it('abort() settles the run with undefined (no rejection) and closes every peer connection', async () => {
    const fake = createFakeReadinessPlatform({ relays: silent });
    const { result } = renderHook(() =>
      useReadinessCheck({ platform: fake.platform, iceServers: fakeIceServers, history: false, timeoutMs: 10_000 }),
    );
    let run: Promise<unknown> | undefined;
    act(() => {
      run = result.current.run();
    });
    await waitFor(() => expect(fake.openPeerConnections()).toBeGreaterThan(0));
    act(() => result.current.abort());
    await expect(run).resolves.toBeUndefined();
    expect(result.current.snapshot.state).toBe('aborted');
    expect(fake.openPeerConnections()).toBe(0);
  });

  it('keeps its check across renders with equal values, makes a new one when a value changes, aborts on unmount', async () => {
    const fake = createFakeReadinessPlatform({ relays: silent, endpoints: () => 'hang' });
    const base = { platform: fake.platform, history: false as const, timeoutMs: 10_000 };
    const { result, rerender, unmount } = renderHook(
      (options: UseReadinessCheckOptions) => useReadinessCheck(options),
      {
        initialProps: { ...base, iceServers: [...fakeIceServers], endpoints: [...fakeEndpoints] },
      },
    );
    const first = result.current.check;
    rerender({ ...base, iceServers: [...fakeIceServers], endpoints: [...fakeEndpoints] });
    expect(result.current.check).toBe(first);
    act(() => void result.current.run());
    await waitFor(() => expect(fake.openPeerConnections()).toBeGreaterThan(0));
    rerender({ ...base, iceServers: [...fakeIceServers], endpoints: [fakeEndpoints[0] as string] });
    expect(result.current.check).not.toBe(first);
    expect(first.getSnapshot().state).toBe('aborted');
    expect(fake.openPeerConnections()).toBe(0);
    expect(fake.openFetches()).toBe(0);
    act(() => void result.current.run());
    await waitFor(() => expect(fake.openPeerConnections()).toBeGreaterThan(0));
    unmount();
    expect(fake.openPeerConnections()).toBe(0);
    expect(fake.openFetches()).toBe(0);
  });

  it('follows a check passed in instead of making one', async () => {
    const fake = createFakeReadinessPlatform();
    const check = createReadinessCheck({ platform: fake.platform, history: false });
    const { result } = renderHook(() => useReadinessCheck({ check }));
    expect(result.current.check).toBe(check);
    await act(async () => {
      await check.run();
    });
    expect(result.current.snapshot).toBe(check.getSnapshot());
    expect(result.current.snapshot.state).toBe('done');
  });

  it('a malformed option is a TypeError naming it', () => {
    // React reports the render error on window and console; keep the test output quiet.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    expect(() => renderHook(() => useReadinessCheck({ timeoutMs: -1 }))).toThrow(/options\.timeoutMs/);
    window.removeEventListener('error', quiet);
    error.mockRestore();
  });
});
