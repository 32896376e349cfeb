// P1 baseline: a Fluent v9 app that already shows a MessageBar and toasts (what any calling UI has).
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
