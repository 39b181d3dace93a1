import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { MeetingState } from '@digikokous/procedure';
import { roleLabels, type Role } from '@digikokous/meeting-schema/codes';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { lt } from '../shared/l10n.js';
import { DkChairCommandEvent } from '../shared/meeting-events.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';
import type { Locale } from '../shared/locale.js';
import {
  chairCommands,
  type AuthorizeCommand,
  type ChairCommandOptions,
  type ChairCommandView,
  type CommandRefusal,
} from './commands.js';

const LABELS: Record<Locale, Record<string, string>> = {
  fi: {
    'open-meeting': 'Avaa kokous',
    'state-legality': 'Totea kokous lailliseksi ja päätösvaltaiseksi',
    'choose-minutes-checkers': 'Valitse pöytäkirjantarkastajat',
    'approve-agenda': 'Hyväksy työjärjestys',
    'open-item': 'Ota käsittelyyn',
    'close-discussion': 'Päätä keskustelu',
    'approve-voting-order': 'Hyväksy äänestysjärjestys',
    'open-vote': 'Avaa äänestys',
    'close-vote': 'Sulje äänestys',
    'count-election': 'Laske vaalin tulos',
    'record-decision': 'Totea päätös',
    'close-item': 'Päätä asian käsittely',
    'start-break': 'Keskeytä kokous (tauko)',
    'end-break': 'Jatka kokousta',
    'change-presiding': 'Siirrä puheenjohto',
    'close-meeting': 'Päätä kokous',
  },
  sv: {
    'open-meeting': 'Öppna sammanträdet',
    'state-legality': 'Konstatera sammanträdet lagligt och beslutfört',
    'choose-minutes-checkers': 'Välj protokolljusterare',
    'approve-agenda': 'Godkänn föredragningslistan',
    'open-item': 'Ta upp till behandling',
    'close-discussion': 'Avsluta diskussionen',
    'approve-voting-order': 'Godkänn omröstningsordningen',
    'open-vote': 'Öppna omröstningen',
    'close-vote': 'Avsluta omröstningen',
    'count-election': 'Räkna valresultatet',
    'record-decision': 'Konstatera beslutet',
    'close-item': 'Avsluta behandlingen av ärendet',
    'start-break': 'Avbryt sammanträdet (paus)',
    'end-break': 'Fortsätt sammanträdet',
    'change-presiding': 'Överlåt ordförandeskapet',
    'close-meeting': 'Avsluta sammanträdet',
  },
  en: {
    'open-meeting': 'Open the meeting',
    'state-legality': 'State the meeting lawful and quorate',
    'choose-minutes-checkers': 'Choose the minutes checkers',
    'approve-agenda': 'Approve the agenda',
    'open-item': 'Take up',
    'close-discussion': 'Close the discussion',
    'approve-voting-order': 'Approve the voting order',
    'open-vote': 'Open the vote',
    'close-vote': 'Close the vote',
    'count-election': 'Count the election',
    'record-decision': 'State the decision',
    'close-item': 'Close the item',
    'start-break': 'Adjourn for a break',
    'end-break': 'Resume the meeting',
    'change-presiding': 'Hand over the chair',
    'close-meeting': 'Close the meeting',
  },
};

