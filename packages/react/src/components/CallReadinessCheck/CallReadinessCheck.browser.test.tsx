import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { throwingCheck } from '../../../test/readinessPlatform.js';
import { CallReadinessCheck } from './CallReadinessCheck.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// The check has no chunk of its own (a package-level `import()` is bundled by esbuild into every app); what can still
// fail is its view, in a real browser's error path (window error events, React's recovery).
describe('CallReadinessCheck in real Chromium: its boundary (issue 22)', { timeout: 60_000 }, () => {
  it('a view that throws leaves the lobby up; a render 3 s later draws the check again', async () => {
    const failing = { now: true };
    const check = throwingCheck(failing);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lobby = (label: string) => (
      <FluentProvider theme={webLightTheme}>
        <p>{label}</p>
        <CallReadinessCheck check={check} />
      </FluentProvider>
    );
    const view = render(lobby('lobby'));
    await waitFor(() =>
      expect(consoleError).toHaveBeenCalledWith(
        expect.stringContaining('CallReadinessCheck'),
        expect.objectContaining({ message: "the app's check failed" }),
      ),
    );
    expect(screen.getByText('lobby')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start the check' })).toBeNull();

    failing.now = false;
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 10_000);
    view.rerender(lobby('lobby, later'));
    expect(await screen.findByRole('button', { name: 'Start the check' })).toBeVisible();
    expect(screen.getByText('lobby, later')).toBeVisible();
  });
});
