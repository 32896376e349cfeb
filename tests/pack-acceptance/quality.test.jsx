// Issue 24 from the installed tarballs: the quality monitor on SDK-shaped media statistics samples, and the provider's
// collector feeding CallQualityIndicator and useCallQuality.
import { createQualityMonitor } from '@call-diagnostics/core';
import {
  CallDiagnosticsProvider,
  CallQualityIndicator,
  preloadCallDiagnosticsUi,
  useCallQuality,
} from '@call-diagnostics/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { BAD, Features, GOOD, mediaStatsSample, sdkShapedCall } from './sdkShapedCall.js';

afterEach(cleanup);
beforeAll(() => preloadCallDiagnosticsUi(), 30_000);

test('createQualityMonitor: good after 10 good samples, poor on the 3rd bad one with its reasons, good again on the 10th good', () => {
  const monitor = createQualityMonitor();
  const changes = vi.fn();
  for (let i = 0; i < 9; i += 1) monitor.push(mediaStatsSample(GOOD));
  expect(monitor.getSnapshot().level).not.toBe('good');
  monitor.push(mediaStatsSample(GOOD));
  expect(monitor.getSnapshot().level).toBe('good');
  expect(monitor.getSnapshot().mos).toBeGreaterThanOrEqual(4);
  monitor.subscribe(changes);
  monitor.push(mediaStatsSample(BAD));
  monitor.push(mediaStatsSample(BAD));
  expect(monitor.getSnapshot().level).toBe('good');
  expect(monitor.getSnapshot().mos).toBeLessThanOrEqual(2.5);
  monitor.push(mediaStatsSample(BAD));
  const poor = monitor.getSnapshot();
  expect(poor.level).toBe('poor');
  expect(new Set(poor.reasons.map((r) => r.kind))).toEqual(new Set(['rtt', 'jitter', 'loss']));
  expect(changes).toHaveBeenCalledTimes(1);
  for (let i = 0; i < 20; i += 1) monitor.push(mediaStatsSample(i % 2 ? BAD : GOOD));
  expect(monitor.getSnapshot().level).toBe('poor');
  for (let i = 0; i < 9; i += 1) monitor.push(mediaStatsSample(GOOD));
  expect(monitor.getSnapshot().level).toBe('poor');
  monitor.push(mediaStatsSample(GOOD));
  expect(monitor.getSnapshot().level).toBe('good');
  for (let i = 0; i < 5; i += 1) monitor.push(mediaStatsSample({ ...GOOD, packetsPerSecond: 0 }));
  expect(monitor.getSnapshot().level).toBe('unknown');
  const before = monitor.getSnapshot();
  monitor.push(null);
  monitor.push({ audio: 'nope' });
  expect(monitor.getSnapshot()).toBe(before);
});

function Level() {
  return <p data-testid="level">{useCallQuality().level}</p>;
}

test('in the provider: a collector from the call feeds the indicator and useCallQuality; a Bad UFD is poor at once; qualityChanged; the host untouched; 0 listeners after unmount', async () => {
  const sim = sdkShapedCall();
  const records = [];
  const hostRenders = vi.fn();
  function Host() {
    hostRenders();
    return (
      <div>
        <CallQualityIndicator />
        <Level />
      </div>
    );
  }
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={sim.call} features={Features} onDiagnosticEvent={(r) => records.push(r)}>
        <Host />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  await waitFor(() => expect(sim.openCollectors()).toBe(1), { timeout: 15_000 });
  const renders = hostRenders.mock.calls.length;
  act(() => sim.pushStats(GOOD, 10));
  expect(await screen.findByRole('img', { name: 'Network quality: Good' }, { timeout: 15_000 })).toBeTruthy();
  act(() => sim.pushStats(BAD, 3));
  expect(await screen.findByRole('img', { name: /^Network quality: Poor — / })).toBeTruthy();
  await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('poor'));
  act(() => sim.pushStats(GOOD, 10));
  await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('good'));
  act(() => sim.raise('networkReceiveQuality', 3));
  await waitFor(() => expect(screen.getByTestId('level').textContent).toBe('poor'));
  await waitFor(() =>
    expect(records.filter((r) => r.kind === 'qualityChanged').map((r) => r.qualityLevel)).toEqual([
      'good',
      'poor',
      'good',
      'poor',
    ]),
  );
  // Only the components that show quality rendered: the host did not.
  expect(hostRenders.mock.calls.length).toBe(renders);
  unmount();
  expect(sim.openCollectors()).toBe(0);
  expect(sim.listeners()).toBe(0);
});
