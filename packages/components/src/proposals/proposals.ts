import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { proposalKindLabels, type ProposalKind } from '@digikokous/meeting-schema/codes';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { renderRich } from '../shared/rich.js';
import { lt } from '../shared/l10n.js';
import { DkProposalMakeEvent, DkProposalSecondEvent, DkProposalWithdrawEvent } from '../shared/meeting-events.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';
import type { Locale } from '../shared/locale.js';
import type { RichText, Text } from '../shared/types.js';

/** A proposal as the list shows it. */
export interface ProposalView {
  id: string;
  kind: ProposalKind;
  proposerId?: string;
  /** The proposer's name; the base proposal has none in a body with a presenting official. */
  proposer?: string;
  seconders: { id?: string; name: string }[];
  text: RichText;
  withdrawn?: boolean;
}

/** One step of the approved voting order (KL 104 § 1 mom): JAA against EI. */
export interface VotingOrderStepView {
  jaa: Text;
  ei: Text;
}

/** Kinds a member may propose; the base proposal comes from the presenter or the executive (KL 93 §). */
const MAKEABLE: readonly ProposalKind[] = [
  'vastaehdotus',
  'muutosehdotus',
  'hylkaysehdotus',
  'poydallepano',
  'palautus',
  'toivomusponsi',
];

const M = {
  fi: {
    heading: 'Ehdotukset',
    by: (n: string) => `Ehdottaja: ${n}`,
    seconded: (n: string) => `Kannattaja: ${n}`,
    notSeconded: 'Ei kannatettu',
    needsSecond: 'Raukeaa, ellei sitä kannateta.',
    withdrawn: 'Peruttu',
    second: 'Kannata',
    withdraw: 'Peru ehdotukseni',
    make: 'Tee ehdotus',
    kind: 'Ehdotuksen laji',
    text: 'Ehdotuksen teksti',
    submit: 'Jätä ehdotus',
    empty: 'Tekstiä ei ole kirjoitettu.',
    order: 'Hyväksytty äänestysjärjestys',
    step: (i: number) => `${i}. äänestys`,
    vs: 'vastaan',
    none: 'Ei ehdotuksia.',
    made: 'Ehdotuksesi on jätetty.',
    secondedYou: 'Kannatit ehdotusta.',
  },
  sv: {
    heading: 'Förslag',
    by: (n: string) => `Förslagsställare: ${n}`,
    seconded: (n: string) => `Understödd av: ${n}`,
    notSeconded: 'Inte understött',
    needsSecond: 'Förfaller om det inte understöds.',
    withdrawn: 'Återtaget',
    second: 'Understöd',
    withdraw: 'Återta mitt förslag',
    make: 'Lägg ett förslag',
    kind: 'Typ av förslag',
    text: 'Förslagets text',
    submit: 'Lämna förslaget',
    empty: 'Ingen text har skrivits.',
    order: 'Godkänd omröstningsordning',
    step: (i: number) => `Omröstning ${i}`,
    vs: 'mot',
    none: 'Inga förslag.',
    made: 'Ditt förslag har lämnats.',
    secondedYou: 'Du understödde förslaget.',
  },
  en: {
    heading: 'Proposals',
    by: (n: string) => `Proposed by ${n}`,
    seconded: (n: string) => `Seconded by ${n}`,
    notSeconded: 'Not seconded',
    needsSecond: 'Lapses unless seconded.',
    withdrawn: 'Withdrawn',
    second: 'Second',
    withdraw: 'Withdraw my proposal',
    make: 'Make a proposal',
    kind: 'Kind of proposal',
    text: 'Text of the proposal',
    submit: 'Submit the proposal',
    empty: 'No text has been written.',
    order: 'Approved voting order',
    step: (i: number) => `Vote ${i}`,
    vs: 'against',
    none: 'No proposals.',
    made: 'Your proposal has been submitted.',
    secondedYou: 'You seconded the proposal.',
  },
} as const;

/**
 * The proposals of an item (ehdotukset, KL 104 §): the base proposal and every counter, amendment, rejection,
 * tabling, referral-back and wish-clause proposal, each with its proposer and seconders. A counter-proposal that no
 * one seconds lapses (model hallintosääntö, [unverified], configurable in the engine) and says so. A member present
 * may make a proposal, second another's, and withdraw their own; the approved voting order is shown when there is
 * one. Each proposal is an `<article>` with its kind in the heading, so a screen reader's heading list names them.
 *
 * @summary Proposals, seconding and the voting order.
 * @status experimental
 * @since 0.2.0
 * @tag dk-proposals
 * @event {DkProposalMakeEvent} dk-proposal-make - The viewer makes a proposal; `detail: { kind, text }`. Bubbles, composed.
 * @event {DkProposalSecondEvent} dk-proposal-second - The viewer seconds a proposal; `detail: { proposalId }`. Bubbles, composed.
 * @event {DkProposalWithdrawEvent} dk-proposal-withdraw - The proposer withdraws it; `detail: { proposalId }`. Bubbles, composed.
 * @csspart proposal - Each proposal.
 * @csspart form - The form for a new proposal.
 * @csspart order - The approved voting order.
 */
