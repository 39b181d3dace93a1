import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Election } from '@digikokous/meeting-schema';
import { electionKindLabels } from '@digikokous/meeting-schema/codes';
import { compareFractions, formatFraction } from '@digikokous/procedure';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { num } from '../shared/format.js';
import { lt } from '../shared/l10n.js';
import { DkElectionBallotEvent } from '../shared/meeting-events.js';
import type { Locale } from '../shared/locale.js';

type Choice = { candidateId?: string; listId?: string };

const M = {
  fi: {
    seats: (n: number) => `Valitaan ${n}`,
    secret: 'Vaali toimitetaan suljetuin lipuin: äänesi on salainen (KL 105 §).',
    choose: 'Valitse ehdokas',
    chooseList: 'Valitse ehdokaslista',
    blank: 'Tyhjä',
    next: 'Jatka vahvistamaan',
    pick: 'Valitse ensin ehdokas, lista tai tyhjä.',
    confirm: 'Vahvista ääni',
    back: 'Palaa valintaan',
    yours: (c: string) => `Äänesi: ${c}`,
    cast: 'Äänesi on annettu.',
    result: 'Vaalin tulos',
    candidate: 'Ehdokas',
    list: 'Lista',
    votes: 'Ääniä',
    cmp: 'Vertausluku',
    elected: 'Valittu',
    yes: 'valittu',
    lots: 'Arvonnat',
    lotWon: (w: string) => `arvonnan voitti ${w}`,
    alliance: (a: string) => `vaaliliitto ${a}`,
    notOpen: 'Vaali ei ole käynnissä.',
  },
  sv: {
    seats: (n: number) => `${n} väljs`,
    secret: 'Valet förrättas med slutna sedlar: din röst är hemlig (KomL 105 §).',
    choose: 'Välj kandidat',
    chooseList: 'Välj kandidatlista',
    blank: 'Blank',
    next: 'Fortsätt till bekräftelse',
    pick: 'Välj först en kandidat, en lista eller blankt.',
    confirm: 'Bekräfta rösten',
    back: 'Tillbaka till valet',
    yours: (c: string) => `Din röst: ${c}`,
    cast: 'Din röst är avgiven.',
    result: 'Valets resultat',
    candidate: 'Kandidat',
    list: 'Lista',
    votes: 'Röster',
    cmp: 'Jämförelsetal',
    elected: 'Vald',
    yes: 'vald',
    lots: 'Lottdragningar',
    lotWon: (w: string) => `lotten föll på ${w}`,
    alliance: (a: string) => `valförbund ${a}`,
    notOpen: 'Valet pågår inte.',
  },
  en: {
    seats: (n: number) => `${n} to be elected`,
    secret: 'The election is by closed ballot: your vote is secret (KL 105 §).',
    choose: 'Choose a candidate',
    chooseList: 'Choose a candidate list',
    blank: 'Blank',
    next: 'Continue to confirm',
    pick: 'Choose a candidate, a list or blank first.',
    confirm: 'Confirm ballot',
    back: 'Back to the choice',
    yours: (c: string) => `Your ballot: ${c}`,
    cast: 'Your ballot has been cast.',
    result: 'Result of the election',
    candidate: 'Candidate',
    list: 'List',
    votes: 'Votes',
    cmp: 'Comparison number',
    elected: 'Elected',
    yes: 'elected',
    lots: 'Lots drawn',
    lotWon: (w: string) => `the lot fell to ${w}`,
    alliance: (a: string) => `electoral alliance ${a}`,
    notOpen: 'The election is not open.',
  },
} as const;

/**
 * An election of persons (vaali, KL 105 §): the ballot and the result. In a majority election (enemmistövaali) the
 * member chooses one candidate or blank; in a proportional election (suhteellinen vaali) one candidate list, shown
 * with its candidates and electoral alliance. A confirmation step precedes the ballot; a closed ballot is stated as
 * secret. The result lists each candidate's votes, the comparison numbers as exact fractions rounded for display
 * (Vaalilaki 714/1998 89 §), who was elected, and the lots drawn for ties (KL 105 §) with their reason.
 *
 * @summary Election ballot and result with comparison numbers and lots.
 * @status experimental
 * @since 0.2.0
 * @tag dk-election
 * @event {DkElectionBallotEvent} dk-election-ballot - The viewer confirmed a ballot; `detail: { electionId, candidateId? , listId? }`. Bubbles, composed, cancelable.
 * @csspart election - The surface.
 * @csspart option - Each choice (the 44 px target).
 * @csspart result - The result table.
 */
