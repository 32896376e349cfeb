/**
 * The fleet view's first mile, for real: a simulated 410/3112 call through CallDiagnosticsProvider in Chromium, its
 * records sent by createApplicationInsightsSink through the REAL @microsoft/applicationinsights-web SDK, whose
 * connection string points its IngestionEndpoint at a local collector (appInsightsCollector.globalSetup.ts). The
 * assertions read the envelopes the SDK actually POSTed: event names, properties, and no planted secret or personal id.
 */
import { createApplicationInsightsSink } from '@call-diagnostics/core';
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ApplicationInsights } from '@microsoft/applicationinsights-web';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { KIT_VERSION } from '../src/report/version.js';
import type { CollectedRequest } from './appInsightsCollector.globalSetup.js';

afterEach(() => cleanup());

const { origin } = inject('appInsightsCollector');
const IKEY = '11111111-2222-4333-8444-555555555555';
const run = Math.random().toString(36).slice(2, 10);

// Planted: none of these may leave the browser.
const TURN_CREDENTIAL = `planted-turn-credential-${run}`;
const TURN_USERNAME = `planted-turn-user-${run}`;
const ACCESS_TOKEN = `eyJhbGciOiJSUzI1NiJ9.eyJza3lwZWlkIjoiYWNzOnBsYW50ZWQiLCJydW4iOiIke3J1bn0ifQ.planted${run}`;
const PERSONAL_ID = `alice.planted.${run}@contoso.example`;

interface Envelope {
  readonly iKey: string;
  readonly name: string;
  readonly tags: Record<string, string>;
  readonly data: { readonly baseType: string; readonly baseData: { name: string; properties: Record<string, string> } };
}

async function collected(): Promise<CollectedRequest[]> {
  const response = await fetch(`${origin}/requests`, { cache: 'no-store' });
  return (await response.json()) as CollectedRequest[];
}

function eventsOf(requests: readonly CollectedRequest[], callId: string): Envelope[] {
  return requests
    .flatMap((r) => r.envelopes as Envelope[])
    .filter((e) => e.data?.baseType === 'EventData' && e.data.baseData.properties?.CorrelationId === callId);
}

function createAppInsights(): ApplicationInsights {
  const appInsights = new ApplicationInsights({
    config: {
      connectionString: `InstrumentationKey=${IKEY};IngestionEndpoint=${origin}/`,
      // Only what the test sends: no page views, ajax/fetch dependencies or exceptions of the test runner's page,
      // and no fetch of the SDK's CDN config (offline).
      disableAjaxTracking: true,
      disableFetchTracking: true,
      disableExceptionTracking: true,
      enableAutoRouteTracking: false,
      maxBatchInterval: 60_000,
      extensionConfig: { AppInsightsCfgSyncPlugin: { cfgUrl: '' } },
    },
  });
  appInsights.loadAppInsights();
  return appInsights;
}

