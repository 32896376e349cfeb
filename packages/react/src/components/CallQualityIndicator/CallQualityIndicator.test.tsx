import type { DiagnosticTelemetryRecord } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { audioSample, BAD, GOOD } from '../../../../core/test/mediaStatsSample.js';
import { useCallQuality } from '../../hooks/useCallQuality.js';
import { CallDiagnosticsProvider } from '../../provider/CallDiagnosticsProvider.js';
import { CallQualityIndicator } from './CallQualityIndicator.js';

function Host({ onRender }: { onRender: () => void }) {
  onRender();
  return (
    <div>
      call UI <CallQualityIndicator />
    </div>
  );
}

function setup() {
  const call = createFakeCall({ id: 'q-1' });
  const hostRenders = vi.fn();
  const records: DiagnosticTelemetryRecord[] = [];
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} onDiagnosticEvent={(r) => records.push(r)}>
        <Host onRender={hostRenders} />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, hostRenders, records, ...utils };
}

const push = (call: ReturnType<typeof createFakeCall>, figures: typeof GOOD, times: number) =>
  act(() => {
    for (let i = 0; i < times; i += 1) call.controls.pushMediaStats(audioSample(figures));
  });

describe('CallQualityIndicator in the provider', () => {
  it('follows the call’s collector: good after 10 good samples, poor on the 3rd bad one with its reasons, announced once', async () => {
    const error = vi.spyOn(console, 'error');
    const { call, hostRenders, records } = setup();
    await waitFor(() => expect(call.controls.openCollectors()).toBe(1));
    const image = await screen.findByRole('img', { name: 'Network quality: Not measured yet' });
    expect(image).toHaveAttribute('data-level', 'unknown');
    const renders = hostRenders.mock.calls.length;
    push(call, GOOD, 10);
    expect(await screen.findByRole('img', { name: 'Network quality: Good' })).toBeInTheDocument();
    push(call, BAD, 2);
    expect(screen.getByRole('img', { name: 'Network quality: Good' })).toBeInTheDocument();
    push(call, BAD, 1);
    const poor = await screen.findByRole('img', { name: /^Network quality: Poor — / });
    expect(poor.getAttribute('aria-label')).toContain('packet loss (receiving)');
    expect(screen.getByText('Network quality has changed: Poor.')).toBeInTheDocument();
    expect(hostRenders.mock.calls.length).toBe(renders);
    await act(() => vi.dynamicImportSettled());
    expect(records.filter((r) => r.kind === 'qualityChanged').map((r) => r.qualityLevel)).toEqual(['good', 'poor']);
    // The same figures sent and received ("Round trip: 40 ms" twice) are two lines, not two children with one key
    // (which made React re-render the indicator's parent: the host).
    expect(error.mock.calls.filter((c) => String(c[0]).includes('same key'))).toEqual([]);
    error.mockRestore();
  });

  it('a Bad network quality UFD is poor at once; the collector is disposed with 0 listeners after unmount', async () => {
    const { call, unmount } = setup();
    await waitFor(() => expect(call.controls.openCollectors()).toBe(1));
    act(() => call.controls.raiseNetwork('networkSendQuality', 3));
    expect(
      await screen.findByRole('img', { name: /Network quality: Poor — network quality is low \(sending\)/ }),
    ).toBeInTheDocument();
    unmount();
    expect(call.controls.openCollectors()).toBe(0);
    expect(call.controls.listenerCount()).toBe(0);
  });
});

/** A second reader in the same component, switched off by `on: false` (its own monitor: none). */
function useReader(on: boolean) {
  return useCallQuality(on ? undefined : NO_MONITOR).level;
}
const NOTHING = { level: 'unknown' };
const NO_MONITOR = { subscribe: () => () => {}, getSnapshot: () => NOTHING } as never;

describe('useCallQuality', () => {
  it('one collector for every reader; the monitor given as an argument beats the provider', async () => {
    const call = createFakeCall();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CallDiagnosticsProvider call={call} banner={false} notice={false} toast={false} panel={false}>
        {children}
      </CallDiagnosticsProvider>
    );
    const both = renderHook(({ second }) => [useCallQuality().level, useReader(second)] as const, {
      wrapper,
      initialProps: { second: true },
    });
    await waitFor(() => expect(call.controls.openCollectors()).toBe(1));
    push(call, BAD, 3);
    expect(both.result.current).toEqual(['poor', 'poor']);
    both.rerender({ second: false });
    expect(call.controls.openCollectors()).toBe(1);
    both.unmount();
    expect(call.controls.openCollectors()).toBe(0);
    const { createQualityMonitor } = await import('@call-diagnostics/core');
    const monitor = createQualityMonitor();
    const own = renderHook(() => useCallQuality(monitor));
    act(() => {
      for (let i = 0; i < 3; i += 1) monitor.push(audioSample(BAD));
    });
    expect(own.result.current.level).toBe('poor');
  });
});
