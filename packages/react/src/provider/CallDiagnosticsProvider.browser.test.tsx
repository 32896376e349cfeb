import { createFakeCall, replayTimeline, SEED_410_3112_TIMELINE } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CallDiagnosticsProvider } from './CallDiagnosticsProvider.js';
import { preloadCallDiagnosticsUi } from './deferredSurfaces.js';

// The banner's chunk is fetched after the provider mounts; on a cold Vite server that can outlast the replayed
// seed timeline (20× speed), so fetch it first, as an app does with preloadCallDiagnosticsUi() at start.
beforeAll(() => preloadCallDiagnosticsUi(), 60_000);
afterEach(() => cleanup());

function mount() {
  const call = createFakeCall({ id: 'browser-call' });
  const onRetry = vi.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} onRetry={onRetry}>
        <button type="button">Mute</button>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  return { call, onRetry, ...utils };
}

describe('in real Chromium', () => {
  it('plays the seed timeline: warning, then the visible 410/3112 error', async () => {
    const { call } = mount();
    const replay = replayTimeline(call, SEED_410_3112_TIMELINE, { speed: 20 });
    await waitFor(() => expect(screen.getByText('Trouble reaching the call servers')).toBeVisible());
    await replay;
    await waitFor(() => expect(screen.getByText('Error code 410/3112')).toBeVisible());
    expect(screen.getByText('Call ID: browser-call')).toBeVisible();
  });

  it('the panel takes focus, traps it, closes on Escape and gives focus back', async () => {
    const { call } = mount();
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    const trigger = screen.getByRole('button', { name: 'Check your network' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toBeVisible());
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(dialog).toHaveTextContent('UDP 3478–3481 → 20.202.0.0/16');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(trigger));
  });

  it('Retry is reachable by keyboard and calls onRetry', async () => {
    const { call, onRetry } = mount();
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    screen.getByRole('button', { name: 'Try again' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('the recovery toast is announced in a polite live region', async () => {
    const { call } = mount();
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', false));
    const toast = await screen.findByText('Connection restored');
    await waitFor(() => expect(toast).toBeVisible());
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).not.toBeNull();
  });
});
