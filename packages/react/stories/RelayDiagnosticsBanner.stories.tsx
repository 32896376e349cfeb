import { RelayDiagnosticsBanner } from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  ended410_3112Events,
  loadedStore,
  relaysUnreachableEvents,
  SEED_CALL_ID,
  storeLoader,
} from './support/CallScreen';

/**
 * The banner on its own, outside a provider: it reads a store made with `createDiagnosticsStore()` and seeded with
 * `dispatch`, and takes `onRetry` / `onCheckNetwork` as props.
 */
const meta = {
  title: 'Components/RelayDiagnosticsBanner',
  component: RelayDiagnosticsBanner,
  tags: ['autodocs'],
  args: { onRetry: fn(), onCheckNetwork: fn() },
  argTypes: { diagnostics: { control: false } },
  render: (args, { loaded }) => <RelayDiagnosticsBanner {...args} diagnostics={loadedStore(loaded)} />,
} satisfies Meta<typeof RelayDiagnosticsBanner>;
export default meta;

type Story = StoryObj<typeof meta>;

/** `networkRelaysNotReachable` is true: the warning. */
export const RelaysUnreachable: Story = {
  loaders: [storeLoader(relaysUnreachableEvents)],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Trouble reaching the call servers')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Check your network' }));
    await expect(args.onCheckNetwork).toHaveBeenCalledTimes(1);
  },
};

/** The call ended with 410/3112: the error with code, call ID and actions. */
export const Ended410_3112: Story = {
  name: 'Ended 410/3112',
  loaders: [storeLoader(ended410_3112Events)],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Error code 410/3112')).toBeVisible();
    await expect(canvas.getByText(`Call ID: ${SEED_CALL_ID}`)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Without `onRetry` (and no provider) Retry is not offered. */
export const WithoutRetry: Story = {
  name: 'Ended 410/3112 without Retry',
  // The story drops the `onRetry` arg the meta gives every story.
  render: ({ onRetry: _omitted, ...args }, { loaded }) => (
    <RelayDiagnosticsBanner {...args} diagnostics={loadedStore(loaded)} />
  ),
  loaders: [storeLoader(ended410_3112Events)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await expect(canvas.getAllByRole('button').map((b) => b.textContent)).toEqual(['Check your network']);
  },
};

/** Fluent's MessageBar guidance: at most a primary and a secondary action; the rest live in the panel. */
export const TwoActions: Story = {
  name: 'Ended 410/3112: two actions',
  loaders: [storeLoader(ended410_3112Events)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const actions = canvas.getAllByRole('button');
    await expect(actions).toHaveLength(2);
    await expect(actions.map((b) => b.getAttribute('data-action')).sort()).toEqual(['checkNetwork', 'retry']);
  },
};

export const RelaysUnreachableDark: Story = {
  ...RelaysUnreachable,
  name: 'Relays unreachable (dark)',
  globals: { theme: 'dark' },
};

export const RelaysUnreachableHighContrast: Story = {
  ...RelaysUnreachable,
  name: 'Relays unreachable (high contrast)',
  globals: { theme: 'highContrast' },
};

export const Ended410_3112Dark: Story = {
  ...Ended410_3112,
  name: 'Ended 410/3112 (dark)',
  globals: { theme: 'dark' },
};

export const Ended410_3112HighContrast: Story = {
  ...Ended410_3112,
  name: 'Ended 410/3112 (high contrast)',
  globals: { theme: 'highContrast' },
};
