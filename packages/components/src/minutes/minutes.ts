import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Minutes } from '@digikokous/meeting-schema';
import {
  appealKindLabels,
  decisionKindLabels,
  roleLabels,
  signatureRoleLabels,
} from '@digikokous/meeting-schema/codes';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { renderRich } from '../shared/rich.js';
import { text, time } from '../shared/format.js';
import { isoDate } from '../shared/l10n.js';
import { DkMinutesApproveEvent } from '../shared/meeting-events.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';

type MinutesLang = 'fi' | 'sv';
type MinutesItem = Minutes['items'][number];

const M = {
  fi: {
    doc: 'Pöytäkirja',
    time: 'Aika',
    place: 'Paikka',
    present: 'Läsnä',
    absent: 'Poissa',
    legality: 'Kokouksen laillisuus ja päätösvaltaisuus',
    lawful: (p: number, s: number) =>
      `Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi. Läsnä ${p} jäsentä ${s}:stä (KL 103 §).`,
    notLawful: 'Kokousta ei todettu lailliseksi ja päätösvaltaiseksi.',
    checkers: 'Pöytäkirjantarkastajat',
    proceedings: 'Käsittely',
    decision: 'Päätös',
    appeal: 'Muutoksenhaku',
    confidential: 'Salassa pidettävä asia',
    signatures: 'Allekirjoitukset',
    unsigned: 'allekirjoittamatta',
    signedAt: (t: string) => `allekirjoitettu ${t}`,
    checked: (d: string) => `Pöytäkirja on tarkastettu ${d}.`,
    unchecked: 'Pöytäkirjaa ei ole vielä tarkastettu.',
    pending: (n: number) => `Tarkastus odottaa ${n} tarkastajaa.`,
    approve: 'Hyväksy pöytäkirja tarkastetuksi',
    approved: 'Hyväksyntäsi on lähetetty.',
    days: (n: number) => `${n} päivää`,
  },
  sv: {
    doc: 'Protokoll',
    time: 'Tid',
    place: 'Plats',
    present: 'Närvarande',
    absent: 'Frånvarande',
    legality: 'Sammanträdets laglighet och beslutförhet',
    lawful: (p: number, s: number) =>
      `Sammanträdet konstaterades vara lagligen sammankallat och beslutfört. Närvarande ${p} av ${s} ledamöter (KomL 103 §).`,
    notLawful: 'Sammanträdet konstaterades inte vara lagligt och beslutfört.',
    checkers: 'Protokolljusterare',
    proceedings: 'Behandling',
    decision: 'Beslut',
    appeal: 'Ändringssökande',
    confidential: 'Sekretessbelagt ärende',
    signatures: 'Underskrifter',
    unsigned: 'inte undertecknat',
    signedAt: (t: string) => `undertecknat ${t}`,
    checked: (d: string) => `Protokollet är justerat ${d}.`,
    unchecked: 'Protokollet är ännu inte justerat.',
    pending: (n: number) => `Justeringen väntar på ${n} justerare.`,
    approve: 'Godkänn protokollet som justerat',
    approved: 'Ditt godkännande har skickats.',
    days: (n: number) => `${n} dagar`,
  },
} as const;

/**
 * Minutes (pöytäkirja, KL 107 §) as a document: the front page (body, number, time, place, attendance, legality and
 * quorum stated under KL 103 §, the minutes checkers), every § with its proceedings, decision and appeal instruction
 * (KL 141 §), the signatures and the checking state. A minutes checker who has not yet approved gets the approval
 * action. The document is rendered in its own language (`minutes.language`, Finnish or Swedish, Kielilaki 29 §) and
 * marked with that `lang`.
 *
 * Confidential items show their public title, or "Salassa pidettävä asia", unless the viewer may view confidential
 * content (JulkL 22 §, KL 140 §: a confidential matter appears only as a mention).
 *
 * @summary A minutes document with its checking state.
 * @status experimental
 * @since 0.2.0
 * @tag dk-minutes
 * @event {DkMinutesApproveEvent} dk-minutes-approve - A checker approved the minutes; `detail: { minutesId, personId }`. Bubbles, composed.
 * @csspart document - The document.
 * @csspart front - The front page.
 * @csspart section - Each §.
 * @csspart signatures - The signatures and the checking state.
 */
