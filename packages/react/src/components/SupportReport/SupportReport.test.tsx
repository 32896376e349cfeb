import {
  createCallDiagnostics,
  createMemoryHistory,
  type DiagnosticTelemetryRecord,
  type OutcomeHistory,
} from '@call-diagnostics/core';
import { createFakeCall, deepText } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider } from '../../provider/CallDiagnosticsProvider.js';
import { RelayDiagnosticsBanner } from '../RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
import { SupportReportPreview } from './SupportReport.js';

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJza3lwZWlkIjoiYWNzOnNlY3JldCJ9.c2lnbmF0dXJlLXBsYW50ZWQtaW4tZG9t';
const PASSWORD = 'hunter2-PLANTED-DOM';
const APP_SECRET = 'tenant-contoso-PLANTED-APP';
const SECRETS = [JWT, PASSWORD, APP_SECRET, 'c2lnbmF0dXJlLXBsYW50ZWQtaW4tZG9t'];

afterEach(() => vi.restoreAllMocks());

function historyWith(...codes: Array<[number, number?]>): OutcomeHistory {
  const history = createMemoryHistory();
  const now = Date.now();
  codes.forEach(([code, subCode], i) => {
    history.record({ at: now - 100_000 + i, code, subCode });
  });
  return history;
}

function renderEnded(history: OutcomeHistory) {
  const call = createFakeCall({ id: 'call-1', participantId: 'participant-1' });
  render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={call} history={history} onRetry={() => {}}>
        <p>call UI</p>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  act(() => call.controls.end({ code: 410, subCode: 3112 }));
  return call;
}

describe('banner primary action follows the history', () => {
  it('transient (worked before, fails now): Retry is primary, both stay reachable', () => {
    renderEnded(historyWith([0], [0], [0]));
    expect(screen.getByText(/probably temporary: try again/)).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: 'Try again' });
    const check = screen.getByRole('button', { name: 'Check your network' });
    expect(retry).toBeEnabled();
    expect(check).toBeEnabled();
    expect(retry.className).not.toBe(check.className);
  });

  it('persistent (6 of 6 failed): Check your network is primary, Retry still offered', () => {
    renderEnded(historyWith([410, 3112], [410, 3112], [410, 3112], [410, 3112], [410, 3112]));
    expect(screen.getByText(/retrying is unlikely to help/)).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: 'Try again' });
    const check = screen.getByRole('button', { name: 'Check your network' });
    expect(retry).toBeEnabled();
    expect(check.className).not.toBe(retry.className);
  });

  it('transient and persistent swap the emphasis', () => {
    renderEnded(historyWith([0], [0]));
    const transientRetry = screen.getByRole('button', { name: 'Try again' }).className;
    const transientCheck = screen.getByRole('button', { name: 'Check your network' }).className;
    document.body.innerHTML = '';
    renderEnded(historyWith([410, 3112], [410, 3112]));
    expect(screen.getByRole('button', { name: 'Check your network' }).className).toBe(transientRetry);
    expect(screen.getByRole('button', { name: 'Try again' }).className).toBe(transientCheck);
  });

  it('records the outcome once under StrictMode', () => {
    const history = createMemoryHistory();
    const call = createFakeCall({ id: 'strict-call' });
    render(
      <StrictMode>
        <FluentProvider theme={webLightTheme}>
          <CallDiagnosticsProvider call={call} history={history}>
            <p>call UI</p>
          </CallDiagnosticsProvider>
        </FluentProvider>
      </StrictMode>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(history.list()).toHaveLength(1);
  });
});

describe('support report in the DOM, clipboard, download, telemetry and console: no planted secret', () => {
  it('never shows or emits a secret', async () => {
    const user = userEvent.setup();
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const records: DiagnosticTelemetryRecord[] = [];
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report-1';
    });
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    const call = createFakeCall({ id: 'call-secret', participantId: 'participant-1' });
    call.controls.failGetLatest(new Error(`getLatest failed: token ${JWT} password=${PASSWORD} ${APP_SECRET}`));
    const onRetry = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <CallDiagnosticsProvider
          call={call}
          history={createMemoryHistory()}
          userId="8:acs:user-1"
          options={{ identifier: 'raw' }}
          redact={[APP_SECRET]}
          sdkVersion="1.46.1"
          onDiagnosticEvent={(record) => records.push(record)}
          onRetry={onRetry}
        >
          <SupportReportPreview
            probe={{ iceServers: [{ urls: 'turn:relay.example', credential: PASSWORD }], token: JWT }}
          />
        </CallDiagnosticsProvider>
      </FluentProvider>,
    );
    act(() => call.controls.raiseNetwork('networkRelaysNotReachable', true));
    act(() => call.controls.end({ code: 410, subCode: 3112 }));

    const preview = screen.getByRole('textbox', { name: 'Support report preview' }) as HTMLTextAreaElement;
    expect(preview.value).toContain('Call ID: call-secret');
    expect(preview.value).toContain('End code: 410/3112');
    expect(preview.value).toContain('get-latest-threw');
    expect(preview.value).toContain('[redacted]');

    await user.click(screen.getByRole('button', { name: 'Copy report' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Call ID: call-secret');
    await waitFor(() => expect(screen.getAllByText('Report copied').length).toBeGreaterThan(0));

    await user.click(screen.getByRole('button', { name: 'Download report' }));
    // The report builder is a chunk the actions fetch on mount: the download follows the click after it resolves.
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(createObjectURL).toHaveBeenCalledOnce();
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:report-1'));
    const downloaded = await (blobs[0] as Blob).text();
    expect(JSON.parse(downloaded)).toMatchObject({ call: { callId: 'call-secret' }, sdkVersion: '1.46.1' });

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Check your network' }));
    const panel = await screen.findByRole('dialog', { hidden: true });
    expect(within(panel).getByRole('button', { name: 'Copy report', hidden: true })).toBeInTheDocument();

    expect(records.map((r) => r.kind)).toEqual([
      'relaysUnreachable',
      'callEnded',
      'reportCopied',
      'reportDownloaded',
      'retryPressed',
      'panelOpened',
    ]);
    expect(records[1]).toMatchObject({ CorrelationId: 'call-secret', Identifier: '8:acs:user-1', endSubCode: 3112 });

    const dom = [
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('textarea')].map((t) => t.value),
      document.body.innerHTML,
    ].join('\n');
    for (const secret of SECRETS) {
      expect(dom).not.toContain(secret);
      expect(copied).not.toContain(secret);
      expect(downloaded).not.toContain(secret);
      expect(deepText(records)).not.toContain(secret);
      for (const spy of consoleSpies) expect(deepText(spy.mock.calls)).not.toContain(secret);
    }
  });

  it('works with a bare store outside a provider', () => {
    const diagnostics = createCallDiagnostics({ history: false });
    diagnostics.dispatch({ type: 'callEnded', at: 0, callId: 'c-1', code: 410, subCode: 3112 });
    render(
      <FluentProvider theme={webLightTheme}>
        <RelayDiagnosticsBanner diagnostics={diagnostics.store} />
        <SupportReportPreview diagnostics={diagnostics.store} heading={false} />
      </FluentProvider>,
    );
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain('Call ID: c-1');
    // The banner keeps two actions (Try again, Check your network); the report's buttons are the preview's (and the panel's).
    expect(screen.getAllByRole('button', { name: 'Download report' })).toHaveLength(1);
  });
});
