import { CallDiagnosticsProvider, JoinByPhone } from '@call-diagnostics/react';
import { SCENARIO_DIAL_IN } from '@call-diagnostics/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fakeCallLoader, loadedCall } from './support/CallScreen';

/**
 * "Join by phone": the meeting's dial-in numbers, each a `tel:` link that dials it and enters the conference ID, and
 * copyable. The guidance panel shows it after a call the network blocked; an app can place it anywhere.
 */
const meta = {
  title: 'Components/JoinByPhone',
  component: JoinByPhone,
  render: (args, { loaded }) => (
    <CallDiagnosticsProvider
      call={loadedCall(loaded)}
      history={false}
      banner={false}
      notice={false}
      toast={false}
      panel={false}
      dialIn={(loaded as { dialIn?: typeof SCENARIO_DIAL_IN }).dialIn ?? SCENARIO_DIAL_IN}
    >
      <JoinByPhone {...args} />
    </CallDiagnosticsProvider>
  ),
  loaders: [fakeCallLoader()],
} satisfies Meta<typeof JoinByPhone>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A toll and a toll-free number, the conference ID in groups of three, and the page of every local number. */
export const Numbers: Story = {
  loaders: [
    fakeCallLoader(),
    async () => ({ dialIn: { ...SCENARIO_DIAL_IN, dialinUrl: 'https://dialin.example.com/local-numbers' } }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const links = await canvas.findAllByRole('link', { name: /^Call / });
    await expect(links.map((l) => l.textContent)).toEqual(['+1 206 555 0100 (Toll)', '+1 800 555 0199 (Toll-free)']);
    await expect(decodeURIComponent(links[0]?.getAttribute('href') ?? '')).toBe('tel:+12065550100,,123456789#');
    await expect(canvas.getByText('Conference ID: 123 456 789')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Find a local number' })).toBeVisible();
  },
};

/** The keyboard path: Tab reaches each number, its copy button, then the conference ID's. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('link', { name: /^Call / });
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Call +1 206 555 0100' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getAllByRole('button', { name: 'Copy number' })[0]).toHaveFocus();
  },
};