export class DkProposals extends DkElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      ol.list {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
      }
      article {
        border-inline-start: 4px solid var(--dk-color-accent, #0b4f8a);
        padding-inline-start: 0.75rem;
      }
      article.withdrawn {
        border-inline-start-style: dashed;
        color: var(--dk-color-text-muted, #4a4a4a);
      }
      h3 {
        margin: 0;
      }
      .meta {
        margin: 0.25rem 0;
      }
      form {
        margin-block-start: 1rem;
      }
    `,
  ];

  /** The proposals of the item in the order they were made; the base proposal first. */
  @property({ attribute: false }) proposals: ProposalView[] = [];

  /** The approved voting order, if any. */
  @property({ attribute: false }) votingOrder?: VotingOrderStepView[];

  /** Whether the viewer may make and second proposals now (present, not disqualified, discussion open). */
  @property({ type: Boolean, attribute: 'can-propose' }) canPropose = false;

  /** Who is looking; from `viewerContext` when provided. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  @state() private error = false;
  @state() private announcement = '';

  private kindLabel(kind: ProposalKind, locale: Locale): string {
    const l = proposalKindLabels[kind][locale];
    return l.charAt(0).toUpperCase() + l.slice(1);
  }

  private submit(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value as ProposalKind;
    const area = form.elements.namedItem('text') as HTMLTextAreaElement;
    const value = area.value.trim();
    if (!value) {
      this.error = true;
      area.focus();
      return;
    }
    this.error = false;
    this.dispatchEvent(new DkProposalMakeEvent(kind, value));
    area.value = '';
    this.announcement = M[this.locale].made;
  }

  private renderProposal(p: ProposalView, locale: Locale) {
    const m = M[locale];
    const me = this.viewer?.id;
    const mine = me !== undefined && p.proposerId === me;
    const seconded = p.seconders.length > 0;
    const needsSecond = p.kind !== 'pohjaehdotus' && p.kind !== 'toivomusponsi';
    const secondedByMe = me !== undefined && p.seconders.some((s) => s.id === me);
    const title = this.kindLabel(p.kind, locale);
    return html`<li>
      <article part="proposal" class=${p.withdrawn ? 'withdrawn' : ''} aria-labelledby="p-${p.id}">
        <h3 id="p-${p.id}">
          ${title}${p.proposer ? ` – ${p.proposer}` : ''}${p.withdrawn ? html` <span class="badge">${m.withdrawn}</span>` : nothing}
        </h3>
        ${p.proposer ? html`<p class="meta">${m.by(p.proposer)}</p>` : nothing}
        ${
          needsSecond
            ? html`<p class="meta">
                ${seconded ? m.seconded(p.seconders.map((s) => s.name).join(', ')) : html`${m.notSeconded}. ${m.needsSecond}`}
              </p>`
            : nothing
        }
        ${renderRich(p.text, locale)}
        ${
          !p.withdrawn && this.canPropose
            ? html`<div class="actions">
                ${
                  !mine && needsSecond && !secondedByMe
                    ? html`<button
                        type="button"
                        class="second"
                        aria-describedby="p-${p.id}"
                        @click=${() => {
                          this.dispatchEvent(new DkProposalSecondEvent(p.id));
                          this.announcement = m.secondedYou;
                        }}
                      >
                        ${m.second}
                      </button>`
                    : nothing
                }
                ${
                  mine
                    ? html`<button
                        type="button"
                        class="withdraw"
                        aria-describedby="p-${p.id}"
                        @click=${() => this.dispatchEvent(new DkProposalWithdrawEvent(p.id))}
                      >
                        ${m.withdraw}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </article>
    </li>`;
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${m.heading}</h2>
      ${
        this.proposals.length
          ? html`<ol class="list">
              ${this.proposals.map((p) => this.renderProposal(p, locale))}
            </ol>`
          : html`<p>${m.none}</p>`
      }
      ${
        this.votingOrder?.length
          ? html`<div part="order">
              <h3 id="order">${m.order}</h3>
              <ol aria-labelledby="order">
                ${this.votingOrder.map(
                  (s, i) => html`<li>${m.step(i + 1)}: ${lt(s.jaa, locale)} ${m.vs} ${lt(s.ei, locale)}</li>`,
                )}
              </ol>
            </div>`
          : nothing
      }
      ${
        this.canPropose
          ? html`<form part="form" @submit=${this.submit} aria-labelledby="mk" novalidate>
              <h3 id="mk">${m.make}</h3>
              <label class="field" for="kind">${m.kind}</label>
              <select id="kind" name="kind">
                ${MAKEABLE.map((k) => html`<option value=${k}>${this.kindLabel(k, locale)}</option>`)}
              </select>
              <label class="field" for="text">${m.text}</label>
              <textarea
                id="text"
                name="text"
                rows="3"
                aria-invalid=${this.error ? 'true' : 'false'}
                aria-describedby=${this.error ? 'err' : nothing}
              ></textarea>
              ${this.error ? html`<p id="err" class="error">${m.empty}</p>` : nothing}
              <div class="actions"><button type="submit" class="primary">${m.submit}</button></div>
            </form>`
          : nothing
      }
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