const M = {
  fi: {
    heading: 'Puheenjohtajan komennot',
    notAllowed: 'Ei nyt käytettävissä:',
    confirm: 'Vahvista',
    cancel: 'Peruuta',
    irreversible: 'Tätä vaihetta ei voi perua.',
    refused: 'Komentoa ei hyväksytty:',
    done: (l: string) => `Tehty: ${l}.`,
    status: {
      'not-started': 'Kokousta ei ole avattu',
      open: 'Kokous käynnissä',
      'on-break': 'Tauko',
      closed: 'Kokous päättynyt',
    },
    item: (n: number) => `§ ${n} käsittelyssä`,
    presiding: 'Puhetta johtaa:',
    presidingNow: (who: string) => `Puhetta johtaa nyt ${who}.`,
    temporary: 'tilapäinen puheenjohtaja',
    reasons: {
      'puheenjohtaja-esteellinen': 'puheenjohtaja on esteellinen',
      'puheenjohtaja-poissa': 'puheenjohtaja on poissa',
    },
  },
  sv: {
    heading: 'Ordförandens kommandon',
    notAllowed: 'Inte tillgängligt nu:',
    confirm: 'Bekräfta',
    cancel: 'Avbryt',
    irreversible: 'Det här steget kan inte ångras.',
    refused: 'Kommandot godkändes inte:',
    done: (l: string) => `Gjort: ${l}.`,
    status: {
      'not-started': 'Sammanträdet har inte öppnats',
      open: 'Sammanträdet pågår',
      'on-break': 'Paus',
      closed: 'Sammanträdet avslutat',
    },
    item: (n: number) => `§ ${n} behandlas`,
    presiding: 'Ordet förs av:',
    presidingNow: (who: string) => `Ordet förs nu av ${who}.`,
    temporary: 'tillfällig ordförande',
    reasons: {
      'puheenjohtaja-esteellinen': 'ordföranden är jävig',
      'puheenjohtaja-poissa': 'ordföranden är frånvarande',
    },
  },
  en: {
    heading: "The chair's commands",
    notAllowed: 'Not available now:',
    confirm: 'Confirm',
    cancel: 'Cancel',
    irreversible: 'This step cannot be undone.',
    refused: 'The command was refused:',
    done: (l: string) => `Done: ${l}.`,
    status: {
      'not-started': 'The meeting has not been opened',
      open: 'The meeting is in session',
      'on-break': 'Break',
      closed: 'The meeting is closed',
    },
    item: (n: number) => `§ ${n} under consideration`,
    presiding: 'Presiding:',
    presidingNow: (who: string) => `Now presiding: ${who}.`,
    temporary: 'temporary chair',
    reasons: {
      'puheenjohtaja-esteellinen': 'the chair is disqualified',
      'puheenjohtaja-poissa': 'the chair is absent',
    },
  },
} as const;

/**
 * A command's identity in the list: its type and what it concerns. The buttons are keyed by it, so a button element
 * never changes its meaning under the pointer or the keyboard focus when the state moves on (a live event that
 * removes "state legality" must not turn the focused "take up" button into "break").
 */
function commandKey(view: ChairCommandView): string {
  const c = view.command as { type: string; itemId?: unknown; personId?: unknown };
  return `${c.type}|${typeof c.itemId === 'string' ? c.itemId : ''}|${typeof c.personId === 'string' ? c.personId : ''}`;
}

/**
 * The presiding chair's console (puheenjohtajan ohjaus, KL 102 §): every command of the current state — open and
 * close the meeting and items, state legality and quorum (KL 103 §), approve the agenda, close the discussion,
 * approve the voting order and open and close votes (KL 104 §), count an election (KL 105 §, with `election`), state
 * the decision, breaks, changes of the presiding person; who presides is shown and announced. A command the engine
 * would refuse stays in place, marked `aria-disabled` and focusable, with the engine's reason as text beside it and
 * linked by `aria-describedby`. Irreversible steps ask for a confirmation in a modal `<dialog>`.
 *
 * Give it the replayed `state` and an `authorize` function (`authorizeCommand` of `@digikokous/procedure`, or a
 * dry run of `decide`), or a precomputed `commands` list (e.g. from a server). Without either, every command is
 * refused: the console fails closed. The engine itself stays out of the bundle.
 *
 * @summary The chair's commands with the engine's reasons.
 * @status experimental
 * @since 0.2.0
 * @tag dk-chair-console
 * @event {DkChairCommandEvent} dk-chair-command - The chair confirmed a command; `detail: { command }` without actor and instant. Bubbles, composed, cancelable.
 * @csspart console - The console surface.
 * @csspart command - Each command button.
 * @csspart reason - The engine's reason beside a command that is not allowed.
 * @csspart dialog - The confirmation dialog.
 * @csspart presiding - Who presides now (KL 102 §), announced politely when it changes.
 * @cssprop --dk-color-accent - The buttons' colour.
 */
