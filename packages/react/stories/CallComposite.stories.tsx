import { CallComposite } from '@azure/communication-react';
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { createFakeCallAdapter, type FakeCallAdapter } from '@call-diagnostics/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
import { expect, within } from 'storybook/test';

/**
 * `@azure/communication-react`'s CallComposite with the kit dropped beside it (`<CallDiagnosticsProvider adapter>`),
 * on the fake CallAdapter of `@call-diagnostics/testing` — the demo's second page.
 */
const meta = {
  title: 'Call screen/CallComposite page',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

function CompositeWithKit({ adapter }: { adapter: FakeCallAdapter }): ReactElement {
  return (
    <CallDiagnosticsProvider adapter={adapter} onRetry={() => adapter.controls.startCall()}>
      <div style={{ height: 520, position: 'relative' }}>
        <CallComposite adapter={adapter} />
      </div>
    </CallDiagnosticsProvider>
  );
}

const withAdapter = (prepare: (adapter: FakeCallAdapter) => void) => async () => {
  const adapter = createFakeCallAdapter({ displayName: 'You (simulated)' });
  prepare(adapter);
  return { adapter };
};

/** Relays unreachable while in the composite's call page. */
export const RelaysUnreachable: Story = {
  loaders: [withAdapter((a) => a.controls.raiseNetwork('networkRelaysNotReachable', true))],
  render: (_args, { loaded }) => <CompositeWithKit adapter={loaded.adapter as FakeCallAdapter} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Trouble reaching the call servers')).toBeVisible();
  },
};

/** The composite's "left call" page, with the kit saying why: 410/3112. */
export const Ended410_3112: Story = {
  name: 'Ended 410/3112',
  loaders: [
    withAdapter((a) => {
      a.controls.raiseNetwork('networkRelaysNotReachable', true);
      a.controls.end({ code: 410, subCode: 3112 });
    }),
  ],
  render: (_args, { loaded }) => <CompositeWithKit adapter={loaded.adapter as FakeCallAdapter} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Error code 410/3112')).toBeVisible();
  },
};
