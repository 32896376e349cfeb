import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.tsx'],
  // The one set-up line: the decorator, the "Call diagnostics" toolbar and the package check.
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@call-diagnostics/testing/storybook'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
