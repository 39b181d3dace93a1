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
    padding: var(--dk-space, 0.75rem);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
  }
  h2 {
    font-size: var(--dk-heading-size, 1.25rem);
  }
  h3 {
    font-size: 1.05rem;
  }
  .muted {
    color: var(--dk-color-text-muted, #4a4a4a);
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--dk-radius-small, 3px);
    font-size: 0.875em;
    font-weight: 600;
  }
  button,
  .target {
    font: inherit;
    min-block-size: var(--dk-target-size, 44px);
    min-inline-size: var(--dk-target-size, 44px);
    padding: 0.5rem 1rem;
    border-radius: var(--dk-radius, 6px);
    cursor: pointer;
  }
  button {
    border: 2px solid var(--dk-color-accent, #0b4f8a);
    background: var(--dk-color-surface, #ffffff);
    color: var(--dk-color-accent-text, #0b4f8a);
    font-weight: 600;
  }
  button.primary {
    background: var(--dk-color-accent, #0b4f8a);
    color: var(--dk-color-on-accent, #ffffff);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid var(--dk-color-focus, #b3006b);
    outline-offset: 2px;
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
      transition: background-color 120ms ease-out;
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
  }
`;

/**
 * Data tables that reflow (WCAG 1.4.10) without breaking words: wide, the table; in a container narrower than
 * 36rem, each row becomes a block with every cell labelled by its column (`data-label` on the cell, drawn
 * with CSS and left out of the accessible name). The markup carries explicit table roles so that the table
 * keeps its semantics when its display changes. Use `<div class="table-wrap">` around `<table class="stack">`.
 */
export const tableStyles = css`
  .table-wrap {
    container-type: inline-size;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: var(--dk-font-size-l, 1.125rem);
    padding-block-end: var(--dk-space-xs, 0.25rem);
  }
  th,
  td {
    text-align: start;
    padding: var(--dk-space-xs, 0.25rem) var(--dk-space-s, 0.5rem);
    border-block-end: 1px solid var(--dk-color-border, #6b6b6b);
    vertical-align: top;
    hyphens: manual;
  }
  thead th {
    white-space: nowrap;
  }
  @container (max-width: 36rem) {
    table.stack,
    table.stack tbody,
    table.stack tr,
    table.stack td,
    table.stack tbody th {
      display: block;
    }
    table.stack thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.stack tr {
      border-block-end: 1px solid var(--dk-color-border, #6b6b6b);
      padding-block: var(--dk-space-s, 0.5rem);
    }
    table.stack td,
    table.stack tbody th {
      border: 0;
      padding: 0.125rem 0;
    }
    table.stack td[data-label] {
      display: grid;
      grid-template-columns: minmax(6.5rem, 40%) 1fr;
      gap: var(--dk-space-s, 0.5rem);
    }
    table.stack td[data-label]::before {
      content: attr(data-label) / '';
      font-weight: 600;
    }
    table.stack td[colspan] {
      display: block;
    }
    table.stack td.empty {
      display: none;
    }
    table.stack td[colspan]::before {
      content: none;
    }
  }
`;
