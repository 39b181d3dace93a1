// The working council meeting of "Demo/Council meeting": the kit's components around the meeting-schema fixture and
// the procedure engine's MeetingStore. Every action is a command checked by the engine; refusals are shown inside
// the console that gave them. Not a story file.
import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ContextProvider } from '@lit/context';
import {
  bodies,
  council,
  councilItems,
  councilMeeting,
  councilMeetingLog,
  fullName,
  memberships,
  people,
  personById,
} from '@digikokous/meeting-schema/fixtures';
import type { Election, MeetingEvent, Minutes } from '@digikokous/meeting-schema';
import { meetingStateLabels } from '@digikokous/meeting-schema/codes';
import {
  MeetingStore,
  authorizeCommand,
  decide,
  draftMinutes,
  isProcedureError,
  type MeetingCommand,
  type ProcedureError,
} from '@digikokous/procedure';
import '@digikokous/components/define-all.js';
import {
  proposalsView,
  publicView,
  resolveLocale,
  rollCallView,
  viewerContext,
  votingOrderView,
  type ChairCommandIntent,
  type RollCallParticipant,
  type Viewer,
} from '@digikokous/components';
import {
  agendaEntries,
  agendaItemView,
  ballotOf,
  ineligibility,
  speakerQueueView,
  voteResultView,
  voteView,
} from '@digikokous/components/adapters.js';

export const CHAIR = 'p001';
export const SECRETARY = 'hallintojohtaja';
export const CHECKERS = ['p012', 'p021'] as const;
export const MEMBERS = ['p012', 'p021', 'p003'] as const;
export type DemoView = 'chair' | 'member' | 'secretary' | 'public';

export const log = councilMeetingLog.events;
export const nameOf = (id: string): string => {
  try {
    return fullName(personById(id));
  } catch {
    return id;
  }
};

/** How each person takes their seat (role, voting right, substitution), from the fixture's roll call. */
const seat = new Map<string, Record<string, unknown>>();
/** The base proposal (pohjaehdotus) and the appeal instruction of each item, as the fixture records them. */
const baseOf = new Map<string, { text: { fi: string; sv?: string; en?: string }; proposalId: string }>();
const appealOf = new Map<string, unknown>();
for (const e of log) {
  if (e.type === 'attendance-changed' && !seat.has(e.payload.personId) && !('itemId' in e.payload))
    seat.set(e.payload.personId, { ...e.payload });
  else if (e.type === 'proposal-made' && e.payload.kind === 'pohjaehdotus' && e.payload.proposalId)
    baseOf.set(e.payload.itemId, { text: e.payload.text, proposalId: e.payload.proposalId });
  else if (e.type === 'decision-recorded') appealOf.set(e.payload.itemId, e.payload.decision.appeal);
}
/** The elections of the fixture (§ 51): the demo runs them again from their candidates, with new ballots. */
const electionOf = new Map<string, Election>();
for (const e of log) if (e.type === 'election-held') electionOf.set(e.payload.itemId, e.payload.election);

/**
 * The demo's random source for lots (KL 105 § 4 mom), injected into the engine, which records each draw in the
 * log. Seeded (mulberry32, a few lines, so no dependency for a demo) so that a replay of the story draws the same;
 * a real service injects a cryptographic source.
 */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const storeOptions = () => ({ bodies, memberships, random: seeded(51) });

/** The vice-chair (varapuheenjohtaja) of the council, from the invitation. */
const VICE = councilMeeting.invitees.find((i) => i.role === 'varapuheenjohtaja')?.personId;
const title = {
  fi: `${council.name.fi} ${councilMeeting.number}/${councilMeeting.year}`,
  sv: `${council.name.sv} ${councilMeeting.number}/${councilMeeting.year}`,
  en: `${council.name.en} ${councilMeeting.number}/${councilMeeting.year}`,
};