export class DkMinutes extends DkElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        overflow-wrap: break-word;
      }
      article {
        max-inline-size: 48rem;
      }
      header h2 {
        font-size: 1.5rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      section[part='section'] {
        border-block-start: 1px solid var(--dk-color-border, #6b6b6b);
        padding-block-start: 0.75rem;
        margin-block-start: 1rem;
      }
      ul.names {
        columns: 16rem;
        padding-inline-start: 1.25rem;
        margin: 0.25rem 0;
      }
      .state {
        font-weight: 700;
      }
    `,
  ];

  /** The minutes document (`Minutes` of `@digikokous/meeting-schema`). */
  @property({ attribute: false }) minutes?: Minutes;

  /** The language to render; defaults to the document's `language`, else Finnish. */
  @property() language?: MinutesLang;

  /** Who is looking; a minutes checker gets the approval action. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  @state() private announcement = '';

  private get docLang(): MinutesLang {
    // An unknown or empty `language` falls back to the document's, then to the page's: never to nothing.
    const pick = (l: unknown): MinutesLang | undefined => (l === 'fi' || l === 'sv' ? l : undefined);
    return pick(this.language) ?? pick(this.minutes?.language) ?? (this.locale === 'sv' ? 'sv' : 'fi');
  }

  private itemTitle(item: MinutesItem, lang: MinutesLang): string {
    const confidential = item.publicity.status !== 'julkinen';
    if (!confidential || this.viewer?.mayViewConfidential === true) return text(item.title, lang);
    return item.publicTitle ? text(item.publicTitle, lang) : M[lang].confidential;
  }

  private item(item: MinutesItem, lang: MinutesLang) {
    const m = M[lang];
    const hidden = item.publicity.status !== 'julkinen' && this.viewer?.mayViewConfidential !== true;
    const appeal = item.decision.appeal;
    return html`<section part="section" aria-labelledby="s${item.sectionNumber}">
      <h3 id="s${item.sectionNumber}">§ ${item.sectionNumber} ${this.itemTitle(item, lang)}</h3>
      ${item.registerNumber ? html`<p class="muted">${item.registerNumber}</p>` : nothing}
      ${
        !hidden && item.proceedings
          ? html`<h4>${m.proceedings}</h4>
              ${renderRich(item.proceedings, lang)}`
          : nothing
      }
      <h4>${m.decision}</h4>
      <p><strong>${decisionKindLabels[item.decision.kind][lang]}</strong></p>
      ${hidden ? nothing : renderRich(item.decision.text, lang)}
      ${
        appeal
          ? html`<h4>${m.appeal}</h4>
              <p>
                ${appealKindLabels[appeal.kind][lang]}${'authority' in appeal ? `: ${text(appeal.authority, lang)}` : ''}${
                  'periodDays' in appeal ? `, ${m.days(appeal.periodDays)}` : ''
                }${'legalBasis' in appeal ? ` (${appeal.legalBasis})` : ''}
              </p>`
          : nothing
      }
    </section>`;
  }

  private approve(): void {
    const me = this.viewer?.id;
    if (!this.minutes || !me) return;
    this.dispatchEvent(new DkMinutesApproveEvent(this.minutes.id, me));
    this.announcement = M[this.docLang].approved;
  }

  override render() {
    const doc = this.minutes;
    if (!doc) return nothing;
    const lang = this.docLang;
    const m = M[lang];
    const mt = doc.meeting;
    const present = doc.attendance.filter((a) => a.status === 'lasna');
    const absent = doc.attendance.filter((a) => a.status !== 'lasna');
    const nameOf = (id: string) => doc.attendance.find((a) => a.personId === id)?.name ?? id;
    const checkers = doc.minutesCheckerIds;
    const checkedBy = new Set(
      doc.signatures.filter((s) => s.role === 'poytakirjantarkastaja' && s.signedAt).map((s) => s.personId),
    );
    const me = this.viewer?.id;
    const mayApprove = me !== undefined && checkers.includes(me) && !checkedBy.has(me) && !doc.checkedOn;
    const lq = doc.legalityAndQuorum;
    const date = mt.startedAt.slice(0, 10);
    return html`<article part="document" class="surface" lang=${lang} aria-labelledby="title">
      <header part="front">
        <h2 id="title">${text(mt.bodyName, lang)} · ${m.doc} ${mt.number}/${mt.year}</h2>
        <dl>
          <dt>${m.time}</dt>
          <dd>${isoDate(date, lang)} ${time(mt.startedAt, lang)}–${time(mt.endedAt, lang)}</dd>
          ${
            mt.location
              ? html`<dt>${m.place}</dt>
                  <dd>${text(mt.location.name, lang)}${mt.location.address ? `, ${mt.location.address}` : ''}</dd>`
              : nothing
          }
        </dl>
        <h3>${m.present}</h3>
        <ul class="names">
          ${present.map((a) => html`<li>${a.name}${a.role !== 'jasen' ? `, ${roleLabels[a.role][lang]}` : ''}</li>`)}
        </ul>
        ${
          absent.length
            ? html`<h3>${m.absent}</h3>
                <ul class="names">
                  ${absent.map((a) => html`<li>${a.name}</li>`)}
                </ul>`
            : nothing
        }
        <h3>${m.legality}</h3>
        ${lq.text ? renderRich(lq.text, lang) : html`<p>${lq.lawfullyConvened && lq.quorate ? m.lawful(lq.membersPresent, lq.seats) : m.notLawful}</p>`}
        <h3>${m.checkers}</h3>
        <p>${checkers.map(nameOf).join(', ')}</p>
      </header>
      ${doc.items.map((item) => this.item(item, lang))}
      <footer part="signatures">
        <h3>${m.signatures}</h3>
        <ul>
          ${doc.signatures.map(
            (s) =>
              html`<li>
                ${s.name}, ${signatureRoleLabels[s.role][lang]}:
                ${s.signedAt ? m.signedAt(`${isoDate(s.signedAt.slice(0, 10), lang)} ${time(s.signedAt, lang)}`) : m.unsigned}
              </li>`,
          )}
        </ul>
        <p class="state" role="status">
          ${
            doc.checkedOn
              ? m.checked(isoDate(doc.checkedOn, lang))
              : `${m.unchecked} ${m.pending(checkers.filter((c) => !checkedBy.has(c)).length)}`
          }
        </p>
        ${mayApprove ? html`<button type="button" class="primary" id="approve" @click=${this.approve}>${m.approve}</button>` : nothing}
        <div role="status" class="vh">${this.announcement}</div>
      </footer>
    </article>`;
  }
}
