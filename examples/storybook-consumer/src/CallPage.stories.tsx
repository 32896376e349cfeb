import { withCallDiagnostics } from '@call-diagnostics/testing/storybook';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CallPage } from './CallPage';

/**
 * Our page renders its own CallDiagnosticsProvider: the decorator (here added by hand, the second way to use it)
 * only supplies the fake as `args.call`, and the banner shows inside our page.
 */
const meta = {
  title: 'Our app/Call page',
  component: CallPage,
  decorators: [withCallDiagnostics],
  parameters: { callDiagnostics: { scenario: 'ended-3112' } },
} satisfies Meta<typeof CallPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Ended3112: Story = {
  name: 'Ended 410/3112 (own provider)',
  play: async ({ canvasElement }) => {
    const page = within(await within(canvasElement).findByRole('main', { name: 'Call page' }));
    await expect(await page.findByText('Error code 410/3112')).toBeVisible();
    await expect(page.getAllByText("Your call couldn't connect: your network blocked it")).toHaveLength(1);
    await expect(page.getByText('Call ended')).toBeVisible();
  },
};
