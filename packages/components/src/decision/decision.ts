import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Decision } from '@digikokous/meeting-schema';
import { appealKindLabels, decisionKindLabels } from '@digikokous/meeting-schema/codes';
import type { AppealDeadlines } from '@digikokous/procedure';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { renderRich } from '../shared/rich.js';
import { isoDate, lt } from '../shared/l10n.js';
import type { Text } from '../shared/types.js';

const M = {
  fi: {
    decision: 'Päätös',
    appeal: 'Muutoksenhakuohje',
    authority: 'Viranomainen',
    period: 'Määräaika',
    days: (n: number) => `${n} päivää tiedoksisaannista`,
    notified: 'Kunnan jäsenen katsotaan saaneen tiedon päätöksestä',
    notifiedNote: '7 päivän kuluttua pöytäkirjan julkaisemisesta (KL 140 §)',
    rectification: 'Oikaisuvaatimus viimeistään',
    appealBy: 'Kunnallisvalitus viimeistään',
    moved: (d: string) =>
      `Määräajan viimeinen päivä ${d} on pyhä- tai arkilauantai, joten aika jatkuu seuraavaan arkipäivään (määräaikalaki 5 §).`,
    noAppeal: 'Päätökseen ei saa hakea muutosta',
    pending: 'Määräajat lasketaan, kun pöytäkirja on julkaistu.',
  },
  sv: {
    decision: 'Beslut',
    appeal: 'Anvisning för ändringssökande',
    authority: 'Myndighet',
    period: 'Tidsfrist',
    days: (n: number) => `${n} dagar från delfåendet`,
    notified: 'En kommunmedlem anses ha fått del av beslutet',
    notifiedNote: '7 dagar efter att protokollet publicerades (KomL 140 §)',
    rectification: 'Begäran om omprövning senast',
    appealBy: 'Kommunalbesvär senast',
    moved: (d: string) =>
      `Tidsfristens sista dag ${d} är en helgdag eller lördag, så tiden fortsätter till följande vardag (lagen om beräknande av laga tid 5 §).`,
    noAppeal: 'Ändring i beslutet får inte sökas',
    pending: 'Tidsfristerna räknas när protokollet har publicerats.',
  },
  en: {
    decision: 'Decision',
    appeal: 'Appeal instructions',
    authority: 'Authority',
    period: 'Period',
    days: (n: number) => `${n} days from notification`,
    notified: 'A member of the municipality is deemed notified on',
    notifiedNote: '7 days after the minutes were published (KL 140 §)',
    rectification: 'Claim for rectification at the latest on',
    appealBy: 'Municipal appeal at the latest on',
    moved: (d: string) =>
      `The last day ${d} is a holiday or a Saturday, so the period runs to the next working day (Act 150/1930, 5 §).`,
    noAppeal: 'No appeal may be made against the decision',
    pending: 'The deadlines are computed once the minutes are published.',
  },
} as const;

/**
 * A decision (päätös) with its appeal instructions (KL 141 §) and the deadlines computed from the publication of
 * the minutes: a member of the municipality is deemed notified 7 days after publication (KL 140 § 3 mom), the claim
 * for rectification runs 14 days and the municipal appeal 30 days (KL 138 §), the notification day not counted and
 * a last day on a Saturday, Sunday or holiday moved to the next working day (määräaikalaki 150/1930 2 §, 5 §).
 * Dates are plain Europe/Helsinki calendar dates. The host computes them with `appealDeadlines` of
 * `@digikokous/procedure` (the service does when it publishes the minutes) and sets `deadlines`: the component only
 * presents them, so the holiday calendar stays in the engine and out of the browser bundle.
 *
 * ```js
 * import { appealDeadlines } from '@digikokous/procedure';
 * el.deadlines = appealDeadlines({ minutesPublishedOn: '2026-06-19' });
 * ```
 *
 * @summary A decision with its appeal instructions and deadlines.
 * @status experimental
 * @since 0.2.0
 * @tag dk-decision
 * @csspart decision - The decision surface.
 * @csspart deadlines - The computed deadlines.
 */
export class DkDecision extends DkElement {
  static override styles = [
    baseStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: 0.25rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .kind {
        font-weight: 700;
      }
    `,
  ];

  /** The decision (`Decision` of `@digikokous/meeting-schema`). */
  @property({ attribute: false }) decision?: Decision;

  /** The heading, e.g. "§ 5 Talousarvio 2027" (the public title on a public page). */
  @property({ attribute: false }) heading?: Text;

  /**
   * The appeal deadlines (`AppealDeadlines` of `@digikokous/procedure`), computed by the host with
   * `appealDeadlines({ minutesPublishedOn })` or `appealDeadlines({ notifiedOn })`; undefined before publication.
   */
  @property({ attribute: false }) deadlines?: AppealDeadlines;

  /**
   * Set when `deadlines.notifiedOn` is a party's own notification day; by default it is the day a member of the
   * municipality is deemed notified, 7 days after publication (KL 140 § 3 mom), and that rule is stated beside it.
   */
  @property({ type: Boolean, attribute: 'notified-individually' }) notifiedIndividually = false;

  private deadline(label: string, p: AppealDeadlines['rectification'], locale: 'fi' | 'sv' | 'en') {
    return html`<dt>${label}</dt>
      <dd>
        ${isoDate(p.lastDay, locale)}${
          p.lastDay !== p.rawLastDay
            ? html`<br /><span class="muted">${M[locale].moved(isoDate(p.rawLastDay, locale))}</span>`
            : nothing
        }
      </dd>`;
  }

  override render() {
    const d = this.decision;
    if (!d) return nothing;
    const locale = this.locale;
    const m = M[locale];
    const appeal = d.appeal;
    const dl = this.deadlines;
    return html`<article part="decision" class="surface" aria-labelledby="h">
      <h2 id="h">${this.heading ? lt(this.heading, locale) : m.decision}</h2>
      <p class="kind">${decisionKindLabels[d.kind][locale]}</p>
      ${renderRich(d.text, locale)}
      ${
        appeal
          ? html`<section aria-labelledby="a">
              <h3 id="a">${m.appeal}</h3>
              ${
                appeal.kind === 'muutoksenhakukielto'
                  ? html`<p>${m.noAppeal} (${appeal.legalBasis}).</p>`
                  : html`<dl>
                      <dt>${appealKindLabels[appeal.kind][locale]}</dt>
                      <dd>${m.days(appeal.periodDays)}</dd>
                      <dt>${m.authority}</dt>
                      <dd>${lt(appeal.authority, locale)}</dd>
                    </dl>`
              }
              ${appeal.text ? renderRich(appeal.text, locale) : nothing}
              ${
                appeal.kind === 'muutoksenhakukielto'
                  ? nothing
                  : dl
                    ? html`<dl part="deadlines">
                        <dt>${m.notified}</dt>
                        <dd>
                          ${isoDate(dl.notifiedOn, locale)}${this.notifiedIndividually ? nothing : html`<br /><span class="muted">${m.notifiedNote}</span>`}
                        </dd>
                        ${
                          appeal.kind === 'oikaisuvaatimus'
                            ? this.deadline(m.rectification, dl.rectification, locale)
                            : appeal.kind === 'kunnallisvalitus'
                              ? this.deadline(m.appealBy, dl.municipalAppeal, locale)
                              : nothing
                        }
                      </dl>`
                    : html`<p part="deadlines">${m.pending}</p>`
              }
            </section>`
          : nothing
      }
    </article>`;
  }
}