const T = {
  fi: {
    skip: 'Siirry pääsisältöön',
    views: 'Näkymä',
    as: { chair: 'Puheenjohtaja', member: 'Jäsen', secretary: 'Sihteeri', public: 'Yleisö' },
    member: 'Jäsen',
    date: 'Aika',
    place: 'Paikka',
    state: 'Tila',
    others: 'Muut jäsenet äänestävät (simulointi)',
    minutes: 'Pöytäkirja',
    notYet: 'Pöytäkirja laaditaan, kun kokous on päättynyt.',
    switched: (v: string) => `Näkymä vaihdettu: ${v}.`,
    refusedBy: 'Ei sallittu',
    ballotsIn: (n: number) => `Vaalilippuja annettu: ${n}`,
    voted: 'olet jo äänestänyt tässä vaalissa.',
    ineligible: {
      absent: 'et ole läsnä.',
      disqualified: 'olet esteellinen tässä asiassa.',
      'no-voting-right': 'sinulla ei ole äänioikeutta.',
    },
  },
  sv: {
    skip: 'Hoppa till huvudinnehållet',
    views: 'Vy',
    as: { chair: 'Ordförande', member: 'Ledamot', secretary: 'Sekreterare', public: 'Allmänheten' },
    member: 'Ledamot',
    date: 'Tid',
    place: 'Plats',
    state: 'Status',
    others: 'Övriga ledamöter röstar (simulering)',
    minutes: 'Protokoll',
    notYet: 'Protokollet upprättas när sammanträdet har avslutats.',
    switched: (v: string) => `Vyn har bytts: ${v}.`,
    refusedBy: 'Inte tillåtet',
    ballotsIn: (n: number) => `Avgivna valsedlar: ${n}`,
    voted: 'du har redan röstat i detta val.',
    ineligible: {
      absent: 'du är inte närvarande.',
      disqualified: 'du är jävig i detta ärende.',
      'no-voting-right': 'du har inte rösträtt.',
    },
  },
  en: {
    skip: 'Skip to main content',
    views: 'View',
    as: { chair: 'Chair', member: 'Member', secretary: 'Secretary', public: 'Public' },
    member: 'Member',
    date: 'Time',
    place: 'Place',
    state: 'State',
    others: 'Other members vote (simulated)',
    minutes: 'Minutes',
    notYet: 'The minutes are drafted when the meeting has closed.',
    switched: (v: string) => `View changed: ${v}.`,
    refusedBy: 'Not allowed',
    ballotsIn: (n: number) => `Ballots cast: ${n}`,
    voted: 'you have already voted in this election.',
    ineligible: {
      absent: 'you are not present.',
      disqualified: 'you are disqualified in this item.',
      'no-voting-right': 'you have no voting right.',
    },
  },
};

/** A command without the instant and the actor, which the host fills in from the session and its clock. */
type Intent = ChairCommandIntent | Omit<MeetingCommand, 'at' | 'actor'>;

export class DkDemoMeeting extends LitElement {
  static override properties = {
    view: { state: true },
    memberId: { state: true },
    refusal: { state: true },
    memberRefusal: { state: true },
    tick: { state: true },
    announcement: { state: true },
  };
  view: DemoView = 'chair';
  memberId: string = MEMBERS[0];
  refusal: ProcedureError | null = null;
  memberRefusal = '';
  tick = 0;
  announcement = '';
  /** Signatures of the minutes checkers (KL 107 §): person → instant. */
  readonly checked = new Map<string, string>();
  store = new MeetingStore(councilMeeting, [], storeOptions());
  /**
   * The ballots of the current item's election, collected by the host until the chair counts them (KL 105 §). A
   * closed ballot: the count gets the choices only; the voters are kept here only to refuse a second ballot.
   */
  readonly electionBallots = new Map<string, string | undefined>();
  private clock = Date.parse(councilMeeting.startsAt);
  private provider = new ContextProvider(this, { context: viewerContext, initialValue: this.viewer });
  private minutesCache?: { seq: number; minutes: Minutes };

  // Light DOM: the demo is page chrome; the kit's components keep their own shadow roots.
  protected override createRenderRoot() {
    return this;
  }

  /** Who presides now (KL 102 §): the chair, or the vice-chair after a change. */
  get presiding(): string {
    return this.store.state.presidingId ?? CHAIR;
  }

  get viewer(): Viewer {
    switch (this.view) {
      case 'chair':
        return {
          id: this.presiding,
          name: nameOf(this.presiding),
          role: 'chair',
          votingRight: true,
          mayViewConfidential: true,
        };
      case 'secretary':
        return {
          id: SECRETARY,
          name: nameOf(SECRETARY),
          role: 'secretary',
          votingRight: false,
          mayViewConfidential: true,
        };
      case 'member':
        return {
          id: this.memberId,
          name: nameOf(this.memberId),
          role: 'member',
          votingRight: true,
          mayViewConfidential: true,
        };
      default:
        return { role: 'public', votingRight: false, mayViewConfidential: false };
    }
  }

