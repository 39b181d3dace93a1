import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { tableStyles } from '../shared/table-styles.js';
import { bytes, num } from '../shared/format.js';
import { localText, renderRich } from '../shared/rich.js';
import { viewerContext, viewerMaySee, type Viewer } from '../shared/viewer.js';
import type { Locale } from '../shared/locale.js';
import type { ConfidentialityMark, RichText, Text } from '../shared/types.js';

/**
 * An attachment (liite) of an item. A withheld attachment (`withheld: true`, built by the adapters for a viewer
 * who may not see it) has only its `id` and `confidentiality`: no name, link, type, size, language or version.
 */
export interface AttachmentView {
  id: string;
  name?: Text;
  /** IANA media type, e.g. "application/pdf". */
  mediaType?: string;
  /** Size in bytes. */
  size?: number;
  /** The language of the document. */
  language?: 'fi' | 'sv' | 'en' | 'se';
  /** Whether the document meets the accessibility requirements (Digipalvelulaki 306/2019 7 §), or a link to an accessible version; unknown when not set. */
  accessible?: boolean | { href: string };
  href?: string;
  /** Set when the attachment is confidential: the viewer without rights sees only the marking. */
  confidentiality?: ConfidentialityMark;
  /** The viewer may not see the attachment: only the marking is shown (JulkL 22 § 2 mom, 25 §). */
  withheld?: boolean;
}

/**
 * A part of an item (draft decision, background, decision) that may be confidential. A withheld part
 * (`withheld: true`) has no `content`: the viewer sees the marking and its ground only.
 */
export interface ItemPart {
  content?: RichText;
  confidentiality?: ConfidentialityMark;
  /** The viewer may not see the content; it is not in the view model at all. */
  withheld?: boolean;
}

/** One agenda item (asia) as the item view shows it. */
export interface AgendaItemView {
  id: string;
  order: number;
  section?: number;
  /** The title the viewer may see: for a confidential title the public title or a neutral mention. */
  title: Text;
  /** Set when the title is confidential (JulkL 25 §): the marking is shown beside it. */
  titleConfidentiality?: ConfidentialityMark;
  /** Register number (diaarinumero). */
  caseNumber?: string;
  /** The presenting official (esittelijä); not for council items, which have none. */
  presenter?: string;
  preparers?: string[];
  /** Päätösehdotus. */
  draftDecision?: ItemPart | RichText;
  /** Selostus (background). */
  background?: ItemPart | RichText;
  attachments?: AttachmentView[];
  /** The decision, once made (päätös). */
  decision?: ItemPart | RichText;
}

interface Messages {
  caseNumber: string;
  presenter: string;
  preparers: string;
  draft: string;
  background: string;
  attachments: string;
  decision: string;
  name: string;
  type: string;
  size: string;
  language: string;
  accessibility: string;
  accessible: string;
  notAccessible: string;
  accessibleVersion: string;
  langs: Record<'fi' | 'sv' | 'en' | 'se', string>;
  none: string;
  attachment: string;
  marking: string;
  ground: string;
}

const M: Record<Locale, Messages> = {
  fi: {
    caseNumber: 'Diaarinumero',
    presenter: 'Esittelijä',
    preparers: 'Valmistelijat',
    draft: 'Päätösehdotus',
    background: 'Selostus',
    attachments: 'Liitteet',
    decision: 'Päätös',
    name: 'Nimi',
    type: 'Tyyppi',
    size: 'Koko',
    language: 'Kieli',
    accessibility: 'Saavutettavuus',
    accessible: 'Saavutettava',
    notAccessible: 'Ei saavutettava',
    accessibleVersion: 'Saavutettava versio',
    langs: { fi: 'suomi', sv: 'ruotsi', en: 'englanti', se: 'pohjoissaame' },
    none: 'Ei asiaa valittuna.',
    attachment: 'Liite',
    marking: 'SALASSA PIDETTÄVÄ',
    ground: 'Peruste',
  },
  sv: {
    caseNumber: 'Diarienummer',
    presenter: 'Föredragande',
    preparers: 'Beredare',
    draft: 'Beslutsförslag',
    background: 'Beskrivning',
    attachments: 'Bilagor',
    decision: 'Beslut',
    name: 'Namn',
    type: 'Typ',
    size: 'Storlek',
    language: 'Språk',
    accessibility: 'Tillgänglighet',
    accessible: 'Tillgänglig',
    notAccessible: 'Inte tillgänglig',
    accessibleVersion: 'Tillgänglig version',
    langs: { fi: 'finska', sv: 'svenska', en: 'engelska', se: 'nordsamiska' },
    none: 'Inget ärende valt.',
    attachment: 'Bilaga',
    marking: 'SEKRETESSBELAGD',
    ground: 'Grund',
  },
  en: {
    caseNumber: 'Case number',
    presenter: 'Presenter',
    preparers: 'Prepared by',
    draft: 'Draft decision',
    background: 'Background',
    attachments: 'Attachments',
    decision: 'Decision',
    name: 'Name',
    type: 'Type',
    size: 'Size',
    language: 'Language',
    accessibility: 'Accessibility',
    accessible: 'Accessible',
    notAccessible: 'Not accessible',
    accessibleVersion: 'Accessible version',
    langs: { fi: 'Finnish', sv: 'Swedish', en: 'English', se: 'Northern Sami' },
    none: 'No item selected.',
    attachment: 'Attachment',
    marking: 'CONFIDENTIAL',
    ground: 'Ground',
  },
};

