import type { ReadinessCheckResult, ReadinessResult } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deDE } from '../localization/locales/de-DE.js';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.js';

// The provider's `readiness` prop: what the check before the call found, in the banner (during a relay problem)
// and in the support report.

const AT = Date.UTC(2025, 2, 3, 9, 15, 0);

/** A readiness result: the given checks over passing defaults, with personal data planted where a result can hold it. */
function readinessResult(
  verdict: ReadinessResult['verdict'],
  overrides: Partial<Record<ReadinessCheckResult['id'], ReadinessCheckResult>> = {},
): ReadinessResult {
  const checks: ReadinessCheckResult[] = [
    overrides.environment ?? {
      id: 'environment',
      status: 'pass',
      reason: 'supported',
      ms: 30,
      details: { webrtc: true, browser: 'Chrome', browserVersion: '128', platform: 'Windows' },
    },
    overrides.devices ?? {
      id: 'devices',
      status: 'pass',
      reason: 'devices-available',
      ms: 50,
      detail: "enumerated: Jane Doe's AirPods Pro",
      details: {
        via: 'browser',
        microphones: 1,
        cameras: 1,
        speakers: 1,
        microphonePermission: 'granted',
        cameraPermission: 'granted',
        prompted: false,
      },
    },
    overrides.relays ?? {
      id: 'relays',
      status: 'pass',
      reason: 'relays-reachable',
      ms: 400,
      details: {
        mode: 'allocation',
        results: [{ url: 'turn:relay.contoso.example:3478', transport: 'udp', status: 'reachable', ms: 400 }],
        summary: { verdict: 'all-reachable', working: ['udp'], blocked: [], tested: 1, reachable: 1, ms: 400 },
      },
    },
    overrides.signalling ?? {
      id: 'signalling',
      status: 'pass',
      reason: 'endpoints-reachable',
      ms: 120,
      detail: 'https://token.contoso.example/api/token?user=jane.doe@contoso.example',
      details: { endpoints: [{ origin: 'https://token.contoso.example', status: 'reachable', ms: 120 }] },
    },
    overrides.history ?? { id: 'history', status: 'skipped', reason: 'no-history', ms: 1 },
  ];
  return {
    verdict,
    checks,
    untested: checks.filter((c) => c.status === 'skipped').map((c) => c.id),
    startedAt: AT,
    finishedAt: AT + 900,
    ms: 900,
  };
}

const UDP_BLOCKED: ReadinessCheckResult = {
  id: 'relays',
  status: 'warn',
  reason: 'udp-blocked-tcp-works',
  ms: 2100,
  details: {
    mode: 'allocation',
    results: [
      { url: 'turn:relay.contoso.example:3478', transport: 'udp', status: 'timeout', ms: 2000 },
      { url: 'turn:relay.contoso.example:443?transport=tcp', transport: 'tcp', status: 'reachable', ms: 300 },
    ],
    summary: {
      verdict: 'udp-blocked-tcp-works',
      working: ['tcp'],
      blocked: ['udp'],
      tested: 2,
      reachable: 1,
      ms: 2100,
    },
  },
};

const FOUND_UDP = /^The check before this call found: Your network blocks UDP, so call media will use TCP/;

function setup(props: Partial<CallDiagnosticsProviderProps> = {}) {
  const call = createFakeCall({ id: 'call-77', participantId: 'participant-77' });
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} onRetry={() => undefined} {...props}>
        <p>call UI</p>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, ...utils };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CallDiagnosticsProvider readiness: the banner', () => {
  it('during relays-unreachable, adds what the check before the call found', async () => {
    const { call } = setup({ readiness: readinessResult('warnings', { relays: UDP_BLOCKED }) });
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(screen.getByText('Trouble reaching the call servers')).toBeInTheDocument();
    expect(await screen.findByText(FOUND_UDP)).toBeInTheDocument();
  });

  it('after a 410/3112 end, adds the finding to the error banner', async () => {
    const { call } = setup({ readiness: readinessResult('warnings', { relays: UDP_BLOCKED }) });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
    expect(await screen.findByText(FOUND_UDP)).toBeInTheDocument();
  });

  it('says the check found no problem when everything it tested passed', async () => {
    const { call } = setup({ readiness: readinessResult('ready') });
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(await screen.findByText('The check before this call found no problem.')).toBeInTheDocument();
  });

  it('never says "no problem" when the relays were not tested', async () => {
    const relays: ReadinessCheckResult = { id: 'relays', status: 'skipped', reason: 'no-relay-urls', ms: 0 };
    const { call } = setup({ readiness: readinessResult('warnings', { relays }) });
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(
      await screen.findByText(
        'The check before this call found: No media servers were given to test, so this was not tested.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/found no problem/)).not.toBeInTheDocument();
  });

  it('names the unreachable host when signalling failed', async () => {
    const signalling: ReadinessCheckResult = {
      id: 'signalling',
      status: 'fail',
      reason: 'endpoints-unreachable',
      ms: 3000,
      details: { endpoints: [{ origin: 'https://acs.contoso.example', status: 'timeout', ms: 3000 }] },
    };
    const { call } = setup({ readiness: readinessResult('blocked', { signalling }) });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(
      await screen.findByText(/found: The call service can't be reached \(.*acs\.contoso\.example\)/),
    ).toBeInTheDocument();
  });

  it("speaks the provider's language (that locale's readiness strings are fetched with the line)", async () => {
    const { call } = setup({ locale: deDE, readiness: readinessResult('warnings', { relays: UDP_BLOCKED }) });
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(
      await screen.findByText(/^Die Überprüfung vor diesem Anruf hat Folgendes ergeben: Ihr Netzwerk blockiert UDP/),
    ).toBeInTheDocument();
  });

  it('adds nothing without a readiness result', async () => {
    const { call } = setup();
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.queryByText(/The check before this call/)).not.toBeInTheDocument();
  });

  it('adds nothing on a healthy call, nor on a problem that is not a relay problem', async () => {
    const { call } = setup({ readiness: readinessResult('warnings', { relays: UDP_BLOCKED }) });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.queryByText(/The check before this call/)).not.toBeInTheDocument();
    act(() => call.controls.raiseNetwork('noNetwork', true));
    expect(screen.getByText('You are offline')).toBeInTheDocument();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.queryByText(/The check before this call/)).not.toBeInTheDocument();
  });
});

describe('CallDiagnosticsProvider readiness: the support report', () => {
  it('the copied report carries the readiness section and no planted personal data', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { call } = setup({
      readiness: readinessResult('warnings', { relays: UDP_BLOCKED }),
      redact: ['participant-77'],
    });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    const panel = await screen.findByRole('dialog', { hidden: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy report', hidden: true }));
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('Readiness check before the call: warnings (900 ms, 2025-03-03T09:15:00.900Z)');
    expect(text).toContain('  relays: warn (udp-blocked-tcp-works, 2100 ms)');
    expect(text).toContain('  devices: pass (devices-available, 50 ms)');
    expect(text).toContain('  Not tested: history');
    for (const planted of ['Jane', 'jane.doe', 'AirPods', '/api/token', 'relay.contoso.example', 'participant-77']) {
      expect(text).not.toContain(planted);
    }
  });
});
