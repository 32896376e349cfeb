import { createDiagnosticsStore } from '@call-diagnostics/core';
import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirewallGuidancePanel } from './FirewallGuidancePanel.js';

const USER = 'planted-user-77aa';
const SECRET = 'planted-secret-0b5e-9911';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.c2lnbmF0dXJlLXBsYW50ZWQ';
const servers = [
  { urls: ['turn:relay.example.com:3478', 'turns:relay.example.com:5349'], username: USER, credential: SECRET },
];

afterEach(() => vi.restoreAllMocks());

function renderPanel() {
  const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  const store = createDiagnosticsStore();
  // An SDK that puts a token where an ID belongs: the IT-admin text must not pass it on.
  store.dispatch({ type: 'attached', at: 1, source: 'manual', callId: 'call-42', participantId: JWT });
  const pc = createFakeRelayPeerConnection((url) =>
    url.startsWith('turns:') ? { kind: 'reachable', afterMs: 10, relayProtocol: 'tls' } : { kind: 'silent' },
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <FirewallGuidancePanel
        open
        diagnostics={store}
        iceServers={servers}
        probeOptions={{ RTCPeerConnection: pc.RTCPeerConnection, overallTimeoutMs: 200 }}
      />
    </FluentProvider>,
  );
  return { writeText, dialog: screen.getByRole('dialog') };
}

describe('FirewallGuidancePanel: what leaves the page (issue 12)', () => {
  it('the IT-admin text goes through redaction (a token in a call detail is removed)', async () => {
    const user = userEvent.setup();
    const { writeText, dialog } = renderPanel();
    await user.click(within(dialog).getByRole('button', { name: 'Copy for your IT admin' }));
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toContain('call-42');
    expect(copied).toContain('20.202.0.0/16');
    expect(copied).not.toContain(JWT);
    expect(copied).not.toContain('c2lnbmF0dXJlLXBsYW50ZWQ');
  });

  it("the panel's support report carries the probe just run: URLs without credentials, transports, statuses", async () => {
    const user = userEvent.setup();
    const { writeText, dialog } = renderPanel();
    await user.click(within(dialog).getByRole('button', { name: 'Test my connection' }));
    await waitFor(() => expect(within(dialog).getByText(/What this means/)).toBeInTheDocument());
    await user.click(within(dialog).getByRole('button', { name: 'Copy report' }));
    const report = writeText.mock.calls.at(-1)?.[0] ?? '';
    expect(report).toContain('Relay probe:');
    expect(report).toContain('"url": "turn:relay.example.com:3478"');
    expect(report).toContain('"status": "timeout"');
    expect(report).toContain('"url": "turns:relay.example.com:5349"');
    expect(report).toContain('"status": "reachable"');
    for (const planted of [USER, SECRET, JWT]) expect(report).not.toContain(planted);
  });
});
