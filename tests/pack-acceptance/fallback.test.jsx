// Issue 25 from the installed tarballs: join by phone after a call the network blocked (the app's dialIn, or a Teams
// meeting's own details from the SDK), and the video-off notice when the quality stays poor with the camera on.
import { CallDiagnosticsProvider, preloadCallDiagnosticsUi } from '@call-diagnostics/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { BAD, Features, sdkShapedCall } from './sdkShapedCall.js';

afterEach(cleanup);
beforeAll(() => preloadCallDiagnosticsUi(), 30_000);

function mount(sim, props = {}) {
  const records = [];
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider
        call={sim.call}
        features={Features}
        history={false}
        onDiagnosticEvent={(r) => records.push(r)}
        {...props}
      >
        <p>my call screen</p>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { records, ...utils };
}

const href = (link) => decodeURIComponent(link.getAttribute('href') ?? '');
const fallbacks = (records) =>
  records.filter((r) => r.fallback).map((r) => `${r.kind}:${r.fallback}${r.trigger ? `:${r.trigger}` : ''}`);

test('dialIn, then 410/3112: a tel: link that reads +12065550100,,123456789# and a fallbackOffered record', async () => {
  const sim = sdkShapedCall({ state: 'Connecting' });
  const { records } = mount(sim, { dialIn: { conferenceId: '123456789', tollNumbers: ['+1 206 555 0100'] } });
  act(() => sim.end(410, 3112));
  const link = await screen.findByRole('link', { name: 'Join by phone' }, { timeout: 15_000 });
  expect(href(link)).toBe('tel:+12065550100,,123456789#');
  expect(screen.getByText(/Call \+1 206 555 0100, then enter the conference ID 123 456 789/)).toBeTruthy();
  await waitFor(() => expect(fallbacks(records)).toEqual(['fallbackOffered:phone:callEnded:410/3112']));
});

test("a Teams meeting: the SDK's details read once, only after Connected; a link after the end", async () => {
  const sim = sdkShapedCall({
    state: 'Connecting',
    teams: {
      phoneConferenceId: '987654321',
      phoneNumbers: [
        { tollPhoneNumber: { kind: 'phoneNumber', phoneNumber: '+44 20 7946 0000', rawId: '4:+442079460000' } },
      ],
    },
  });
  mount(sim);
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(sim.teamsAudio.getTeamsMeetingAudioConferencingDetails).not.toHaveBeenCalled();
  act(() => sim.setState('Connected'));
  await waitFor(() => expect(sim.teamsAudio.getTeamsMeetingAudioConferencingDetails).toHaveBeenCalledTimes(1));
  act(() => sim.setState('LocalHold'));
  act(() => sim.setState('Connected'));
  act(() => sim.end(410, 301005));
  const link = await screen.findByRole('link', { name: 'Join by phone' }, { timeout: 15_000 });
  expect(href(link)).toBe('tel:+442079460000,,987654321#');
  expect(sim.teamsAudio.getTeamsMeetingAudioConferencingDetails).toHaveBeenCalledTimes(1);
});

test('a call that is not a Teams meeting (400/45950): no link and no crash', async () => {
  const sim = sdkShapedCall();
  mount(sim);
  await waitFor(() => expect(sim.teamsAudio.getTeamsMeetingAudioConferencingDetails).toHaveBeenCalledTimes(1));
  act(() => sim.end(410, 3112));
  expect(await screen.findByText('Error code 410/3112', {}, { timeout: 15_000 })).toBeTruthy();
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(screen.queryByRole('link', { name: 'Join by phone' })).toBeNull();
  expect(screen.getByText('my call screen')).toBeTruthy();
});

test('sustained poor quality with the camera on: "Turn off my video" calls call.stopVideo(stream) and goes; fallbackChosen', async () => {
  const sim = sdkShapedCall();
  const { records } = mount(sim);
  act(() => sim.cameraOn());
  const [stream] = sim.call.localVideoStreams;
  await waitFor(() => expect(sim.openCollectors()).toBe(1), { timeout: 15_000 });
  act(() => sim.pushStats(BAD, 12));
  const button = await screen.findByRole('button', { name: 'Turn off my video' }, { timeout: 15_000 });
  fireEvent.click(button);
  await waitFor(() => expect(sim.call.stopVideo).toHaveBeenCalledWith(stream));
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Turn off my video' })).toBeNull());
  expect(fallbacks(records)).toEqual(['fallbackOffered:videoOff:quality:poor', 'fallbackChosen:videoOff']);
});

test('no camera: no such button', async () => {
  const sim = sdkShapedCall();
  mount(sim);
  await waitFor(() => expect(sim.openCollectors()).toBe(1), { timeout: 15_000 });
  act(() => sim.pushStats(BAD, 30));
  await act(() => new Promise((r) => setTimeout(r, 100)));
  expect(screen.queryByRole('button', { name: 'Turn off my video' })).toBeNull();
  expect(vi.isMockFunction(sim.call.stopVideo) && sim.call.stopVideo.mock.calls.length).toBe(0);
});
