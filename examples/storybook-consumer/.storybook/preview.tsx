import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  decorators: [
    (Story) => (
      <FluentProvider theme={webLightTheme}>
        <Story />
      </FluentProvider>
    ),
  ],
  parameters: {
    // Every story is a test with an axe check. Fluent's focus sentinels (`<i data-tabster-dummy aria-hidden
    // tabindex=0>`) are a known axe false positive (microsoft/tabster#288), so only they are left out of the scan.
    a11y: { test: 'error', context: { exclude: ['[data-tabster-dummy]'] } },
  },
};
export default preview;
