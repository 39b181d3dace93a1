import { css } from 'lit';

/**
 * Form and table styles shared by the meeting components (part 2), in one module so that a page loading several of
 * them carries the rules once: fields and choices with 44 px targets, action rows, and tables that reflow without
 * breaking words (never `overflow-wrap: anywhere` in a cell).
 */
export const formStyles = css`
  form {
    display: grid;
    gap: 0.5rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0.5rem 0;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  label.field {
    font-weight: 600;
  }
  label.choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: var(--dk-target-size, 44px);
  }
  label.boxed {
    border: 1px solid var(--dk-color-border, #6b6b6b);
    background: var(--dk-color-surface, #ffffff);
    padding: 0.5rem 1rem;
    border-radius: var(--dk-radius, 6px);
  }
  label.boxed:has(input:checked) {
    border: 3px solid var(--dk-color-accent, #0b4f8a);
    font-weight: 700;
  }
  select,
  textarea,
  input[type='search'] {
    font: inherit;
    min-block-size: var(--dk-target-size, 44px);
    padding: 0.5rem;
    border: 1px solid var(--dk-color-border, #6b6b6b);
    border-radius: var(--dk-radius, 6px);
    background: var(--dk-color-surface, #ffffff);
    color: var(--dk-color-text, #1a1a1a);
    max-inline-size: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--dk-color-border, #6b6b6b);
    vertical-align: top;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: auto;
  }
  td.n {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .error {
    font-weight: 700;
    margin: 0;
  }
`;
