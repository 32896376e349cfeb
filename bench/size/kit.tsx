// P1 with the kit: the same app plus the whole kit (provider, banner, toast, panel).
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Toast,
  Toaster,
  ToastTitle,
  useToastController,
  webLightTheme,
} from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

declare const window: Window & { call?: never };

function App() {
  const { dispatchToast } = useToastController('t');
  return (
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider call={window.call} onRetry={() => location.reload()}>
        <MessageBar intent="info">
          <MessageBarBody>Hello</MessageBarBody>
        </MessageBar>
        <button
          type="button"
          onClick={() =>
            dispatchToast(
              <Toast>
                <ToastTitle>Hi</ToastTitle>
              </Toast>,
            )
          }
        >
          toast
        </button>
        <Toaster toasterId="t" />
      </CallDiagnosticsProvider>
    </FluentProvider>
  );
}
createRoot(document.getElementById('root') as HTMLElement).render(<App />);
