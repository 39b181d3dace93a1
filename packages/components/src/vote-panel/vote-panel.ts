import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { text } from '../shared/format.js';
import { renderRich } from '../shared/rich.js';
import { DkBallotEvent } from '../shared/events.js';
import { Announcer } from '../shared/announce.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';
import type { Locale } from '../shared/locale.js';
import type { BallotOption, RichText, Text } from '../shared/types.js';

/** A proposal put to the vote: a short label ("Esittelijän ehdotus") and its text. */
export interface VoteProposal {
  label: Text;
  text?: RichText;
}

/** A vote as the panel shows it: the question framed as JAA = proposal A, EI = proposal B (KL 104 § 1 mom). */
export interface VoteView {
  id: string;
  /** Heading, e.g. "Äänestys 1". */
  title?: Text;
  jaa: VoteProposal;
  ei: VoteProposal;
  state: 'not-open' | 'open' | 'closed';
  /** Whether a cast ballot may be changed until the vote closes (a hallintosääntö setting). */
  allowChange?: boolean;
}

/** Why the viewer may not vote. */
export type Ineligibility = 'absent' | 'disqualified' | 'no-voting-right';

/** What the panel shows: not open, open (choosing or confirming), cast, or closed. */
export type VotePanelState = 'not-open' | 'open' | 'cast' | 'closed';

interface Messages {
  vote: string;
  frame: (jaa: string, ei: string) => string;
  proposals: string;
  choose: string;
  options: Record<BallotOption, string>;
  abstain: string;
  next: string;
  pick: string;
  confirmQ: string;
  confirm: string;
  back: string;
  cast: (option: string) => string;
  change: string;
  notOpen: string;
  opened: string;
  closed: string;
  yours: (option: string) => string;
  noBallot: string;
  reasons: Record<Ineligibility, string>;
}

const M: Record<Locale, Messages> = {
  fi: {
    vote: 'Äänestys',
    frame: (jaa, ei) => `JAA = ${jaa}, EI = ${ei}`,
    proposals: 'Ehdotukset',
    choose: 'Valitse kantasi',
    options: { jaa: 'JAA', ei: 'EI', tyhja: 'TYHJÄ' },
    abstain: 'en ota kantaa',
    next: 'Jatka vahvistamaan',
    pick: 'Valitse ensin jokin vaihtoehdoista.',
    confirmQ: 'Vahvista äänesi',
    confirm: 'Vahvista ääni',
    back: 'Palaa valintaan',
    cast: (o) => `Äänesi on annettu: ${o}.`,
    change: 'Muuta ääntä',
    notOpen: 'Äänestys ei ole vielä alkanut.',
    opened: 'Äänestys on alkanut.',
    closed: 'Äänestys on päättynyt.',
    yours: (o) => `Äänesi: ${o}.`,
    noBallot: 'Et äänestänyt.',
    reasons: {
      absent: 'Et voi äänestää, koska et ole läsnä kokouksessa.',
      disqualified: 'Et voi äänestää, koska olet esteellinen tässä asiassa.',
      'no-voting-right': 'Sinulla ei ole äänioikeutta tässä toimielimessä.',
    },
  },
  sv: {
    vote: 'Omröstning',
    frame: (jaa, ei) => `JA = ${jaa}, NEJ = ${ei}`,
    proposals: 'Förslag',
    choose: 'Välj din ståndpunkt',
    options: { jaa: 'JA', ei: 'NEJ', tyhja: 'BLANK' },
    abstain: 'tar inte ställning',
    next: 'Fortsätt till bekräftelse',
    pick: 'Välj först ett av alternativen.',
    confirmQ: 'Bekräfta din röst',
    confirm: 'Bekräfta rösten',
    back: 'Tillbaka till valet',
    cast: (o) => `Din röst är avgiven: ${o}.`,
    change: 'Ändra röst',
    notOpen: 'Omröstningen har inte börjat.',
    opened: 'Omröstningen har börjat.',
    closed: 'Omröstningen är avslutad.',
    yours: (o) => `Din röst: ${o}.`,
    noBallot: 'Du röstade inte.',
    reasons: {
      absent: 'Du kan inte rösta eftersom du inte är närvarande vid mötet.',
      disqualified: 'Du kan inte rösta eftersom du är jävig i detta ärende.',
      'no-voting-right': 'Du har inte rösträtt i detta organ.',
    },
  },
  en: {
    vote: 'Vote',
    frame: (jaa, ei) => `YES (JAA) = ${jaa}, NO (EI) = ${ei}`,
    proposals: 'Proposals',
    choose: 'Choose your position',
    options: { jaa: 'YES (JAA)', ei: 'NO (EI)', tyhja: 'ABSTAIN (TYHJÄ)' },
    abstain: 'no position',
    next: 'Continue to confirm',
    pick: 'Choose one of the options first.',
    confirmQ: 'Confirm your ballot',
    confirm: 'Confirm ballot',
    back: 'Back to the choice',
    cast: (o) => `Your ballot has been cast: ${o}.`,
    change: 'Change ballot',
    notOpen: 'The vote has not opened yet.',
    opened: 'The vote is open.',
    closed: 'The vote is closed.',
    yours: (o) => `Your ballot: ${o}.`,
    noBallot: 'You did not vote.',
    reasons: {
      absent: 'You cannot vote because you are not present at the meeting.',
      disqualified: 'You cannot vote because you are disqualified in this item.',
      'no-voting-right': 'You have no voting right in this body.',
    },
  },
};

