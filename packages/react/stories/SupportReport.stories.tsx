import {
  type CallDiagnostics,
  createCallDiagnostics,
  createMemoryHistory,
  type DiagnosticEvent,
} from '@call-diagnostics/core';
import { RelayDiagnosticsBanner, SupportReportPreview } from '@call-diagnostics/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ended410_3112Events, SEED_CALL_ID } from './support/CallScreen';

/**
 * Retry or fix your network: after a 410/3112 end the banner's first action follows this user's call history
 * (transient → Retry, persistent → Check your network; both stay offered), and the support report people send.
 */
const meta = {
  title: 'Components/Retry or fix (history and report)',
  component: RelayDiagnosticsBanner,
  args: { onRetry: fn(), onCheckNetwork: fn() },
  argTypes: { diagnostics: { control: false } },
  render: (args, { loaded }) => <RelayDiagnosticsBanner {...args} diagnostics={loadedDiagnostics(loaded)} />,
} satisfies Meta<typeof RelayDiagnosticsBanner>;
export default meta;

type Story = StoryObj<typeof meta>;

const OK: [number] = [0];
const F3112: [number, number] = [410, 3112];

/**
 * A diagnostics object with a memory history holding `previous` outcomes (oldest first), then the seed's 410/3112
 * call, so the classification is what this user's history says.
 */
function historyLoader(previous: ReadonlyArray<readonly [number, number?]>, extra: DiagnosticEvent[] = []) {
  return async (): Promise<{ diagnostics: CallDiagnostics }> => {
    const now = Date.now();
    const history = createMemoryHistory();
    previous.forEach(([code, subCode], i) => {
      history.record({ at: now - 60_000 * (previous.length - i), code, subCode });
    });
    const diagnostics = createCallDiagnostics({ history, sdkVersion: '1.46.1' });
    for (const event of [...ended410_3112Events(now), ...extra]) diagnostics.dispatch(event);
    return { diagnostics };
  };
}

function loadedDiagnostics(loaded: Record<string, unknown>): CallDiagnostics {
  const diagnostics = (loaded as { diagnostics?: CallDiagnostics }).diagnostics;
  if (!diagnostics) throw new Error('This story needs historyLoader() in its loaders.');
  return diagnostics;
}

/** Worked on 179 calls (one 3112 long ago), fails now: transient, Retry comes first. */
export const Transient: Story = {
  name: 'Transient: Retry first',
  loaders: [historyLoader([...Array.from({ length: 120 }, () => OK), F3112, ...Array.from({ length: 58 }, () => OK)])],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/probably temporary: try again/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Check your network' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Six calls, six 410/3112 ends: persistent, Check your network comes first; Retry is still there. */
export const Persistent: Story = {
  name: 'Persistent: Check your network first',
  loaders: [historyLoader([F3112, F3112, F3112, F3112, F3112])],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/retrying is unlikely to help/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Check your network' }));
    await expect(args.onCheckNetwork).toHaveBeenCalledTimes(1);
  },
};

export const PersistentDark: Story = { ...Persistent, name: 'Persistent (dark)', globals: { theme: 'dark' } };

export const TransientHighContrast: Story = {
  ...Transient,
  name: 'Transient (high contrast)',
  globals: { theme: 'highContrast' },
};

/** The report support receives: redacted (the planted token and TURN credential below never show). */
export const ReportPreview: Story = {
  name: 'Support report preview',
  loaders: [
    historyLoader(
      [OK, OK, F3112],
      [{ type: 'sourceIssue', at: Date.now(), reason: 'get-latest-threw', detail: 'token eyJhbGciOi.eyJzdWIiOi.c2ln' }],
    ),
  ],
  render: (_args, { loaded }) => (
    <SupportReportPreview
      diagnostics={loadedDiagnostics(loaded)}
      probe={{ relay: 'turn:relay.contoso.com:3478', result: 'timeout', credential: 'planted-credential' }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const preview = canvas.getByRole<HTMLTextAreaElement>('textbox', { name: 'Support report preview' });
    await expect(preview.value).toContain(`Call ID: ${SEED_CALL_ID}`);
    await expect(preview.value).toContain('End code: 410/3112');
    await expect(preview.value).toContain('Classification: persistent');
    await expect(preview.value).not.toContain('planted-credential');
    await expect(preview.value).not.toContain('eyJhbGciOi.eyJzdWIiOi.c2ln');
    await expect(canvas.getByRole('button', { name: 'Download report' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy report' }));
    // Headless Chromium may deny the clipboard: then the kit says so (role alert) instead of "Report copied".
    await waitFor(() => expect(canvas.queryByRole('status') ?? canvas.queryByRole('alert')).toBeVisible());
  },
};

export const ReportPreviewDark: Story = {
  ...ReportPreview,
  name: 'Support report preview (dark)',
  globals: { theme: 'dark' },
};
