import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from '../../provider/CallDiagnosticsProvider.js';

function Host({ onRender }: { onRender: () => void }) {
  onRender();
  return <div>call UI</div>;
}

function setup(props: Partial<CallDiagnosticsProviderProps> = {}) {
  const call = createFakeCall({ id: 'call-1' });
  const hostRenders = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} {...props}>
        <Host onRender={hostRenders} />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, hostRenders };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the banner speaks for the media family', () => {
  it('names a microphone that stopped working, offers the app’s device settings, and goes when it clears', async () => {
    const user = userEvent.setup();
    const onOpenDeviceSettings = vi.fn();
    const { call, hostRenders } = setup({ onOpenDeviceSettings });
    const rendersBefore = hostRenders.mock.calls.length;
    act(() => call.controls.raiseMedia('microphoneNotFunctioning', true));
    expect(await screen.findByText("Your microphone isn't working")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose another microphone' }));
    expect(onOpenDeviceSettings).toHaveBeenCalledWith('microphone');
    act(() => call.controls.raiseMedia('microphoneNotFunctioning', false));
    expect(screen.queryByText("Your microphone isn't working")).not.toBeInTheDocument();
    expect(hostRenders.mock.calls.length).toBe(rendersBefore);
  });

  it('without device settings from the app, offers no device action', async () => {
    const { call } = setup();
    act(() => call.controls.raiseMedia('noMicrophoneDevicesEnumerated', true));
    expect(await screen.findByText('No microphone found')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /choose another/i })).not.toBeInTheDocument();
  });

  it('a microphone the system muted: Unmute calls call.unmute() once; a failing unmute is said in words', async () => {
    const user = userEvent.setup();
    const { call } = setup();
    const unmute = vi.spyOn(call, 'unmute').mockRejectedValueOnce(new Error('busy'));
    act(() => call.controls.raiseMedia('microphoneMuteUnexpectedly', true));
    await user.click(await screen.findByRole('button', { name: 'Unmute' }));
    expect(unmute).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Couldn't unmute. Use your call controls to unmute.")).toBeInTheDocument();
  });

  it('camera permission denied is explained with the steps for macOS', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    );
    const { call } = setup();
    act(() => call.controls.raiseMedia('cameraPermissionDenied', true));
    expect(await screen.findByText('Your computer is blocking your camera')).toBeInTheDocument();
    expect(screen.getByText(/System Settings › Privacy & Security › Camera/)).toBeInTheDocument();
  });

  it('a network problem is shown before a camera one, which counts in "+N more"', async () => {
    const { call } = setup();
    act(() => call.controls.raiseMedia('cameraStartFailed', true));
    expect(await screen.findByText("Your camera couldn't start")).toBeInTheDocument();
    act(() => call.controls.raiseNetwork('noNetwork', true));
    expect(screen.getByText('You are offline')).toBeInTheDocument();
    expect(screen.queryByText("Your camera couldn't start")).not.toBeInTheDocument();
    expect(screen.getByText(/^\+1 more/)).toBeInTheDocument();
  });

  it('unknown media names and speaking while muted never reach the banner', async () => {
    const { call } = setup();
    act(() => call.controls.raiseMedia('somethingNew', true));
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    expect(await screen.findByText("You're muted")).toBeInTheDocument(); // the notice, not the banner
    expect(document.querySelector('.cdk-RelayDiagnosticsBanner')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
