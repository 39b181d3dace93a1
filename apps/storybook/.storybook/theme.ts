import { create } from 'storybook/theming/create';

/**
 * The Storybook's own look: the kit's name, logo and light-theme colours (the same values as the kit's
 * `--dk-*` tokens), so that designers browse a municipal design system rather than a developer tool.
 */
export default create({
  base: 'light',
  brandTitle: 'Digikokous – komponentit',
  brandUrl: 'https://github.com/digikokous/digikokous-kit',
  brandImage: './digikokous-logo.svg',
  brandTarget: '_self',
  colorPrimary: '#0b4f8a',
  colorSecondary: '#0b4f8a',
  appBg: '#f2f4f7',
  appContentBg: '#ffffff',
  appPreviewBg: '#ffffff',
  appBorderColor: '#c9ced6',
  appBorderRadius: 6,
  fontBase: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontCode: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  textColor: '#1a1a1a',
  textInverseColor: '#ffffff',
  textMutedColor: '#4a4a4a',
  barTextColor: '#4a4a4a',
  barSelectedColor: '#0b4f8a',
  barHoverColor: '#083a66',
  barBg: '#ffffff',
  inputBg: '#ffffff',
  inputBorder: '#6b6b6b',
  inputTextColor: '#1a1a1a',
  inputBorderRadius: 6,
});
