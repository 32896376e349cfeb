import { createCallDiagnostics } from '@call-diagnostics/core';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.js';

function Child({ onRender }: { onRender: () => void }) {
  onRender();
  return <div>call UI</div>;
}

function MyBanner() {
  return <p>my banner</p>;
}

function Broken(): never {
  throw new Error('surface bug');
}

function setup(props: Partial<CallDiagnosticsProviderProps> = {}, callOptions = {}) {
  const call = createFakeCall({ id: 'call-123', participantId: 'participant-9', ...callOptions });
  const onRetry = vi.fn();
  const childRenders = vi.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} onRetry={onRetry} {...props}>
        <Child onRender={childRenders} />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, onRetry, childRenders, ...utils };
}

// Spies (a denied clipboard) must not outlive their test: tests run in any order (and files share a worker).
afterEach(() => {
  vi.restoreAllMocks();
});

describe('CallDiagnosticsProvider with a raw Call', () => {
  it('shows nothing alarming on a healthy call', () => {
    setup();
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByText(/trouble reaching/i)).not.toBeInTheDocument();
  });

  it('warns after networkRelaysNotReachable: true', () => {
    const { call } = setup();
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(screen.getByText('Trouble reaching the call servers')).toBeInTheDocument();
  });

  it('warns for a UFD raised before the provider mounted', () => {
    setup({}, { network: { networkRelaysNotReachable: true } });
    expect(screen.getByText('Trouble reaching the call servers')).toBeInTheDocument();
  });

  it('after a 410/3112 end shows the code and call ID; Retry calls onRetry; the panel has ports and ranges', async () => {
    const user = userEvent.setup();
    const { call, onRetry } = setup();
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText("Your call couldn't connect: your network blocked it")).toBeInTheDocument();
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
    expect(screen.getByText('Call ID: call-123')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(onRetry.mock.calls[0]?.[0].details).toMatchObject({ callId: 'call-123', code: '410/3112' });

    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    // jsdom has no Web Animations: the drawer's enter motion never finishes, so it stays "hidden" to queries here.
    // The Chromium tests check the visible, focus-trapped panel.
    const panel = await screen.findByRole('dialog', { hidden: true });
    expect(within(panel).getByText(/UDP ports 3478–3481 and TCP port 443/)).toBeInTheDocument();
    expect(within(panel).getAllByText(/20\.202\.0\.0\/16/).length).toBeGreaterThan(0);
    expect(within(panel).getByText(/use split tunnelling so call traffic/)).toBeInTheDocument();
    expect(within(panel).getByText(/own TURN servers/)).toBeInTheDocument();
    const admin = within(panel).getByRole('textbox', { hidden: true }) as HTMLTextAreaElement;
    expect(admin.value).toContain('UDP 3478–3481 → 20.202.0.0/16');
    expect(admin.value).toContain('Call ID: call-123');
  });

  it('after a 410/3112 end offers two actions (MessageBar guidance): Try again and Check your network', () => {
    const { call } = setup();
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    const banner = screen.getByText('Error code 410/3112').closest('.fui-MessageBar') as HTMLElement;
    // Which one is primary (first, semibold) depends on the history: transient → Try again, otherwise the network.
    expect(
      within(banner)
        .getAllByRole('button')
        .map((b) => b.textContent)
        .sort(),
    ).toEqual(['Check your network', 'Try again']);
    expect(within(banner).queryByRole('button', { name: /Copy|Download/ })).toBeNull();
  });

  it("the panel's Copy details writes call ID, participant ID, code and time to the clipboard", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const { call } = setup();
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    const panel = await screen.findByRole('dialog', { hidden: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy details', hidden: true }));
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toMatch(/Call ID: call-123/);
    expect(text).toMatch(/Participant ID: participant-9/);
    expect(text).toMatch(/Error code: 410\/3112/);
    expect(text).toMatch(/Time: \d{4}-\d\d-\d\dT/);
    expect(await within(panel).findByText('Details copied')).toBeInTheDocument();
  });

  it('when the clipboard is denied, the panel shows the details to copy by hand', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { call } = setup();
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    const panel = await screen.findByRole('dialog', { hidden: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy details', hidden: true }));
    expect(await within(panel).findByRole('alert', { hidden: true })).toHaveTextContent(/Couldn't copy/);
    const details = within(panel).getByRole('textbox', { name: 'Call details for support', hidden: true });
    expect((details as HTMLTextAreaElement).value).toContain('call-123');
  });

  it('announces recovery after true → false, once per flapping episode', async () => {
    const { call } = setup();
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', false));
    expect(await screen.findByText('Connection restored')).toBeInTheDocument();
    act(() => {
      call.controls.raiseNetwork('networkRelaysNotReachable', true);
      call.controls.raiseNetwork('networkRelaysNotReachable', false);
      call.controls.raiseNetwork('networkRelaysNotReachable', true);
      call.controls.raiseNetwork('networkRelaysNotReachable', false);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByText('Connection restored')).toHaveLength(1);
  });

  it('never stacks recovery toasts: separate episodes while one is visible keep one toast', async () => {
    const { call } = setup({ options: { flapWindowMs: 0 } });
    for (let i = 0; i < 5; i += 1) {
      act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
      act(() => call.controls.raiseNetwork('networkRelaysNotReachable', false));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await screen.findByText('Connection restored')).toBeInTheDocument();
    expect(screen.getAllByText('Connection restored')).toHaveLength(1);
  });

  it('leaves zero listeners on the call after unmount', () => {
    const { call, unmount } = setup();
    expect(call.controls.listenerCount()).toBeGreaterThan(0);
    unmount();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('StrictMode double mount leaves exactly one attachment', async () => {
    const call = createFakeCall();
    const { unmount } = render(
      <StrictMode>
        <CallDiagnosticsProvider call={call}>x</CallDiagnosticsProvider>
      </StrictMode>,
    );
    await act(() => vi.dynamicImportSettled()); // the others' diagnostics are followed once their code arrives
    // 6 on the call and its UFDs, 1 on the media statistics collector the fallback notice's quality session opened.
    expect(call.controls.listenerCount()).toBe(7);
    // …and the diagnosis still works after StrictMode's unmount/remount.
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
    unmount();
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('does not crash on unknown diagnostics, values or codes', () => {
    const { call } = setup();
    act(() => {
      call.controls.raiseNetwork('networkSomethingNew', 3);
      call.controls.raiseMedia('cameraFreeze', true);
      call.controls.end({ code: 987, subCode: 654321 });
    });
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('1,000 quality UFD events cause 0 renders of the children', () => {
    const { call, childRenders } = setup();
    const before = childRenders.mock.calls.length;
    act(() => {
      for (let i = 0; i < 1000; i += 1) {
        call.controls.raiseNetwork(i % 2 ? 'networkSendQuality' : 'networkReceiveQuality', ((i % 3) + 1) as 1 | 2 | 3);
      }
      call.controls.raiseNetwork('networkRelaysNotReachable', true);
      call.controls.end({ code: 410, subCode: 3112 });
    });
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
    expect(childRenders.mock.calls.length - before).toBe(0);
  });

  it('the provider itself does not commit on diagnostic events', () => {
    const call = createFakeCall();
    const onRender = vi.fn();
    render(
      <Profiler id="children" onRender={onRender}>
        <CallDiagnosticsProvider call={call} banner={false} toast={false} panel={false}>
          <span>child</span>
        </CallDiagnosticsProvider>
      </Profiler>,
    );
    const before = onRender.mock.calls.length;
    act(() => {
      for (let i = 0; i < 100; i += 1) call.controls.raiseNetwork('networkSendQuality', ((i % 3) + 1) as 1 | 2 | 3);
    });
    expect(onRender.mock.calls.length).toBe(before);
  });

  it('surfaces can be switched off or replaced', () => {
    const call = createFakeCall();
    render(
      <CallDiagnosticsProvider call={call} banner={MyBanner} toast={false} panel={false}>
        child
      </CallDiagnosticsProvider>,
    );
    expect(screen.getByText('my banner')).toBeInTheDocument();
  });

  it('a throwing custom surface is contained; the app stays alive', () => {
    const onSurfaceError = vi.fn();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <CallDiagnosticsProvider call={createFakeCall()} banner={Broken} onSurfaceError={onSurfaceError}>
        still here
      </CallDiagnosticsProvider>,
    );
    expect(screen.getByText('still here')).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledWith(expect.any(Error), 'banner');
    spy.mockRestore();
  });

  it('a new call starts a fresh diagnosis and releases the old one', () => {
    const a = createFakeCall();
    const b = createFakeCall();
    const { rerender } = render(<CallDiagnosticsProvider call={a}>x</CallDiagnosticsProvider>);
    act(() => a.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
    rerender(<CallDiagnosticsProvider call={b}>x</CallDiagnosticsProvider>);
    expect(screen.queryByText('Error code 410/3112')).not.toBeInTheDocument();
    expect(a.controls.listenerCount()).toBe(0);
  });

  it('takes an external diagnostics object and does not dispose it', () => {
    const diagnostics = createCallDiagnostics();
    const call = createFakeCall();
    const { unmount } = render(
      <CallDiagnosticsProvider call={call} diagnostics={diagnostics}>
        x
      </CallDiagnosticsProvider>,
    );
    unmount();
    expect(diagnostics.store.disposed).toBe(false);
    expect(call.controls.listenerCount()).toBe(0);
  });

  it('merges string overrides', () => {
    const { call } = setup({ strings: { banner: { relaysUnreachableTitle: 'Netzwerkproblem' } } });
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(screen.getByText('Netzwerkproblem')).toBeInTheDocument();
  });
});