  private at(): string {
    return new Date(this.clock + 10_000).toISOString();
  }

  /** Starts from a prefix of the fixture log (for a picture of a meeting in progress); the log itself is unchanged. */
  seed(events: readonly MeetingEvent[], view: DemoView = this.view, memberId: string = this.memberId): void {
    this.store = new MeetingStore(councilMeeting, events, storeOptions());
    this.electionBallots.clear();
    const last = events.at(-1);
    if (last) this.clock = Date.parse(last.at);
    this.view = view;
    this.memberId = memberId;
    this.tick++;
  }

  /** Dispatches a command as `actor` at the next instant of the simulated clock (10 s apart). */
  run(command: Intent, actor = this.viewer.id ?? CHAIR): ProcedureError | undefined {
    const at = this.at();
    const result = this.store.dispatch({ ...command, actor, at } as MeetingCommand);
    if (isProcedureError(result)) return result;
    this.clock = Date.parse(at);
    this.tick++;
    return undefined;
  }

  /**
   * The console's authorisation for the presiding person at the next instant: first `authorizeCommand` (may this
   * person give it, KL 102 §), then a dry run of `decide` (may it be given now). Nothing is applied.
   */
  private authorize = (command: ChairCommandIntent) => {
    const full = { ...command, actor: this.presiding, at: this.at() } as MeetingCommand;
    const who = authorizeCommand(this.store.state, full);
    if (who) return who;
    // The dry run draws from a throwaway source, so the recorded one is used only by the real count.
    const r = decide(this.store.state, full, { random: () => 0 });
    return isProcedureError(r) ? r : undefined;
  };

  /** The current item's election: the fixture's candidates, before the count (KL 105 §). */
  get election(): { draft: Election; held?: Election } | undefined {
    const state = this.store.state;
    const it = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
    const fixture = it && electionOf.get(it.itemId);
    if (!it || !fixture) return undefined;
    const held = it.elections.at(-1);
    const draft: Election = { ...fixture, ballots: [], tallies: [], lots: [], electedIds: [] };
    return held ? { draft, held } : { draft };
  }

  /** The chair console's `election`: the ballots collected so far, without their voters. */
  private get electionToCount() {
    const e = this.election;
    if (!e || e.held) return undefined;
    const { id, title, seatsToFill, secretBallot, candidates } = e.draft;
    const ballots = [...this.electionBallots.values()].map((candidateId, i) =>
      candidateId === undefined ? { id: `${id}-lippu-${i + 1}` } : { id: `${id}-lippu-${i + 1}`, candidateId },
    );
    return { electionId: id, title, seatsToFill, secretBallot, candidates, ballots };
  }

  /** A member's ballot in the election: refused when not entitled to vote in the item or when already cast. */
  private electionBallot(e: CustomEvent<{ candidateId?: string }>, locale: 'fi' | 'sv' | 'en'): void {
    const me = this.memberId;
    const why = ineligibility(this.store.state, me);
    if (why || this.electionBallots.has(me)) {
      e.preventDefault();
      this.memberRefusal = `${T[locale].refusedBy}: ${why ? T[locale].ineligible[why] : T[locale].voted}`;
      return;
    }
    this.electionBallots.set(me, e.detail.candidateId);
    this.memberRefusal = '';
    this.tick++;
  }

  /** The presiding changes to offer: the vice-chair while the chair presides, the chair's return otherwise. */
  private get presidingChanges() {
    const chair = this.store.state.chairId ?? CHAIR;
    if (this.presiding !== chair)
      return [{ personId: chair, reason: 'puheenjohtaja-palaa' as const, name: nameOf(chair) }];
    return VICE ? [{ personId: VICE, reason: 'puheenjohtaja-esteellinen' as const, name: nameOf(VICE) }] : [];
  }

  private onChairCommand(e: CustomEvent<{ command: ChairCommandIntent }>): void {
    let command = e.detail.command;
    // The host adds what the municipality configured: the appeal instruction of the item (KL 141 §).
    if (command.type === 'record-decision' && this.store.state.currentItemId) {
      const appeal = appealOf.get(this.store.state.currentItemId);
      command = { ...command, decision: appeal ? { appeal } : {} };
    }
    const refusal = this.run(command, this.presiding);
    this.refusal = refusal ?? null;
    if (refusal) {
      e.preventDefault();
      return;
    }
    // The base proposal is recorded by the system when the item opens (the presenter's or the executive's proposal).
    if (command.type === 'open-item') {
      const base = baseOf.get(String(command.itemId));
      if (base)
        this.run(
          { type: 'make-proposal', kind: 'pohjaehdotus', text: base.text, proposalId: base.proposalId },
          this.presiding,
        );
    }
  }

