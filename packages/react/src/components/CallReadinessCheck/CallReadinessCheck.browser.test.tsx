import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { CallReadinessCheck } from './CallReadinessCheck.js';

// The chunk's download really fails in Chromium: the DevTools protocol blocks the implementation's URL (as Vite
// serves it), so the dynamic import rejects with the browser's own "Failed to fetch dynamically imported module".
const CHUNK = '*/components/CallReadinessCheck/CallReadinessCheckImpl.tsx*';
const block = (urls: string[]) => cdp().send('Network.setBlockedURLs', { urls });

afterEach(async () => {
  await block([]);
  cleanup();
  vi.restoreAllMocks();
});

const lobby = (label: string) => (
  <FluentProvider theme={webLightTheme}>
    <p>{label}</p>
    <CallReadinessCheck history={false} />
  </FluentProvider>
);

describe('CallReadinessCheck in real Chromium: its chunk (issue 22)', { timeout: 60_000 }, () => {
  it('a download that fails leaves the lobby up; a render 3 s later downloads it again and shows the check', async () => {
    await cdp().send('Network.enable', {});
    await block([CHUNK]);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const view = render(lobby('lobby'));
    await waitFor(
      () =>
        expect(consoleError).toHaveBeenCalledWith(
          expect.stringContaining('CallReadinessCheck'),
          expect.objectContaining({ message: expect.stringMatching(/Failed to fetch dynamically imported module/) }),
        ),
      { timeout: 10_000 },
    );
    expect(screen.getByText('lobby')).toBeVisible();

    await block([]);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 10_000);
    view.rerender(lobby('lobby, later'));
    expect(await screen.findByRole('button', { name: 'Start the check' }, { timeout: 30_000 })).toBeVisible();
    expect(screen.getByText('lobby, later')).toBeVisible();
  });
});