/** A short, readable name for common media types; others are shown as given. */
function typeName(mediaType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    'text/html': 'HTML',
    'image/png': 'PNG',
    'image/jpeg': 'JPEG',
  };
  return known[mediaType] ?? mediaType;
}

function isPart(value: ItemPart | RichText | undefined): value is ItemPart {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('content' in value || 'withheld' in value || 'confidentiality' in value)
  );
}

/**
 * One agenda item: title, case number, presenter and preparers, draft decision, background, attachments
 * (name, type, size, language, accessible version) and the decision once made. A part that is confidential
 * is shown only to a viewer with `mayViewConfidential`; everyone else sees a `<dk-confidential>` marking and
 * the content is not in the DOM at all (JulkL 621/1999 22 §, 25 §). Register `dk-confidential` too
 * (`agenda-item/define.js` does).
 *
 * @summary One agenda item with its parts and attachments.
 * @status experimental
 * @since 0.1.0
 * @tag dk-agenda-item
 * @csspart header - The heading block (number, title, case number, people).
 * @csspart section - Each part (draft decision, background, attachments, decision).
 * @csspart decision - The decision block, once made.
 * @cssprop --dk-color-surface-alt - Background of the decision block.
 */
export class DkAgendaItem extends DkElement {
  static override styles = [
    baseStyles,
    tableStyles,
    css`
      .marking {
        margin: 0 0 var(--dk-space-s, 0.5rem);
      }
      :host {
        container-type: inline-size;
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 0.125rem 0.75rem;
        margin: 0 0 0.75rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      @container (max-width: 30rem) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
        dd {
          margin-block-end: var(--dk-space-xs, 0.25rem);
        }
      }
      section {
        margin-block: 1rem;
      }
      [part='decision'] {
        background: var(--dk-color-surface-alt, #f2f4f7);
        border-inline-start: 4px solid var(--dk-color-accent, #0b4f8a);
        padding: 0.5rem 0.75rem;
      }
      .title {
        font-size: var(--dk-heading-size, 1.25rem);
        font-weight: 700;
        margin-block-end: 0.5rem;
      }
      .h {
        font-weight: 700;
        font-size: 1.05rem;
        margin-block-end: 0.25rem;
      }
      a {
        color: var(--dk-color-accent-text, #0b4f8a);
      }
    `,
  ];

  /** The item to show. */
  @property({ attribute: false }) item?: AgendaItemView;