  private member(command: Intent): boolean {
    const r = this.run(command, this.memberId);
    const locale = resolveLocale(this);
    this.memberRefusal = r ? `${T[locale].refusedBy}: ${r.message[locale] ?? r.message.fi}` : '';
    return !r;
  }

  private othersVote(): void {
    const state = this.store.state;
    const election = this.election;
    if (election && !election.held) {
      // The others split evenly between the first two candidates, the last one blank when that keeps the tie, so
      // that the count ends level, as in the fixture (21–21, one blank) and the engine draws the lot.
      const [a, b] = election.draft.candidates;
      const count = (id?: string) => [...this.electionBallots.values()].filter((c) => c === id).length;
      const voters = [...state.attendance.values()]
        .map((p) => p.personId)
        .filter((id) => !this.electionBallots.has(id) && !ineligibility(state, id));
      voters.forEach((id, i) => {
        if (!a || !b) return;
        const level = count(a.id) === count(b.id);
        this.electionBallots.set(
          id,
          i === voters.length - 1 && level ? undefined : count(a.id) <= count(b.id) ? a.id : b.id,
        );
      });
      this.tick++;
      return;
    }
    const current = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
    const voteId = current?.votes.findLast((v) => !v.closed && !v.cancelled)?.voteId;
    if (voteId === undefined) return;
    let i = 0;
    for (const a of state.attendance.values()) {
      if (MEMBERS.includes(a.personId as (typeof MEMBERS)[number]) || !a.present || !a.votingRight) continue;
      if (ballotOf(state, a.personId) || ineligibility(state, a.personId)) continue;
      const option = i % 7 < 3 ? 'jaa' : i % 7 < 6 ? 'ei' : 'tyhja';
      this.run({ type: 'cast-ballot', voteId, personId: a.personId, option }, a.personId);
      i++;
    }
  }

  private setView(view: DemoView): void {
    this.view = view;
    this.refusal = null;
    this.memberRefusal = '';
    this.announcement = T[resolveLocale(this)].switched(T[resolveLocale(this)].as[view]);
  }

  /** The drafted minutes (KL 107 §) once the meeting has closed, with the checkers' signatures so far. */
  get minutes(): Minutes | undefined {
    const state = this.store.state;
    if (state.status !== 'closed') return undefined;
    if (this.minutesCache?.seq !== state.lastSeq) {
      this.minutesCache = {
        seq: state.lastSeq,
        minutes: draftMinutes(state, { lang: 'fi', people, bodyName: council.name }),
      };
    }
    const base = this.minutesCache.minutes;
    const signatures = CHECKERS.map((id) => ({
      personId: id,
      name: nameOf(id),
      role: 'poytakirjantarkastaja' as const,
      method: 'sahkoinen' as const,
      ...(this.checked.has(id) ? { signedAt: this.checked.get(id)! } : {}),
    }));
    const done = CHECKERS.every((id) => this.checked.has(id));
    return {
      ...base,
      signatures: [...base.signatures, ...signatures],
      ...(done ? { checkedOn: this.checked.get(CHECKERS[1])!.slice(0, 10) } : {}),
    };
  }

  private roll(): RollCallParticipant[] {
    const state = this.store.state;
    const recorded = new Map(rollCallView(state, nameOf).map((p) => [p.id, p]));
    return [...seat.keys()].map((id) => recorded.get(id) ?? { id, name: nameOf(id), present: false });
  }

