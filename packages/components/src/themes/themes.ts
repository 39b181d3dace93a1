/**
 * The kit's design tokens as CSS custom properties, for the light, dark and high-contrast themes. Load
 * `@digikokous/components/themes.css` (the same text) or call `adoptThemes(document)`, then select a theme
 * with `data-dk-theme="light|dark|high-contrast|hds"` on any ancestor. Without a theme the components fall back
 * to the light values. Text colours meet 4.5:1 against their surfaces (WCAG 1.4.3); high contrast meets 7:1.
 */
export const themeCss = `
:root, [data-dk-theme='light'] {
  --dk-color-bg: #ffffff;
  --dk-color-surface: #ffffff;
  --dk-color-surface-alt: #f2f4f7;
  --dk-color-text: #1a1a1a;
  --dk-color-text-muted: #4a4a4a;
  --dk-color-border: #6b6b6b;
  --dk-color-accent: #0b4f8a;
  --dk-color-accent-text: #0b4f8a;
  --dk-color-on-accent: #ffffff;
  --dk-color-focus: #b3006b;
  --dk-color-jaa: #0b4f8a;
  --dk-color-ei: #8a2b0b;
  --dk-color-tyhja: #5c5c5c;
  --dk-color-current-bg: #e6f0fa;
  --dk-color-accent-hover: #083a66;
  --dk-color-accent-hover-bg: #e6f0fa;
  --dk-color-disabled-bg: #f2f4f7;
  --dk-color-disabled-text: #4a4a4a;
  --dk-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  --dk-font-size-s: 0.875rem;
  --dk-font-size: 1rem;
  --dk-font-size-l: 1.125rem;
  --dk-heading-size: 1.25rem;
  --dk-heading-size-l: 1.5rem;
  --dk-line-height: 1.5;
  --dk-line-height-heading: 1.25;
  --dk-space-xs: 0.25rem;
  --dk-space-s: 0.5rem;
  --dk-space: 0.75rem;
  --dk-space-m: 1rem;
  --dk-space-l: 1.5rem;
  --dk-radius: 6px;
  --dk-radius-small: 3px;
  --dk-target-size: 44px;
  color-scheme: light;
}
[data-dk-theme='dark'] {
  --dk-color-bg: #121417;
  --dk-color-surface: #1c1f24;
  --dk-color-surface-alt: #262a31;
  --dk-color-text: #f2f2f2;
  --dk-color-text-muted: #c4c8cf;
  --dk-color-border: #8a9099;
  --dk-color-accent: #8cc4ff;
  --dk-color-accent-text: #8cc4ff;
  --dk-color-on-accent: #0a1a2a;
  --dk-color-focus: #ffb3e0;
  --dk-color-jaa: #8cc4ff;
  --dk-color-ei: #ffb38c;
  --dk-color-tyhja: #c4c8cf;
  --dk-color-current-bg: #1d3349;
  --dk-color-accent-hover: #b8dcff;
  --dk-color-accent-hover-bg: #1d3349;
  --dk-color-disabled-bg: #262a31;
  --dk-color-disabled-text: #c4c8cf;
  color-scheme: dark;
}
[data-dk-theme='high-contrast'] {
  --dk-color-bg: #000000;
  --dk-color-surface: #000000;
  --dk-color-surface-alt: #000000;
  --dk-color-text: #ffffff;
  --dk-color-text-muted: #ffffff;
  --dk-color-border: #ffffff;
  --dk-color-accent: #ffff00;
  --dk-color-accent-text: #ffff00;
  --dk-color-on-accent: #000000;
  --dk-color-focus: #00ffff;
  --dk-color-jaa: #ffff00;
  --dk-color-ei: #00ffff;
  --dk-color-tyhja: #ffffff;
  --dk-color-current-bg: #000000;
  --dk-color-accent-hover: #ffffff;
  --dk-color-accent-hover-bg: #000000;
  --dk-color-disabled-bg: #000000;
  --dk-color-disabled-text: #ffffff;
  color-scheme: dark;
}
`;

