/**
 * Fault matrix, React side (docs/reliability.md maps every scenario to its test).
 */
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRelayDiagnostics } from '../hooks/useRelayDiagnostics.js';
import { CallDiagnosticsProvider } from './CallDiagnosticsProvider.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('fault matrix: provider', () => {
  it('R01 two providers on one call each show their own surfaces and each releases only its listeners', async () => {
    const call = createFakeCall();
    const first = render(
      <CallDiagnosticsProvider call={call} toast={false} panel={false}>
        a
      </CallDiagnosticsProvider>,
    );
    const second = render(
      <CallDiagnosticsProvider call={call} toast={false} panel={false}>
        b
      </CallDiagnosticsProvider>,
    );
    await act(() => vi.dynamicImportSettled()); // the others' diagnostics are followed once their code arrives
    // Each: 6 on the call and its UFDs, 1 on its quality session's media statistics collector (the fallback notice).
    expect(call.controls.listenerCount()).toBe(14);
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(screen.getAllByText('Trouble reaching the call servers')).toHaveLength(2);
    first.unmount();
    expect(call.controls.listenerCount()).toBe(7);
    second.unmount();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('R02 no clipboard API at all → the panel shows the details for manual copying, no throw', async () => {
    const user = userEvent.setup();
    const call = createFakeCall({ id: 'no-clipboard' });
    render(<CallDiagnosticsProvider call={call}>x</CallDiagnosticsProvider>);
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    const panel = await screen.findByRole('dialog', { hidden: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy details', hidden: true }));
    expect(await within(panel).findByRole('alert', { hidden: true })).toHaveTextContent(/Couldn't copy/);
    const details = within(panel).getByRole('textbox', { name: 'Call details for support', hidden: true });
    expect((details as HTMLTextAreaElement).value).toContain('no-clipboard');
  });

  it('R03 call arrives late (undefined first) and is then followed', () => {
    const call = createFakeCall({ network: { networkRelaysNotReachable: true } });
    const { rerender } = render(<CallDiagnosticsProvider call={undefined}>x</CallDiagnosticsProvider>);
    expect(screen.queryByText('Trouble reaching the call servers')).not.toBeInTheDocument();
    rerender(<CallDiagnosticsProvider call={call}>x</CallDiagnosticsProvider>);
    expect(screen.getByText('Trouble reaching the call servers')).toBeInTheDocument();
  });

  it('R04 a value that is not a call → a clear development error, children still render', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<CallDiagnosticsProvider call={{ id: 'not-a-call' } as never}>still rendered</CallDiagnosticsProvider>);
    expect(screen.getByText('still rendered')).toBeInTheDocument();
    expect(error.mock.calls.flat().join(' ')).toMatch(/could not attach to `call`.*expected the SDK's Call/s);
  });

  it('R05 a surface that throws during an event is contained; the call UI stays alive', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const call = createFakeCall();
    const onSurfaceError = vi.fn();
    render(
      <CallDiagnosticsProvider call={call} banner={CallDiagnosticsConsumerThatThrows} onSurfaceError={onSurfaceError}>
        <button type="button">Hang up</button>
      </CallDiagnosticsProvider>,
    );
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(screen.getByRole('button', { name: 'Hang up' })).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledWith(expect.any(Error), 'banner');
  });

  it('P6 200 mount/unmount cycles with events in flight leave 0 listeners and 0 pending timers', {
    timeout: 60_000,
  }, () => {
    vi.useFakeTimers();
    const call = createFakeCall();
    for (let i = 0; i < 200; i += 1) {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <CallDiagnosticsProvider call={call}>x</CallDiagnosticsProvider>
        </FluentProvider>,
      );
      act(() => {
        call.controls.raiseNetwork('networkRelaysNotReachable', i % 2 === 0);
        call.controls.raiseNetwork('networkSendQuality', ((i % 3) + 1) as 1 | 2 | 3);
      });
      unmount();
    }
    expect(call.controls.listenerCount()).toBe(0);
    // Counted as they are: running the pending timers first would hide any left behind.
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });
});

function CallDiagnosticsConsumerThatThrows() {
  const relay = useRelayDiagnostics();
  if (relay.status === 'unreachable') throw new Error('custom surface bug');
  return null;
}
