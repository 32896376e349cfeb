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
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} {...props}>
        <Host onRender={hostRenders} />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, hostRenders, ...utils };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MutedNotice (the provider’s notice slot)', () => {
  it('speaking while muted: a polite notice whose Unmute calls call.unmute() once; gone when the flag clears; the host never re-renders', async () => {
    const user = userEvent.setup();
    const { call, hostRenders } = setup();
    const unmute = vi.spyOn(call, 'unmute');
    const renders = hostRenders.mock.calls.length;
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    expect(await screen.findByText("You're muted")).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unmute' }));
    expect(unmute).toHaveBeenCalledTimes(1);
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', false));
    expect(screen.queryByText("You're muted")).not.toBeInTheDocument();
    expect(hostRenders.mock.calls.length).toBe(renders);
  });

  it('a throwing unmute is said in words, not thrown', async () => {
    const user = userEvent.setup();
    const { call } = setup();
    vi.spyOn(call, 'unmute').mockImplementation(() => {
      throw new Error('not now');
    });
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    await user.click(await screen.findByRole('button', { name: 'Unmute' }));
    expect(await screen.findByText("Couldn't unmute. Use your call controls to unmute.")).toBeInTheDocument();
  });

  it('Close hides it until the person speaks while muted again', async () => {
    const user = userEvent.setup();
    const { call } = setup();
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByText("You're muted")).not.toBeInTheDocument();
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', false));
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    expect(await screen.findByText("You're muted")).toBeInTheDocument();
  });

  it('notice={false} turns it off; the strings prop overrides its words', async () => {
    const { call, unmount } = setup({ notice: false });
    act(() => call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    await act(async () => {});
    expect(screen.queryByText("You're muted")).not.toBeInTheDocument();
    unmount();
    const other = setup({ strings: { media: { muted: { title: 'Mic is off' } } } });
    act(() => other.call.controls.raiseMedia('speakingWhileMicrophoneIsMuted', true));
    expect(await screen.findByText('Mic is off')).toBeInTheDocument();
  });

  it('leaves no listener on the call after unmount', () => {
    const { call, unmount } = setup();
    expect(call.controls.listenerCount()).toBeGreaterThan(0);
    unmount();
    expect(call.controls.listenerCount()).toBe(0);
  });
});
