import { localeDirection, localeTags, preloadCallDiagnosticsUi } from '@call-diagnostics/react';
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
import { StoryLocaleContext } from '../packages/react/stories/support/storyLocale';

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

function ThemedCanvas(props: {
  readonly theme: Theme;
  readonly fullHeight: boolean;
  readonly dir: 'ltr' | 'rtl';
  readonly lang: string;
  readonly children: ReactNode;
}) {
  return (
    <FluentProvider theme={props.theme} dir={props.dir} lang={props.lang}>
      <CanvasBody fullHeight={props.fullHeight}>{props.children}</CanvasBody>
    </FluentProvider>
  );
}

/** Styled inside the FluentProvider, so its classes are made for the provider's direction (LTR or RTL). */
function CanvasBody(props: { readonly fullHeight: boolean; readonly children: ReactNode }) {
  const classes = useStyles();
  return <div className={mergeClasses(classes.root, props.fullHeight && classes.canvas)}>{props.children}</div>;
}

const withFluentTheme: Decorator = (Story, context) => {
  const name = typeof context.globals.theme === 'string' ? context.globals.theme : 'light';
  const theme = (themes[name] ?? themes.light)?.theme ?? webLightTheme;
  // Locale and direction are separate toolbars (an RTL check of English text is useful too); 'auto' follows the locale.
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en-US';
  const direction = context.globals.direction;
  const dir = direction === 'rtl' || direction === 'ltr' ? direction : localeDirection(locale);
  return (
    <ThemedCanvas theme={theme} fullHeight={context.viewMode !== 'docs'} dir={dir} lang={locale}>
      <StoryLocaleContext.Provider value={locale}>
        <Story />
      </StoryLocaleContext.Provider>
    </ThemedCanvas>
  );
};

const preview: Preview = {
  decorators: [withFluentTheme],
  // The provider loads its banner and toast as a separate chunk; have it before a story renders, so every story (and
  // its axe test) shows its state from the first frame, as in an app that calls preloadCallDiagnosticsUi() at start.
  loaders: [
    async () => {
      await preloadCallDiagnosticsUi();
      return {};
    },
  ],
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
    locale: {
      description: 'Locale of the kit (CallDiagnosticsProvider locale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: localeTags.map((tag) => ({ value: tag, title: tag })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction (FluentProvider dir)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction of the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // The story tests run once per theme × direction (vitest.config.ts sets these per project); the toolbar default is
  // light and the locale's own direction.
  initialGlobals: {
    theme: import.meta.env.VITE_STORYBOOK_THEME ?? 'light',
    locale: 'en-US',
    direction: import.meta.env.VITE_STORYBOOK_DIRECTION ?? 'auto',
  },
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
