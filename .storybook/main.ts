import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../packages/react/stories/**/*.mdx', '../packages/react/stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // The kit's sources (the `@call-diagnostics/source` export condition of packages/*/package.json): no package build
  // first. Setting `conditions` replaces Vite's defaults: keep them.
  async viteFinal(viteConfig) {
    const { defaultClientConditions } = await import('vite');
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = [
      '@call-diagnostics/source',
      ...(viteConfig.resolve.conditions ?? defaultClientConditions),
    ];
    return viteConfig;
  },
};
export default config;
