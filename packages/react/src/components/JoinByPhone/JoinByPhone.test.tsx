import type { DiagnosticTelemetryRecord } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from '../../provider/CallDiagnosticsProvider.js';
import { JoinByPhone } from './JoinByPhone.js';

function setup(props: Partial<CallDiagnosticsProviderProps> = {}, call = createFakeCall({ id: 'p-1' })) {
  const records: DiagnosticTelemetryRecord[] = [];
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} history={false} onDiagnosticEvent={(r) => records.push(r)} {...props}>
        <JoinByPhone />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, records, ...utils };
}

afterEach(() => {
  vi.restoreAllMocks();
});

const TEAMS = {
  phoneConferenceId: '987654321',
  phoneNumbers: [
    {
      tollPhoneNumber: { kind: 'phoneNumber' as const, phoneNumber: '+44 20 7946 0000', rawId: '4:+442079460000' },
      countryName: 'United Kingdom',
      cityName: 'London',
    },
  ],
};

describe('JoinByPhone', () => {
  it('lists every number as a tel: link (toll first, kind and place in words) with copy buttons, and the ID', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { records } = setup({
      dialIn: {
        conferenceId: '123456789',
        tollFreeNumbers: ['+1 800 555 0199'],
        tollNumbers: ['+1 206 555 0100'],
        dialinUrl: 'https://dialin.example.com/find',
      },
    });
    expect(await screen.findByRole('heading', { name: 'Join by phone' })).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /^Call / });
    expect(links.map((l) => [l.textContent, decodeURIComponent(l.getAttribute('href') ?? '')])).toEqual([
      ['+1 206 555 0100 (Toll)', 'tel:+12065550100,,123456789#'],
      ['+1 800 555 0199 (Toll-free)', 'tel:+18005550199,,123456789#'],
    ]);
    expect(screen.getByText('Conference ID: 123 456 789')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find a local number' })).toHaveAttribute(
      'href',
      'https://dialin.example.com/find',
    );
    const [copyFirst] = screen.getAllByRole('button', { name: 'Copy number' });
    expect(copyFirst).toHaveAccessibleDescription('+1 206 555 0100 (Toll)');
    await user.click(copyFirst as HTMLElement);
    expect(writeText).toHaveBeenLastCalledWith('+1 206 555 0100');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    await user.click(screen.getByRole('button', { name: 'Copy conference ID' }));
    expect(writeText).toHaveBeenLastCalledWith('123456789');
    links[0]?.addEventListener('click', (e) => e.preventDefault());
    await user.click(links[0] as HTMLElement);
    await act(() => vi.dynamicImportSettled());
    expect(records.filter((r) => r.kind === 'fallbackChosen').map((r) => r.fallback)).toEqual(['phone']);
  });

  it('a Teams meeting: the SDK’s details once connected, with the place; none before', async () => {
    const call = createFakeCall({ state: 'Connecting', audioConferencing: TEAMS });
    setup({}, call);
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('heading', { name: 'Join by phone' })).not.toBeInTheDocument();
    act(() => call.controls.setState('Connected'));
    const link = await screen.findByRole('link', { name: 'Call +44 20 7946 0000' });
    expect(link).toHaveTextContent('+44 20 7946 0000 (Toll, London, United Kingdom)');
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('tel:+442079460000,,987654321#');
    expect(call.controls.audioConferencingReads()).toBe(1);
  });

  it('not a Teams meeting and no dialIn: nothing, no crash', async () => {
    const { call, container } = setup();
    await waitFor(() => expect(call.controls.audioConferencingReads()).toBe(1));
    await act(() => vi.dynamicImportSettled());
    expect(container.querySelector('.cdk-JoinByPhone')).toBeNull();
  });

  it('a malformed dialIn: a development message once, and no link', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = setup({ dialIn: { conferenceId: '', tollNumbers: ['+1 206 555 0100'] } });
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    const messages = () => error.mock.calls.filter((c) => String(c[0]).includes('dialIn.conferenceId'));
    expect(messages()).toHaveLength(1);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={createFakeCall()} history={false} dialIn={{ conferenceId: '', tollNumbers: [] }}>
          <JoinByPhone />
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    expect(messages()).toHaveLength(1);
  });
});
