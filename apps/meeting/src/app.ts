import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ContextProvider } from '@lit/context';
import type { AgendaItem, Election, Meeting, MeetingEvent, Minutes } from '@digikokous/meeting-schema';
import { MeetingStore, type MeetingState } from '@digikokous/procedure';
import {
  proposalsView,
  publicView,
  rollCallView,
  viewerContext,
  votingOrderView,
  type CommandRefusal,
  type ConnectionState,
  type IdentityView,
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
import {
  MeetingClient,
  verifyCheckpoint,
  type ElectionBoxView,
  type ElectionToCount,
  type LiveEvent,
  type MeetingInfo,
  type Refusal,
  type SessionInfo,
} from './api.js';
import { baseProposalText, completeChairIntent, dryRun, type Intent } from './commands.js';
import { T, type Lang, type Texts } from './i18n.js';

type ViewerRole = NonNullable<Viewer['role']>;

const VOTING = new Set(['chair', 'vice-chair', 'member', 'deputy']);
const LEADING = new Set(['chair', 'vice-chair']);
const SEAT_ROLE: Record<string, string> = {
  chair: 'puheenjohtaja',
  'vice-chair': 'varapuheenjohtaja',
  member: 'jasen',
  deputy: 'varajasen',
};

/**
 * The meeting app: one page for the member, the chair, the secretary and the public, built from the kit's
 * components. State comes only from the service (snapshot, then the live stream replayed with the procedure's
 * `MeetingStore`); every action is a command the service checks, with the actor taken from the session. The
 * chair's console asks the same procedure functions locally to show, in text, why a command is not possible now.
 */
export class DkMeetingApp extends LitElement {
  static override properties = {
    language: { state: true },
    tick: { state: true },
    message: { state: true },
    connection: { state: true },
    minutes: { state: true },
    checkpoints: { state: true },
    mode: { state: true },
    chairRefusal: { state: true },
    lost: { state: true },
    box: { state: true },
    toCount: { state: true },
    myElectionBallot: { state: true },
    caughtUp: { state: true },
  };
  language: Lang = 'fi';
  tick = 0;
  message = '';
  connection: ConnectionState = 'live';
  minutes: Minutes | undefined;
  checkpoints: { size: number; reason: string; valid: boolean }[] = [];
  mode: 'login' | 'meeting' = 'login';
  chairRefusal: CommandRefusal | null = null;
  /** Remote participants whose connection the service found lost (chair and secretary only). */
  lost: readonly string[] = [];
  /** The current item's election ballot box (KL 105 §) as this viewer may see it; undefined when none is mounted. */
  box: ElectionBoxView | undefined;
  /** The closed box's ballots, without voters, for the chair's `count-election`. */
  toCount: ElectionToCount | undefined;
  /** The viewer's own election ballot, kept in this page only (never sent back by the server). */
  myElectionBallot: { electionId: string; candidateId?: string } | undefined;
  #boxTimer: number | undefined;
  /**
   * Whether the stream has delivered everything up to the snapshot's seq. Until then the meeting is not shown: a
   * console computed from a half-replayed backlog would offer commands of a past state (e.g. "take up" § 45 again).
   */
  caughtUp = false;
  #catchUpTo = -1;
  #seenSeq = -1;

  client!: MeetingClient;
  info: MeetingInfo | undefined;
  store: MeetingStore | undefined;
  meeting: Meeting | undefined;
  session: SessionInfo | undefined;
  #pending: LiveEvent[] = [];
  #viewer: Viewer | undefined;
  #viewerKey = '';
  #provider = new ContextProvider(this, { context: viewerContext, initialValue: undefined });

  protected override createRenderRoot() {
    return this;
  }

  get t(): Texts {
    return T[this.language] as Texts;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    const stored = localStorage.getItem('dk-lang');
    this.setLang((params.get('lang') ?? stored ?? 'fi') as Lang);
    const meetingId = params.get('meeting');
    if (!meetingId) {
      this.message = this.t.noMeeting;
      return;
    }
    this.client = new MeetingClient(meetingId);
    const info = await this.client.info();
    if ('code' in info) {
      this.message = (info as Refusal).message[this.language];
      return;
    }
    this.info = info;
    this.session = await this.client.resume();
    if (this.session) await this.enter();
    this.tick++;
  }

  setLang(lang: Lang): void {
    this.language = ['fi', 'sv', 'en'].includes(lang) ? lang : 'fi';
    document.documentElement.lang = this.language;
    localStorage.setItem('dk-lang', this.language);
  }

  nameOf = (id: string): string => this.info?.participants.find((p) => p.personId === id)?.name ?? id;

  async enter(): Promise<void> {
    const snap = await this.client.snapshot();
    this.#catchUpTo = snap.seq;
    this.#seenSeq = -1;
    this.caughtUp = snap.seq <= this.#seenSeq;
    this.meeting = snap.meeting as Meeting;
    this.store = new MeetingStore(this.meeting, [], { body: snap.state.body });
    this.store.subscribe(() => this.tick++);
    this.mode = 'meeting';
    this.client.follow(
      (e) => this.#onEvent(e),
      (s) => (this.connection = s),
    );
    void this.loadCheckpoints();
    void this.loadConnections();
    void this.loadBox();
  }

  /**
   * The election ballot box is not part of the event stream (nothing of a ballot may be streamed): signed-in
   * viewers ask for it every 2 s while an item is open. Stops when the server has no box.
   */
  async loadBox(): Promise<void> {
    if (!this.session) return;
    this.#boxTimer ??= window.setInterval(() => void this.loadBox(), 2_000);
    const item = this.store?.state.currentItemId;
    if (!item) {
      if (this.box?.open !== false) this.box = { open: false, ballotSecrecyEnsured: true };
      return;
    }
    const box = await this.client.electionBox();
    if (!box) {
      window.clearInterval(this.#boxTimer);
      this.box = undefined;
      return;
    }
    if (JSON.stringify(box) !== JSON.stringify(this.box)) this.box = box;
    if (box.closed && LEADING.has(this.meetingRole) && this.toCount?.electionId !== box.election.electionId)
      this.toCount = await this.client.electionBallots();
  }

  async boxAct(act: 'open' | 'ballot' | 'close', body: Record<string, unknown> = {}): Promise<boolean> {
    const r = await this.client.electionBoxAct(act, body);
    this.message = r.ok ? '' : `${this.t.notAllowed}: ${r.refusal.message[this.language]}`;
    if (r.ok) this.box = r.box;
    if (r.ok && act === 'close') this.toCount = await this.client.electionBallots();
    return r.ok;
  }

  #connectionsTimer: number | undefined;

  /**
   * The chair's and the secretary's list of lost connections: on every attendance event and every 5 s (the service
   * notes the loss around the departure it records, so an answer at the event itself may be a moment early).
   */
  async loadConnections(): Promise<void> {
    if (!LEADING.has(this.meetingRole) && this.meetingRole !== 'secretary') return;
    this.#connectionsTimer ??= window.setInterval(() => void this.loadConnections(), 5_000);
    const lost = (await this.client.connections())?.lost ?? [];
    if (lost.join() !== this.lost.join()) this.lost = lost;
  }

  #onEvent(e: LiveEvent): void {
    if (!this.store) return;
    this.#seenSeq = Math.max(this.#seenSeq, e.seq);
    if (!this.caughtUp && this.#seenSeq >= this.#catchUpTo)
      // After the batch below is applied (same microtask queue), so the first full render is of the current state.
      queueMicrotask(() => (this.caughtUp = true));
    if (e.seq <= this.store.state.lastSeq) return; // a resumed stream never applies an event twice
    // Content the viewer may not see arrives as an envelope only; the store keeps to what the viewer may know.
    if ('redacted' in e) return;
    this.#pending.push(e);
    queueMicrotask(() => {
      if (this.#pending.length === 0) return;
      const batch = this.#pending.splice(0);
      this.store!.append(batch as MeetingEvent[]);
      if (batch.some((x) => x.type === 'vote-closed' || x.type === 'meeting-closed')) void this.loadCheckpoints();
      if (batch.some((x) => x.type === 'attendance-changed')) void this.loadConnections();
    });
  }

  async loadCheckpoints(): Promise<void> {
    const { keys, checkpoints } = await this.client.checkpoints();
    const out = [];
    for (const cp of checkpoints)
      out.push({ size: cp.size, reason: cp.reason, valid: (await verifyCheckpoint(cp.jws, keys.keys)).valid });
    this.checkpoints = out;
  }

  get meetingRole(): string {
    return this.session?.role ?? 'public';
  }

  /** The viewer for the components; a new object only when something in it changes (components compare by identity). */
  get viewer(): Viewer {
    const s = this.session;
    const state = this.store?.state;
    const item = state?.currentItemId ? state.items.get(state.currentItemId) : undefined;
    const disqualifiedIn = s && item?.disqualified.has(s.personId) ? [item.itemId] : [];
    const key = `${s?.personId ?? ''}|${this.meetingRole}|${disqualifiedIn.join()}`;
    if (this.#viewer && key === this.#viewerKey) return this.#viewer;
    const role = (
      this.meetingRole === 'vice-chair'
        ? 'chair'
        : this.meetingRole === 'presenter' || this.meetingRole === 'expert'
          ? 'official'
          : this.meetingRole
    ) as ViewerRole;
    this.#viewerKey = key;
    // The snapshot and the stream hold only what this viewer may see (the service filters with decideAccess), so
    // a signed-in viewer may see whatever reached the browser; the components still fail closed on their own.
    this.#viewer = Object.freeze(
      s
        ? {
            id: s.personId,
            name: s.name,
            role,
            votingRight: VOTING.has(this.meetingRole),
            mayViewConfidential: true,
            ...(disqualifiedIn.length ? { disqualifiedIn } : {}),
          }
        : { role: 'public' as const, votingRight: false, mayViewConfidential: false },
    ) as Viewer;
    return this.#viewer;
  }

  async run(command: Intent): Promise<Refusal | undefined> {
    const r = await this.client.command(command);
    this.message = r.ok ? '' : `${this.t.notAllowed}: ${r.refusal.message[this.language]}`;
    return r.ok ? undefined : r.refusal;
  }

  override render(): TemplateResult {
    this.#provider.setValue(this.viewer);
    const t = this.t;
    return html`<a class="skip" href="#main">${t.skip}</a>
      <header class="bar">
        <h1>${this.info ? (this.info.title[this.language] ?? this.info.title.fi) : t.app}</h1>
        <label
          >${t.lang}
          <select id="lang" @change=${(e: Event) => this.setLang((e.target as HTMLSelectElement).value as Lang)}>
            ${(['fi', 'sv', 'en'] as const).map((l) => html`<option value=${l} ?selected=${l === this.language}>${{ fi: 'suomi', sv: 'svenska', en: 'English' }[l]}</option>`)}
          </select></label
        >
        ${
          this.mode === 'meeting'
            ? html`<p class="who">
                  ${t.you}:
                  <strong
                    >${this.session ? `${this.session.name}, ${t.roles[this.meetingRole] ?? this.meetingRole}` : t.publicViewer}</strong
                  >
                  ${this.session?.development ? html`<span class="dev">${t.devMode}</span>` : nothing}
                </p>
                ${this.session ? html`<button type="button" id="logout" @click=${() => this.logout()}>${t.logout}</button>` : nothing}`
            : nothing
        }
      </header>
      <p id="message" role="alert" class="message">${this.message}</p>
      <main id="main" tabindex="-1">${this.mode === 'login' ? this.renderLogin() : this.renderMeeting()}</main>`;
  }

  async logout(): Promise<void> {
    window.clearInterval(this.#connectionsTimer);
    this.#connectionsTimer = undefined;
    window.clearInterval(this.#boxTimer);
    this.#boxTimer = undefined;
    this.box = undefined;
    this.myElectionBallot = undefined;
    await this.client.logout();
    this.client.close();
    this.session = undefined;
    this.mode = 'login';
  }

  renderLogin(): TemplateResult {
    const t = this.t;
    const info = this.info;
    if (!info) return html`<p>…</p>`;
    return html`<section aria-labelledby="login-h" class="login">
      <h2 id="login-h">${t.login}</h2>
      ${info.login.oidc ? html`<p><a class="button" href=${`/auth/oidc/login?meeting=${encodeURIComponent(info.id)}`}>${t.oidcLogin}</a></p>` : nothing}
      ${
        info.login.development
          ? html`<form
              id="dev-login"
              class="dev-box"
              @submit=${async (e: Event) => {
                e.preventDefault();
                const personId = (this.querySelector('#dev-person') as HTMLSelectElement).value;
                const r = await this.client.devLogin(personId);
                if ('code' in r) this.message = r.message[this.language];
                else {
                  this.session = r;
                  await this.enter();
                }
              }}
            >
              <p class="dev">${t.devMode}</p>
              <label for="dev-person">${t.devPerson}</label>
              <select id="dev-person">
                ${info.participants.map((p) => html`<option value=${p.personId}>${p.name} (${t.roles[p.role] ?? p.role})</option>`)}
              </select>
              <button type="submit">${t.devLogin}</button>
            </form>`
          : nothing
      }
      <p><button type="button" id="follow-public" @click=${() => this.enter()}>${t.follow}</button></p>
    </section>`;
  }

  get identity(): IdentityView | undefined {
    const s = this.session;
    if (!s) return undefined;
    const loa = s.loa === 'high' || s.loa === 'substantial' ? s.loa : 'low';
    return {
      name: s.name,
      loa,
      method: s.development ? this.t.devMethod : s.idp === 'oidc' ? this.t.oidcMethod : (s.idp ?? ''),
      // No expiry shown: the short meeting token is renewed in the background until the session's limit.
    };
  }

  renderMeeting(): TemplateResult {
    const store = this.store;
    if (!store || !this.meeting) return html`<p>…</p>`;
    const state = store.state;
    const role = this.meetingRole;
    const connection = html`<dk-connection-status
      id="connection"
      .identity=${this.identity}
      connection=${this.connection}
      @dk-reconnect=${() => this.reconnect()}
      @dk-reauthenticate=${() => this.logout()}
    ></dk-connection-status>`;
    if (!this.caughtUp)
      return html`${connection}
        <p role="status">${this.t.loading}</p>`;
    if (!this.session)
      return html`${connection}
        <dk-public-view
          .view=${publicView(state, this.meeting.items, this.nameOf, this.info?.title ?? this.meeting.title ?? { fi: this.t.app })}
        ></dk-public-view>
        ${((state.currentItemId ? state.items.get(state.currentItemId)?.elections : undefined) ?? []).map(
          // A public item's election result, once counted and recorded (KL 105 §); a hidden item's events never
          // reach the public, so its elections are never here.
          (el) => html`<dk-election class="election-result" phase="closed" .election=${el as Election}></dk-election>`,
        )}
        ${this.renderAudit()}`;
    return html`${connection} ${LEADING.has(role) ? this.renderChair(state) : nothing}
      ${role === 'secretary' ? html`${this.renderRollCall(state, true)} ${this.renderCheckers(state)}` : nothing}
      ${
        LEADING.has(role)
          ? html`<details>
              <summary>${this.t.attendance}</summary>
              ${this.renderRollCall(state, false)}
            </details>`
          : nothing
      }
      <div class="columns">
        <div>
          <dk-quorum-status
            seats=${state.body.seats}
            body-kind=${state.body.kind}
            present=${(state.currentItemId ? state.items.get(state.currentItemId)?.quorum.present : undefined) ?? [...state.attendance.values()].filter((a) => a.present && a.votingRight).length}
          ></dk-quorum-status>
          <dk-agenda
            .items=${agendaEntries(this.meeting.items, state, this.nameOf, { viewer: this.viewer })}
          ></dk-agenda>
        </div>
        <div id="current-item">${this.renderItem(state)}</div>
      </div>
      ${LEADING.has(role) || role === 'secretary' ? this.renderMinutes() : nothing} ${this.renderAudit()}`;
  }

  reconnect(): void {
    this.client.follow(
      (e) => this.#onEvent(e),
      (s) => (this.connection = s),
      this.store?.state.lastSeq,
    );
  }

  renderItem(state: MeetingState): TemplateResult {
    const t = this.t;
    const item = state.currentItemId ? this.meeting!.items.find((i) => i.id === state.currentItemId) : undefined;
    if (!item) return html`<p>${t.noItem}</p>`;
    if ((item as AgendaItem & { hidden?: boolean }).hidden)
      return html`<section aria-label=${t.current}>
        <h2>§ ${item.sectionNumber} ${item.title[this.language] ?? item.title.fi}</h2>
        <p class="hidden-note">${t.hidden}</p>
      </section>`;
    const me = this.session!.personId;
    const role = this.meetingRole;
    const it = state.items.get(item.id);
    const mine = state.attendance.get(me);
    const voting = VOTING.has(role);
    const canPropose =
      voting && !!it && !!mine?.present && !it.disqualified.has(me) && it.discussionClosedAt === undefined;
    const vote = voteView(state, this.nameOf, { allowChange: false, viewer: this.viewer });
    const result = voteResultView(state, this.nameOf);
    const speakers = speakerQueueView(state, this.nameOf);
    const elections = (it?.elections ?? []) as Election[];
    return html`<dk-agenda-item
        .item=${agendaItemView(item, this.nameOf, state, { viewer: this.viewer })}
      ></dk-agenda-item>
      <dk-proposals
        id="proposals"
        ?can-propose=${canPropose}
        .proposals=${proposalsView(state, this.nameOf)}
        .votingOrder=${votingOrderView(state, this.nameOf)}
        @dk-proposal-make=${(e: CustomEvent<{ kind: string; text: string }>) =>
          this.run({ type: 'make-proposal', kind: e.detail.kind, text: this.localized(e.detail.text) })}
        @dk-proposal-second=${(e: CustomEvent<{ proposalId: string }>) =>
          this.run({ type: 'second-proposal', proposalId: e.detail.proposalId })}
        @dk-proposal-withdraw=${(e: CustomEvent<{ proposalId: string }>) =>
          this.run({ type: 'withdraw-proposal', proposalId: e.detail.proposalId })}
      ></dk-proposals>
      <dk-speaker-queue
        .entries=${speakers.entries}
        .current=${speakers.current}
        @dk-speak-request=${(e: CustomEvent<{ kind: string }>) => this.run({ type: 'request-speaker', kind: e.detail.kind })}
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
              .ineligible=${voting ? ineligibility(state, me) : 'no-voting-right'}
              @dk-ballot=${(e: CustomEvent<{ option: string; voteId: string }>) =>
                void this.run({ type: 'cast-ballot', voteId: e.detail.voteId, option: e.detail.option })}
            ></dk-vote-panel>`
          : nothing
      }
      ${result ? html`<dk-vote-result id="vote-result" .result=${result}></dk-vote-result>` : nothing}
      ${this.renderElection(state, item.id, elections)}
      ${
        voting && it?.decision
          ? html`<button
              type="button"
              id="dissent"
              @click=${() => this.run({ type: 'record-dissent', basis: 'vastaan-aanestanyt' })}
            >
              ${t.dissent}
            </button>`
          : nothing
      }
      ${voting || LEADING.has(role) ? this.renderDisqualification(state, item.id) : nothing}`;
  }

  /**
   * The election of the item (KL 105 §): the chair prepares, opens and closes it; a member entitled to vote casts
   * one ballot in `dk-election` (its choice stays in this page); the result is shown once counted and recorded.
   */
  renderElection(state: MeetingState, itemId: string, elections: Election[]): TemplateResult {
    const t = this.t;
    const held = elections.map(
      (el) => html`<dk-election class="election-result" phase="closed" .election=${el}></dk-election>`,
    );
    const box = this.box && 'election' in this.box && this.box.election.itemId === itemId ? this.box : undefined;
    const leading = LEADING.has(this.meetingRole);
    if (elections.length > 0 || this.box === undefined) return html`${held}`;
    if (!box) return leading ? this.renderElectionSetup(state, itemId) : html``;
    const e = box.election;
    const me = this.session!.personId;
    const mine = this.myElectionBallot?.electionId === e.electionId ? this.myElectionBallot : undefined;
    const entitled = VOTING.has(this.meetingRole) && !ineligibility(state, me);
    const draft: Election = {
      id: e.electionId,
      itemId: e.itemId,
      kind: 'enemmistovaali',
      title: e.title,
      seatsToFill: e.seatsToFill,
      secretBallot: e.secretBallot,
      candidates: e.candidates,
      ballots: [],
      tallies: [],
      lots: [],
      electedIds: [],
    };
    const ballot =
      box.open && entitled && (!box.voted || mine)
        ? html`<dk-election
            id="election-ballot"
            phase="open"
            .election=${draft}
            .ballot=${live(mine ? (mine.candidateId === undefined ? {} : { candidateId: mine.candidateId }) : undefined)}
            @dk-election-ballot=${async (ev: CustomEvent<{ electionId: string; candidateId?: string }>) => {
              const { electionId, candidateId } = ev.detail;
              this.myElectionBallot = candidateId === undefined ? { electionId } : { electionId, candidateId };
              const ok = await this.boxAct(
                'ballot',
                candidateId === undefined ? { electionId } : { electionId, candidateId },
              );
              if (!ok) {
                this.myElectionBallot = undefined;
                this.requestUpdate();
              }
            }}
          ></dk-election>`
        : html`<h2>${e.title[this.language === 'sv' ? 'sv' : 'fi'] ?? e.title.fi}</h2>`;
    return html`<section class="election-box" aria-labelledby="election-status">
      ${ballot}
      <p id="election-status">
        ${box.closed ? t.electionClosed : t.ballotsCast(box.ballotsCast)}
        ${box.voted && !mine ? html` ${t.youVoted}` : nothing}
      </p>
      ${
        leading && box.open
          ? html`<button type="button" id="close-election" @click=${() => this.boxAct('close')}>
              ${t.closeElection}
            </button>`
          : nothing
      }
    </section>`;
  }

  /** The chair's form for the election of the current item: title, number to elect, closed ballot, candidates. */
  renderElectionSetup(state: MeetingState, itemId: string): TemplateResult {
    const t = this.t;
    const item = this.meeting!.items.find((i) => i.id === itemId);
    const it = state.items.get(itemId);
    if (!item || !it || it.decision) return html``;
    const title = item.title[this.language === 'sv' ? 'sv' : 'fi'] ?? item.title.fi;
    return html`<details class="election-setup">
      <summary>${t.electionSetup}</summary>
      <form
        id="election-setup"
        @submit=${(ev: Event) => {
          ev.preventDefault();
          const form = ev.target as HTMLFormElement;
          const data = new FormData(form);
          const names = String(data.get('candidates') ?? '')
            .split('\n')
            .map((n) => n.trim())
            .filter(Boolean);
          const electionId = `${itemId}-vaali${it.elections.length + 1}`;
          void this.boxAct('open', {
            electionId,
            title: this.localized(String(data.get('title') ?? title).trim() || title),
            seatsToFill: Number(data.get('seats')),
            secretBallot: data.get('secret') === 'on',
            candidates: names.map((name, i) => ({ id: `${electionId}-e${i + 1}`, name })),
          });
        }}
      >
        <p>
          <label for="election-title">${t.electionTitle}</label>
          <input id="election-title" name="title" .value=${title} required maxlength="300" />
        </p>
        <p>
          <label for="election-seats">${t.seatsToFill}</label>
          <input id="election-seats" name="seats" type="number" min="1" max="50" value="1" required />
        </p>
        <p>
          <label><input type="checkbox" name="secret" checked /> ${t.secretBallot}</label>
        </p>
        <p>
          <label for="election-candidates">${t.candidatesLabel}</label>
          <textarea id="election-candidates" name="candidates" rows="4" required></textarea>
        </p>
        <button type="submit" id="open-election">${t.openElection}</button>
      </form>
    </details>`;
  }

  /** Free text in the viewer's language; Finnish is the required language of the record. */
  localized(text: string): { fi: string; sv?: string } {
    return this.language === 'sv' ? { fi: text, sv: text } : { fi: text };
  }

  renderDisqualification(state: MeetingState, itemId: string): TemplateResult {
    const it = state.items.get(itemId);
    const list = (it?.disqualifications ?? []).map((d) => ({
      personId: d.personId,
      name: this.nameOf(d.personId),
      ground: d.ground,
      declaredBy: d.declaredBy,
      ...(d.disqualified === undefined ? {} : { disqualified: d.disqualified }),
    }));
    const leading = LEADING.has(this.meetingRole);
    const members = [...state.attendance.values()]
      .filter((a) => a.present && a.votingRight)
      .map((a) => ({ id: a.personId, name: this.nameOf(a.personId) }));
    return html`<dk-disqualification
      mode=${leading ? 'decide' : 'declare'}
      body-kind=${state.body.kind}
      .members=${members}
      .disqualifications=${list}
      @dk-disqualification=${(
        e: CustomEvent<{
          personId: string;
          ground: string;
          declaredBy: string;
          disqualified: boolean;
          reason?: string;
        }>,
      ) =>
        this.run({
          type: 'declare-disqualification',
          personId: e.detail.personId,
          ground: e.detail.ground,
          declaredBy: e.detail.declaredBy,
          disqualified: e.detail.disqualified,
          ...(e.detail.reason ? { reason: this.localized(e.detail.reason) } : {}),
        })}
    ></dk-disqualification>`;
  }

  renderChair(state: MeetingState): TemplateResult {
    const meeting = this.meeting!;
    const chair = this.session!.personId;
    const secretary = this.info?.participants.find((p) => p.role === 'secretary')?.personId;
    // The dry run of a count draws from a throwaway source (the service's recorded one draws the real lot) and
    // knows that the box keeps the ballot secret (KL 105 § 5 mom); the service decides again with its own options.
    const options = { random: () => 0, ballotSecrecyEnsured: this.box?.ballotSecrecyEnsured === true };
    const authorize = (intent: Intent) => dryRun(state, chair, completeChairIntent(state, meeting, intent), options);
    const box = this.box && 'election' in this.box ? this.box : undefined;
    const toCount =
      box?.closed && box.election.itemId === state.currentItemId && this.toCount?.electionId === box.election.electionId
        ? this.toCount
        : undefined;
    return html`<dk-chair-console
      id="chair-console"
      .state=${state}
      .authorize=${authorize}
      secretary-id=${secretary ?? nothing}
      .refusal=${this.chairRefusal}
      .election=${toCount}
      @dk-chair-command=${async (e: CustomEvent<{ command: Intent }>) => {
        const command = completeChairIntent(state, meeting, e.detail.command);
        const refusal = await this.run(command);
        this.chairRefusal = refusal ?? null;
        if (refusal) return;
        this.message = '';
        // The base proposal is the presenter's draft decision, put forward when the item is taken up (KL 104 §).
        if (command.type === 'open-item') {
          const text = baseProposalText(meeting, String(command.itemId));
          if (text) this.chairRefusal = (await this.run({ type: 'make-proposal', kind: 'pohjaehdotus', text })) ?? null;
        }
      }}
    ></dk-chair-console>`;
  }

  /** The attendance list: the secretary keeps it (KL 99 §: verifies who takes part); the chair sees who is lost. */
  renderRollCall(state: MeetingState, editable: boolean): TemplateResult {
    const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
    return html`<dk-roll-call
      id="roll-call"
      ?editable=${editable}
      item-label=${item ? `§ ${item.sectionNumber}` : ''}
      .participants=${this.roll(state)}
      @dk-attendance-change=${(e: CustomEvent<{ personId: string; status: 'lasna' | 'poissa'; mode?: string }>) => {
        const { personId, status, mode } = e.detail;
        const p = this.info?.participants.find((x) => x.personId === personId);
        void this.run(
          status === 'poissa'
            ? { type: 'change-attendance', personId, status }
            : {
                type: 'change-attendance',
                personId,
                status,
                mode: mode ?? 'paikan-paalla',
                role: SEAT_ROLE[p?.role ?? 'member'] ?? 'jasen',
                votingRight: VOTING.has(p?.role ?? ''),
              },
        );
      }}
    ></dk-roll-call>`;
  }

  /**
   * Everyone who may take a seat (members and deputies of the invitation), with the recorded attendance. A remote
   * member whose departure the service recorded for a lost connection (KL 99 §) is shown as such until they return.
   */
  roll(state: MeetingState): RollCallParticipant[] {
    const connections: Record<string, 'live' | 'lost'> = {};
    for (const [personId, a] of state.attendance)
      if (a.mode === 'etana') connections[personId] = this.lost.includes(personId) ? 'lost' : 'live';
    const recorded = new Map(rollCallView(state, this.nameOf, connections).map((p) => [p.id, p]));
    return (this.info?.participants ?? [])
      .filter((p) => VOTING.has(p.role))
      .map((p) => recorded.get(p.personId) ?? { id: p.personId, name: p.name, present: false });
  }

  /** The secretary records the minutes checkers the body chose (KL 107 §; hallintosääntö: usually two). */
  renderCheckers(state: MeetingState): TemplateResult {
    const t = this.t;
    const chosen = state.minutesCheckerIds;
    const present = [...state.attendance.values()].filter((a) => a.present && a.votingRight);
    return html`<section aria-labelledby="checkers-h" class="checkers">
      <h2 id="checkers-h">${t.checkersHeading}</h2>
      ${chosen.length ? html`<p id="checkers-chosen">${t.checkersChosen(chosen.map(this.nameOf).join(', '))}</p>` : nothing}
      <form
        id="checkers"
        @submit=${(ev: Event) => {
          ev.preventDefault();
          const personIds = new FormData(ev.target as HTMLFormElement).getAll('checker').map(String);
          if (personIds.length) void this.run({ type: 'choose-minutes-checkers', personIds });
        }}
      >
        <fieldset>
          <legend>${t.checkers}</legend>
          <div class="checker-list">
            ${present.map(
              (a) =>
                html`<label
                  ><input type="checkbox" name="checker" value=${a.personId} ?checked=${chosen.includes(a.personId)} />
                  ${this.nameOf(a.personId)}</label
                >`,
            )}
          </div>
        </fieldset>
        <button type="submit" id="choose-checkers">${t.checkers}</button>
      </form>
    </section>`;
  }

  renderMinutes(): TemplateResult {
    const t = this.t;
    return html`<section aria-labelledby="minutes-h" class="minutes">
      <h2 id="minutes-h">${t.minutesDraft}</h2>
      <button
        type="button"
        id="show-minutes"
        @click=${async () => {
          const m = await this.client.minutesDraft(this.language === 'sv' ? 'sv' : 'fi');
          this.minutes = m as Minutes | undefined;
        }}
      >
        ${t.showMinutes}
      </button>
      ${this.minutes ? html`<dk-minutes id="minutes" .minutes=${this.minutes}></dk-minutes>` : nothing}
    </section>`;
  }

  renderAudit(): TemplateResult {
    const t = this.t;
    return html`<section aria-labelledby="audit-h" class="audit">
      <h2 id="audit-h">${t.audit}</h2>
      <ul id="checkpoints">
        ${this.checkpoints.map((c) => html`<li data-reason=${c.reason} data-valid=${String(c.valid)}>${t.checkpoint(c.size, c.reason)}: ${c.valid ? t.verified : t.notVerified}</li>`)}
      </ul>
      <button type="button" id="refresh-audit" @click=${() => this.loadCheckpoints()}>${t.refresh}</button>
    </section>`;
  }
}

if (!customElements.get('dk-meeting-app')) customElements.define('dk-meeting-app', DkMeetingApp);
