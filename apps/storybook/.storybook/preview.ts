import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '@digikokous/components/custom-elements.json';
import '@digikokous/components/themes.css';
import './preview.css';
import theme from './theme.js';

// Controls and the API tables of the docs pages come from the kit's generated manifest.
setCustomElementsManifest(manifest);

/** The locale and theme toolbars: each story renders inside a container with that `lang` and theme. */
const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests and show as errors in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { theme },
    options: { storySort: { order: ['Introduction', 'Embedding', 'Demo', 'Components'] } },
  },
  initialGlobals: { locale: 'fi', theme: 'light' },
  globalTypes: {
    locale: {
      description: 'Kieli / Språk / Language',
      toolbar: {
        title: 'Kieli',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Teema / Tema / Theme',
      toolbar: {
        title: 'Teema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Vaalea / Light' },
          { value: 'dark', title: 'Tumma / Dark' },
          { value: 'high-contrast', title: 'Suuri kontrasti / High contrast' },
          { value: 'hds', title: 'Helsinki Design System (HDS)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [
    (story, context) => {
      const { locale, theme } = context.globals as { locale: string; theme: string };
      document.documentElement.lang = locale;
      document.documentElement.dataset.dkTheme = theme;
      return html`<div class="dk-story" lang=${locale} data-dk-theme=${theme}>${story()}</div>`;
    },
  ],
};
export default preview;
