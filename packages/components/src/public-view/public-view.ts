import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  decisionKindLabels,
  speechKindLabels,
  type DecisionKind,
  type SpeechKind,
} from '@digikokous/meeting-schema/codes';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { num } from '../shared/format.js';
import { lt } from '../shared/l10n.js';
import type { Locale } from '../shared/locale.js';
import type { Text } from '../shared/types.js';

/** An item as the public may see it: the public title only; a confidential item carries no title at all. */
export interface PublicItemView {
  sectionNumber?: number;
  /** The public title; absent for a confidential item without one (a generic mention is shown). */
  publicTitle?: Text;
  /** Handled in a closed session or confidential: no speakers, votes or results are shown. */
  closed?: boolean;
}

/** What the follow-along view shows. Build it with `publicView()`, which never copies a confidential title. */
export interface PublicMeetingView {
  meetingTitle: Text;
  status: 'not-started' | 'open' | 'on-break' | 'closed';
  item?: PublicItemView;
  speaker?: { name: string; kind?: SpeechKind };
  vote?: { state: 'open' | 'closed'; counts?: { jaa: number; ei: number; tyhja: number }; result?: 'jaa' | 'ei' };
  /** Results of the public items decided so far. */
  results: (PublicItemView & { decision: DecisionKind })[];
}

const M = {
  fi: {
    status: {
      'not-started': 'Kokous ei ole alkanut',
      open: 'Kokous on käynnissä',
      'on-break': 'Kokous on tauolla',
      closed: 'Kokous on päättynyt',
    },
    now: 'Käsittelyssä',
    none: 'Mikään asia ei ole käsittelyssä.',
    conf: 'Salassa pidettävä asia',
    closed: 'Asiaa käsitellään suljetussa istunnossa.',
    speaker: 'Puheenvuoro',
    noSpeaker: 'Kukaan ei ole äänessä.',
    vote: 'Äänestys',
    open: 'Äänestys on käynnissä.',
    done: 'Äänestys on päättynyt.',
    counts: (j: string, e: string, t: string) => `Jaa ${j}, ei ${e}, tyhjä ${t}`,
    won: { jaa: 'Jaa voitti.', ei: 'Ei voitti.' },
    results: 'Päätetyt asiat',
    noResults: 'Ei vielä päätöksiä.',
    nowItem: (t: string) => `Käsittelyyn otettiin ${t}.`,
  },
  sv: {
    status: {
      'not-started': 'Sammanträdet har inte börjat',
      open: 'Sammanträdet pågår',
      'on-break': 'Sammanträdet har paus',
      closed: 'Sammanträdet är avslutat',
    },
    now: 'Behandlas',
    none: 'Inget ärende behandlas.',
    conf: 'Sekretessbelagt ärende',
    closed: 'Ärendet behandlas vid ett slutet sammanträde.',
    speaker: 'Anförande',
    noSpeaker: 'Ingen talar.',
    vote: 'Omröstning',
    open: 'Omröstningen pågår.',
    done: 'Omröstningen är avslutad.',
    counts: (j: string, e: string, t: string) => `Ja ${j}, nej ${e}, blankt ${t}`,
    won: { jaa: 'Ja vann.', ei: 'Nej vann.' },
    results: 'Avgjorda ärenden',
    noResults: 'Inga beslut ännu.',
    nowItem: (t: string) => `${t} togs upp till behandling.`,
  },
  en: {
    status: {
      'not-started': 'The meeting has not started',
      open: 'The meeting is in session',
      'on-break': 'The meeting is on a break',
      closed: 'The meeting has closed',
    },
    now: 'Now under consideration',
    none: 'No item is being handled.',
    conf: 'Confidential item',
    closed: 'The item is handled in a closed session.',
    speaker: 'Speaking',
    noSpeaker: 'No one is speaking.',
    vote: 'Vote',
    open: 'A vote is open.',
    done: 'The vote has closed.',
    counts: (j: string, e: string, t: string) => `Yes (jaa) ${j}, no (ei) ${e}, blank ${t}`,
    won: { jaa: 'Yes (jaa) won.', ei: 'No (ei) won.' },
    results: 'Decided items',
    noResults: 'No decisions yet.',
    nowItem: (t: string) => `Now taken up: ${t}.`,
  },
} as const;