export class DkChairConsole extends DkElement {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      }
      li {
        display: grid;
        gap: 0.25rem;
        align-content: start;
      }
      button {
        inline-size: 100%;
        text-align: start;
        overflow-wrap: normal;
      }
      button[aria-disabled='true'] {
        border-style: dashed;
        color: var(--dk-color-text-muted, #4a4a4a);
        border-color: var(--dk-color-border, #6b6b6b);
        cursor: not-allowed;
      }
      [part='reason'] {
        margin: 0;
        font-size: 0.875em;
        color: var(--dk-color-text-muted, #4a4a4a);
      }
      .state {
        margin: 0 0 0.75rem;
        font-weight: 600;
      }
      .presiding {
        margin: -0.5rem 0 0.75rem;
      }
      dialog {
        border: 2px solid var(--dk-color-border, #6b6b6b);
        border-radius: var(--dk-radius, 6px);
        background: var(--dk-color-surface, #ffffff);
        color: var(--dk-color-text, #1a1a1a);
        max-inline-size: min(32rem, 90vw);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .alert {
        border-inline-start: 4px solid var(--dk-color-ei, #8a2b0b);
        padding-inline-start: 0.5rem;
        font-weight: 600;
      }
    `,
  ];

  /** The replayed meeting state (`MeetingState` of `@digikokous/procedure`). */
  @property({ attribute: false }) state?: MeetingState;

  /** Authorises a command without applying it; returns the refusal or nothing. */
  @property({ attribute: false }) authorize?: AuthorizeCommand;

  /** A precomputed list of commands; when set, `state` and `authorize` are not consulted. */
  @property({ attribute: false }) commands?: ChairCommandView[];

  /** Candidates for the minutes checkers, offered once at the opening. */
  @property({ attribute: false }) minutesCheckerIds?: string[];

  /** Changes of the presiding person to offer (KL 102 §), e.g. to the vice-chair for a disqualified chair. */
  @property({ attribute: false }) presidingChanges?: ChairCommandOptions['presidingChanges'];

  /** The current item's election to count once its ballots are in (KL 105 §); see `ChairCommandOptions`. */
  @property({ attribute: false }) election?: ChairCommandOptions['election'];

  /** A person's name for the presiding line ("Puhetta johtaa: varapuheenjohtaja …"); the id when not given. */
  @property({ attribute: false }) nameOf?: (personId: string) => string;

  /** The secretary named when the meeting opens. */
  @property({ attribute: 'secretary-id' }) secretaryId?: string;

  /** The host's refusal of the last command (shown in an alert inside the console, next to the buttons). */
  @property({ attribute: false }) refusal?: CommandRefusal | null;

  /** Who is looking: the chair opening the meeting is `viewer.id`. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  @state() private pending?: ChairCommandView;
  @state() private announcement = '';
  private returnFocus?: HTMLElement;
  private presidingKey?: string;

  /** The commands shown, with their authorisation. */
  get available(): ChairCommandView[] {
    if (this.commands) return this.commands;
    if (!this.state) return [];
    return chairCommands(this.state, {
      ...(this.authorize ? { authorize: this.authorize } : {}),
      ...(this.viewer?.id ? { chairId: this.viewer.id } : {}),
      ...(this.secretaryId ? { secretaryId: this.secretaryId } : {}),
      ...(this.minutesCheckerIds ? { minutesCheckerIds: this.minutesCheckerIds } : {}),
      ...(this.presidingChanges ? { presidingChanges: this.presidingChanges } : {}),
      ...(this.election ? { election: this.election } : {}),
      mayViewConfidential: this.viewer?.mayViewConfidential === true,
    });
  }

  /**
   * Who presides now (KL 102 §) as "role name", with the reason of a change: the chair who opened the meeting, the
   * vice-chair (or another member) after `presiding-changed`, a temporary chair chosen by the body.
   */
  presidingText(locale: Locale = this.locale): string | undefined {
    const st = this.state;
    const id = st?.presidingId;
    if (!st || id === undefined) return undefined;
    const m = M[locale];
    const change = st.presidingChanges.at(-1);
    const reason = change?.personId === id ? change.reason : undefined;
    const role = st.roster.roles.get(id) as Role | undefined;
    const title =
      reason === 'tilapainen-puheenjohtaja'
        ? m.temporary
        : id === st.chairId || reason === 'puheenjohtaja-palaa' || !role || !(role in roleLabels)
          ? roleLabels.puheenjohtaja[locale]
          : roleLabels[role][locale];
    const why = reason === 'puheenjohtaja-esteellinen' || reason === 'puheenjohtaja-poissa' ? m.reasons[reason] : '';
    return `${title} ${this.nameOf?.(id) ?? id}${why ? ` (${why})` : ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('refusal') && this.refusal) this.announcement = '';
    // A change of the presiding person is announced once, politely; the first render only shows it.
    const st = this.state;
    const key = st?.presidingId === undefined ? undefined : `${st.presidingId} ${st.presidingChanges.length}`;
    if (key !== this.presidingKey) {
      const presiding = this.presidingText();
      if (this.presidingKey !== undefined && presiding !== undefined)
        this.announcement = M[this.locale].presidingNow(presiding);
      this.presidingKey = key;
    }
  }

  private labelOf(view: ChairCommandView, locale: Locale) {
    const base = LABELS[locale][view.command.type] ?? view.command.type;
    return view.subject ? html`${base}: ${lt(view.subject, locale)}` : base;
  }

  private plainLabel(view: ChairCommandView, locale: Locale): string {
    return LABELS[locale][view.command.type] ?? view.command.type;
  }

  private activate(view: ChairCommandView, button: HTMLElement): void {
    if (!view.allowed) return;
    if (view.irreversible) {
      this.pending = view;
      this.returnFocus = button;
      void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
      return;
    }
    this.send(view);
  }

  private send(view: ChairCommandView): void {
    const accepted = this.dispatchEvent(new DkChairCommandEvent(view.command));
    if (accepted) this.announcement = M[this.locale].done(this.plainLabel(view, this.locale));
  }

  private closeDialog(confirmed: boolean): void {
    const view = this.pending;
    this.renderRoot.querySelector('dialog')?.close();
    this.pending = undefined;
    this.returnFocus?.focus();
    if (confirmed && view) this.send(view);
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const views = this.available;
    const st = this.state;
    const itemNo = st?.currentItemId ? st.items.get(st.currentItemId)?.sectionNumber : undefined;
    const refusal = this.refusal;
    const presiding = this.presidingText(locale);
    return html`<section part="console" class="surface" aria-labelledby="h">
      <h2 id="h">${m.heading}</h2>
      ${
        st
          ? html`<p class="state">
              ${m.status[st.status]}${itemNo !== undefined ? html` · ${m.item(itemNo)}` : nothing}
            </p>`
          : nothing
      }
      ${presiding && st?.status !== 'closed' ? html`<p part="presiding" class="presiding">${m.presiding} ${presiding}</p>` : nothing}
      <ul>
        ${repeat(views, commandKey, (view, i) => {
          const reason = view.reason ? (view.reason[locale] ?? view.reason.en) : '';
          const fallback = view.reason && view.reason[locale] === undefined;
          return html`<li>
            <button
              part="command"
              type="button"
              class=${view.allowed ? 'primary' : ''}
              data-command=${view.command.type}
              aria-disabled=${view.allowed ? 'false' : 'true'}
              aria-describedby=${view.allowed ? nothing : `r${i}`}
              @click=${(e: Event) => this.activate(view, e.currentTarget as HTMLElement)}
            >
              ${this.labelOf(view, locale)}
            </button>
            ${
              view.allowed
                ? nothing
                : html`<p part="reason" id="r${i}" lang=${fallback ? 'en' : nothing}>
                    <span class="vh">${m.notAllowed}</span> ${reason}
                  </p>`
            }
          </li>`;
        })}
      </ul>
      <div class=${refusal ? 'alert' : ''} role="alert">
        ${refusal ? `${m.refused} ${refusal.message[locale] ?? refusal.message.en}` : ''}
      </div>
      <div role="status" class="vh">${this.announcement}</div>
      <dialog
        part="dialog"
        aria-labelledby="dq"
        aria-describedby="dd"
        @cancel=${(e: Event) => {
          e.preventDefault();
          this.closeDialog(false);
        }}
      >
        ${
          this.pending
            ? html`<h3 id="dq">${this.labelOf(this.pending, locale)}?</h3>
                <p id="dd">${m.irreversible}</p>
                <div class="actions">
                  <button type="button" class="primary" id="confirm" @click=${() => this.closeDialog(true)}>
                    ${m.confirm}
                  </button>
                  <button type="button" id="cancel" autofocus @click=${() => this.closeDialog(false)}>
                    ${m.cancel}
                  </button>
                </div>`
            : nothing
        }
      </dialog>
    </section>`;
  }
}
