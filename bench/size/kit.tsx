// P1 with the kit: the same app inside CallDiagnosticsProvider (banner, toast, panel).
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { mountShell } from './shell';

declare const window: Window & { call?: never };

mountShell({
  around: (content) => (
    <CallDiagnosticsProvider call={window.call} onRetry={() => location.reload()}>
      {content}
    </CallDiagnosticsProvider>
  ),
});
