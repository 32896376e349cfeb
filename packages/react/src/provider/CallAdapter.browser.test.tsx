/**
 * The adapter path in real Chromium: `@azure/communication-react`'s CallComposite on the fake CallAdapter, with the
 * kit attached through `adapter=`. The same scenarios as the shared table, as a person sees them.
 */
import { CallComposite } from '@azure/communication-react';
import { createFakeCallAdapter, type FakeCallAdapter } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { enUS } from '../localization/en-US.js';
import { CallDiagnosticsProvider } from './CallDiagnosticsProvider.js';

afterEach(() => cleanup());

const banners = () => document.querySelectorAll('[data-testid="kit"] .fui-MessageBar');

function mount(adapter: FakeCallAdapter = createFakeCallAdapter()) {
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <div data-testid="kit">
        <CallDiagnosticsProvider adapter={adapter} onRetry={() => adapter.controls.startCall()}>
          <div style={{ height: 480 }}>
            <CallComposite adapter={adapter} />
          </div>
        </CallDiagnosticsProvider>
      </div>
    </FluentProvider>,
  );
  return { adapter, ...utils };
}

const END_CODES: ReadonlyArray<[number, number, string]> = [
  [410, 3112, enUS.banner.relayFailureTitle],
  [410, 3100, enUS.network.endTitles.setupNetworkUnexpected],
  [410, 3101, enUS.network.endTitles.droppedNetworkUnexpected],
  [410, 3111, enUS.network.endTitles.mediaOfferFailed],
  [410, 301004, enUS.network.endTitles.noMediaConnectivitySetup],
  [410, 301005, enUS.network.endTitles.mediaConnectivityLost],
  [490, 4502, enUS.network.endTitles.httpRequestFailed],
  [496, 7, enUS.network.endTitles.networkLostNoReconnect],
  [408, 40114, enUS.network.endTitles.infrastructureUnreachable],
];

describe('CallComposite + kit on a fake CallAdapter, in Chromium', () => {
  it("the seed's timeline: relay warning, then the 410/3112 error once", async () => {
    const { adapter } = mount();
    act(() => adapter.controls.raiseNetwork('networkRelaysNotReachable', true));
    await waitFor(() => expect(screen.getByText(enUS.banner.relaysUnreachableTitle)).toBeVisible());
    act(() => adapter.controls.end({ code: 410, subCode: 3112 }));
    await waitFor(() => expect(screen.getByText('Error code 410/3112')).toBeVisible());
    expect(banners()).toHaveLength(1);
  });

  it.each(END_CODES)('ends with %i/%i → its own title', async (code, subCode, title) => {
    const { adapter } = mount();
    act(() => adapter.controls.end({ code, subCode }));
    await waitFor(() => expect(screen.getByText(title)).toBeVisible());
    expect(screen.getByText(`Error code ${code}/${subCode}`)).toBeVisible();
  });

  it('no network with the UI library defect (noNetwork=false kept in latest) clears the banner', async () => {
    const { adapter } = mount();
    act(() => adapter.controls.raiseNetwork('noNetwork', true));
    await waitFor(() => expect(screen.getByText(enUS.network.noNetworkTitle)).toBeVisible());
    act(() => adapter.controls.raiseNetwork('noNetwork', false));
    await waitFor(() => expect(banners()).toHaveLength(0));
  });

  it('several issues: one banner, the most important, with a count; reconnect Poor → Good; quality storm', async () => {
    const { adapter } = mount();
    act(() => {
      for (let i = 0; i < 30; i += 1) adapter.controls.raiseNetwork('networkSendQuality', i % 2 === 0 ? 2 : 3);
      adapter.controls.raiseNetwork('networkReconnect', 2);
    });
    await waitFor(() => expect(screen.getByText(enUS.network.reconnectingTitle)).toBeVisible());
    expect(screen.getByText('+1 more issue')).toBeVisible();
    expect(banners()).toHaveLength(1);
    act(() => adapter.controls.raiseNetwork('networkReconnect', 1));
    await waitFor(() => expect(screen.getByText(enUS.network.sendQualityBadTitle)).toBeVisible());
  });

  it('a call replaced by another starts fresh, and unmounting leaves 0 adapter listeners of the kit', async () => {
    const { adapter, unmount } = mount();
    const before = adapter.controls.listenerCount();
    act(() => adapter.controls.replaceCall({ code: 410, subCode: 3112 }));
    await waitFor(() => expect(banners()).toHaveLength(0));
    act(() => adapter.controls.raiseNetwork('noNetwork', true));
    await waitFor(() => expect(screen.getByText(enUS.network.noNetworkTitle)).toBeVisible());
    expect(before).toBeGreaterThanOrEqual(2);
    unmount();
    // CallComposite's own subscriptions go too; whatever remains is not the kit's (it added exactly two).
    expect(adapter.controls.listenerCount()).toBe(0);
  });
});
