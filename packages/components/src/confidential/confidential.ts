import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { text } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import type { RichText, Text } from '../shared/types.js';
import { renderRich } from '../shared/rich.js';

/** The marking text is fixed by law in Finnish and Swedish (JulkL 621/1999 25 § 2 mom). */
const M: Record<Locale, { marking: string; ground: string; part: string; hidden: string }> = {
  fi: {
    marking: 'SALASSA PIDETTÄVÄ',
    ground: 'Peruste',
    part: 'Koskee',
    hidden: 'Sisältö ei ole nähtävissä, koska sinulla ei ole oikeutta salassa pidettäviin tietoihin.',
  },
  sv: {
    marking: 'SEKRETESSBELAGD',
    ground: 'Grund',
    part: 'Gäller',
    hidden: 'Innehållet visas inte eftersom du inte har rätt att se sekretessbelagda uppgifter.',
  },
  en: {
    marking: 'CONFIDENTIAL',
    ground: 'Ground',
    part: 'Covers',
    hidden: 'The content is not shown because you are not entitled to see confidential information.',
  },
};

/**
 * Confidential content with its legal marking: "SALASSA PIDETTÄVÄ" / "SEKRETESSBELAGD", the legal ground
 * (e.g. JulkL 24 § 1 mom. 25 k) and the part it covers (JulkL 621/1999 24 §, 25 §).
 *
 * The content is a property and is rendered only when `allowed` is true; otherwise it is neither in the DOM
 * nor kept in the element (JulkL 22 § 2 mom: not made visible by a technical connection to outsiders).
 *
 * @summary Confidential content and its legal marking.
 * @status experimental
 * @since 0.1.0
 * @tag dk-confidential
 * @csspart marking - The legal marking block (text, ground and part).
 * @csspart content - The confidential content, present only when allowed.
 * @cssprop --dk-confidential-border - Border of the marked block.
 * @cssprop --dk-color-surface - Background of the block.
 * @cssprop --dk-color-text - Text colour.
 */
export class DkConfidential extends DkElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        border: var(--dk-confidential-border, 2px dashed currentColor);
        border-radius: var(--dk-radius, 6px);
        padding: 0.5rem 0.75rem;
        background: var(--dk-color-surface, #ffffff);
      }
      [part='marking'] {
        margin: 0;
      }
      .label {
        font-weight: 700;
        letter-spacing: 0.04em;
      }
      [part='content'] {
        margin-block-start: 0.5rem;
      }
    `,
  ];

  /** The legal ground of secrecy, e.g. "JulkL 24 § 1 mom. 25 k". */
  @property() basis = '';

  /** Which part of the document is confidential, e.g. "Selostus" or "Liite 2" (plain or localised text). */
  @property({ attribute: false }) scope?: Text;

  /** Whether the viewer may see the content. */
  @property({ type: Boolean }) allowed = false;

  /**
   * The confidential content, given as a property so that nothing reaches the DOM unless allowed. When
   * `allowed` is false the element drops it (the property reads `''`), so a secret set by mistake does not stay
   * in the element either: set `content` again together with `allowed` when the viewer gains the right.
   */
  @property({ attribute: false }) content: RichText = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.allowed && this.content !== '') this.content = '';
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    return html`<p part="marking">
        <span class="label">${m.marking}</span>
        ${this.basis ? html`<br /><span>${m.ground}: ${this.basis}</span>` : nothing}
        ${this.scope ? html`<br /><span>${m.part}: ${text(this.scope, locale)}</span>` : nothing}
        ${this.allowed ? nothing : html`<br /><span class="muted">${m.hidden}</span>`}
      </p>
      ${this.allowed ? html`<div part="content">${renderRich(this.content, locale)}</div>` : nothing}`;
  }
}
