import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { LitElement, html, nothing } from 'lit';
import { ContextProvider } from '@lit/context';
import {
  bodies,
  councilItems,
  councilMeeting,
  councilMeetingLog,
  fullName,
  personById,
} from '@digikokous/meeting-schema/fixtures';
import { MeetingStore, isProcedureError, type MeetingCommand } from '@digikokous/procedure';
import '@digikokous/components/define-all.js';
import { resolveLocale, viewerContext, type Viewer } from '@digikokous/components';
import {
  agendaEntries,
  agendaItemView,
  ballotOf,
  ineligibility,
  participantsView,
  speakerQueueView,
  voteResultView,
  voteView,
} from '@digikokous/components/adapters.js';

const nameOf = (id: string) => {
  const person = personById(id);
  return person ? fullName(person) : id;
};

// The council meeting of the fixtures, replayed up to the discussion of § 50 (three counter-proposals).
const ITEM = 'kv-2026-5-6';
const events = councilMeetingLog.events;
const cut = events.findIndex(
  (e) => e.type === 'discussion-closed' && (e.payload as { itemId?: string }).itemId === ITEM,
);
const prefix = events.slice(0, cut);

/** A command without the instant and (optionally) the actor, which the demo fills in. */
type Command = MeetingCommand extends infer C
  ? C extends MeetingCommand
    ? Omit<C, 'at' | 'actor'> & { actor?: string }
    : never
  : never;

const CHAIR = 'p001';
const MEMBER = 'p003';

const T = {
  fi: {
    as: 'Näytä',
    member: 'jäsenenä',
    chair: 'puheenjohtajana',
    controls: 'Puheenjohtajan ohjaus',
    close: 'Päätä keskustelu',
    order: 'Hyväksy äänestysjärjestys',
    open: 'Avaa seuraava äänestys',
    others: 'Muut jäsenet äänestävät',
    end: 'Sulje äänestys',
    refused: 'Ei sallittu',
  },
  sv: {
    as: 'Visa',
    member: 'som ledamot',
    chair: 'som ordförande',
    controls: 'Ordförandens styrning',
    close: 'Avsluta diskussionen',
    order: 'Godkänn omröstningsordningen',
    open: 'Öppna nästa omröstning',
    others: 'Övriga ledamöter röstar',
    end: 'Avsluta omröstningen',
    refused: 'Inte tillåtet',
  },
  en: {
    as: 'View',
    member: 'as a member',
    chair: 'as the chair',
    controls: "Chair's controls",
    close: 'Close the discussion',
    order: 'Approve the voting order',
    open: 'Open the next vote',
    others: 'Other members vote',
    end: 'Close the vote',
    refused: 'Not allowed',
  },
};

/**
 * A working council meeting for designers: the kit's components around the meeting-schema fixture and the
 * procedure engine's MeetingStore. Every action is a command checked by the engine; refusals are shown.
 */
class DkDemoMeeting extends LitElement {
  static override properties = { view: { state: true }, message: { state: true }, tick: { state: true } };
  view: 'member' | 'chair' = 'member';
  message = '';
  tick = 0;
  // The body decides the quorum rule (KL 103 §: a council needs two thirds); the meeting's bodyId picks it.
  readonly store = new MeetingStore(councilMeeting, prefix, { bodies });
  private clock = Date.parse(prefix[prefix.length - 1]!.at);
  private provider = new ContextProvider(this, { context: viewerContext, initialValue: this.viewer });
  private unsubscribe?: () => void;

  // Light DOM: the demo is page chrome; the kit's components keep their own shadow roots.
  protected override createRenderRoot() {
    return this;
  }

