import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The provider's default panel, whose code is a chunk (panelChunk.ts) fetched when the banner first shows a problem or the panel
// opens. Each test gets fresh modules, so the chunk is not loaded yet, as in an app's first render.
async function freshProvider() {
  vi.resetModules();
  return (await import('../../provider/CallDiagnosticsProvider.js')).CallDiagnosticsProvider;
}

afterEach(() => {
  vi.doUnmock('./panelChunk.js');
  vi.restoreAllMocks();
});

describe('LazyFirewallGuidancePanel: its chunk (issue 22)', () => {
  it('a chunk that cannot be fetched is reported and leaves the call UI up; the next call fetches it again', async () => {
    // A failed download (a flaky network, a redeploy that renamed the chunks): the import fails, then succeeds.
    vi.doMock('./panelChunk.js', () => {
      throw new Error('chunk fetch failed');
    });
    const Provider = await freshProvider();
    const user = userEvent.setup();
    const onSurfaceError = vi.fn();
    const call = createFakeCall({ id: 'call-1' });
    render(
      <FluentProvider theme={webLightTheme}>
        <Provider call={call} onSurfaceError={onSurfaceError}>
          <p>call UI</p>
        </Provider>
      </FluentProvider>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await user.click(await screen.findByRole('button', { name: 'Check your network' }, { timeout: 10_000 }));
    await waitFor(() => expect(onSurfaceError).toHaveBeenCalledWith(expect.any(Error), 'panel'));
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();

    vi.doUnmock('./panelChunk.js');
    // The next call tries the panel again: it does not open by itself (nobody asked in this call)…
    act(() => call.controls.changeId('call-2'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('dialog')).toBeNull();
    // …and opens when asked.
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    expect(await screen.findByRole('dialog', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledTimes(1);
  });
});