/**
 * The follow-along view for the public (KL 101 § 4 mom: the public can follow a public meeting held electronically):
 * the meeting's state, the item being handled by its public title only, the current speaker, the state of an open
 * vote and the results of the public items decided so far. A confidential item is named only by its public title or
 * "Salassa pidettävä asia", and an item in a closed session shows no speaker, vote or result: the view model has no
 * field that could carry a confidential title (JulkL 621/1999 22 §, KL 140 §). Changes of item and vote are
 * announced once in a polite live region.
 *
 * @summary The public's follow-along view.
 * @status experimental
 * @since 0.2.0
 * @tag dk-public-view
 * @csspart view - The view surface.
 * @csspart current - The item being handled.
 * @csspart results - The list of results.
 */
export class DkPublicView extends DkElement {
  static override styles = [
    baseStyles,
    css`
      .now {
        font-size: 1.25em;
        font-weight: 700;
        margin: 0.25rem 0 0.75rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  /** The public view model. */
  @property({ attribute: false }) view?: PublicMeetingView;

  @state() private announcement = '';
  private lastKey = '';

  private itemTitle(item: PublicItemView, locale: Locale) {
    const t = item.publicTitle ? lt(item.publicTitle, locale) : M[locale].conf;
    return item.sectionNumber !== undefined ? html`§ ${item.sectionNumber} ${t}` : t;
  }

  private plainTitle(item: PublicItemView, locale: Locale): string {
    const t = item.publicTitle
      ? typeof item.publicTitle === 'string'
        ? item.publicTitle
        : (item.publicTitle[locale] ?? item.publicTitle.fi)
      : M[locale].conf;
    return item.sectionNumber !== undefined ? `§ ${item.sectionNumber} ${t}` : t;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('view') || !this.view) return;
    const v = this.view;
    const m = M[this.locale];
    const key = `${v.status}|${v.item?.sectionNumber ?? ''}|${v.vote?.state ?? ''}`;
    if (this.lastKey && key !== this.lastKey) {
      const [st, sec, vote] = this.lastKey.split('|');
      if (v.item && String(v.item.sectionNumber ?? '') !== sec)
        this.announcement = m.nowItem(this.plainTitle(v.item, this.locale));
      else if (v.vote && v.vote.state !== vote && !v.item?.closed)
        this.announcement = v.vote.state === 'open' ? m.open : m.done;
      else if (v.status !== st) this.announcement = m.status[v.status];
    }
    this.lastKey = key;
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const locale = this.locale;
    const m = M[locale];
    const item = v.item;
    const closed = item?.closed === true;
    const c = v.vote?.counts;
    return html`<section part="view" class="surface" aria-labelledby="h">
      <h2 id="h">${lt(v.meetingTitle, locale)}</h2>
      <p><strong>${m.status[v.status]}</strong></p>
      <div part="current">
        <h3>${m.now}</h3>
        <p class="now">${item ? this.itemTitle(item, locale) : m.none}</p>
        ${
          closed
            ? html`<p>${m.closed}</p>`
            : item
              ? html`<dl>
                  <dt>${m.speaker}</dt>
                  <dd>
                    ${v.speaker ? html`${v.speaker.name}${v.speaker.kind && v.speaker.kind !== 'puheenvuoro' ? ` (${speechKindLabels[v.speaker.kind][locale]})` : ''}` : m.noSpeaker}
                  </dd>
                  ${
                    v.vote
                      ? html`<dt>${m.vote}</dt>
                          <dd>
                            ${v.vote.state === 'open' ? m.open : m.done}
                            ${v.vote.state === 'closed' && c ? html`<br />${m.counts(num(c.jaa, locale), num(c.ei, locale), num(c.tyhja, locale))}.` : nothing}
                            ${v.vote.state === 'closed' && v.vote.result ? html`<br />${m.won[v.vote.result]}` : nothing}
                          </dd>`
                      : nothing
                  }
                </dl>`
              : nothing
        }
      </div>
      <h3 id="r">${m.results}</h3>
      ${
        v.results.length
          ? html`<ol part="results" aria-labelledby="r">
              ${v.results.map((r) => html`<li>${this.itemTitle(r, locale)}: ${decisionKindLabels[r.decision][locale]}</li>`)}
            </ol>`
          : html`<p>${m.noResults}</p>`
      }
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