  private header(locale: 'fi' | 'sv' | 'en') {
    const t = T[locale];
    const state = this.store.state;
    const code =
      state.status === 'not-started'
        ? 'esityslista-julkaistu'
        : state.status === 'closed'
          ? this.minutes?.checkedOn
            ? 'poytakirja-tarkastettu'
            : 'paattynyt'
          : 'kaynnissa';
    const when = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-FI' : locale === 'en' ? 'en-GB' : 'fi-FI', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Europe/Helsinki',
    }).format(new Date(councilMeeting.startsAt));
    return html`<header class="meeting-header">
      <p class="body">${council.name[locale]}</p>
      <h1>${title[locale]}</h1>
      <dl>
        <div>
          <dt>${t.date}</dt>
          <dd>${when}</dd>
        </div>
        <div>
          <dt>${t.place}</dt>
          <dd>${councilMeeting.location?.name[locale === 'en' ? 'fi' : locale] ?? councilMeeting.location?.name.fi}</dd>
        </div>
        <div>
          <dt>${t.state}</dt>
          <dd class="state">${meetingStateLabels[code][locale]}</dd>
        </div>
      </dl>
      <nav aria-label=${t.views}>
        <ul class="views">
          ${(['chair', 'member', 'secretary', 'public'] as const).map(
            (v) =>
              html`<li>
                <button
                  type="button"
                  id="as-${v}"
                  aria-pressed=${this.view === v ? 'true' : 'false'}
                  @click=${() => this.setView(v)}
                >
                  ${t.as[v]}
                </button>
              </li>`,
          )}
        </ul>
      </nav>
    </header>`;
  }

  private chairView() {
    const state = this.store.state;
    const election = this.election;
    const speakers = speakerQueueView(state, nameOf);
    const result = voteResultView(state, nameOf);
    const item = councilItems.find((i) => i.id === state.currentItemId);
    return html`<dk-chair-console
        .state=${state}
        .authorize=${this.authorize}
        .minutesCheckerIds=${[...CHECKERS]}
        .presidingChanges=${this.presidingChanges}
        .election=${this.electionToCount}
        .nameOf=${nameOf}
        secretary-id=${SECRETARY}
        .refusal=${this.refusal}
        @dk-chair-command=${this.onChairCommand}
      ></dk-chair-console>
      <div class="columns">
        <div>
          <dk-quorum-status
            seats=${state.body.seats}
            body-kind=${state.body.kind}
            present=${state.currentItemId ? (state.items.get(state.currentItemId)?.quorum.present ?? 0) : [...state.attendance.values()].filter((a) => a.present && a.votingRight).length}
          ></dk-quorum-status>
          ${item ? html`<dk-agenda-item .item=${agendaItemView(item, nameOf, state)}></dk-agenda-item>` : nothing}
        </div>
        <div>
          ${state.currentItemId ? html`<dk-proposals .proposals=${proposalsView(state, nameOf)} .votingOrder=${votingOrderView(state, nameOf)}></dk-proposals>` : nothing}
          ${
            state.currentItemId
              ? html`<dk-speaker-queue
                  view="chair"
                  .entries=${speakers.entries}
                  .current=${speakers.current}
                  .clock=${() => this.clock}
                  @dk-speak-grant=${(e: CustomEvent<{ entryId: string }>) => this.run({ type: 'grant-speaker', entryId: e.detail.entryId }, this.presiding)}
                  @dk-speak-end=${() => speakers.current && this.run({ type: 'end-speaker', entryId: speakers.current.entryId! }, this.presiding)}
                ></dk-speaker-queue>`
              : nothing
          }
          ${(voteView(state, nameOf) && !result) || (election && !election.held) ? html`<button type="button" id="others-vote" @click=${() => this.othersVote()}>${T[resolveLocale(this)].others}</button>` : nothing}
          ${election && !election.held ? html`<p id="ballots-in">${T[resolveLocale(this)].ballotsIn(this.electionBallots.size)}</p>` : nothing}
          ${election?.held ? html`<dk-election phase="closed" .election=${election.held}></dk-election>` : nothing}
          ${result ? html`<dk-vote-result .result=${result}></dk-vote-result>` : nothing}
        </div>
      </div>`;
  }

  private memberView(locale: 'fi' | 'sv' | 'en') {
    const state = this.store.state;
    const me = this.memberId;
    const speakers = speakerQueueView(state, nameOf);
    const vote = voteView(state, nameOf, { allowChange: true });
    const item = councilItems.find((i) => i.id === state.currentItemId);
    const mine = state.attendance.get(me);
    const it = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
    const canPropose = !!it && !!mine?.present && !it.disqualified.has(me) && !it.discussionClosedAt;
    const minutes = this.minutes;
    return html`<label class="who"
        >${T[locale].member}
        <select id="member" @change=${(e: Event) => (this.memberId = (e.target as HTMLSelectElement).value)}>
          ${MEMBERS.map((id) => html`<option value=${id} ?selected=${id === me}>${nameOf(id)}</option>`)}
        </select>
      </label>
      <dk-connection-status
        .identity=${{ name: nameOf(me), loa: 'high', method: 'Suomi.fi', expiresAt: new Date(this.clock + 4 * 3_600_000).toISOString() }}
        .now=${() => this.clock}
      ></dk-connection-status>
      <p role="alert" class="refusal">${this.memberRefusal}</p>
      <div class="columns">
        <div>
          <dk-agenda .items=${agendaEntries(councilItems, state, nameOf)}></dk-agenda>
        </div>
        <div>
          ${item ? html`<dk-agenda-item .item=${agendaItemView(item, nameOf, state)}></dk-agenda-item>` : nothing}
          ${
            it
              ? html`<dk-proposals
                    ?can-propose=${canPropose}
                    .proposals=${proposalsView(state, nameOf)}
                    .votingOrder=${votingOrderView(state, nameOf)}
                    @dk-proposal-make=${(e: CustomEvent<{ kind: string; text: string }>) => this.member({ type: 'make-proposal', kind: e.detail.kind, text: { fi: e.detail.text }, proposerId: me } as Intent)}
                    @dk-proposal-second=${(e: CustomEvent<{ proposalId: string }>) => this.member({ type: 'second-proposal', proposalId: e.detail.proposalId, seconderId: me })}
                    @dk-proposal-withdraw=${(e: CustomEvent<{ proposalId: string }>) => this.member({ type: 'withdraw-proposal', proposalId: e.detail.proposalId })}
                  ></dk-proposals>
                  <dk-speaker-queue
                    .entries=${speakers.entries}
                    .current=${speakers.current}
                    .clock=${() => this.clock}
                    @dk-speak-request=${(e: CustomEvent<{ kind: 'puheenvuoro' }>) => this.member({ type: 'request-speaker', personId: me, kind: e.detail.kind })}
                    @dk-speak-cancel=${() => {
                      const entry = speakers.entries.find((x) => x.memberId === me);
                      // Withdrawing one's own request (KL 102 §) is the member's act, not the chair's end-speaker.
                      if (entry) this.member({ type: 'withdraw-speaker', entryId: entry.id });
                    }}
                  ></dk-speaker-queue>`
              : nothing
          }
          ${
            vote
              ? html`<dk-vote-panel
                  .vote=${vote}
                  .ballot=${ballotOf(state, me)}
                  .ineligible=${ineligibility(state, me)}
                  @dk-ballot=${(e: CustomEvent<{ voteId: string; option: 'jaa' | 'ei' | 'tyhja' }>) => {
                    const { voteId, option } = e.detail;
                    if (!this.member({ type: 'cast-ballot', voteId, personId: me, option })) e.preventDefault();
                  }}
                ></dk-vote-panel>`
              : nothing
          }
          ${this.memberElection(locale)}
          ${it ? html`<dk-disqualification body-kind=${state.body.kind} @dk-disqualification=${(e: CustomEvent<{ ground: string; reason?: string }>) => this.member({ type: 'declare-disqualification', personId: me, ground: e.detail.ground, declaredBy: 'itse', disqualified: true, ...(e.detail.reason ? { reason: { fi: e.detail.reason } } : {}) } as Intent)}></dk-disqualification>` : nothing}
        </div>
      </div>
      ${minutes ? this.minutesSection(minutes, locale) : nothing}`;
  }

  /** The ballot of the current item's election (KL 105 §), then its result; one element per member. */
  private memberElection(locale: 'fi' | 'sv' | 'en') {
    const election = this.election;
    if (!election) return nothing;
    if (election.held) return html`<dk-election phase="closed" .election=${election.held}></dk-election>`;
    const me = this.memberId;
    const mine = this.electionBallots.has(me) ? { candidateId: this.electionBallots.get(me) } : undefined;
    const ballot = mine && mine.candidateId === undefined ? {} : mine;
    return keyed(
      me,
      html`<dk-election
        phase="open"
        .election=${election.draft}
        .ballot=${ballot}
        @dk-election-ballot=${(e: CustomEvent<{ candidateId?: string }>) => this.electionBallot(e, locale)}
      ></dk-election>`,
    );
  }

  private minutesSection(minutes: Minutes, locale: 'fi' | 'sv' | 'en') {
    return html`<section aria-labelledby="minutes-h" class="minutes">
      <h2 id="minutes-h">${T[locale].minutes}</h2>
      <dk-minutes
        .minutes=${minutes}
        @dk-minutes-approve=${(e: CustomEvent<{ personId: string }>) => {
          this.checked.set(e.detail.personId, this.at());
          this.clock += 10_000;
          this.tick++;
        }}
      ></dk-minutes>
    </section>`;
  }

  private secretaryView(locale: 'fi' | 'sv' | 'en') {
    const state = this.store.state;
    const minutes = this.minutes;
    const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
    return html`<p role="alert" class="refusal">${this.memberRefusal}</p>
      <dk-roll-call
        editable
        item-label=${item ? `§ ${item.sectionNumber}` : ''}
        .participants=${this.roll()}
        @dk-attendance-change=${(
          e: CustomEvent<{ personId: string; status: 'lasna' | 'poissa'; mode?: 'paikan-paalla' | 'etana' }>,
        ) => {
          const { personId, status, mode } = e.detail;
          const base = seat.get(personId) ?? { personId, role: 'jasen', votingRight: true };
          const cmd =
            status === 'poissa'
              ? { type: 'change-attendance', personId, status }
              : { ...base, type: 'change-attendance', status, ...(mode ? { mode } : {}) };
          const r = this.run(cmd as Intent, SECRETARY);
          this.memberRefusal = r ? `${T[locale].refusedBy}: ${r.message[locale] ?? r.message.fi}` : '';
        }}
      ></dk-roll-call>
      ${minutes ? this.minutesSection(minutes, locale) : html`<p>${T[locale].notYet}</p>`}`;
  }

  override render() {
    const locale = resolveLocale(this);
    this.provider.setValue(this.viewer);
    const state = this.store.state;
    return html`<a
        class="skip"
        href="#demo-main"
        @click=${(e: Event) => {
          e.preventDefault();
          this.querySelector<HTMLElement>('#demo-main')?.focus();
        }}
        >${T[locale].skip}</a
      >
      ${this.header(locale)}
      <main id="demo-main" tabindex="-1">
        ${
          this.view === 'chair'
            ? this.chairView()
            : this.view === 'member'
              ? this.memberView(locale)
              : this.view === 'secretary'
                ? this.secretaryView(locale)
                : html`<dk-public-view .view=${publicView(state, councilItems, nameOf, title)}></dk-public-view>`
        }
      </main>
      <p role="status" class="vh">${this.announcement}</p>`;
  }
}
if (!customElements.get('dk-demo-meeting')) customElements.define('dk-demo-meeting', DkDemoMeeting);