  /** Who is looking; from `viewerContext` when provided. Confidential parts need `mayViewConfidential`. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  /** Heading level of the item title (2–4), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private renderPart(
    heading: string,
    value: ItemPart | RichText | undefined,
    locale: Locale,
    extraPart = '',
  ): TemplateResult | typeof nothing {
    if (value == null) return nothing;
    const part: ItemPart = isPart(value) ? value : { content: value };
    let body: TemplateResult | typeof nothing;
    if (part.confidentiality || part.withheld) {
      // Shown only when the view model carries the content and the viewer here may see it (fails closed).
      const allowed = !part.withheld && part.content != null && viewerMaySee(this.viewer, this.item?.id);
      body = html`<dk-confidential
        basis=${part.confidentiality?.basis ?? ''}
        .scope=${part.confidentiality?.part ?? heading}
        ?allowed=${allowed}
        .content=${allowed ? part.content! : ''}
      ></dk-confidential>`;
    } else body = renderRich(part.content, locale);
    return html`<section part=${`section${extraPart}`}>${this.heading(heading, 1)} ${body}</section>`;
  }

  private heading(label: string, depth: number): TemplateResult {
    const level = Math.min(6, Math.max(2, this.headingLevel) + depth);
    return html`<div role="heading" aria-level=${level} class="h">${label}</div>`;
  }

  private renderAttachment(a: AttachmentView, mayView: boolean, locale: Locale): TemplateResult {
    const m = M[locale];
    if (a.withheld || (a.confidentiality && !mayView)) {
      // The marking and its ground only: no name, link, type, size, language or accessible version.
      return html`<tr role="row">
        <td role="cell" colspan="5" data-label=${m.attachment}>
          <dk-confidential
            basis=${a.confidentiality?.basis ?? ''}
            .scope=${a.confidentiality?.part ?? m.attachment}
          ></dk-confidential>
        </td>
      </tr>`;
    }
    const name = localText(a.name, locale);
    return html`<tr role="row">
      <td role="cell" data-label=${m.name}>${a.href ? html`<a href=${a.href}>${name}</a>` : name}</td>
      <td role="cell" data-label=${m.type}>${a.mediaType ? typeName(a.mediaType) : ''}</td>
      <td role="cell" data-label=${m.size}>${a.size != null ? bytes(a.size, locale) : ''}</td>
      <td role="cell" data-label=${m.language}>${a.language ? m.langs[a.language] : ''}</td>
      <td role="cell" data-label=${m.accessibility}>
        ${
          typeof a.accessible === 'object'
            ? html`<a href=${a.accessible.href}>${m.accessibleVersion}</a>`
            : a.accessible === undefined
              ? ''
              : a.accessible
                ? m.accessible
                : m.notAccessible
        }
      </td>
    </tr>`;
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const item = this.item;
    if (!item) return html`<p>${m.none}</p>`;
    const no = item.section != null ? `§ ${num(item.section, locale)}` : `${num(item.order, locale)}.`;
    const mayView = viewerMaySee(this.viewer, item.id);
    const secretTitle = item.titleConfidentiality;
    return html`<article aria-labelledby="title">
      <header part="header">
        <div role="heading" aria-level=${Math.min(6, Math.max(2, this.headingLevel))} id="title" class="title">
          ${no} ${localText(item.title, locale)}
        </div>
        ${
          secretTitle
            ? html`<p part="title-marking" class="marking">
                <span class="badge">${m.marking}</span> ${m.ground}: ${secretTitle.basis}
              </p>`
            : nothing
        }
        <dl>
          ${
            item.caseNumber
              ? html`<dt>${m.caseNumber}</dt>
                  <dd>${item.caseNumber}</dd>`
              : nothing
          }
          ${
            item.presenter
              ? html`<dt>${m.presenter}</dt>
                  <dd>${item.presenter}</dd>`
              : nothing
          }
          ${
            item.preparers?.length
              ? html`<dt>${m.preparers}</dt>
                  <dd>${item.preparers.join(', ')}</dd>`
              : nothing
          }
        </dl>
      </header>
      ${item.decision ? this.renderPart(m.decision, item.decision, locale, ' decision') : nothing}
      ${this.renderPart(m.draft, item.draftDecision, locale)} ${this.renderPart(m.background, item.background, locale)}
      ${
        item.attachments?.length
          ? html`<section part="section">
              ${this.heading(m.attachments, 1)}
              <div class="table-wrap" tabindex="0" role="region" aria-label=${m.attachments}>
                <table class="stack" role="table">
                  <thead role="rowgroup">
                    <tr role="row">
                      <th scope="col" role="columnheader">${m.name}</th>
                      <th scope="col" role="columnheader">${m.type}</th>
                      <th scope="col" role="columnheader">${m.size}</th>
                      <th scope="col" role="columnheader">${m.language}</th>
                      <th scope="col" role="columnheader">${m.accessibility}</th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    ${item.attachments.map((a) => this.renderAttachment(a, mayView, locale))}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
    </article>`;
  }
}
