import type { CallDiagnosticsProvider } from '@call-diagnostics/react';
import {
  createMediaStatsSample,
  type FakeCall,
  GOOD_AUDIO,
  POOR_AUDIO,
  SCENARIO_DIAL_IN,
} from '@call-diagnostics/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { animationsSettled, callScreenMeta, fakeCallLoader, loadedCall } from './support/CallScreen';

/**
 * Keeping the meeting when the network cannot carry the call: the notice that offers to turn the video off after 10
 * poor samples with the camera on, then to join by phone 30 samples later, and the "Join by phone" list of numbers.
 */
const meta = {
  title: 'Call screen/Fallbacks',
  ...callScreenMeta,
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

const cameraOn = fakeCallLoader({}, (call: FakeCall) => call.controls.setVideo(true));

/** One media statistics sample a second, as the SDK reports them; the level is poor from the 3rd poor one. */
async function push(call: FakeCall, figures: typeof POOR_AUDIO, count: number): Promise<void> {
  await waitFor(() => expect(call.controls.openCollectors()).toBe(1));
  for (let i = 0; i < count; i += 1) call.controls.pushMediaStats(createMediaStatsSample(figures));
}

/**
 * Poor samples, one per tick, until the notice makes its first offer (at most 60). The SDK samples once a second for
 * the whole call, and the advisor counts from when it starts listening: once its chunk has arrived after the call
 * connected, which a cold dev server can make later than the collector another reader (the quality indicator) opened.
 * How many samples make an offer is pinned by the unit and pack tests, not here.
 */
async function poorUntilOffered(call: FakeCall, canvas: ReturnType<typeof within>): Promise<void> {
  await waitFor(() => expect(call.controls.openCollectors()).toBe(1));
  for (let i = 0; i < 60 && !canvas.queryByRole('button', { name: 'Not now' }); i += 1) {
    call.controls.pushMediaStats(createMediaStatsSample(POOR_AUDIO));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** 10 poor samples with the camera on: "Turn off my video" stops the call's video stream, and the notice goes. */
export const TurnOffVideo: Story = {
  name: 'Poor quality with the camera on: turn off video',
  loaders: [cameraOn],
  play: async ({ canvasElement, loaded }) => {
    const call = loadedCall(loaded);
    const canvas = within(canvasElement);
    await poorUntilOffered(call, canvas);
    await expect(await canvas.findByText('Your network is struggling')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Turn off my video' }));
    await waitFor(() => expect(call.localVideoStreams).toHaveLength(0));
    await waitFor(() => expect(canvas.queryByText('Your network is struggling')).toBeNull());
  },
};

/** The offer stands while the network stays poor (for the axe check and the visual review). */
export const VideoOffOffered: Story = {
  name: 'Video-off notice',
  loaders: [cameraOn],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await poorUntilOffered(loadedCall(loaded), canvas);
    await expect(await canvas.findByRole('button', { name: 'Not now' })).toBeVisible();
    await animationsSettled();
  },
};

/** Still poor 30 samples after the video offer, with the app's dial-in details: "Join by phone", a `tel:` link. */
export const JoinByPhoneOffered: Story = {
  name: 'Still poor: join by phone',
  args: { dialIn: SCENARIO_DIAL_IN },
  loaders: [cameraOn],
  play: async ({ canvasElement, loaded }) => {
    const call = loadedCall(loaded);
    const canvas = within(canvasElement);
    await poorUntilOffered(call, canvas);
    await userEvent.click(await canvas.findByRole('button', { name: 'Not now' }));
    await push(call, POOR_AUDIO, 30);
    const link = await canvas.findByRole('link', { name: 'Join by phone' });
    await expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('tel:+12065550100,,123456789#');
    await expect(canvas.getByText(/enter the conference ID 123 456 789/)).toBeVisible();
    await animationsSettled();
  },
};

/** The network recovers before the person acts: the offer goes by itself. */
export const Recovered: Story = {
  name: 'Quality recovers: the offer goes',
  loaders: [cameraOn],
  play: async ({ canvasElement, loaded }) => {
    const call = loadedCall(loaded);
    const canvas = within(canvasElement);
    await poorUntilOffered(call, canvas);
    await expect(await canvas.findByText('Your network is struggling')).toBeVisible();
    await push(call, GOOD_AUDIO, 15);
    await waitFor(() => expect(canvas.queryByText('Your network is struggling')).toBeNull());
  },
};

/**
 * A Teams meeting the network blocks (410/3112) whose dial-in details the app fetched before the call: the error
 * banner offers "Join by phone" (a `tel:` link) with the number and conference ID in words.
 */
export const BlockedMeetingJoinByPhone: Story = {
  name: 'Blocked meeting (410/3112): join by phone',
  args: { dialIn: SCENARIO_DIAL_IN, history: false },
  loaders: [fakeCallLoader({ state: 'Connecting' })],
  play: async ({ canvasElement, loaded }) => {
    const call = loadedCall(loaded);
    const canvas = within(canvasElement);
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    call.controls.end({ code: 410, subCode: 3112 });
    const link = await canvas.findByRole('link', { name: 'Join by phone' });
    await expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('tel:+12065550100,,123456789#');
    await expect(canvas.getByText(/Call \+1 206 555 0100, then enter the conference ID 123 456 789/)).toBeVisible();
    await animationsSettled();
  },
};
