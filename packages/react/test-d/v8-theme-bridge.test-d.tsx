/**
 * The recipe in the README's "Theming" section, compile-checked (`pnpm test:types`): an app on
 * `@azure/communication-react`'s Fluent v8 theme (`FluentThemeProvider` with `lightTheme` / `darkTheme` or its own)
 * gives the kit matching Fluent v9 tokens through `createV9Theme` from `@fluentui/react-migration-v8-v9`.
 * That package pulls in Fluent v8 (`@fluentui/react`), which such an app already has; the kit itself does not
 * depend on it.
 */

import { type Call, Features } from '@azure/communication-calling';
import { darkTheme, FluentThemeProvider, lightTheme, useTheme } from '@azure/communication-react';
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createV9Theme } from '@fluentui/react-migration-v8-v9';
import { type ReactNode, useMemo } from 'react';

/** Inside `FluentThemeProvider`: reads the full v8 theme and provides the v9 tokens made from it. */
export function V9ThemeFromV8({ children }: { readonly children: ReactNode }) {
  const v8Theme = useTheme();
  const v9Theme = useMemo(() => createV9Theme(v8Theme, v8Theme.isInverted ? webDarkTheme : webLightTheme), [v8Theme]);
  return <FluentProvider theme={v9Theme}>{children}</FluentProvider>;
}

declare const call: Call;

export const light = (
  <FluentThemeProvider fluentTheme={lightTheme}>
    <V9ThemeFromV8>
      <CallDiagnosticsProvider call={call} features={Features} locale="de-DE" />
    </V9ThemeFromV8>
  </FluentThemeProvider>
);

export const dark = (
  <FluentThemeProvider fluentTheme={darkTheme} rtl>
    <V9ThemeFromV8>
      <CallDiagnosticsProvider call={call} features={Features} />
    </V9ThemeFromV8>
  </FluentThemeProvider>
);
