import { createFakeCall } from '@call-diagnostics/testing';
import { act, render, screen } from '@testing-library/react';
import { type Context, useContext } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';

// The test setup preloads the surfaces for every other test; here each test gets fresh modules, so the provider
// starts with the banner and toast not loaded yet, as in an app's first render.
async function freshProvider() {
  vi.resetModules();
  const { CallDiagnosticsProvider } = await import('./CallDiagnosticsProvider.js');
  const { FluentProvider, webLightTheme } = await import('@fluentui/react-components');
  return { CallDiagnosticsProvider, FluentProvider, webLightTheme };
}

const opener: { context?: Context<CallDiagnosticsContextValue | undefined>; open?: (() => void) | undefined } = {};
function Opener() {
  opener.open = useContext(opener.context as Context<CallDiagnosticsContextValue | undefined>)?.ui.openPanel;
  return null;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock('./surfaces.js');
});

describe('deferred surfaces (the banner and toast chunk)', () => {
  it('renders nothing of its own before the chunk arrives, then shows what happened meanwhile', async () => {
    const { CallDiagnosticsProvider, FluentProvider, webLightTheme } = await freshProvider();
    const call = createFakeCall({ id: 'call-early' });
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call} onRetry={() => {}}>
          <p>call UI</p>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    // Before the chunk has loaded: the relays fail and the call ends.
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.queryByText(/410\/3112/)).toBeNull(); // the chunk cannot have arrived synchronously
    expect(await screen.findByText(/410\/3112/)).toBeInTheDocument();
    expect(screen.getByText(/call-early/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('a chunk that cannot be fetched is reported to onSurfaceError and leaves the app alone; the next mount retries', async () => {
    vi.doMock('./surfaces.js', () => {
      throw new Error('chunk fetch failed');
    });
    const { CallDiagnosticsProvider, FluentProvider, webLightTheme } = await freshProvider();
    const onSurfaceError = vi.fn();
    const call = createFakeCall();
    const first = render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call} onSurfaceError={onSurfaceError}>
          <p>call UI</p>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    await vi.waitFor(() => expect(onSurfaceError).toHaveBeenCalledWith(expect.any(Error), 'banner'));
    expect(screen.getByText('call UI')).toBeInTheDocument();
    first.unmount();
    expect(call.controls.listenerCount()).toBe(0);

    vi.doUnmock('./surfaces.js');
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call} onSurfaceError={onSurfaceError}>
          <p>call UI</p>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(await screen.findByText('Trouble reaching the call servers')).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledTimes(1);
  });

  it('after a failed fetch, the call going wrong later tries again and shows the banner (same mount)', async () => {
    vi.doMock('./surfaces.js', () => {
      throw new Error('chunk fetch failed');
    });
    const { CallDiagnosticsProvider, FluentProvider, webLightTheme } = await freshProvider();
    const onSurfaceError = vi.fn();
    const call = createFakeCall({ id: 'call-retry' });
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call} onSurfaceError={onSurfaceError}>
          <p>call UI</p>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    await vi.waitFor(() => expect(onSurfaceError).toHaveBeenCalledTimes(1));
    vi.doUnmock('./surfaces.js');
    // Within the retry interval a change does not refetch; after it, the next change does.
    act(() => call.controls.raiseNetwork('networkSendQuality', 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Trouble reaching the call servers')).toBeNull();
    const later = Date.now() + 10_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(await screen.findByText('Trouble reaching the call servers')).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledTimes(1);
  });

  it('an openPanel() before the surfaces load opens the panel once they have', async () => {
    const { CallDiagnosticsProvider, FluentProvider, webLightTheme } = await freshProvider();
    // The fresh module's context (the one the fresh provider fills).
    opener.context = (await import('../context/CallDiagnosticsContext.js')).CallDiagnosticsContext;
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={createFakeCall()}>
          <Opener />
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => opener.open?.());
    expect(await screen.findByRole('dialog', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
