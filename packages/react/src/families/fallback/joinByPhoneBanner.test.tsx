import { createMemoryHistory, type DiagnosticTelemetryRecord, type OutcomeHistory } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from '../../provider/CallDiagnosticsProvider.js';

const DIAL_IN = { conferenceId: '123456789', tollNumbers: ['+1 206 555 0100'] };

function historyOf(count: number, code = 410, subCode = 3112): OutcomeHistory {
  const history = createMemoryHistory();
  for (let i = 0; i < count; i += 1)
    history.record({ at: Date.now() - 100_000 + i, code, subCode, callId: `old-${i}` });
  return history;
}

function setup(
  props: Partial<CallDiagnosticsProviderProps> = {},
  call = createFakeCall({ id: 'b-1', state: 'Connecting' }),
) {
  const records: DiagnosticTelemetryRecord[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} onRetry={() => {}} onDiagnosticEvent={(r) => records.push(r)} {...props}>
        <div>call UI</div>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, records };
}

const banner = () => screen.getByText('Error code 410/3112').closest('.fui-MessageBar') as HTMLElement;
const actions = () => [...banner().querySelectorAll('[data-action]')].map((a) => a.getAttribute('data-action'));
const phoneRecords = (records: readonly DiagnosticTelemetryRecord[]) =>
  records.filter((r) => r.fallback === 'phone').map((r) => `${r.kind}${r.trigger ? `:${r.trigger}` : ''}`);

describe('the banner’s Join by phone after a call the network blocked', () => {
  it('410/3112 with the app’s dialIn: a tel: link that decodes to +12065550100,,123456789#, the number and ID in words, one fallbackOffered', async () => {
    const { call, records } = setup({ dialIn: DIAL_IN, history: false });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    const link = await within(banner()).findByRole('link', { name: 'Join by phone' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('tel:+12065550100,,123456789#');
    expect(within(banner()).getByText(/Call \+1 206 555 0100, then enter the conference ID 123 456 789/)).toBeVisible();
    // Not known to be persistent (no history): the catalog's first action, then the phone; two at most.
    expect(actions()).toEqual(['checkNetwork', 'joinByPhone']);
    await act(() => vi.dynamicImportSettled());
    expect(phoneRecords(records)).toEqual(['fallbackOffered:callEnded:410/3112']);
    link.addEventListener('click', (e) => e.preventDefault());
    await userEvent.click(link);
    await act(() => vi.dynamicImportSettled());
    expect(phoneRecords(records)).toEqual(['fallbackOffered:callEnded:410/3112', 'fallbackChosen']);
  });

  it('the guidance panel lists every number with the conference ID, each copyable', async () => {
    const { call } = setup({ dialIn: { ...DIAL_IN, tollFreeNumbers: ['+1 800 555 0199'] }, history: false });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await userEvent.click(await within(banner()).findByRole('button', { name: 'Check your network' }));
    const panel = await screen.findByRole('dialog', { hidden: true });
    const section = await within(panel).findByRole('region', { name: 'Join by phone', hidden: true });
    expect(within(section).getAllByRole('link', { name: /^Call /, hidden: true })).toHaveLength(2);
    expect(within(section).getAllByRole('button', { name: 'Copy number', hidden: true })).toHaveLength(2);
    expect(within(section).getByText('Conference ID: 123 456 789')).toBeInTheDocument();
  });

  it('when the history says it keeps happening, Join by phone comes first and Check your network second', async () => {
    const { call } = setup({ dialIn: DIAL_IN, history: historyOf(5) });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await within(banner()).findByRole('link', { name: 'Join by phone' });
    expect(actions()).toEqual(['joinByPhone', 'checkNetwork']);
  });

  it('other network-blocked ends offer it too (410/301004); an end the network did not cause (410/3111) does not', async () => {
    const first = setup({ dialIn: DIAL_IN, history: false });
    act(() => first.call.controls.end({ code: 410, subCode: 301004 }));
    expect(await screen.findByRole('link', { name: 'Join by phone' })).toBeInTheDocument();
    cleanup();
    const second = setup({ dialIn: DIAL_IN, history: false });
    act(() => second.call.controls.end({ code: 410, subCode: 3111 }));
    expect(await screen.findByText('Error code 410/3111')).toBeInTheDocument();
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('link', { name: 'Join by phone' })).not.toBeInTheDocument();
  });

  it('without dial-in details: no link, the banner as before', async () => {
    const { call } = setup({ history: false });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await act(() => vi.dynamicImportSettled());
    expect(within(banner()).queryByRole('link', { name: 'Join by phone' })).not.toBeInTheDocument();
    expect(actions()).toEqual(['checkNetwork', 'retry']);
  });

  it('transient (one failure among good calls): Try again first, Join by phone second', async () => {
    const history = createMemoryHistory();
    for (let i = 0; i < 5; i += 1)
      history.record({ at: Date.now() - 100_000 + i, code: 0, subCode: 0, callId: `ok-${i}` });
    const { call } = setup({ dialIn: DIAL_IN, history });
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await within(banner()).findByRole('link', { name: 'Join by phone' });
    expect(actions()).toEqual(['retry', 'joinByPhone']);
  });

  it('a Teams meeting that connected, then dropped (410/301005): the SDK’s details, read once, give the link after the end', async () => {
    const call = createFakeCall({
      state: 'Connecting',
      audioConferencing: {
        phoneConferenceId: '555000111',
        phoneNumbers: [{ tollPhoneNumber: { phoneNumber: '+44 20 7946 0000', rawId: '4:+442079460000' } }],
      },
    });
    setup({ history: false }, call);
    act(() => call.controls.setState('Connected'));
    await waitFor(() => expect(call.controls.audioConferencingReads()).toBe(1));
    await act(() => vi.dynamicImportSettled());
    act(() => call.controls.end({ code: 410, subCode: 301005 }));
    const link = await screen.findByRole('link', { name: 'Join by phone' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('tel:+442079460000,,555000111#');
    expect(call.controls.audioConferencingReads()).toBe(1);
  });

  it('not a Teams meeting and no dialIn: no link and no crash', async () => {
    const call = createFakeCall({ state: 'Connecting' });
    setup({ history: false }, call);
    act(() => call.controls.setState('Connected'));
    await waitFor(() => expect(call.controls.audioConferencingReads()).toBe(1));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('link', { name: 'Join by phone' })).not.toBeInTheDocument();
    expect(screen.getByText('call UI')).toBeInTheDocument();
  });
});
