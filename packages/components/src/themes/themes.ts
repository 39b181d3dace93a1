/**
 * The kit's design tokens as CSS custom properties, for the light, dark and high-contrast themes. Load
 * `@digikokous/components/themes.css` (the same text) or call `adoptThemes(document)`, then select a theme
 * with `data-dk-theme="light|dark|high-contrast"` on any ancestor. Without a theme the components fall back
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
  color-scheme: dark;
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
  sheet.replaceSync(themeCss + exampleBrandCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
