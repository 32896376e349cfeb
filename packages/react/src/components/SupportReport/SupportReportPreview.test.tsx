import { createCallDiagnostics, createMemoryHistory, type DiagnosticTelemetryRecord } from '@call-diagnostics/core';
import { createFakeCall, deepText } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallDiagnosticsProvider } from '../../provider/CallDiagnosticsProvider.js';
import { RelayDiagnosticsBanner } from '../RelayDiagnosticsBanner/RelayDiagnosticsBanner.js';
import { SupportReportPreview } from './SupportReportPreview.js';

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJza3lwZWlkIjoiYWNzOnNlY3JldCJ9.c2lnbmF0dXJlLXBsYW50ZWQtaW4tZG9t';
const PASSWORD = 'hunter2-PLANTED-DOM';
const APP_SECRET = 'tenant-contoso-PLANTED-APP';
const SECRETS = [JWT, PASSWORD, APP_SECRET, 'c2lnbmF0dXJlLXBsYW50ZWQtaW4tZG9t'];

afterEach(() => vi.restoreAllMocks());

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
