import type { CallDiagnosticsProvider } from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { animationsSettled, callScreenMeta, SEED_CALL_ID, seed410_3112Loader } from './support/CallScreen';

/**
 * The call that ended with 410/3112 (the seed of the kit: `networkRelaysNotReachable` at 16:41:47, then Disconnected
 * with 410/3112 at 16:41:49), and the firewall guidance panel that "Check your network" opens.
 */
const meta = {
  title: 'Call screen/Call ended 410-3112',
  ...callScreenMeta,
  loaders: [seed410_3112Loader],
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * The error banner: code 410/3112, the call ID, and two actions (Fluent's MessageBar guidance): Try again and Check
 * your network. Copy details and the support report are in the panel that Check your network opens.
 */
export const Ended410_3112: Story = {
  name: 'Ended 410/3112',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Your call couldn't connect: your network blocked it")).toBeVisible();
    await expect(canvas.getByText('Error code 410/3112')).toBeVisible();
    await expect(canvas.getByText(`Call ID: ${SEED_CALL_ID}`)).toBeVisible();
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await expect(canvas.getByRole('button', { name: 'Check your network' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Copy details' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Copy report' })).not.toBeInTheDocument();

    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await expect(args.onRetry).toHaveBeenCalledWith(
      expect.objectContaining({ details: expect.objectContaining({ callId: SEED_CALL_ID, code: '410/3112' }) }),
    );
  },
};

/** "Check your network" opens the firewall guidance; focus moves into it, and back to the button on Escape. */
export const PanelOpen: Story = {
  name: 'Firewall guidance panel',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const page = within(canvasElement.ownerDocument.body);
    const checkNetwork = await canvas.findByRole('button', { name: 'Check your network' });

    await step('open the panel', async () => {
      await userEvent.click(checkNetwork);
      const dialog = await page.findByRole('dialog');
      await waitFor(() => expect(dialog).toBeVisible());
      await expect(within(dialog).getByText(/UDP ports 3478–3481 and TCP port 443/)).toBeVisible();
      await expect(within(dialog).getAllByText(/20\.202\.0\.0\/16/).length).toBeGreaterThan(0);
      await waitFor(() => expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement));
      // What left the banner: Copy details, Copy report and Download report.
      await expect(within(dialog).getByRole('button', { name: 'Copy details' })).toBeVisible();
      await expect(within(dialog).getByRole('button', { name: 'Copy report' })).toBeVisible();
      await expect(within(dialog).getByRole('button', { name: 'Download report' })).toBeVisible();
    });

    await step('Escape closes it and focus returns to the button', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());
      await waitFor(() => expect(checkNetwork).toHaveFocus());
      await animationsSettled(canvasElement.ownerDocument);
    });
  },
};

/** The 410/3112 banner in the dark theme. */
export const Ended410_3112Dark: Story = {
  ...Ended410_3112,
  name: 'Ended 410/3112 (dark)',
  globals: { theme: 'dark' },
};

/** The 410/3112 banner in high contrast. */
export const Ended410_3112HighContrast: Story = {
  ...Ended410_3112,
  name: 'Ended 410/3112 (high contrast)',
  globals: { theme: 'highContrast' },
};

/** The panel flow in the dark theme. */
export const PanelOpenDark: Story = {
  ...PanelOpen,
  name: 'Firewall guidance panel (dark)',
  globals: { theme: 'dark' },
};

/** The panel flow in high contrast. */
export const PanelOpenHighContrast: Story = {
  ...PanelOpen,
  name: 'Firewall guidance panel (high contrast)',
  globals: { theme: 'highContrast' },
};
