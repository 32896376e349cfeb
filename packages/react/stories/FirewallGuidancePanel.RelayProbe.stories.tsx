import { FirewallGuidancePanel, type FirewallGuidancePanelProps } from '@call-diagnostics/react';
import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { animationsSettled, ended410_3112Events, loadedStore, storeLoader } from './support/CallScreen';

/**
 * The app's TURN servers as it gives them to the SDK (`networkConfiguration.turn.iceServers`). The credential is a
 * story placeholder: the probe hands it only to the (fake) peer connection, and it never appears on screen.
 */
const iceServers = [
  {
    urls: ['turn:relay.contoso.example:3478', 'turn:relay.contoso.example:443?transport=tcp'],
    username: 'story-user',
    credential: 'story-credential',
  },
  { urls: 'turns:relay.contoso.example:443?transport=tcp', username: 'story-user', credential: 'story-credential' },
];

/**
 * A deterministic network for the stories: a fake `RTCPeerConnection` where UDP is silently dropped (as a firewall
 * does), TCP 443 is refused, and TLS 443 answers with a relay candidate. No TURN server is contacted.
 */
function udpBlockedNetwork() {
  return createFakeRelayPeerConnection((url) =>
    url.includes(':3478')
      ? { kind: 'silent' }
      : url.startsWith('turns:')
        ? { kind: 'reachable', afterMs: 120, relayProtocol: 'tls' }
        : { kind: 'error', afterMs: 80, code: 701, text: 'TCP connect failed' },
  );
}

function Panel(props: FirewallGuidancePanelProps & { readonly loaded: Record<string, unknown> }): ReactElement {
  const { loaded, ...rest } = props;
  return <FirewallGuidancePanel {...rest} diagnostics={loadedStore(loaded)} />;
}

/**
 * "Test my connection" in the firewall guidance panel: a relay-only probe of each of the app's TURN URLs from this
 * browser, with progress, Cancel, a result per transport and the verdict in plain words. The results also go into
 * the IT-admin text (URLs, never credentials).
 */
const meta = {
  title: 'Components/FirewallGuidancePanel/Test my connection',
  component: FirewallGuidancePanel,
  args: { open: true, onOpenChange: fn() },
  argTypes: {
    diagnostics: { control: false },
    firewall: { control: false },
    iceServers: { control: false },
    probeOptions: { control: false },
  },
  parameters: { docs: { story: { inline: false, height: '720px' } } },
  loaders: [storeLoader(ended410_3112Events)],
  render: (args, { loaded }) => <Panel {...args} loaded={loaded} />,
} satisfies Meta<typeof FirewallGuidancePanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** UDP blocked, TLS 443 works: the probe says so, and what it means for calls. */
export const UdpBlockedTlsWorks: Story = {
  name: 'UDP blocked, TLS works',
  args: {
    iceServers,
    probeOptions: { RTCPeerConnection: udpBlockedNetwork().RTCPeerConnection, overallTimeoutMs: 600 },
  },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Test my connection' }));
    await expect(within(dialog).getByRole('button', { name: 'Cancel test' })).toBeVisible();
    await waitFor(() => expect(within(dialog).getByText(/What this means/)).toBeVisible(), { timeout: 3000 });
    const results = within(dialog).getByRole('list', { name: 'Result per relay address' });
    await expect(within(results).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(dialog).getAllByText(/UDP is blocked, but TLS works/).length).toBeGreaterThan(0);
    await expect(canvasElement.ownerDocument.body.textContent).not.toContain('story-credential');
    await animationsSettled(canvasElement.ownerDocument);
  },
};

export const UdpBlockedTlsWorksDark: Story = {
  ...UdpBlockedTlsWorks,
  name: 'UDP blocked, TLS works (dark)',
  globals: { theme: 'dark' },
};

/** Every relay blocked: "this is what ends calls with error 410/3112". */
export const AllBlocked: Story = {
  name: 'Everything blocked',
  args: {
    iceServers,
    probeOptions: {
      RTCPeerConnection: createFakeRelayPeerConnection((url) =>
        url.includes(':3478') ? { kind: 'silent' } : { kind: 'error', afterMs: 60, code: 701 },
      ).RTCPeerConnection,
      overallTimeoutMs: 400,
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Test my connection' }));
    await waitFor(() => expect(within(dialog).getAllByText(/410\/3112/).length).toBeGreaterThan(1), { timeout: 3000 });
    await animationsSettled(canvasElement.ownerDocument);
  },
};

/** No servers from the app (it uses ACS's own relays): the panel explains and offers no test. */
export const NoServers: Story = {
  name: 'No relay servers from the app',
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByText(/own relays/)).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Test my connection' })).toBeNull();
    await animationsSettled(canvasElement.ownerDocument);
  },
};
