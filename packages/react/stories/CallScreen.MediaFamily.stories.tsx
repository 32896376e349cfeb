import type { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { type FakeCall, REMOTE_PARTICIPANT } from '@call-diagnostics/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { callScreenMeta, fakeCallLoader, loadedCall } from './support/CallScreen';

/**
 * The media family and the other people: every kind of microphone, camera, speaker and screen-sharing problem the SDK
 * raises (one per category), the "You're muted" notice, a network problem ranked before a camera one, and a badge on
 * another participant's tile.
 */
const meta = {
  title: 'Call screen/Media and other people',
  ...callScreenMeta,
  args: { ...callScreenMeta.args, onOpenDeviceSettings: fn() },
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

const raising = (...steps: Array<[string, boolean | 1 | 2 | 3]>) =>
  fakeCallLoader({}, (call: FakeCall) => {
    for (const [name, value] of steps) call.controls.raiseMedia(name, value);
  });

const expectBanner = (title: string, action?: string) =>
  (async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(title)).toBeVisible();
    if (action) await expect(canvas.getByRole('button', { name: action })).toBeVisible();
    await expect(canvasElement.querySelectorAll('.fui-MessageBar')).toHaveLength(1);
  }) satisfies Story['play'];

/** `microphonePermissionDenied`: the operating system blocks the microphone (macOS); its System Settings steps. */
export const MicrophoneBlockedBySystem: Story = {
  loaders: [raising(['microphonePermissionDenied', true])],
  play: async (context) => {
    await expectBanner('Your computer is blocking your microphone')(context);
    await expect(within(context.canvasElement).getByText(/Privacy & Security › Microphone/)).toBeVisible();
  },
};

/** `noMicrophoneDevicesEnumerated`: no microphone; "Choose another microphone" opens the app's device settings. */
export const NoMicrophone: Story = {
  loaders: [raising(['noMicrophoneDevicesEnumerated', true])],
  play: async (context) => {
    await expectBanner('No microphone found', 'Choose another microphone')(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Choose another microphone' }));
    await expect(context.args.onOpenDeviceSettings).toHaveBeenCalledWith('microphone');
  },
};

/** `microphoneNotFunctioning`: the microphone sends no audio. */
export const MicrophoneNotWorking: Story = {
  loaders: [raising(['microphoneNotFunctioning', true])],
  play: expectBanner("Your microphone isn't working", 'Choose another microphone'),
};

/** `microphoneMuteUnexpectedly`: the system muted the microphone; Unmute calls the call's `unmute()`. */
export const MutedBySystem: Story = {
  name: 'Microphone muted by the system',
  loaders: [raising(['microphoneMuteUnexpectedly', true])],
  play: expectBanner('Your system muted your microphone', 'Unmute'),
};

/** `cameraStartFailed`: the camera is off in the system or used by another app. */
export const CameraStartFailed: Story = {
  loaders: [raising(['cameraStartFailed', true])],
  play: expectBanner("Your camera couldn't start", 'Choose another camera'),
};

/** `cameraFreeze`: the others see this person's video frozen; a bandwidth problem more often than a camera one. */
export const CameraFrozen: Story = {
  name: 'Camera frozen for the others',
  loaders: [raising(['cameraFreeze', true])],
  play: expectBanner('Others see your video frozen', 'Check your network'),
};

/** `screenshareRecordingDisabled`: macOS blocks screen recording. */
export const ScreenSharingBlocked: Story = {
  loaders: [raising(['screenshareRecordingDisabled', true])],
  play: expectBanner('Your computer is blocking screen sharing'),
};

/** `speakingWhileMicrophoneIsMuted`: the polite "You're muted" notice, never the error banner. */
export const SpeakingWhileMuted: Story = {
  loaders: [raising(['speakingWhileMicrophoneIsMuted', true])],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("You're muted")).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Unmute' })).toBeVisible();
    await expect(canvasElement.querySelector('.cdk-RelayDiagnosticsBanner')).toBeNull();
  },
};

/** A network problem and a camera one at once: the network first, the camera counted in "+1 more issue". */
export const NetworkBeforeCamera: Story = {
  name: 'Network problem before a camera problem',
  loaders: [
    fakeCallLoader({}, (call) => {
      call.controls.raiseMedia('cameraStartFailed', true);
      call.controls.raiseNetwork('noNetwork', true);
    }),
  ],
  play: expectBanner('You are offline'),
};

/** Another participant's client shares its diagnostics: "Poor connection" on their tile, nothing in the banner. */
export const RemotePoorConnection: Story = {
  name: "Another participant's poor connection",
  loaders: [fakeCallLoader({}, (call) => call.controls.raiseRemote(REMOTE_PARTICIPANT, 'networkReceiveQuality', 3))],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    // The remote family's code is fetched on the first remote event (two chunks the preview does not preload): under a
    // loaded dev server that took just over findBy's default 1 s once; 3 s as the panel's chunk stories wait.
    const badge = await canvas.findByRole(
      'status',
      { name: `${REMOTE_PARTICIPANT.displayName}: Poor connection` },
      { timeout: 3000 },
    );
    await expect(badge).toBeVisible();
    await expect(canvasElement.querySelectorAll('.fui-MessageBar')).toHaveLength(0);
    loadedCall(loaded).controls.raiseRemote(REMOTE_PARTICIPANT, 'networkReceiveQuality', 1);
    await waitFor(() => expect(canvas.queryByRole('status', { name: /Poor connection/ })).toBeNull());
  },
};
