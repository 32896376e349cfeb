import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { CallDiagnosticsProvider } from '../../provider/CallDiagnosticsProvider.js';
import { preloadCallDiagnosticsUi } from '../../provider/deferredSurfaces.js';

// The panel's chunk really fails to download in Chromium: the DevTools protocol blocks its URL (as Vite serves it),
// so the dynamic import rejects with the browser's own "Failed to fetch dynamically imported module".
const CHUNK = '*/components/FirewallGuidancePanel/FirewallGuidancePanel.tsx*';
const block = (urls: string[]) => cdp().send('Network.setBlockedURLs', { urls });

// The banner and toast chunk first (the panel is opened from the banner).
beforeAll(() => preloadCallDiagnosticsUi(), 60_000);
afterEach(async () => {
  await block([]);
  cleanup();
  vi.restoreAllMocks();
});

describe('LazyFirewallGuidancePanel in real Chromium: its chunk (issue 22)', { timeout: 60_000 }, () => {
  it('a download that fails is reported and leaves the call UI up; the next call downloads it again', async () => {
    await cdp().send('Network.enable', {});
    await block([CHUNK]);
    const onSurfaceError = vi.fn();
    const call = createFakeCall({ id: 'browser-call-1' });
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call} onSurfaceError={onSurfaceError}>
          <button type="button">Mute</button>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await userEvent.click(await screen.findByRole('button', { name: 'Check your network' }));
    await waitFor(
      () =>
        expect(onSurfaceError).toHaveBeenCalledWith(
          expect.objectContaining({ message: expect.stringMatching(/Failed to fetch dynamically imported module/) }),
          'panel',
        ),
      { timeout: 10_000 },
    );
    expect(screen.getByRole('button', { name: 'Mute' })).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();

    await block([]);
    act(() => call.controls.changeId('browser-call-2'));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await userEvent.click(screen.getByRole('button', { name: 'Check your network' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 30_000 });
    await waitFor(() => expect(dialog).toBeVisible());
    expect(screen.getByRole('button', { name: 'Mute' })).toBeInTheDocument();
    expect(onSurfaceError).toHaveBeenCalledTimes(1);
  });
});
