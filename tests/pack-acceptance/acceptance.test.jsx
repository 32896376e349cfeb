// Written as a user would, against the installed tarballs only: no workspace aliases, no @call-diagnostics/testing.
// The call below is hand-made to the shape of the SDK's typings (feature(Features.UserFacingDiagnostics),
// on/off('stateChanged'), callEndReason) — not the kit's own fake.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CallDiagnosticsProvider, preloadCallDiagnosticsUi } from '@call-diagnostics/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { Features, sdkShapedCall } from './sdkShapedCall.js';

afterEach(cleanup);

function mount(sim, onRetry = vi.fn(), onChildRender = () => {}) {
  function Child() {
    onChildRender();
    return <p>my call screen</p>;
  }
  return render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={sim.call} features={Features} onRetry={onRetry}>
        <Child />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
}

test('healthy call: nothing alarming', () => {
  const sim = sdkShapedCall();
  mount(sim);
  expect(screen.getByText('my call screen')).toBeTruthy();
  expect(screen.queryAllByRole('button')).toHaveLength(0);
});

test('relays unreachable → warning; 410/3112 → code, call ID, Retry, panel with ports and ranges', async () => {
  const sim = sdkShapedCall();
  const onRetry = vi.fn();
  mount(sim, onRetry);
  act(() => sim.raise('networkRelaysNotReachable', true));
  // The banner is a chunk the provider fetches when it mounts (the first fetch here also compiles it).
  expect(await screen.findByText(/Trouble reaching the call servers/, {}, { timeout: 15_000 })).toBeTruthy();
  act(() => sim.end(410, 3112));
  expect(screen.getByText(/410\/3112/)).toBeTruthy();
  expect(screen.getByText(/acceptance-call-1/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(onRetry).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Check your network' }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  expect(dialog.textContent).toMatch(/UDP ports 3478–3481 and TCP port 443/);
  expect(dialog.textContent).toMatch(/20\.202\.0\.0\/16/);
});

test('recovery message after true → false', async () => {
  const sim = sdkShapedCall();
  mount(sim);
  act(() => sim.raise('networkRelaysNotReachable', true));
  act(() => sim.raise('networkRelaysNotReachable', false));
  await waitFor(() => expect(screen.getByText('Connection restored')).toBeTruthy(), { timeout: 15_000 });
});

test('preloadCallDiagnosticsUi() resolves, after which the banner shows in the same render as the event', async () => {
  await preloadCallDiagnosticsUi();
  const sim = sdkShapedCall();
  mount(sim);
  await act(async () => {}); // the provider's mount effect
  act(() => sim.raise('networkRelaysNotReachable', true));
  expect(screen.getByText(/Trouble reaching the call servers/)).toBeTruthy();
});

test('zero listeners after unmount; no crash on unknown diagnostics and codes', () => {
  const sim = sdkShapedCall();
  const { unmount } = mount(sim);
  expect(sim.listeners()).toBeGreaterThan(0);
  act(() => {
    sim.raise('somethingNew', 42);
    sim.end(777, 123456);
  });
  expect(screen.getByText('my call screen')).toBeTruthy();
  unmount();
  expect(sim.listeners()).toBe(0);
});

test('1,000 quality UFD events cause 0 renders of the children', () => {
  const sim = sdkShapedCall();
  let renders = 0;
  mount(sim, vi.fn(), () => {
    renders += 1;
  });
  const before = renders;
  act(() => {
    for (let i = 0; i < 1000; i += 1) sim.raise('networkSendQuality', (i % 3) + 1);
  });
  expect(renders - before).toBe(0);
});

test('the provider commits nothing for 1,000 events (Profiler)', () => {
  const sim = sdkShapedCall();
  const commits = vi.fn();
  render(
    <Profiler id="p" onRender={commits}>
      <CallDiagnosticsProvider call={sim.call} features={Features} banner={false} toast={false} panel={false}>
        <p>x</p>
      </CallDiagnosticsProvider>
    </Profiler>,
  );
  const before = commits.mock.calls.length;
  act(() => {
    for (let i = 0; i < 1000; i += 1) sim.raise('networkReceiveQuality', (i % 3) + 1);
  });
  expect(commits.mock.calls.length).toBe(before);
});

test('the installed styles are compiled ahead (no makeStyles in dist) and applied in the document', async () => {
  const dist = dirname(fileURLToPath(import.meta.resolve('@call-diagnostics/react')));
  const files = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) expect(readFileSync(join(dist, String(file)), 'utf8')).not.toMatch(/\bmakeStyles\(/);

  await preloadCallDiagnosticsUi();
  const sim = sdkShapedCall();
  mount(sim);
  await act(async () => {});
  act(() => sim.end(410, 3112));
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const ruleFor = (className) => rules.filter((text) => text.startsWith(`.${className}`)).join(' ');
  // The banner's pre-compiled classes resolve to their rules in the document.
  const banner = document.querySelector('.cdk-RelayDiagnosticsBanner');
  expect(banner).toBeTruthy();
  const semibold = ['Try again', 'Check your network']
    .map((name) => screen.getByRole('button', { name }))
    .filter((button) =>
      [...button.classList].some((c) => /font-weight:\s*var\(--fontWeightSemibold\)/.test(ruleFor(c))),
    );
  expect(semibold).toHaveLength(1); // exactly one primary action
  const meta = document.querySelector('.cdk-RelayDiagnosticsBanner__meta');
  expect([...meta.classList].some((c) => /font-family:\s*var\(--fontFamilyMonospace\)/.test(ruleFor(c)))).toBe(true);
});
