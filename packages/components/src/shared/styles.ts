import { css } from 'lit';

/**
 * Shared component styles. Every colour, size and font comes from a `--dk-…` design token with a light
 * fallback, so a component looks right without any theme loaded and follows the theme set on an ancestor
 * (`data-dk-theme`, see `themes.css`). Targets are at least 44 × 44 CSS px (WCAG 2.5.5/2.5.8),
 * focus is always visible (2.4.7, 2.4.11), and `forced-colors` gets system colours.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--dk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dk-font-size, 1rem);
    line-height: var(--dk-line-height, 1.5);
    color: var(--dk-color-text, #1a1a1a);
    max-inline-size: 100%;
    /* Breaks only a word that cannot fit a line of its own (a long URL), never ordinary words letter by letter:
       unlike 'anywhere', 'break-word' does not shrink table columns to single letters (WCAG 1.4.10). */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .surface {
    background: var(--dk-color-surface, #ffffff);
    color: var(--dk-color-text, #1a1a1a);
    border: 1px solid var(--dk-color-border, #6b6b6b);
    border-radius: var(--dk-radius, 6px);
    padding: var(--dk-space-m, 1rem);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--dk-space-s, 0.5rem);
    line-height: var(--dk-line-height-heading, 1.25);
  }
  h2 {
    font-size: var(--dk-heading-size, 1.25rem);
  }
  h3 {
    font-size: var(--dk-font-size-l, 1.125rem);
  }
  p {
    margin-block: 0 var(--dk-space-s, 0.5rem);
  }
  .muted {
    color: var(--dk-color-text-muted, #4a4a4a);
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--dk-radius-small, 3px);
    font-size: var(--dk-font-size-s, 0.875rem);
    font-weight: 600;
  }
  button,
  .target {
    font: inherit;
    min-block-size: var(--dk-target-size, 44px);
    min-inline-size: var(--dk-target-size, 44px);
    padding: var(--dk-space-s, 0.5rem) var(--dk-space-m, 1rem);
    border-radius: var(--dk-radius, 6px);
    cursor: pointer;
  }
  button {
    border: 2px solid var(--dk-color-accent, #0b4f8a);
    background: var(--dk-color-surface, #ffffff);
    color: var(--dk-color-accent-text, #0b4f8a);
    font-weight: 600;
    line-height: var(--dk-line-height-heading, 1.25);
  }
  button:hover:not(:disabled) {
    background: var(--dk-color-accent-hover-bg, #e6f0fa);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button.primary {
    background: var(--dk-color-accent, #0b4f8a);
    color: var(--dk-color-on-accent, #ffffff);
  }
  button.primary:hover:not(:disabled) {
    background: var(--dk-color-accent-hover, #083a66);
    border-color: var(--dk-color-accent-hover, #083a66);
  }
  button:active:not(:disabled) {
    transform: translateY(1px);
  }
  /* Disabled: stated by shape (dashed border) and colour, never by transparency that lowers the contrast. */
  button:disabled,
  button.primary:disabled {
    cursor: not-allowed;
    background: var(--dk-color-disabled-bg, #f2f4f7);
    color: var(--dk-color-disabled-text, #4a4a4a);
    border: 2px dashed var(--dk-color-border, #6b6b6b);
  }
  :focus-visible {
    outline: 3px solid var(--dk-color-focus, #b3006b);
    outline-offset: 2px;
  }
  button:focus-visible {
    box-shadow: 0 0 0 2px var(--dk-color-surface, #ffffff);
  }
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition:
        background-color 120ms ease-out,
        border-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    button,
    .target,
    .surface {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
    button.primary,
    [aria-pressed='true'],
    [aria-checked='true'] {
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
