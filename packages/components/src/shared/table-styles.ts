import { css } from 'lit';

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
      grid-template-columns: 8rem minmax(0, 1fr);
      gap: var(--dk-space-s, 0.5rem);
    }
    table.stack td[data-label]::before {
      content: attr(data-label) / '';
      font-weight: 600;
      font-size: var(--dk-font-size-s, 0.875rem);
      overflow-wrap: normal;
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
