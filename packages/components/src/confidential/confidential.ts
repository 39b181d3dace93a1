import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale, type Locale } from '../shared/locale.js';

const MARKING: Record<Locale, string> = {
  fi: 'SALASSA PIDETTÄVÄ',
  sv: 'SEKRETESSBELAGD',
  en: 'CONFIDENTIAL',
};

/**
 * Confidential content with its legal marking (JulkL 621/1999 25 §).
 *
 * The content is rendered only when `allowed` is true; otherwise it is not in the DOM at all.
 *
 * @tag dk-confidential
 * @csspart marking - The legal marking.
 * @cssprop --dk-confidential-border - Border of the marked block.
 */
export class DkConfidential extends LitElement {
  static override styles = css`
    :host {
      display: block;
      border: var(--dk-confidential-border, 2px solid currentColor);
      padding: 0.5rem 0.75rem;
    }
    [part='marking'] {
      font-weight: 700;
      margin: 0;
    }
  `;

  /** The legal ground of secrecy, e.g. "JulkL 24 § 1 mom. 25 k". */
  @property() basis = '';

  /** Whether the viewer may see the content. */
  @property({ type: Boolean }) allowed = false;

  /** The confidential text, given as a property so that nothing reaches the DOM unless allowed. */
  @property({ attribute: false }) content = '';

  override render() {
    const marking = MARKING[resolveLocale(this)];
    return html`<p part="marking">${marking}${this.basis ? html` (${this.basis})` : nothing}</p>
      ${this.allowed ? html`<div part="content">${this.content}</div>` : nothing}`;
  }
}
