import { createDiagnosticsStore } from '@call-diagnostics/core';
import { RecoveryToast } from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { animationsSettled, loadedStore } from './support/CallScreen';

/**
 * "Connection restored": a Fluent toast when `networkRelaysNotReachable` goes false after true, once per episode.
 * Here it follows a standalone store; the play function dispatches the two UFD changes.
 */
const meta = {
  title: 'Components/RecoveryToast',
  component: RecoveryToast,
  tags: ['autodocs'],
  args: { timeoutMs: 6000, position: 'bottom-end' },
  argTypes: { diagnostics: { control: false }, toasterId: { control: false } },
  loaders: [async () => ({ store: createDiagnosticsStore() })],
  render: (args, { loaded }) => <RecoveryToast {...args} diagnostics={loadedStore(loaded)} />,
} satisfies Meta<typeof RecoveryToast>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Unreachable, then reachable: one toast. */
export const Recovered: Story = {
  play: async ({ canvasElement, loaded }) => {
    const store = loadedStore(loaded);
    const page = within(canvasElement.ownerDocument.body);
    const at = Date.now();
    store.dispatch({
      type: 'diagnosticChanged',
      at,
      area: 'network',
      diagnostic: 'networkRelaysNotReachable',
      value: true,
    });
    store.dispatch({
      type: 'diagnosticChanged',
      at: at + 1,
      area: 'network',
      diagnostic: 'networkRelaysNotReachable',
      value: false,
    });
    await waitFor(() => expect(page.getByText('Connection restored')).toBeVisible());
    await animationsSettled(canvasElement.ownerDocument);
  },
};

export const RecoveredHighContrast: Story = {
  ...Recovered,
  name: 'Recovered (high contrast)',
  globals: { theme: 'highContrast' },
};
