import {
  FluentProvider,
  makeStyles,
  mergeClasses,
  type Theme,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Decorator, Preview } from '@storybook/react-vite';
import type { ReactNode } from 'react';

/** The Fluent themes the toolbar offers; a story pins one with `globals: { theme: 'dark' }`. */
export const themes: Record<string, { readonly title: string; readonly theme: Theme }> = {
  light: { title: 'Web light', theme: webLightTheme },
  dark: { title: 'Web dark', theme: webDarkTheme },
  highContrast: { title: 'Teams high contrast', theme: teamsHighContrastTheme },
};

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalL,
  },
  canvas: { minHeight: '100vh' },
});

function ThemedCanvas(props: { readonly theme: Theme; readonly fullHeight: boolean; readonly children: ReactNode }) {
  const classes = useStyles();
  return (
    <FluentProvider theme={props.theme} className={mergeClasses(classes.root, props.fullHeight && classes.canvas)}>
      {props.children}
    </FluentProvider>
  );
}

const withFluentTheme: Decorator = (Story, context) => {
  const name = typeof context.globals.theme === 'string' ? context.globals.theme : 'light';
  const theme = (themes[name] ?? themes.light)?.theme ?? webLightTheme;
  return (
    <ThemedCanvas theme={theme} fullHeight={context.viewMode !== 'docs'}>
      <Story />
    </ThemedCanvas>
  );
};

const preview: Preview = {
  decorators: [withFluentTheme],
  globalTypes: {
    theme: {
      description: 'Fluent UI theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    // Axe violations fail the story test (Vitest) and show as errors in the a11y panel.
    a11y: {
      test: 'error',
      // Fluent's focus management (tabster) inserts 1px `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels that
      // hand focus straight on; axe reports them under aria-hidden-focus. A known false positive (microsoft/tabster#288,
      // Accessibility Insights suppresses it too), so only these sentinels are left out of the scan.
      context: { exclude: ['[data-tabster-dummy]'] },
    },
    // The theme decorator paints the whole canvas, so Storybook's own padding is dropped.
    layout: 'fullscreen',
    controls: { matchers: { date: /Date$/i } },
  },
};
export default preview;
