import type { CallDiagnosticsParameters } from '@call-diagnostics/testing/storybook';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CallScreen } from './CallScreen';

/** Our call screen in each diagnostic state: the decorator wraps it in the kit's provider on a fresh fake call. */
const meta = {
  title: 'Our app/Call screen',
  component: CallScreen,
  parameters: { callDiagnostics: { scenario: 'healthy' } satisfies CallDiagnosticsParameters },
} satisfies Meta<typeof CallScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

const inOurScreen = (canvasElement: HTMLElement) => within(canvasElement);

/** Waits for running animations (Fluent's toast fades in) so the axe check after the play sees the final colours. */
async function animationsSettled(doc: Document): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const running = doc.getAnimations().filter((animation) => animation.playState === 'running');
    if (running.length === 0) return;
    await Promise.allSettled(running.map((animation) => animation.finished));
  }
}

export const Healthy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = inOurScreen(canvasElement);
    await expect(await canvas.findByText('Connected')).toBeVisible();
    await expect(canvas.queryByText('Trouble reaching the call servers')).not.toBeInTheDocument();
  },
};

export const RelaysUnreachable: Story = {
  parameters: { callDiagnostics: { scenario: 'relays-unreachable' } },
  play: async ({ canvasElement }) => {
    const canvas = inOurScreen(canvasElement);
    await expect(await canvas.findByText('Trouble reaching the call servers')).toBeVisible();
    await expect(canvas.getByText('Network trouble')).toBeVisible();
  },
};

export const Ended3112: Story = {
  name: 'Ended 410/3112',
  parameters: { callDiagnostics: { scenario: 'ended-3112' } },
  play: async ({ canvasElement }) => {
    const canvas = inOurScreen(canvasElement);
    await expect(await canvas.findByText('Error code 410/3112')).toBeVisible();
    await expect(canvas.getByText("Your call couldn't connect: your network blocked it")).toBeVisible();
    // Our own screen reacted too: its badge and its buttons.
    await expect(canvas.getByRole('region', { name: 'Team call' })).toBeVisible();
    await expect(canvas.getByText('Call ended')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Mute' })).toBeDisabled();
  },
};

export const Offline: Story = {
  parameters: { callDiagnostics: { scenario: 'offline' } },
  play: async ({ canvasElement }) => {
    await expect(await inOurScreen(canvasElement).findByText('You are offline')).toBeVisible();
  },
};

export const Reconnecting: Story = {
  parameters: { callDiagnostics: { scenario: 'reconnecting' } },
  play: async ({ canvasElement }) => {
    await expect(await inOurScreen(canvasElement).findByText('Reconnecting…')).toBeVisible();
  },
};

export const PoorQuality: Story = {
  parameters: { callDiagnostics: { scenario: 'poor-quality' } },
  play: async ({ canvasElement }) => {
    await expect(
      (await inOurScreen(canvasElement).findAllByText(/quality is low|may be choppy/)).length,
    ).toBeGreaterThan(0);
  },
};

export const RelaysRecovered: Story = {
  parameters: { callDiagnostics: { scenario: 'relays-recovered', speed: 2 } },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const toast = await page.findByText('Connection restored', {}, { timeout: 5000 });
    // Fluent's toast fades in.
    await waitFor(() => expect(toast).toBeVisible());
    await animationsSettled(canvasElement.ownerDocument);
  },
};

/** The troubleshooting guide's timeline, ten times faster: the warning, then the 410/3112 end. */
export const SeedTimeline: Story = {
  parameters: { callDiagnostics: { scenario: 'seed-timeline', speed: 10 } },
  play: async ({ canvasElement }) => {
    const canvas = inOurScreen(canvasElement);
    await expect(await canvas.findByText('Error code 410/3112', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** The same screen when the app holds a CallAgent. */
export const CallAgentEnded: Story = {
  name: 'CallAgent: ended 410/3112',
  parameters: { callDiagnostics: { holder: 'callAgent', scenario: 'ended-3112' } },
  play: async ({ canvasElement }) => {
    await expect(await inOurScreen(canvasElement).findByText('Error code 410/3112')).toBeVisible();
  },
};

/** The same screen when the app uses @azure/communication-react's CallAdapter. */
export const AdapterOffline: Story = {
  name: 'CallAdapter: offline',
  parameters: { callDiagnostics: { holder: 'adapter', scenario: 'offline' } },
  play: async ({ canvasElement }) => {
    await expect(await inOurScreen(canvasElement).findByText('You are offline')).toBeVisible();
  },
};

/** The same screen on a StatefulCallClient. */
export const StatefulClientUnreachable: Story = {
  name: 'StatefulCallClient: relays unreachable',
  parameters: { callDiagnostics: { holder: 'statefulClient', scenario: 'relays-unreachable' } },
  play: async ({ canvasElement }) => {
    await expect(await inOurScreen(canvasElement).findByText('Trouble reaching the call servers')).toBeVisible();
  },
};