export const demoStyles = html`<style>
  dk-demo-meeting {
    display: block;
  }
  dk-demo-meeting .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -4rem;
    padding: 0.75rem 1rem;
    background: var(--dk-color-accent, #0b4f8a);
    color: var(--dk-color-on-accent, #fff);
    z-index: 10;
  }
  dk-demo-meeting .skip:focus {
    inset-block-start: 0.5rem;
  }
  dk-demo-meeting .meeting-header {
    border-block-end: 4px solid var(--dk-color-accent, #0b4f8a);
    padding-block-end: 0.75rem;
    margin-block-end: 1rem;
  }
  dk-demo-meeting .meeting-header .body {
    margin: 0;
    font-weight: 600;
    color: var(--dk-color-text-muted, #4a4a4a);
  }
  dk-demo-meeting h1 {
    margin: 0.25rem 0 0.5rem;
    font-size: 1.75rem;
  }
  dk-demo-meeting dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 2rem;
    margin: 0 0 0.75rem;
  }
  dk-demo-meeting dt {
    font-weight: 600;
  }
  dk-demo-meeting dd {
    margin: 0;
  }
  dk-demo-meeting .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  dk-demo-meeting button,
  dk-demo-meeting select {
    min-block-size: 44px;
    min-inline-size: 44px;
    font: inherit;
    padding: 0.5rem 1rem;
  }
  dk-demo-meeting .views button[aria-pressed='true'] {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 3px;
  }
  dk-demo-meeting main {
    display: grid;
    gap: 1rem;
  }
  dk-demo-meeting main:focus {
    outline: none;
  }
  dk-demo-meeting .columns {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  }
  dk-demo-meeting .columns > div {
    display: grid;
    gap: 1rem;
    align-content: start;
  }
  dk-demo-meeting .refusal:empty {
    display: none;
  }
  dk-demo-meeting .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
</style>`;