/**
 * The voting panel (äänestys, KL 104 §): the question framed as "JAA = proposal A, EI = proposal B" with
 * both proposal texts reachable, the options jaa, ei and tyhjä, a confirmation step, and the ballot's state.
 * A cast ballot can be changed until the vote closes when `vote.allowChange` is set. When the viewer may not
 * vote (absent, disqualified under HL 27 §, no voting right) the reason is shown as text.
 *
 * Keyboard: Tab reaches the proposals, the options (arrow keys move between them), and the buttons. Native
 * radios and buttons in one shadow tree keep every label and live region in the same tree. Targets are at
 * least 44 × 44 CSS px; nothing is conveyed by colour alone.
 *
 * The panel is controlled: set `ballot` from the meeting data. On confirm it emits `dk-ballot` and shows the
 * ballot as cast unless a listener calls `preventDefault()`.
 *
 * @summary Cast a ballot in an open vote.
 * @status experimental
 * @since 0.1.0
 * @tag dk-vote-panel
 * @event {DkBallotEvent} dk-ballot - The viewer confirmed a ballot; `detail: { voteId, option }`. Bubbles, composed, cancelable.
 * @csspart panel - The panel surface.
 * @csspart option - Each option's label (the 44 px target).
 * @csspart confirm - The confirmation step.
 * @csspart status - The visible state message.
 * @cssprop --dk-target-size - Minimum target size (default 44px).
 * @cssprop --dk-color-accent - Primary button colour and the selected option's border.
 */
