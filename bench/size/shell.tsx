// The app every P1 build shares: a Fluent v9 app that already shows a MessageBar and toasts (what any calling UI has).
// `around` wraps its content (the kit's provider, in kit.tsx); `extra` is rendered first (ErrorBar, in errorbar.tsx).
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
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

interface ShellProps {
  readonly around?: (content: ReactNode) => ReactNode;
  readonly extra?: ReactNode;
}

function App({ around = (content) => content, extra }: ShellProps) {
  const { dispatchToast } = useToastController('t');
  return (
    <FluentProvider theme={webLightTheme}>
      {around(
        <>
          {extra}
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
        </>,
      )}
    </FluentProvider>
  );
}

export function mountShell(props: ShellProps = {}): void {
  createRoot(document.getElementById('root') as HTMLElement).render(<App {...props} />);
}
