import { FirewallGuidancePanel, type FirewallGuidancePanelProps } from '@call-diagnostics/react';
import { Button } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactElement, useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { animationsSettled, ended410_3112Events, loadedStore, SEED_CALL_ID, storeLoader } from './support/CallScreen';

/** Keeps the panel's `open` in local state so it can be closed and opened again in the canvas. */
function PanelWithOpener(props: FirewallGuidancePanelProps): ReactElement {
  const [open, setOpen] = useState(props.open ?? false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open the firewall guidance</Button>
      <FirewallGuidancePanel
        {...props}
        open={open}
        onOpenChange={(next) => {
          props.onOpenChange?.(next);
          setOpen(next);
        }}
      />
    </>
  );
}

/**
 * The firewall guidance on its own: a modal drawer with the checklist for 410/3112 (UDP 3478–3481 and TCP 443 to
 * 20.202.0.0/16, signalling domains, NAT, VPN, corporate firewalls, custom TURN) and a text for the IT admin.
 * Controlled here with `open`; inside a provider the banner opens it.
 */
const meta = {
  title: 'Components/FirewallGuidancePanel',
  component: FirewallGuidancePanel,
  tags: ['autodocs'],
  args: { open: true, onOpenChange: fn() },
  argTypes: { diagnostics: { control: false }, firewall: { control: false } },
  parameters: {
    // The drawer is modal: in the docs page it is shown in its own frame so it does not cover the page.
    docs: { story: { inline: false, height: '640px' } },
  },
  loaders: [storeLoader(ended410_3112Events)],
  render: (args, { loaded }) => <PanelWithOpener {...args} diagnostics={loadedStore(loaded)} />,
} satisfies Meta<typeof FirewallGuidancePanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Open, for a call that ended with 410/3112. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('heading', { name: 'Check your firewall and network' })).toBeVisible();
    await expect(within(dialog).getByText(/UDP ports 3478–3481 and TCP port 443/)).toBeVisible();
    await expect(within(dialog).getByText(new RegExp(`call ID ${SEED_CALL_ID}`))).toBeVisible();
    await animationsSettled(canvasElement.ownerDocument);
  },
};

/** Start side (left in LTR). */
export const StartPosition: Story = {
  ...Open,
  name: 'Open at the start side',
  args: { position: 'start' },
};

export const OpenDark: Story = {
  ...Open,
  name: 'Open (dark)',
  globals: { theme: 'dark' },
};

export const OpenHighContrast: Story = {
  ...Open,
  name: 'Open (high contrast)',
  globals: { theme: 'highContrast' },
};
