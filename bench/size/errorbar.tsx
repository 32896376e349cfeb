// P1 anchor: the same baseline app plus @azure/communication-react's ErrorBar, the vendor's way to show call errors.
import { ErrorBar } from '@azure/communication-react';
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

function App() {
  const { dispatchToast } = useToastController('t');
  return (
    <FluentProvider theme={webLightTheme}>
      <ErrorBar activeErrorMessages={[{ type: 'callNetworkQualityLow' }]} />
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
    </FluentProvider>
  );
}
createRoot(document.getElementById('root') as HTMLElement).render(<App />);
