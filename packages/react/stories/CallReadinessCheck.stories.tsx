import { createReadinessCheck, type ReadinessCheck, type ReadinessCheckOptions } from '@call-diagnostics/core';
import { CallReadinessCheck, preloadCallReadinessCheck } from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useContext } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  allRelaysBlocked,
  createFakeReadinessPlatform,
  type FakeReadinessPlatformOptions,
  fakeEndpoints,
  fakeIceServers,
  silent,
  udpBlocked,
} from '../test/readinessPlatform';
import { StoryLocaleContext } from './support/storyLocale';

/**
 * A check made from fakes (`platform`: a fake RTCPeerConnection, fetch, permissions and media devices; no network,
 * no prompt), run to its end, or left running, or aborted, before the story renders: every story shows its state from
 * the first frame, the same in every theme and direction.
 */
function checkLoader(
  fakes: FakeReadinessPlatformOptions,
  options: ReadinessCheckOptions = {},
  then: 'finish' | 'leave-running' | 'abort' = 'finish',
) {
  return async (): Promise<{ check: ReadinessCheck }> => {
    await preloadCallReadinessCheck();
    const fake = createFakeReadinessPlatform(fakes);
    const check = createReadinessCheck({
      platform: fake.platform,
      iceServers: fakeIceServers,
      endpoints: fakeEndpoints,
      history: false,
      ...options,
    });
    const run = check.run().catch(() => undefined);
    if (then === 'finish') await run;
    if (then === 'abort') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      check.abort();
      await run;
    }
    return { check };
  };
}

const loadedCheck = (loaded: Record<string, unknown>) => loaded.check as ReadinessCheck;

function LocalizedCheck(props: Parameters<typeof CallReadinessCheck>[0]) {
  const locale = useContext(StoryLocaleContext);
  return <CallReadinessCheck locale={locale} {...props} />;
}

/** The verdict's live region (the first `status` in the check's region). */
async function verdict(canvasElement: HTMLElement, text: string | RegExp) {
  const region = await within(canvasElement).findByRole('region');
  await waitFor(() => expect(within(region).getAllByRole('status')[0]).toHaveTextContent(text));
  return region;
}

/**
 * The pre-join readiness check: one row per check (browser, microphone and camera, call media servers, call service,
 * recent calls) with its status in words and a marker whose shape shows it, progress, the verdict, what was not
 * tested, and the actions. `onJoin` is given, so the join action shows ("Join" when ready, "Join anyway" otherwise).
 */
const meta = {
  title: 'Components/CallReadinessCheck',
  component: CallReadinessCheck,
  tags: ['autodocs'],
  args: { onJoin: fn(), onResult: fn() },
  argTypes: {
    check: { control: false },
    callClient: { control: false },
    features: { control: false },
    history: { control: false },
    platform: { control: false },
    iceServers: { control: false },
    endpoints: { control: false },
  },
  render: (args, { loaded }) => <LocalizedCheck {...args} check={loadedCheck(loaded)} />,
} satisfies Meta<typeof CallReadinessCheck>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Checks under way: progress announced, the rows not finished say "Checking", "Cancel" offered. */
export const Running: Story = {
  loaders: [checkLoader({ relays: silent, endpoints: () => 'hang' }, { timeoutMs: 60_000 }, 'leave-running')],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, /of 5 checks done/);
    await expect(within(region).getByRole('list')).toHaveAttribute('aria-busy', 'true');
    await expect(within(region).getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(within(region).getByRole('progressbar')).toBeVisible();
  },
};

/** Everything tested works: "Join". */
export const Ready: Story = {
  loaders: [checkLoader({})],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, "You're ready to join");
    await expect(within(region).getByRole('button', { name: 'Join' })).toBeVisible();
  },
};

/** UDP blocked, TCP works: calls should connect, quality may drop. "Join anyway". */
export const Warnings: Story = {
  loaders: [checkLoader({ relays: udpBlocked })],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, 'You can join, but there may be problems');
    await expect(within(region).getByText(/Your network blocks UDP/)).toBeVisible();
    await expect(within(region).getByRole('button', { name: 'Join anyway' })).toBeVisible();
  },
};

/** Every relay refused and the token service unreachable: which check failed, and the text for the IT admin. */
export const Blocked: Story = {
  loaders: [
    checkLoader({ relays: allRelaysBlocked, endpoints: (url) => (url.includes('token.') ? 'refused' : 'reachable') }),
  ],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, "Your call can't connect from here");
    await expect(within(region).getByRole('heading', { name: 'For your IT administrator' })).toBeVisible();
    await expect((within(region).getByRole('textbox') as HTMLTextAreaElement).value).toContain('20.202.0.0/16');
    await expect(canvasElement.ownerDocument.body.textContent).not.toContain('fake-credential');
  },
};

/** Nothing could be tested here (the SDK threw, no servers or endpoints given): never a pass. */
export const Untested: Story = {
  loaders: [
    checkLoader(
      {},
      {
        iceServers: [],
        endpoints: [],
        features: { DebugInfo: 'DebugInfo' },
        callClient: {
          feature: () => {
            throw new Error('DebugInfo unavailable');
          },
          getDeviceManager: () => Promise.reject(new Error('no device manager')),
        },
      },
    ),
  ],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, "We couldn't test anything here");
    await expect(within(region).getByText(/^Not tested: /)).toBeVisible();
  },
};

/** Cancelled while running: what had finished stays, the rest says "Cancelled.", "Run again" offered. */
export const Aborted: Story = {
  loaders: [checkLoader({ relays: silent, endpoints: () => 'hang' }, { timeoutMs: 60_000 }, 'abort')],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, 'The check was cancelled.');
    await expect(within(region).getByRole('button', { name: 'Run again' })).toBeVisible();
  },
};

/** The browser lists no devices until access is allowed: "Allow camera and microphone" reruns with the prompt. */
export const PermissionNeeded: Story = {
  name: 'Permission needed',
  loaders: [
    checkLoader({
      permission: 'prompt',
      devices: [],
      afterPrompt: { devices: [{ kind: 'audioinput' }, { kind: 'videoinput' }] },
    }),
  ],
  play: async ({ canvasElement }) => {
    const region = await verdict(canvasElement, 'You can join, but there may be problems');
    const allow = within(region).getByRole('button', { name: 'Allow camera and microphone' });
    await expect(allow).toBeVisible();
    await userEvent.click(allow);
    await verdict(canvasElement, "You're ready to join");
  },
};
