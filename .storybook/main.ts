import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../packages/react/stories/**/*.mdx', '../packages/react/stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig) {
    const { fileURLToPath } = await import('node:url');
    const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = {
      ...(viteConfig.resolve.alias as Record<string, string> | undefined),
      '@call-diagnostics/core': here('../packages/core/src/index.ts'),
      '@call-diagnostics/react': here('../packages/react/src/index.ts'),
      '@call-diagnostics/testing': here('../packages/testing/src/index.ts'),
    };
    return viteConfig;
  },
};
export default config;
