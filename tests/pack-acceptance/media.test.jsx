// Issue 23 from the installed tarballs: the media family, the muted notice, other people's diagnostics and
// shareDiagnostics, on an SDK-shaped call.
import {
  CallDiagnosticsProvider,
  ParticipantDiagnostics,
  preloadCallDiagnosticsUi,
  useRemoteDiagnostics,
} from '@call-diagnostics/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { Features, sdkShapedCall } from './sdkShapedCall.js';

afterEach(cleanup);
beforeAll(() => preloadCallDiagnosticsUi(), 30_000);

const ALEX = { participantId: 'p-alex', rawId: '8:acs:alex', displayName: 'Alex' };

function Remote() {
  const rows = useRemoteDiagnostics();
  return <p data-testid="remote">{rows.map((r) => `${r.participantId}:${r.diagnostic}:${r.severity}`).join(',')}</p>;
}

function mount(sim, props = {}) {
  const hostRenders = vi.fn();
  function Host() {
    hostRenders();
    return (
      <div>
        <p>my call screen</p>
        <ParticipantDiagnostics participantId="8:acs:alex" />
        <Remote />
      </div>
    );
  }
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={sim.call} features={Features} {...props}>
        <Host />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { hostRenders, ...utils };
}

test('speaking while muted: a notice whose Unmute calls call.unmute() once, gone when the flag clears, the host untouched', async () => {
  const sim = sdkShapedCall();
  const { hostRenders } = mount(sim);
  const renders = hostRenders.mock.calls.length;
  act(() => sim.raiseMedia('speakingWhileMicrophoneIsMuted', true));
  fireEvent.click(await screen.findByRole('button', { name: 'Unmute' }, { timeout: 15_000 }));
  expect(sim.call.unmute).toHaveBeenCalledTimes(1);
  act(() => sim.raiseMedia('speakingWhileMicrophoneIsMuted', false));
  expect(screen.queryByText("You're muted")).toBeNull();
  expect(hostRenders.mock.calls.length).toBe(renders);
});

test('a microphone that stopped is named and goes when it clears; camera permission is explained; the network comes first', async () => {
  const sim = sdkShapedCall();
  mount(sim);
  act(() => sim.raiseMedia('microphoneNotFunctioning', true));
  expect(await screen.findByText("Your microphone isn't working", {}, { timeout: 15_000 })).toBeTruthy();
  act(() => sim.raiseMedia('microphoneNotFunctioning', false));
  expect(screen.queryByText("Your microphone isn't working")).toBeNull();
  act(() => sim.raiseMedia('cameraPermissionDenied', true));
  expect(await screen.findByText('Your computer is blocking your camera')).toBeTruthy();
  expect(screen.getByText(/Privacy & Security › Camera/)).toBeTruthy();
  act(() => sim.raise('noNetwork', true));
  expect(screen.getByText('You are offline')).toBeTruthy();
  expect(screen.queryByText('Your computer is blocking your camera')).toBeNull();
  expect(screen.getByText('+1 more issue')).toBeTruthy();
});

test('unknown names and malformed values are ignored; 0 listeners after unmount', async () => {
  const sim = sdkShapedCall();
  const { unmount } = mount(sim);
  act(() => sim.raiseMedia('somethingNew', true));
  act(() => sim.raiseMedia('cameraFreeze', 'yes'));
  act(() => sim.raiseMedia('cameraStartFailed', 7));
  await act(async () => {});
  expect(document.querySelector('.fui-MessageBar')).toBeNull();
  expect(sim.listeners()).toBeGreaterThan(0);
  unmount();
  expect(sim.listeners()).toBe(0);
});

test('useRemoteDiagnostics and ParticipantDiagnostics show a participant’s bad connection and clear it', async () => {
  const sim = sdkShapedCall();
  mount(sim);
  act(() => sim.raiseRemote(ALEX, 'networkReceiveQuality', 3));
  // The others' diagnostics are followed once their code (a chunk of its own) has arrived.
  await waitFor(() =>
    expect(screen.getByTestId('remote').textContent).toBe('8:acs:alex:networkReceiveQuality:warning'),
  );
  expect(await screen.findByRole('status', { name: 'Alex: Poor connection' }, { timeout: 15_000 })).toBeTruthy();
  act(() => sim.raiseRemote(ALEX, 'networkReceiveQuality', 1));
  expect(screen.getByTestId('remote').textContent).toBe('');
  expect(screen.queryByRole('status', { name: /Alex/ })).toBeNull();
  act(() => sim.raiseRemote(ALEX, 'cameraFreeze', true));
  act(() => sim.leave('8:acs:alex'));
  expect(screen.getByTestId('remote').textContent).toBe('');
});

test('startSendingDiagnostics only with shareDiagnostics', async () => {
  const quiet = sdkShapedCall();
  const first = mount(quiet);
  await act(async () => {});
  first.unmount();
  expect(quiet.sending()).toBe(false);
  const sharing = sdkShapedCall();
  const { unmount } = mount(sharing, { shareDiagnostics: true });
  await waitFor(() => expect(sharing.sending()).toBe(true));
  unmount();
  expect(sharing.sending()).toBe(false);
});
