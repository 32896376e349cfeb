import { createFakeCall } from '@call-diagnostics/testing';
import { act, render, screen } from '@testing-library/react';
import { type Context, type ReactNode, useContext } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallDiagnosticsContextValue } from '../context/CallDiagnosticsContext.js';
import type { CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.js';

// The test setup preloads the surfaces for every other test; here each test gets fresh modules, so the provider
// starts with the banner and toast not loaded yet, as in an app's first render.
// `mount(props, children)` renders the fresh provider inside a FluentProvider.
async function freshMount() {
  vi.resetModules();
  const { CallDiagnosticsProvider } = await import('./CallDiagnosticsProvider.js');
  const { FluentProvider, webLightTheme } = await import('@fluentui/react-components');
  // The fresh module's context (the one the fresh provider fills), for <Opener />.
  opener.context = (await import('../context/CallDiagnosticsContext.js')).CallDiagnosticsContext;
  return (props: Omit<CallDiagnosticsProviderProps, 'children'>, children: ReactNode = <p>call UI</p>) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider {...props}>{children}</CallDiagnosticsProvider>
      </FluentProvider>,
    );
}

const failNextFetch = () =>
  vi.doMock('./surfaces.js', () => {
    throw new Error('chunk fetch failed');
  });

const opener: { context?: Context<CallDiagnosticsContextValue | undefined>; open?: (() => void) | undefined } = {};
function Opener() {
  opener.open = useContext(opener.context as Context<CallDiagnosticsContextValue | undefined>)?.ui.openPanel;
  return null;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock('./surfaces.js');
});

// The first test imports the surfaces' chunk through Vite: seconds on a loaded 2-core machine.
describe('deferred surfaces (the banner and toast chunk)', { timeout: 20_000 }, () => {
  it('renders nothing of its own before the chunk arrives, then shows what happened meanwhile', async () => {
    const mount = await freshMount();
    const call = createFakeCall({ id: 'call-early' });
    mount({ call, onRetry: () => {} });
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // Before the chunk has loaded: the relays fail and the call ends.
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.queryByText(/410\/3112/)).toBeNull(); // the chunk cannot have arrived synchronously
    expect(await screen.findByText(/410\/3112/)).toBeInTheDocument();
    expect(screen.getByText(/call-early/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('a chunk that cannot be fetched is reported to onSurfaceError and leaves the app alone; the next mount retries', async () => {
    failNextFetch();
    const mount = await freshMount();
    const onSurfaceError = vi.fn();
    const call = createFakeCall();
    const first = mount({ call, onSurfaceError });
    await vi.waitFor(() => expect(onSurfaceError).toHaveBeenCalledWith(expect.any(Error), 'banner'));
    expect(screen.getByText('call UI')).toBeInTheDocument();
    first.unmount();
    expect(call.controls.listenerCount()).toBe(0);

    vi.doUnmock('./surfaces.js');
    mount({ call, onSurfaceError });
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(await screen.findByText('Trouble reaching the call servers', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledTimes(1);
  });

  it('after a failed fetch, the call going wrong later tries again and shows the banner (same mount)', async () => {
    failNextFetch();
    const mount = await freshMount();
    const onSurfaceError = vi.fn();
    const call = createFakeCall({ id: 'call-retry' });
    mount({ call, onSurfaceError });
    await vi.waitFor(() => expect(onSurfaceError).toHaveBeenCalledTimes(1));
    vi.doUnmock('./surfaces.js');
    // Within the retry interval a change does not refetch; after it, the next change does.
    act(() => call.controls.raiseNetwork('networkSendQuality', 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Trouble reaching the call servers')).toBeNull();
    const later = Date.now() + 10_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    expect(await screen.findByText('Trouble reaching the call servers', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledTimes(1);
  });

  it('an openPanel() before the surfaces load opens the panel once they have', async () => {
    const mount = await freshMount();
    mount({ call: createFakeCall() }, <Opener />);
    act(() => opener.open?.());
    expect(await screen.findByRole('dialog', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
