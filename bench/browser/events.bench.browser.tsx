// P2 and P3 in real Chromium. Prints figures and writes them to bench/.results/browser.json; asserts nothing about
// time (timings are measured, not tested), only that the scenario ran.

import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { commands } from 'vitest/browser';

const results: Record<string, unknown> = {};
const counter = { childRenders: 0 };

function Child() {
  counter.childRenders += 1;
  return <p>call UI</p>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

test('P2: children renders per 10,000 UFD events', async () => {
  const call = createFakeCall();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider call={call}>
          <Child />
        </CallDiagnosticsProvider>
      </FluentProvider>,
    ),
  );
  const before = counter.childRenders;
  const names = ['networkSendQuality', 'networkReceiveQuality', 'networkReconnect'];
  await act(async () => {
    for (let i = 0; i < 10_000; i += 1) {
      call.controls.raiseNetwork(names[i % 3] as string, ((Math.floor(i / 3) % 3) + 1) as 1 | 2 | 3);
    }
  });
  results.childrenRendersPer10kEvents = counter.childRenders - before;
  console.log(`BENCH P2 children renders per 10,000 UFD events: ${counter.childRenders - before}`);
  await act(async () => root.unmount());
  host.remove();
  expect(call.controls.listenerCount()).toBe(0);
});

test('P3: event-to-banner latency (200 events)', { timeout: 60_000 }, async () => {
  const call = createFakeCall();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} options={{ flapWindowMs: 0 }}>
        <p>call UI</p>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  const toDom: number[] = [];
  const toFrame: number[] = [];
  const bannerShown = () => host.textContent?.includes('Trouble reaching the call servers') ?? false;
  const until = (want: boolean) =>
    new Promise<number>((resolve, reject) => {
      if (bannerShown() === want) return resolve(performance.now());
      const timer = setTimeout(() => reject(new Error(`banner never became ${want ? 'shown' : 'hidden'}`)), 2000);
      const observer = new MutationObserver(() => {
        if (bannerShown() === want) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now());
        }
      });
      observer.observe(host, { childList: true, subtree: true, characterData: true });
    });
  for (let i = 0; i < 200; i += 1) {
    await until(false);
    const t0 = performance.now();
    call.controls.raiseNetwork('networkRelaysNotReachable', true);
    const t1 = await until(true);
    const t2 = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    toDom.push(t1 - t0);
    toFrame.push(t2 - t0);
    call.controls.raiseNetwork('networkRelaysNotReachable', false);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  toDom.sort((a, b) => a - b);
  toFrame.sort((a, b) => a - b);
  const figure = (list: number[]) => ({ p50: percentile(list, 50), p95: percentile(list, 95), max: list.at(-1) });
  results.eventToBannerDomMs = figure(toDom);
  results.eventToBannerFrameMs = figure(toFrame);
  console.log(`BENCH P3 event→banner in DOM ms: ${JSON.stringify(results.eventToBannerDomMs)}`);
  console.log(`BENCH P3 event→next frame ms: ${JSON.stringify(results.eventToBannerFrameMs)}`);
  root.unmount();
  host.remove();
  await commands.writeFile('bench/.results/browser.json', JSON.stringify(results, null, 2));
  expect(toDom).toHaveLength(200);
});
