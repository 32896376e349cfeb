import type { Call } from '@azure/communication-calling';
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { CallScreen } from './CallScreen';

/** Our page as it ships: it renders the provider itself, on the call it is given. */
export function CallPage({ call, onRejoin }: { readonly call?: Call; readonly onRejoin?: () => void }) {
  return (
    <main aria-label="Call page">
      <CallDiagnosticsProvider call={call} history={false} {...(onRejoin ? { onRetry: onRejoin } : {})}>
        <CallScreen />
      </CallDiagnosticsProvider>
    </main>
  );
}
