import type { DiagnosticTelemetryRecord } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from '../../provider/CallDiagnosticsProvider.js';
import { Notices } from './Notices.js';

const DIAL_IN = { conferenceId: '123456789', tollNumbers: ['+1 206 555 0100'] };

function setup(props: Partial<CallDiagnosticsProviderProps> = {}) {
  const call = createFakeCall({ id: 'n-1', state: 'Connecting' });
  const records: DiagnosticTelemetryRecord[] = [];
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} history={false} onDiagnosticEvent={(r) => records.push(r)} {...props}>
        <div>call UI</div>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, records, ...utils };
}

const offered = (records: readonly DiagnosticTelemetryRecord[]) =>
  records.filter((r) => r.kind === 'fallbackOffered').map((r) => `${r.fallback}:${r.trigger}`);

describe('Notices (the provider’s default notice slot) and the fallback family the surfaces share', () => {
  it('as an app’s own notice slot: "You’re muted" while the person speaks muted, gone when it clears', async () => {
    const { call } = setup({ notice: Notices });
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    expect(await screen.findByText("You're muted")).toBeInTheDocument();
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', false));
    expect(screen.queryByText("You're muted")).not.toBeInTheDocument();
  });

  it('the banner alone (notice={false}) follows no quality, yet offers Join by phone after a blocked end, recorded once', async () => {
    const { call, records } = setup({ notice: false, dialIn: DIAL_IN });
    act(() => call.controls.setState('Connected'));
    act(() => call.controls.setVideo(true));
    await act(() => vi.dynamicImportSettled());
    expect(call.controls.openCollectors()).toBe(0);
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(await screen.findByRole('link', { name: 'Join by phone' })).toHaveAttribute(
      'href',
      'tel:+12065550100,,123456789%23',
    );
    await act(() => vi.dynamicImportSettled());
    expect(offered(records)).toEqual(['phone:callEnded:410/3112']);
  });

  it('banner and notices share one family: one quality collector while connected; none and no listener after unmount', async () => {
    const { call, unmount } = setup({ dialIn: DIAL_IN });
    act(() => call.controls.setState('Connected'));
    await waitFor(() => expect(call.controls.openCollectors()).toBe(1));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await screen.findByRole('link', { name: 'Join by phone' });
    expect(call.controls.openCollectors()).toBe(0);
    unmount();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('a normal hang-up offers no phone', async () => {
    const { call, records } = setup({ dialIn: DIAL_IN });
    act(() => call.controls.setState('Connected'));
    act(() => call.controls.end({ code: 0, subCode: 0 }));
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('link', { name: 'Join by phone' })).not.toBeInTheDocument();
    expect(offered(records)).toEqual([]);
  });
});
