import type { CallDiagnosticsProvider } from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { animationsSettled, callScreenMeta, fakeCallLoader, loadedCall } from './support/CallScreen';

/**
 * The relay family on a live call: healthy, `networkRelaysNotReachable` raised (warning banner), and the recovery
 * (the banner goes away and a "Connection restored" toast appears). Every story gets its own fake call from its loader.
 */
const meta = {
  title: 'Call screen/Relay reachability',
  ...callScreenMeta,
  tags: ['autodocs'],
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A connected call with no network diagnostics: the kit shows nothing. */
export const Healthy: Story = {
  loaders: [fakeCallLoader()],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('toolbar', { name: 'Call controls' })).toBeVisible();
    await expect(canvas.queryByText('Trouble reaching the call servers')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  },
};

/** The SDK already reported `networkRelaysNotReachable: true`: the warning banner with "Check your network". */
export const RelaysUnreachable: Story = {
  loaders: [fakeCallLoader({ network: { networkRelaysNotReachable: true } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Trouble reaching the call servers')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Check your network' })).toBeVisible();
  },
};

/** Relays unreachable, then reachable again: the banner goes and the "Connection restored" toast comes. */
export const Recovered: Story = {
  loaders: [fakeCallLoader()],
  play: async ({ canvasElement, loaded, step }) => {
    const call = loadedCall(loaded);
    const canvas = within(canvasElement);
    // The toast is portalled to the document body, outside the story's canvas.
    const page = within(canvasElement.ownerDocument.body);

    await step('networkRelaysNotReachable: true', async () => {
      call.controls.raiseNetwork('networkRelaysNotReachable', true);
      await waitFor(() => expect(canvas.getByText('Trouble reaching the call servers')).toBeVisible());
    });
    await step('networkRelaysNotReachable: false', async () => {
      call.controls.raiseNetwork('networkRelaysNotReachable', false);
      await waitFor(() => expect(page.getByText('Connection restored')).toBeVisible());
      await expect(page.getByText('Your network can reach the call servers again.')).toBeVisible();
      await expect(canvas.queryByText('Trouble reaching the call servers')).not.toBeInTheDocument();
      await animationsSettled(canvasElement.ownerDocument);
    });
  },
};

/** The warning banner in Fluent's web dark theme. */
export const RelaysUnreachableDark: Story = {
  ...RelaysUnreachable,
  name: 'Relays unreachable (dark)',
  globals: { theme: 'dark' },
};

/** The warning banner in Teams high contrast. */
export const RelaysUnreachableHighContrast: Story = {
  ...RelaysUnreachable,
  name: 'Relays unreachable (high contrast)',
  globals: { theme: 'highContrast' },
};

/** The recovery toast in the dark theme. */
export const RecoveredDark: Story = {
  ...Recovered,
  name: 'Recovered (dark)',
  globals: { theme: 'dark' },
};

/** The recovery toast in high contrast. */
export const RecoveredHighContrast: Story = {
  ...Recovered,
  name: 'Recovered (high contrast)',
  globals: { theme: 'highContrast' },
};
