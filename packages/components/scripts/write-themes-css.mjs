// Writes dist/themes.css from the compiled theme module, so CSS-only users and JS users share one source.
import { writeFileSync } from 'node:fs';
import { themeCss, hdsThemeCss, exampleBrandCss } from '../dist/themes/themes.js';

const header =
  '/* @digikokous/components design tokens: light, dark, high-contrast and Helsinki Design System (hds) themes and an example municipal brand. Select with data-dk-theme / data-dk-brand. */\n';
writeFileSync(
  new URL('../dist/themes.css', import.meta.url),
  header + themeCss.trim() + '\n' + hdsThemeCss.trim() + '\n' + exampleBrandCss.trim() + '\n',
);