describe('Application Insights, for real', () => {
  it('a 410/3112 call reaches the ingestion endpoint as CallDiagnostics.* events, redacted', async () => {
    const appInsights = createAppInsights();
    const callId = `call-410-3112-${run}`;
    const participantId = `participant-${run}`;
    const call = createFakeCall({ id: callId, participantId });
    // The call's own error text carries a token, a TURN URL with credentials and a personal id (the kit keeps it for
    // the support report; telemetry must not carry it).
    call.controls.failGetLatest(
      new Error(
        `getLatest failed for ${PERSONAL_ID}: token=${ACCESS_TOKEN} turns:${TURN_USERNAME}:${TURN_CREDENTIAL}@relay.contoso.example:443`,
      ),
    );
    const onRetry = vi.fn();
    const onError = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider
          call={call}
          sdkVersion="1.46.1"
          redact={[PERSONAL_ID]}
          iceServers={[
            { urls: 'turn:relay.contoso.example:3478', username: TURN_USERNAME, credential: TURN_CREDENTIAL },
          ]}
          onRetry={onRetry}
          onDiagnosticEvent={createApplicationInsightsSink(appInsights, {
            properties: { app: 'app-insights-browser-test' },
            onError,
          })}
        >
          <button type="button">Mute</button>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );

    // The warning, the end with 410/3112, the guidance panel, Retry.
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    await waitFor(() => expect(screen.getByText('Trouble reaching the call servers')).toBeVisible());
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await waitFor(() => expect(screen.getByText('Error code 410/3112')).toBeVisible());
    await userEvent.click(screen.getByRole('button', { name: 'Check your network' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();

    await appInsights.flush(true);
    let requests: CollectedRequest[] = [];
    await waitFor(
      async () => {
        requests = await collected();
        expect(eventsOf(requests, callId)).toHaveLength(4);
      },
      { timeout: 20_000, interval: 250 },
    );
    const events = eventsOf(requests, callId);
    expect(onError).not.toHaveBeenCalled();

    expect(events.map((e) => e.data.baseData.name)).toEqual([
      'CallDiagnostics.relaysUnreachable',
      'CallDiagnostics.callEnded',
      'CallDiagnostics.panelOpened',
      'CallDiagnostics.retryPressed',
    ]);
    for (const e of events) {
      expect(e.iKey).toBe(IKEY);
      expect(e.name).toBe(`Microsoft.ApplicationInsights.${IKEY.replaceAll('-', '')}.Event`);
      // The session the readiness check's event is matched on (AppEvents.SessionId).
      expect(e.tags['ai.session.id']).toMatch(/\S/);
      expect(Object.values(e.data.baseData.properties)).not.toContain('undefined');
    }
    const ended = events[1]?.data.baseData.properties;
    // Application Insights keeps properties as strings.
    expect(ended).toEqual({
      app: 'app-insights-browser-test',
      schema: 'call-diagnostics/v1',
      kind: 'callEnded',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      CorrelationId: callId,
      ParticipantId: participantId,
      endCode: '410',
      endSubCode: '3112',
      endCodeText: '410/3112',
      relayStatus: 'failed',
      unreachableSince: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      classification: expect.stringMatching(/^(unknown|transient|persistent)$/),
      failures: expect.stringMatching(/^\d+$/),
      total: expect.stringMatching(/^\d+$/),
      consecutiveFailures: expect.stringMatching(/^\d+$/),
      kitVersion: KIT_VERSION,
      sdkVersion: '1.46.1',
    });
    expect(events[0]?.data.baseData.properties).toMatchObject({
      kind: 'relaysUnreachable',
      relayStatus: 'unreachable',
    });

    // Nothing planted left the browser, in any request the SDK made (raw bodies, not only our events).
    expect(requests.length).toBeGreaterThan(0);
    const everything = requests.map((r) => r.body).join('\n');
    for (const planted of [TURN_CREDENTIAL, TURN_USERNAME, ACCESS_TOKEN, PERSONAL_ID, `planted${run}`]) {
      expect(everything).not.toContain(planted);
    }
    await appInsights.unload(false);
  });

  it('an SDK whose trackEvent throws leaves the call UI working', async () => {
    const appInsights = createAppInsights();
    vi.spyOn(appInsights, 'trackEvent').mockImplementation(() => {
      throw new Error('ingestion down');
    });
    const onError = vi.fn();
    const call = createFakeCall({ id: `call-throwing-${run}` });
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider
          call={call}
          onRetry={() => {}}
          onDiagnosticEvent={createApplicationInsightsSink(appInsights, { onError })}
        >
          <button type="button">Mute</button>
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    await waitFor(() => expect(screen.getByText('Error code 410/3112')).toBeVisible());
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mute' })).toBeVisible();
    expect(onError).toHaveBeenCalledWith(new Error('ingestion down'));
    await appInsights.unload(false);
  });
});