export class DkVotePanel extends DkElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 0;
        margin: 0.75rem 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      legend {
        font-weight: 700;
        margin-block-end: 0.5rem;
        padding: 0;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        border: 1px solid var(--dk-color-border, #6b6b6b);
        background: var(--dk-color-surface, #ffffff);
      }
      label:has(input:checked) {
        border: 3px solid var(--dk-color-accent, #0b4f8a);
        font-weight: 700;
      }
      input {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
        accent-color: var(--dk-color-accent, #0b4f8a);
      }
      details {
        border: 1px solid var(--dk-color-border, #6b6b6b);
        border-radius: var(--dk-radius, 6px);
        padding: 0 0.75rem;
        margin-block-end: 0.5rem;
      }
      summary {
        min-block-size: var(--dk-target-size, 44px);
        display: flex;
        align-items: center;
        gap: 0.5rem;
        cursor: pointer;
        font-weight: 600;
      }
      summary::before {
        content: '▸';
      }
      details[open] > summary::before {
        content: '▾';
      }
      .frame {
        font-weight: 700;
        font-size: 1.1em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block-start: 0.5rem;
      }
      .error {
        font-weight: 700;
      }
      [part='status'] {
        font-weight: 600;
      }
    `,
  ];

  /** The vote. */
  @property({ attribute: false }) vote?: VoteView;

  /** The viewer's cast ballot, if any (controlled from the meeting data). */
  @property({ reflect: true }) ballot?: BallotOption;

  /** Why the viewer may not vote in this vote; when set, no controls are shown. */
  @property() ineligible?: Ineligibility;

  /** Who is looking; from `viewerContext` when provided. `votingRight: false` means no voting right. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  @state() private selected?: BallotOption;
  @state() private confirming = false;
  @state() private changing = false;
  @state() private error = false;
  private readonly live = new Announcer(this);
  private focusAfterRender?: string;
  private lastState?: VotePanelState;

  /** The state shown: not open, open, cast or closed. */
  get panelState(): VotePanelState {
    const s = this.vote?.state ?? 'not-open';
    if (s === 'open' && this.ballot && !this.changing) return 'cast';
    return s;
  }

  private get reason(): Ineligibility | undefined {
    return this.ineligible ?? (this.viewer?.votingRight === false ? 'no-voting-right' : undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('vote') && changed.get('vote')?.id !== this.vote?.id) {
      this.selected = undefined;
      this.confirming = false;
      this.changing = false;
    }
    if (this.vote?.state !== 'open') {
      this.confirming = false;
      this.changing = false;
    }
    const now = this.panelState;
    const m = M[this.locale];
    const id = this.vote?.id;
    // Said once per vote and page, also when the panel is mounted as the vote opens (the usual way a host
    // shows it): the announcer writes into its new region after a moment, so that screen readers hear it.
    if (id && this.vote!.state === 'open' && (this.lastState === undefined || this.lastState === 'not-open'))
      this.live.say(m.opened, `dk-vote-opened:${id}`);
    else if (id && this.lastState && now !== this.lastState && now === 'closed')
      this.live.say(m.closed, `dk-vote-closed:${id}`);
    this.lastState = now;
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  private optionLabel(option: BallotOption, locale: Locale): string {
    const m = M[locale];
    const v = this.vote!;
    const desc = option === 'jaa' ? text(v.jaa.label, locale) : option === 'ei' ? text(v.ei.label, locale) : m.abstain;
    return `${m.options[option]} – ${desc}`;
  }

  private next(): void {
    if (!this.selected) {
      this.error = true;
      this.focusAfterRender = 'input';
      return;
    }
    this.error = false;
    this.confirming = true;
    this.focusAfterRender = '#confirm';
  }

  private confirm(): void {
    const option = this.selected;
    if (!option || !this.vote) return;
    const event = new DkBallotEvent(this.vote.id, option);
    const accepted = this.dispatchEvent(event);
    this.confirming = false;
    if (!accepted) return;
    this.ballot = option;
    this.changing = false;
    this.live.say(M[this.locale].cast(this.optionLabel(option, this.locale)));
    this.focusAfterRender = '[part="status"]';
  }

  private renderControls(locale: Locale) {
    const m = M[locale];
    if (this.confirming && this.selected) {
      return html`<div part="confirm" role="group" aria-labelledby="confirm-q">
        <p id="confirm-q"><strong>${m.confirmQ}:</strong> ${this.optionLabel(this.selected, locale)}</p>
        <div class="actions">
          <button id="confirm" type="button" class="primary" @click=${this.confirm}>
            ${m.confirm}<span class="vh">: ${this.optionLabel(this.selected, locale)}</span>
          </button>
          <button
            type="button"
            @click=${() => {
              this.confirming = false;
              this.focusAfterRender = 'input:checked';
            }}
          >
            ${m.back}
          </button>
        </div>
      </div>`;
    }
    return html`<fieldset aria-describedby=${this.error ? 'error' : nothing}>
        <legend>${m.choose}</legend>
        ${(['jaa', 'ei', 'tyhja'] as const).map(
          (option) =>
            html`<label part="option" class="target">
              <input
                type="radio"
                name="ballot"
                .value=${option}
                .checked=${this.selected === option}
                @change=${() => {
                  this.selected = option;
                  this.error = false;
                }}
              />
              <span>${this.optionLabel(option, locale)}</span>
            </label>`,
        )}
      </fieldset>
      ${this.error ? html`<p id="error" class="error">${m.pick}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" @click=${this.next}>${m.next}</button>
      </div>`;
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const v = this.vote;
    if (!v) return nothing;
    const s = this.panelState;
    const reason = this.reason;
    const ballotText = this.ballot ? this.optionLabel(this.ballot, locale) : '';
    return html`<section part="panel" class="surface" aria-labelledby="q">
      <h2 id="q">${v.title ? text(v.title, locale) : m.vote}</h2>
      <p class="frame">${m.frame(text(v.jaa.label, locale), text(v.ei.label, locale))}</p>
      ${
        v.jaa.text || v.ei.text
          ? html`<details>
                <summary>${m.options.jaa}: ${text(v.jaa.label, locale)}</summary>
                ${renderRich(v.jaa.text, locale)}
              </details>
              <details>
                <summary>${m.options.ei}: ${text(v.ei.label, locale)}</summary>
                ${renderRich(v.ei.text, locale)}
              </details>`
          : nothing
      }
      ${
        reason
          ? html`<p part="status">${m.reasons[reason]}</p>`
          : s === 'not-open'
            ? html`<p part="status">${m.notOpen}</p>`
            : s === 'open'
              ? this.renderControls(locale)
              : s === 'cast'
                ? html`<p part="status" tabindex="-1">${m.cast(ballotText)}</p>
                    ${
                      v.allowChange
                        ? html`<div class="actions">
                            <button
                              type="button"
                              @click=${() => {
                                this.changing = true;
                                this.selected = this.ballot;
                                this.focusAfterRender = 'input:checked';
                              }}
                            >
                              ${m.change}
                            </button>
                          </div>`
                        : nothing
                    }`
                : html`<p part="status">${m.closed} ${this.ballot ? m.yours(ballotText) : m.noBallot}</p>`
      }
      ${this.live.region()}
    </section>`;
  }
}
