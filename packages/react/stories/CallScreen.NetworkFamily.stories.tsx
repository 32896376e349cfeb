import { createDiagnosticsStore, type DiagnosticsStore } from '@call-diagnostics/core';
import { CALL_END_CODES } from '@call-diagnostics/core/internal';
import { type CallDiagnosticsProvider, RelayDiagnosticsBanner } from '@call-diagnostics/react';
import type { FakeCall } from '@call-diagnostics/testing';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
import { expect, within } from 'storybook/test';
import { callScreenMeta, fakeCallLoader } from './support/CallScreen';

/**
 * The whole network family: every network UFD state the SDK raises, and every end-code row of the catalog. When
 * several issues hold, one banner shows the most important with a count of the others.
 */
const meta = {
  title: 'Call screen/Network family',
  ...callScreenMeta,
} satisfies Meta<typeof CallDiagnosticsProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

const raising = (...steps: Array<[string, boolean | 1 | 2 | 3]>) =>
  fakeCallLoader({}, (call: FakeCall) => {
    for (const [name, value] of steps) call.controls.raiseNetwork(name, value);
  });

const expectBanner = (title: string, extra?: string) =>
  (async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(title)).toBeVisible();
    if (extra) await expect(canvas.getByText(extra)).toBeVisible();
    await expect(canvasElement.querySelectorAll('.fui-MessageBar')).toHaveLength(1);
  }) satisfies Story['play'];

/** `noNetwork` = true: the device is offline (error). */
export const NoNetwork: Story = {
  loaders: [raising(['noNetwork', true])],
  play: expectBanner('You are offline'),
};

/** `noNetwork` back to false: nothing shows (the UI library would still treat the key as set). */
export const NoNetworkCleared: Story = {
  name: 'No network, then back (false is not set)',
  loaders: [raising(['noNetwork', true], ['noNetwork', false])],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.fui-MessageBar')).toHaveLength(0);
  },
};

/** `networkReconnect` = Poor (2): media transport lost, reconnecting. */
export const Reconnecting: Story = {
  loaders: [raising(['networkReconnect', 2])],
  play: expectBanner('Reconnecting…'),
};

/** `networkReconnect` = Bad (3): disconnected and cannot reconnect. */
export const ReconnectFailed: Story = {
  name: 'Reconnect failed (Bad)',
  loaders: [raising(['networkReconnect', 3])],
  play: expectBanner("Your call couldn't reconnect"),
};

/** `networkSendQuality` = Poor (2). */
export const PoorSendQuality: Story = {
  loaders: [raising(['networkSendQuality', 2])],
  play: expectBanner('Network quality is low'),
};

/** `networkSendQuality` = Bad (3). */
export const BadSendQuality: Story = {
  loaders: [raising(['networkSendQuality', 3])],
  play: expectBanner('Others may not hear or see you'),
};

/** `networkReceiveQuality` = Poor (2). */
export const PoorReceiveQuality: Story = {
  loaders: [raising(['networkReceiveQuality', 2])],
  play: expectBanner('Incoming audio and video may be choppy'),
};

/** `networkReceiveQuality` = Bad (3). */
export const BadReceiveQuality: Story = {
  loaders: [raising(['networkReceiveQuality', 3])],
  play: expectBanner('You may not hear or see others'),
};

/** Everything at once: no network wins, "+3 more issues", one banner — never a stack. */
export const SeveralAtOnce: Story = {
  name: 'Several at once (+3 more)',
  loaders: [
    raising(
      ['networkSendQuality', 2],
      ['networkReconnect', 2],
      ['networkRelaysNotReachable', true],
      ['noNetwork', true],
    ),
  ],
  play: expectBanner('You are offline', '+3 more issues'),
};

/** Relays unreachable with quality trouble: the relay warning, "+1 more issue". */
export const RelaysAndQuality: Story = {
  name: 'Relays unreachable + poor quality (+1 more)',
  loaders: [raising(['networkReceiveQuality', 2], ['networkRelaysNotReachable', true])],
  play: expectBanner('Trouble reaching the call servers', '+1 more issue'),
};

/** The offline banner in the dark theme. */
export const NoNetworkDark: Story = { ...NoNetwork, name: 'No network (dark)', globals: { theme: 'dark' } };

/** Several at once in high contrast. */
export const SeveralAtOnceHighContrast: Story = {
  ...SeveralAtOnce,
  name: 'Several at once (high contrast)',
  globals: { theme: 'highContrast' },
};

const useTableStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function endedStore(code: number, subCode: number | undefined): DiagnosticsStore {
  const store = createDiagnosticsStore();
  store.dispatch({
    type: 'attached',
    at: 1_700_000_000_000,
    source: 'manual',
    callId: `call-${code}-${subCode ?? 'x'}`,
  });
  store.dispatch({ type: 'callEnded', at: 1_700_000_002_000, code, subCode });
  return store;
}

/** One banner per catalog row (as the call-ended banner shows it), in catalog order. */
function EndCodeTable(): ReactElement {
  const classes = useTableStyles();
  return (
    <div className={classes.table}>
      {CALL_END_CODES.map((row) => (
        <section key={`${row.code}/${row.subCode ?? ''}`} aria-label={`End code ${row.code}/${row.subCode ?? 'any'}`}>
          <RelayDiagnosticsBanner diagnostics={endedStore(row.code, row.subCode)} />
        </section>
      ))}
    </div>
  );
}

/** Every end-code row of the catalog: its own title, message, action hint and code. */
export const EveryEndCode: Story = {
  name: 'Every end code (table)',
  loaders: [],
  render: () => <EndCodeTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const row of CALL_END_CODES) {
      const code = row.subCode === undefined ? `${row.code}` : `${row.code}/${row.subCode}`;
      await expect(canvas.getAllByText(`Error code ${code}`).length).toBeGreaterThan(0);
    }
    await expect(canvasElement.querySelectorAll('.fui-MessageBar')).toHaveLength(CALL_END_CODES.length);
  },
};