export class DkElection extends DkElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        overflow-wrap: normal;
      }
      .cands {
        display: block;
        font-weight: 400;
        font-size: 0.9em;
      }
      .scroll {
        overflow-x: auto;
      }
    `,
  ];

  /** The election (`Election` of `@digikokous/meeting-schema`). */
  @property({ attribute: false }) election?: Election;

  /** `open` shows the ballot, `closed` the result, `not-open` a notice. */
  @property() phase: 'not-open' | 'open' | 'closed' = 'open';

  /** The viewer's own confirmed ballot in an open ballot (controlled). */
  @property({ attribute: false }) ballot?: Choice;

  @state() private selected?: string;
  @state() private confirming = false;
  @state() private error = false;
  @state() private announcement = '';

  private get proportional(): boolean {
    return this.election?.kind === 'suhteellinen-vaali' && (this.election.lists?.length ?? 0) > 0;
  }

  private choiceOf(key: string): Choice {
    if (key === 'blank') return {};
    return this.proportional ? { listId: key } : { candidateId: key };
  }

  private describe(key: string, locale: Locale): string {
    const e = this.election!;
    if (key === 'blank') return M[locale].blank;
    return (
      (this.proportional ? e.lists?.find((l) => l.id === key)?.name : e.candidates.find((c) => c.id === key)?.name) ??
      key
    );
  }

  private options(locale: Locale) {
    const e = this.election!;
    const m = M[locale];
    const names = new Map(e.candidates.map((c) => [c.id, c.name]));
    const opts = this.proportional
      ? e.lists!.map((l) => {
          const alliance = e.alliances?.find((a) => a.listIds.includes(l.id));
          return {
            key: l.id,
            label: html`${l.name}${alliance ? `, ${m.alliance(alliance.name)}` : ''}
              <span class="cands">${l.candidateIds.map((c, i) => `${i + 1}. ${names.get(c) ?? c}`).join(', ')}</span>`,
          };
        })
      : e.candidates.map((c) => ({ key: c.id, label: html`${c.name}` }));
    return [...opts, { key: 'blank', label: html`${m.blank}` }];
  }

  private confirm(): void {
    const e = this.election;
    if (!e || !this.selected) return;
    const choice = this.choiceOf(this.selected);
    this.confirming = false;
    if (!this.dispatchEvent(new DkElectionBallotEvent(e.id, choice))) return;
    this.ballot = choice;
    this.announcement = M[this.locale].cast;
  }

  private renderBallot(locale: Locale) {
    const m = M[locale];
    if (this.ballot) {
      const key = this.ballot.listId ?? this.ballot.candidateId ?? 'blank';
      return html`<p part="status">${m.cast} ${m.yours(this.describe(key, locale))}</p>`;
    }
    if (this.confirming && this.selected)
      return html`<div role="group" aria-labelledby="cq">
        <p id="cq"><strong>${m.yours(this.describe(this.selected, locale))}</strong></p>
        <div class="actions">
          <button type="button" class="primary" id="confirm" @click=${this.confirm}>${m.confirm}</button>
          <button type="button" @click=${() => (this.confirming = false)}>${m.back}</button>
        </div>
      </div>`;
    return html`<fieldset aria-describedby=${this.error ? 'err' : nothing}>
        <legend>${this.proportional ? m.chooseList : m.choose}</legend>
        ${this.options(locale).map(
          (o) =>
            html`<label part="option" class="choice boxed">
              <input
                type="radio"
                name="choice"
                .value=${o.key}
                .checked=${this.selected === o.key}
                @change=${() => {
                  this.selected = o.key;
                  this.error = false;
                }}
              />
              <span>${o.label}</span>
            </label>`,
        )}
      </fieldset>
      ${this.error ? html`<p id="err" class="error">${m.pick}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="primary"
          id="next"
          @click=${() => {
            if (this.selected) this.confirming = true;
            else this.error = true;
            void this.updateComplete.then(() =>
              this.renderRoot.querySelector<HTMLElement>(this.selected ? '#confirm' : 'input')?.focus(),
            );
          }}
        >
          ${m.next}
        </button>
      </div>`;
  }

  private renderResult(locale: Locale) {
    const e = this.election!;
    const m = M[locale];
    const lists = new Map((e.lists ?? []).map((l) => [l.id, l.name]));
    const votes = new Map(e.tallies.map((t) => [t.candidateId, t.votes]));
    const cmp = new Map((e.comparisonNumbers ?? []).map((c) => [c.candidateId, c.value]));
    const elected = new Set(e.electedIds);
    const names = new Map(e.candidates.map((c) => [c.id, c.name]));
    const rows = [...e.candidates].sort((a, b) => {
      const x = cmp.get(a.id);
      const y = cmp.get(b.id);
      if (x && y) return compareFractions(y, x);
      return (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0);
    });
    return html`<h3 id="rh">${m.result}</h3>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="rh">
        <table part="result">
          <thead>
            <tr>
              <th scope="col">${m.candidate}</th>
              ${lists.size ? html`<th scope="col">${m.list}</th>` : nothing}
              ${e.tallies.length ? html`<th scope="col">${m.votes}</th>` : nothing}
              ${cmp.size ? html`<th scope="col">${m.cmp}</th>` : nothing}
              <th scope="col">${m.elected}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (c) =>
                html`<tr data-candidate=${c.id}>
                  <th scope="row">${c.name}</th>
                  ${lists.size ? html`<td>${c.listId ? lists.get(c.listId) : ''}</td>` : nothing}
                  ${e.tallies.length ? html`<td class="n">${num(votes.get(c.id) ?? 0, locale)}</td>` : nothing}
                  ${cmp.size ? html`<td class="n">${cmp.get(c.id) ? formatFraction(cmp.get(c.id)!, locale) : ''}</td>` : nothing}
                  <td>${elected.has(c.id) ? html`<strong>${m.yes}</strong>` : '–'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        e.lots.length
          ? html`<h3>${m.lots}</h3>
              <ul>
                ${e.lots.map(
                  (l) =>
                    html`<li>
                      ${lt(l.reason, locale)}: ${m.lotWon(l.winnerIds.map((w) => names.get(w) ?? w).join(', '))}
                    </li>`,
                )}
              </ul>`
          : nothing
      }`;
  }

  override render() {
    const e = this.election;
    if (!e) return nothing;
    const locale = this.locale;
    const m = M[locale];
    return html`<section part="election" class="surface" aria-labelledby="h">
      <h2 id="h">${lt(e.title, locale)}</h2>
      <p>${electionKindLabels[e.kind][locale]} · ${m.seats(e.seatsToFill)}</p>
      ${e.secretBallot && this.phase === 'open' ? html`<p>${m.secret}</p>` : nothing}
      ${this.phase === 'open' ? this.renderBallot(locale) : this.phase === 'closed' ? this.renderResult(locale) : html`<p>${m.notOpen}</p>`}
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