/**
 * The kit's tokens mapped one-to-one to Helsinki Design System token names (the CSS custom properties of the
 * `hds-design-tokens` package, checked against 5.0.0 in `test/tokens.test.ts`), each with the HDS 5.0.0 value
 * as fallback. With `data-dk-theme="hds"` the components follow the HDS tokens of the page they sit in (an
 * HDS site that loads `hds-design-tokens` or `hds-core`), and look the same without them: no runtime
 * dependency on HDS.
 */
export const hdsTokenMap = {
  '--dk-color-bg': ['--color-white', '#ffffff'],
  '--dk-color-surface': ['--color-white', '#ffffff'],
  '--dk-color-surface-alt': ['--color-black-5', '#f2f2f2'],
  '--dk-color-text': ['--color-black-90', '#1a1a1a'],
  '--dk-color-text-muted': ['--color-black-60', '#595959'],
  '--dk-color-border': ['--color-black-50', '#808080'],
  '--dk-color-accent': ['--color-bus', '#0000bf'],
  '--dk-color-accent-text': ['--color-bus', '#0000bf'],
  '--dk-color-on-accent': ['--color-white', '#ffffff'],
  '--dk-color-accent-hover': ['--color-bus-dark', '#00005e'],
  '--dk-color-accent-hover-bg': ['--color-bus-light', '#f0f0ff'],
  '--dk-color-focus': ['--color-focus-outline', '#0072c6'],
  '--dk-color-jaa': ['--color-bus', '#0000bf'],
  '--dk-color-ei': ['--color-brick', '#bd2719'],
  '--dk-color-tyhja': ['--color-black-60', '#595959'],
  '--dk-color-current-bg': ['--color-coat-of-arms-light', '#e6f4ff'],
  '--dk-color-disabled-bg': ['--color-black-5', '#f2f2f2'],
  '--dk-color-disabled-text': ['--color-black-60', '#595959'],
  '--dk-font-family': ['--font-default', 'HelsinkiGroteskPro, Arial, sans-serif'],
  '--dk-font-size-s': ['--fontsize-body-s', '0.875rem'],
  '--dk-font-size': ['--fontsize-body-m', '1rem'],
  '--dk-font-size-l': ['--fontsize-body-l', '1.125rem'],
  '--dk-heading-size': ['--fontsize-heading-s', '1.25rem'],
  '--dk-heading-size-l': ['--fontsize-heading-m', '1.5rem'],
  '--dk-line-height': ['--lineheight-l', '1.5'],
  '--dk-line-height-heading': ['--lineheight-m', '1.2'],
  '--dk-space-xs': ['--spacing-3-xs', '0.25rem'],
  '--dk-space-s': ['--spacing-2-xs', '0.5rem'],
  '--dk-space': ['--spacing-xs', '0.75rem'],
  '--dk-space-m': ['--spacing-s', '1rem'],
  '--dk-space-l': ['--spacing-m', '1.5rem'],
} as const satisfies Record<string, readonly [hdsName: string, hdsValue: string]>;

/** The HDS theme block (HDS draws square corners: no radius token exists there, the kit's is 0). */
export const hdsThemeCss = `
[data-dk-theme='hds'] {
${Object.entries(hdsTokenMap)
  .map(([kit, [name, value]]) => `  ${kit}: var(${name}, ${value});`)
  .join('\n')}
  --dk-radius: 0;
  --dk-radius-small: 0;
  color-scheme: light;
}
`;

/**
 * An example municipal brand on top of the light theme (the fictional Esimerkkilä with its blue-green
 * colours and its own typeface): a vendor overrides only tokens, never internals.
 */
export const exampleBrandCss = `
[data-dk-brand='esimerkkila'] {
  --dk-color-accent: #00584f;
  --dk-color-accent-text: #00584f;
  --dk-color-jaa: #00584f;
  --dk-color-current-bg: #e3f4f1;
  --dk-color-focus: #7a2e9c;
  --dk-radius: 0;
  --dk-font-family: Georgia, 'Times New Roman', serif;
}
`;

/** Adds the themes (and the example brand) to a document or shadow root through a constructed sheet. */
export function adoptThemes(root: Document | ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss + hdsThemeCss + exampleBrandCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
