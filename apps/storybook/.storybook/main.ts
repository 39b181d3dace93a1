import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The kit's logo and favicon (brand in manager.ts and theme.ts).
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Designers open this Storybook to browse the kit, not to learn Storybook: no "Get started" checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
};
export default config;