  get viewer(): Viewer {
    return this.view === 'chair'
      ? { id: CHAIR, name: nameOf(CHAIR), role: 'chair', votingRight: true, mayViewConfidential: true }
      : { id: MEMBER, name: nameOf(MEMBER), role: 'member', votingRight: true, mayViewConfidential: true };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.store.subscribe(() => this.tick++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** Dispatches a command at the next instant of the simulated clock (10 s apart). */
  run(command: Command): boolean {
    this.clock += 10_000;
    const at = new Date(this.clock).toISOString().replace('Z', '+00:00');
    const result = this.store.dispatch({ actor: this.viewer.id!, ...command, at } as MeetingCommand);
    const locale = resolveLocale(this);
    this.message = isProcedureError(result)
      ? `${T[locale].refused}: ${result.message[locale] ?? result.message.fi}`
      : '';
    return !isProcedureError(result);
  }

  private othersVote(): void {
    const state = this.store.state;
    const current = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
    const voteId = current?.votes.findLast((v) => !v.closed && !v.cancelled)?.voteId;
    if (voteId === undefined) return;
    let i = 0;
    for (const a of state.attendance.values()) {
      if (a.personId === MEMBER || !a.present || !a.votingRight || ballotOf(state, a.personId)) continue;
      const option = i % 7 < 3 ? 'jaa' : i % 7 < 6 ? 'ei' : 'tyhja';
      this.run({ type: 'cast-ballot', voteId, personId: a.personId, option, actor: a.personId });
      i++;
    }
  }

  override render() {
    const state = this.store.state;
    const locale = resolveLocale(this);
    const t = T[locale];
    this.provider.setValue(this.viewer);
    const item = councilItems.find((i) => i.id === state.currentItemId);
    const speakers = speakerQueueView(state, nameOf);
    const vote = voteView(state, nameOf, { allowChange: true });
    const result = voteResultView(state, nameOf);
    const me = this.viewer.id!;
    return html`<div class="demo">
      <div role="group" aria-label=${t.as}>
        ${t.as}:
        <button
          type="button"
          id="as-member"
          aria-pressed=${this.view === 'member'}
          @click=${() => (this.view = 'member')}
        >
          ${t.member}
        </button>
        <button type="button" id="as-chair" aria-pressed=${this.view === 'chair'} @click=${() => (this.view = 'chair')}>
          ${t.chair}
        </button>
      </div>
      ${
        this.view === 'chair'
          ? html`<div role="group" aria-label=${t.controls} class="controls">
              <button type="button" id="close-discussion" @click=${() => this.run({ type: 'close-discussion' })}>
                ${t.close}
              </button>
              <button type="button" id="approve-order" @click=${() => this.run({ type: 'approve-voting-order' })}>
                ${t.order}
              </button>
              <button type="button" id="open-vote" @click=${() => this.run({ type: 'open-vote' })}>${t.open}</button>
              <button type="button" id="others-vote" @click=${() => this.othersVote()}>${t.others}</button>
              <button type="button" id="close-vote" @click=${() => this.run({ type: 'close-vote' })}>${t.end}</button>
            </div>`
          : nothing
      }
      <p role="status" class="message">${this.message}</p>
      <div class="columns">
        <div>
          <dk-quorum-status
            seats=${state.body.seats}
            body-kind=${state.body.kind}
            present=${state.items.get(ITEM)?.quorum.present ?? 0}
          ></dk-quorum-status>
          <dk-agenda .items=${agendaEntries(councilItems, state, nameOf)}></dk-agenda>
        </div>
        <div>
          ${item ? html`<dk-agenda-item .item=${agendaItemView(item, nameOf, state)}></dk-agenda-item>` : nothing}
          <dk-speaker-queue
            .entries=${speakers.entries}
            .current=${speakers.current}
            .clock=${() => this.clock}
            @dk-speak-request=${(e: CustomEvent<{ kind: 'puheenvuoro' }>) => this.run({ type: 'request-speaker', personId: me, kind: e.detail.kind })}
            @dk-speak-cancel=${(e: CustomEvent<{ entryId: string }>) => this.run({ type: 'withdraw-speaker', entryId: e.detail.entryId })}
            @dk-speak-grant=${(e: CustomEvent<{ entryId: string }>) => this.run({ type: 'grant-speaker', entryId: e.detail.entryId })}
            @dk-speak-end=${() => speakers.current && this.run({ type: 'end-speaker', entryId: speakers.current.entryId! })}
            @dk-speak-remove=${(e: CustomEvent<{ entryId: string }>) => this.run({ type: 'withdraw-speaker', entryId: e.detail.entryId })}
          ></dk-speaker-queue>
          ${
            vote
              ? html`<dk-vote-panel
                  .vote=${vote}
                  .ballot=${ballotOf(state, me)}
                  .ineligible=${ineligibility(state, me)}
                  @dk-ballot=${(e: CustomEvent<{ voteId: string; option: 'jaa' | 'ei' | 'tyhja' }>) => {
                    const ballot = {
                      type: 'cast-ballot',
                      voteId: e.detail.voteId,
                      personId: me,
                      option: e.detail.option,
                    } as const;
                    if (!this.run(ballot)) e.preventDefault();
                  }}
                ></dk-vote-panel>`
              : nothing
          }
          ${result ? html`<dk-vote-result .result=${result}></dk-vote-result>` : nothing}
        </div>
      </div>
      <details>
        <summary>${nameOf(CHAIR)} · ${councilMeeting.title?.[locale] ?? councilMeeting.title?.fi ?? ''}</summary>
        <dk-attendance .participants=${participantsView(state, nameOf)}></dk-attendance>
      </details>
    </div>`;
  }
}
if (!customElements.get('dk-demo-meeting')) customElements.define('dk-demo-meeting', DkDemoMeeting);

const meta: Meta = {
  title: 'Demo/Council meeting (valtuuston kokous)',
  render: () =>
    html`<style>
        .demo .columns {
          display: grid;
          gap: 1rem;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        }
        .demo .columns > div {
          display: grid;
          gap: 1rem;
          align-content: start;
        }
        .demo button {
          min-block-size: 44px;
          min-inline-size: 44px;
          font: inherit;
        }
        .demo button[aria-pressed='true'] {
          font-weight: 700;
          text-decoration: underline;
        }
        .demo .controls {
          display: flex;
          flex-wrap: wrap;
          gap: 0.5rem;
        }
        .demo summary {
          min-block-size: 44px;
          cursor: pointer;
        }
      </style>
      <dk-demo-meeting></dk-demo-meeting>`,
};
export default meta;

/** Open the meeting's § 50 and play with it. */
export const Meeting: StoryObj = {
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    await demo.updateComplete;
    const quorum = demo.querySelector('dk-quorum-status')!;
    await quorum.updateComplete;
    // KL 103 § 1 mom: a 43-seat council needs two thirds of its seats, 29.
    await expect(quorum.shadowRoot!.textContent).toContain('vaaditaan 29');
  },
};

/** The chair closes the discussion and opens the vote; the member casts a ballot; the others vote; the result. */
export const RunAVote: StoryObj = {
  play: async ({ canvasElement, step }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    const click = async (selector: string) => {
      demo.querySelector<HTMLButtonElement>(selector)!.click();
      await demo.updateComplete;
    };
    await step('chair opens the vote', async () => {
      await click('#as-chair');
      await click('#close-discussion');
      await click('#approve-order');
      await click('#open-vote');
      await expect(demo.querySelector('.message')!.textContent).toBe('');
    });
    await step('member casts a ballot', async () => {
      await click('#as-member');
      const panel = demo.querySelector('dk-vote-panel')!;
      await panel.updateComplete;
      await expect(panel.panelState).toBe('open');
      panel.shadowRoot!.querySelector<HTMLInputElement>('input[value="jaa"]')!.click();
      panel.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
      await panel.updateComplete;
      panel.shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
      await demo.updateComplete;
      await panel.updateComplete;
      await expect(ballotOf(demo.store.state, MEMBER)).toBe('jaa');
      await expect(panel.panelState).toBe('cast');
    });
    await step('the others vote and the chair closes the vote', async () => {
      await click('#as-chair');
      await click('#others-vote');
      await click('#close-vote');
      const result = demo.querySelector('dk-vote-result')!;
      await result.updateComplete;
      await expect(result.shadowRoot!.querySelector('[part="summary"]')!.textContent).toMatch(/Voitti (Jaa|Ei)/);
    });
  },
};

/** The member asks to speak; the chair gives the floor and ends the speech; the engine records each step. */
export const RequestToSpeak: StoryObj = {
  play: async ({ canvasElement, step }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    const queue = () => demo.querySelector('dk-speaker-queue')!;
    const speakers = () => demo.store.state.items.get(ITEM)!.speakers;
    await step('member requests to speak', async () => {
      await queue().updateComplete;
      const request = [...queue().shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Pyydä puheenvuoroa'),
      )!;
      request.click();
      await demo.updateComplete;
      await queue().updateComplete;
      await expect(speakers().some((s) => s.personId === MEMBER && !s.grantedAt)).toBe(true);
      await expect(queue().shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('jonossa sijalla 1');
    });
    await step('chair grants the floor and ends the speech', async () => {
      demo.querySelector<HTMLButtonElement>('#as-chair')!.click();
      await demo.updateComplete;
      await queue().updateComplete;
      queue().shadowRoot!.querySelector<HTMLButtonElement>('button.grant')!.click();
      await demo.updateComplete;
      await queue().updateComplete;
      await expect(speakers().find((s) => s.personId === MEMBER)!.grantedAt).toBeTruthy();
      await expect(queue().shadowRoot!.querySelector('[part="current"]')!.textContent).toContain(nameOf(MEMBER));
      queue().shadowRoot!.querySelector<HTMLButtonElement>('#end')!.click();
      await demo.updateComplete;
      await expect(speakers().find((s) => s.personId === MEMBER)!.endedAt).toBeTruthy();
    });
  },
};
