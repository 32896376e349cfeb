import { createDiagnosticsStore } from '@call-diagnostics/core';
import { createFakeCall, createFakeRelayPeerConnection, deepText } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider } from '../../provider/CallDiagnosticsProvider.js';
import { FirewallGuidancePanel } from './FirewallGuidancePanel.js';

const USER = 'planted-user-5e2b';
const SECRET = 'planted-secret-c0ffee-1234';
const servers = [
  {
    urls: ['turn:relay.example.com:3478', 'turn:relay.example.com:443?transport=tcp'],
    username: USER,
    credential: SECRET,
  },
  { urls: `turns:${USER}:${SECRET}@relay.example.com:443?transport=tcp`, username: USER, credential: SECRET },
  { urls: 'turns:relay.example.com:5349', username: USER, credential: SECRET },
];

function fake() {
  return createFakeRelayPeerConnection((url) =>
    url.includes(':3478')
      ? { kind: 'silent' }
      : url.startsWith('turns:')
        ? { kind: 'reachable', afterMs: 20, relayProtocol: 'tls' }
        : { kind: 'error', afterMs: 10, code: 701, text: `unreachable for ${USER}` },
  );
}

describe('FirewallGuidancePanel: Test my connection', () => {
  it('without servers explains that the app uses ACS relays and offers no test', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FirewallGuidancePanel open diagnostics={createDiagnosticsStore()} />
      </FluentProvider>,
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Test my connection' })).toBeInTheDocument();
    expect(within(dialog).getByText(/uses Azure Communication Services' own relays/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Test my connection' })).toBeNull();
  });

  it('probes, shows results and the verdict, copies them for the admin; never the secret', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const pc = fake();
    render(
      <FluentProvider theme={webLightTheme}>
        <FirewallGuidancePanel
          open
          diagnostics={createDiagnosticsStore()}
          iceServers={servers}
          probeOptions={{ RTCPeerConnection: pc.RTCPeerConnection, overallTimeoutMs: 300 }}
        />
      </FluentProvider>,
    );
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Test my connection' }));
    expect(within(dialog).getByRole('button', { name: 'Cancel test' })).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar', { name: 'Relay test progress' })).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByText(/What this means/)).toBeInTheDocument());
    expect(within(dialog).getAllByText(/UDP is blocked, but TLS works/)).not.toHaveLength(0);
    const list = within(dialog).getByRole('list', { name: 'Result per relay address' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^UDP · turn:relay\.example\.com:3478: no answer \(probably blocked\) \(\d+ ms\)$/),
      expect.stringMatching(/^TCP · turn:relay\.example\.com:443\?transport=tcp: blocked or unreachable/),
      expect.stringMatching(/^UDP · turns:relay\.example\.com:443\?transport=tcp: not a valid relay address/),
      expect.stringMatching(/^TLS · turns:relay\.example\.com:5349: works/),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Copy for your IT admin' }));
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toContain('Relay test from this device:');
    expect(copied).toContain('TCP turn:relay.example.com:443?transport=tcp: blocked or unreachable, error 701');
    expect(copied).toMatch(/Verdict: UDP is blocked, but TLS works/);
    for (const text of [document.body.textContent ?? '', copied, deepText(spies.map((s) => s.mock.calls))]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(USER);
    }
    expect(pc.openCount()).toBe(0);
    for (const spy of spies) spy.mockRestore();
  });

  it('the provider passes iceServers to its default panel (opened from the banner)', async () => {
    const user = userEvent.setup();
    const call = createFakeCall({ id: 'p' });
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call} iceServers={servers}>
          <p>call UI</p>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await user.click(await screen.findByRole('button', { name: 'Check your network' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Test my connection' })).toBeInTheDocument();
    expect(within(dialog).queryByText(/own relays/)).toBeNull();
  });
});
