import { css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { num, text } from '../shared/format.js';
import { countBallots, winnerOf, type Counts } from '../shared/tally.js';
import type { Locale } from '../shared/locale.js';
import type { BallotOption, Text } from '../shared/types.js';

/** One member's ballot in a named (roll-call) vote; `absent` when not present. */
export interface RollCallEntry {
  memberId: string;
  name: string;
  group?: string;
  option: BallotOption | 'absent';
}

/** The result of a vote (KL 104 § 2 mom). Counts are taken from `rollCall` when not given. */
export interface VoteResultView {
  voteId: string;
  title?: Text;
  jaa: { label: Text };
  ei: { label: Text };
  counts?: Counts;
  rollCall?: RollCallEntry[];
  /** The chair's ballot: decides a tie (KL 104 § 2 mom). */
  chairOption?: BallotOption;
  /** The winning side, when the procedure engine already decided it; computed otherwise. */
  winner?: 'jaa' | 'ei';
  decidedByChair?: boolean;
}

interface Messages {
  result: string;
  option: string;
  votes: string;
  labels: Record<BallotOption | 'absent', string>;
  won: (side: string, label: string) => string;
  counts: (c: Required<Counts>, hasAbsent: boolean) => string;
  tie: (n: string) => string;
  chair: string;
  open: string;
  rollCall: string;
  name: string;
  group: string;
  ballot: string;
  chart: string;
}

const M: Record<Locale, Messages> = {
  fi: {
    result: 'Äänestyksen tulos',
    option: 'Vaihtoehto',
    votes: 'Ääniä',
    labels: { jaa: 'Jaa', ei: 'Ei', tyhja: 'Tyhjä', absent: 'Poissa' },
    won: (side, label) => `Voitti ${side}: ${label}.`,
    counts: (c, a) => `Jaa ${c.jaa}, ei ${c.ei}, tyhjä ${c.tyhja}${a ? `, poissa ${c.absent}` : ''}.`,
    tie: (n) => `Äänet menivät tasan (${n}–${n}).`,
    chair: 'Puheenjohtajan ääni ratkaisi (KL 104 § 2 mom).',
    open: 'Äänet menivät tasan, eikä puheenjohtajan ääntä ole kirjattu.',
    rollCall: 'Annetut äänet nimittäin',
    name: 'Nimi',
    group: 'Ryhmä',
    ballot: 'Ääni',
    chart: 'Kaavio',
  },
  sv: {
    result: 'Omröstningens resultat',
    option: 'Alternativ',
    votes: 'Röster',
    labels: { jaa: 'Ja', ei: 'Nej', tyhja: 'Blank', absent: 'Frånvarande' },
    won: (side, label) => `Vann: ${side}, ${label}.`,
    counts: (c, a) => `Ja ${c.jaa}, nej ${c.ei}, blanka ${c.tyhja}${a ? `, frånvarande ${c.absent}` : ''}.`,
    tie: (n) => `Rösterna föll lika (${n}–${n}).`,
    chair: 'Ordförandens röst avgjorde (KomL 104 § 2 mom).',
    open: 'Rösterna föll lika och ordförandens röst är inte registrerad.',
    rollCall: 'Avgivna röster per namn',
    name: 'Namn',
    group: 'Grupp',
    ballot: 'Röst',
    chart: 'Diagram',
  },
  en: {
    result: 'Result of the vote',
    option: 'Option',
    votes: 'Votes',
    labels: { jaa: 'Yes (jaa)', ei: 'No (ei)', tyhja: 'Abstain (tyhjä)', absent: 'Absent' },
    won: (side, label) => `Won: ${side}, ${label}.`,
    counts: (c, a) => `Yes ${c.jaa}, no ${c.ei}, abstain ${c.tyhja}${a ? `, absent ${c.absent}` : ''}.`,
    tie: (n) => `The votes were tied (${n}–${n}).`,
    chair: "The chair's vote decided (Local Government Act 104 § 2).",
    open: "The votes were tied and the chair's ballot is not recorded.",
    rollCall: 'Ballots by name',
    name: 'Name',
    group: 'Group',
    ballot: 'Ballot',
    chart: 'Chart',
  },
};

/**
 * The result of a vote: counts and the result in words, an accessible table, an SVG bar chart whose text
 * alternative is the same sentence, and for named votes the roll-call list. A tie decided by the chair's
 * vote is stated (KL 104 § 2 mom). Tyhjä counts for neither side.
 *
 * @summary The result of a vote in words, a table and a chart.
 * @status experimental
 * @since 0.1.0
 * @tag dk-vote-result
 * @csspart summary - The result in words.
 * @csspart table - The counts table.
 * @csspart chart - The SVG chart.
 * @csspart roll-call - The roll-call table.
 * @cssprop --dk-color-jaa - Bar colour for jaa.
 * @cssprop --dk-color-ei - Bar colour for ei.
 * @cssprop --dk-color-tyhja - Bar colour for tyhjä and absent.
 */
export class DkVoteResult extends DkElement {
  static override styles = [
    baseStyles,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        margin-block: 0.5rem 1rem;
        min-inline-size: 12rem;
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-block-end: 0.25rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.75rem 0.25rem 0;
        border-block-end: 1px solid var(--dk-color-border, #6b6b6b);
      }
      td.n {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      svg {
        display: block;
        inline-size: 100%;
        max-inline-size: 32rem;
        block-size: auto;
      }
      svg text {
        fill: var(--dk-color-text, #1a1a1a);
        font: inherit;
        font-size: 14px;
      }
      .jaa {
        fill: var(--dk-color-jaa, #0b4f8a);
      }
      .ei {
        fill: var(--dk-color-ei, #8a2b0b);
      }
      .tyhja,
      .absent {
        fill: var(--dk-color-tyhja, #5c5c5c);
      }
      @media (forced-colors: active) {
        /* The classes, not just rect: .jaa etc. above would otherwise win and keep brand colours on a
           high-contrast background (Chromium does not force SVG fills). */
        rect,
        .jaa,
        .ei,
        .tyhja,
        .absent {
          fill: CanvasText;
        }
        svg text {
          fill: CanvasText;
        }
      }
    `,
  ];

  /** The result to show. */
  @property({ attribute: false }) result?: VoteResultView;

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const r = this.result;
    if (!r) return nothing;
    const fromRoll = r.rollCall ? countBallots(r.rollCall) : undefined;
    const c: Required<Counts> = {
      jaa: 0,
      ei: 0,
      tyhja: 0,
      absent: 0,
      ...(fromRoll ?? {}),
      ...(r.counts ?? {}),
    } as Required<Counts>;
    const hasAbsent = r.counts?.absent != null || (fromRoll?.absent ?? 0) > 0;
    const computed = winnerOf(c, r.chairOption);
    const winner = r.winner ?? computed.winner;
    const byChair = r.decidedByChair ?? computed.decidedByChair;
    const tied = c.jaa === c.ei;
    const sideLabel = (side: 'jaa' | 'ei') =>
      `${m.labels[side]} (${text(side === 'jaa' ? r.jaa.label : r.ei.label, locale)})`;
    const sentence = [
      tied ? m.tie(num(c.jaa, locale)) : '',
      tied && byChair ? m.chair : '',
      winner ? m.won(m.labels[winner], text(winner === 'jaa' ? r.jaa.label : r.ei.label, locale)) : m.open,
      m.counts(c, hasAbsent),
    ]
      .filter(Boolean)
      .join(' ');
    const rows: (BallotOption | 'absent')[] = hasAbsent ? ['jaa', 'ei', 'tyhja', 'absent'] : ['jaa', 'ei', 'tyhja'];
    const max = Math.max(1, ...rows.map((k) => c[k]));
    const barH = 28;
    const labelW = 150;
    const width = 480;
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${r.title ? text(r.title, locale) : m.result}</h2>
      <p part="summary" id="summary"><strong>${sentence}</strong></p>
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${m.result}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.option}</th>
              <th scope="col">${m.votes}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (k) =>
                html`<tr>
                  <th scope="row">${k === 'jaa' || k === 'ei' ? sideLabel(k) : m.labels[k]}</th>
                  <td class="n">${num(c[k], locale)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <svg
        part="chart"
        role="img"
        aria-label=${`${m.chart}: ${sentence}`}
        viewBox="0 0 ${width} ${rows.length * (barH + 8)}"
      >
        ${rows.map((k, i) => {
          const y = i * (barH + 8);
          const w = Math.round(((width - labelW - 50) * c[k]) / max);
          return svg`<text x="0" y=${y + barH / 2 + 5}>${m.labels[k]}</text>
            <rect class=${k} x=${labelW} y=${y} width=${w} height=${barH}></rect>
            <text x=${labelW + w + 6} y=${y + barH / 2 + 5}>${num(c[k], locale)}</text>`;
        })}
      </svg>
      ${
        r.rollCall?.length
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${m.rollCall}>
              <table part="roll-call">
                <caption>
                  ${m.rollCall}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.name}</th>
                    <th scope="col">${m.group}</th>
                    <th scope="col">${m.ballot}</th>
                  </tr>
                </thead>
                <tbody>
                  ${r.rollCall.map(
                    (b) =>
                      html`<tr>
                        <th scope="row">${b.name}</th>
                        <td>${b.group ?? ''}</td>
                        <td>${m.labels[b.option]}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
    </section>`;
  }
}
