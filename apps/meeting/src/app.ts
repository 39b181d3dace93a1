import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { AgendaItem, Meeting, MeetingEvent } from '@digikokous/meeting-schema';
import { decide, isProcedureError, MeetingStore, type MeetingCommand, type MeetingState } from '@digikokous/procedure';
import { viewerContext, type Viewer } from '@digikokous/components';
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
import {
  MeetingClient,
  verifyCheckpoint,
  type LiveEvent,
  type MeetingInfo,
  type Refusal,
  type SessionInfo,
} from './api.js';
import { T, type Lang, type Texts } from './i18n.js';

type Cmd = Record<string, unknown> & { type: MeetingCommand['type'] };
type ViewerRole = NonNullable<Viewer['role']>;

const VOTING = new Set(['chair', 'vice-chair', 'member', 'deputy']);
const LEADING = new Set(['chair', 'vice-chair']);

function plain(rich: unknown): string {
  if (typeof rich === 'string') return rich;
  if (Array.isArray(rich))
    return rich.map(plain).join(rich.every((n) => (n as { type?: string })?.type === 'paragraph') ? '\n' : '');
  if (rich && typeof rich === 'object') {
    const n = rich as { text?: string; content?: unknown };
    return n.text ?? plain(n.content ?? '');
  }
  return '';
}

/**
 * The meeting app: one page for the member, the chair, the secretary and the public. State comes only from the
 * service (snapshot, then the live stream replayed with the procedure's `MeetingStore`); every action is a command
 * the service checks. The chair's controls ask the same `decide` locally to show, in text, why a command is not
 * possible now; the service decides again (and is the authority).
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
  };
  language: Lang = 'fi';
  tick = 0;
  message = '';
  connection: 'live' | 'reconnecting' | 'idle' = 'idle';
  minutes: string | undefined;
  checkpoints: { size: number; reason: string; valid: boolean }[] = [];
  mode: 'login' | 'meeting' = 'login';

  client!: MeetingClient;
  info: MeetingInfo | undefined;
  store: MeetingStore | undefined;
  meeting: Meeting | undefined;
  session: SessionInfo | undefined;
  #pending: LiveEvent[] = [];
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
    const meetingId =
      params.get('meeting') ?? ((await (await fetch('/api/meetings')).json()) as { id: string }[])[0]?.id;
    if (!meetingId) return;
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
    this.meeting = snap.meeting as Meeting;
    this.store = new MeetingStore(this.meeting, [], { body: snap.state.body });
    this.store.subscribe(() => this.tick++);
    this.mode = 'meeting';
    this.client.follow(
      (e) => this.#onEvent(e),
      (s) => (this.connection = s),
    );
    void this.loadCheckpoints();
  }

  #onEvent(e: LiveEvent): void {
    if (!this.store) return;
    if (e.seq <= this.store.state.lastSeq) return; // a resumed stream never applies an event twice
    // Content the viewer may not see arrives as an envelope only; the store keeps to what the viewer may know.
    if ('redacted' in e) return;
    this.#pending.push(e);
    queueMicrotask(() => {
      if (this.#pending.length === 0) return;
      const batch = this.#pending.splice(0);
      this.store!.append(batch as MeetingEvent[]);
      if (batch.some((x) => x.type === 'vote-closed' || x.type === 'meeting-closed')) void this.loadCheckpoints();
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

  get viewer(): Viewer {
    const role = (
      this.meetingRole === 'vice-chair'
        ? 'chair'
        : this.meetingRole === 'presenter' || this.meetingRole === 'expert'
          ? 'official'
          : this.meetingRole
    ) as ViewerRole;
    return this.session
      ? {
          id: this.session.personId,
          name: this.session.name,
          role,
          votingRight: VOTING.has(this.meetingRole),
          mayViewConfidential: true,
        }
      : { role: 'public', votingRight: false, mayViewConfidential: false };
  }

  async run(command: Cmd): Promise<boolean> {
    const r = await this.client.command(command);
    this.message = r.ok ? '' : `${this.t.notAllowed}: ${r.refusal.message[this.language]}`;
    return r.ok;
  }

  /** The procedure's answer for a command now, from the viewer's state (the service checks again). */
  refusalOf(command: Cmd): string | undefined {
    if (!this.store || !this.session) return undefined;
    const at = new Date(
      Math.max(Date.now(), Date.parse(this.store.state.lastAt ?? '1970-01-01T00:00:00Z')),
    ).toISOString();
    const r = decide(this.store.state, { ...command, actor: this.session.personId, at } as unknown as MeetingCommand);
    return isProcedureError(r) ? (r.message[this.language] ?? r.message.fi) : undefined;
  }

  override render(): TemplateResult {
    this.#provider.setValue(this.viewer);
    const t = this.t;
    return html`<header class="bar">
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
                <p id="connection" role="status" class=${this.connection}>
                  ${this.connection === 'live' ? t.live : this.connection === 'reconnecting' ? t.reconnecting : ''}
                </p>
                ${this.session ? html`<button type="button" id="logout" @click=${() => this.logout()}>${t.logout}</button>` : nothing}`
            : nothing
        }
      </header>
      <p id="message" role="alert" class="message">${this.message}</p>
      <main>${this.mode === 'login' ? this.renderLogin() : this.renderMeeting()}</main>`;
  }

  async logout(): Promise<void> {
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

  renderMeeting(): TemplateResult {
    const store = this.store;
    if (!store || !this.meeting) return html`<p>…</p>`;
    const state = store.state;
    const t = this.t;
    const item = state.currentItemId ? this.meeting.items.find((i) => i.id === state.currentItemId) : undefined;
    const hidden = item && (item as AgendaItem & { hidden?: boolean }).hidden;
    const me = this.session?.personId;
    const vote = voteView(state, this.nameOf, { allowChange: false });
    const result = voteResultView(state, this.nameOf);
    const speakers = speakerQueueView(state, this.nameOf);
    const quorum = state.currentItemId ? state.items.get(state.currentItemId)?.quorum.present : undefined;
    return html`<p id="meeting-status">${t.status}: <strong>${t.meetingStatus[state.status]}</strong></p>
      ${LEADING.has(this.meetingRole) ? this.renderChair(state) : nothing}
      ${this.meetingRole === 'secretary' || LEADING.has(this.meetingRole) ? this.renderSecretary(state) : nothing}
      <div class="columns">
        <div>
          <dk-quorum-status
            seats=${state.body.seats}
            body-kind=${state.body.kind}
            present=${quorum ?? [...state.attendance.values()].filter((a) => a.present && a.votingRight).length}
          ></dk-quorum-status>
          <dk-agenda
            .items=${agendaEntries(this.meeting.items, state, this.nameOf, { viewer: this.viewer })}
          ></dk-agenda>
        </div>
        <div id="current-item">
          ${
            !item
              ? html`<p>${t.noItem}</p>`
              : hidden
                ? html`<section aria-label=${t.current}>
                    <h2>§ ${item.sectionNumber} ${item.title[this.language] ?? item.title.fi}</h2>
                    <p class="hidden-note">${t.hidden}</p>
                  </section>`
                : html`<dk-agenda-item
                      .item=${agendaItemView(item, this.nameOf, state, { viewer: this.viewer })}
                    ></dk-agenda-item>
                    ${this.renderProposals(state, item)}
                    <dk-speaker-queue
                      .entries=${speakers.entries}
                      .current=${speakers.current}
                      @dk-speak-request=${(e: CustomEvent<{ kind: string }>) => this.run({ type: 'request-speaker', kind: e.detail.kind })}
                      @dk-speak-grant=${(e: CustomEvent<{ entryId: string }>) => this.run({ type: 'grant-speaker', entryId: e.detail.entryId })}
                      @dk-speak-end=${() => speakers.current && this.run({ type: 'end-speaker', entryId: speakers.current.entryId! })}
                      @dk-speak-remove=${(e: CustomEvent<{ entryId: string }>) => this.run({ type: 'end-speaker', entryId: e.detail.entryId })}
                    ></dk-speaker-queue>
                    ${
                      vote
                        ? html`<dk-vote-panel
                            .vote=${vote}
                            .ballot=${me ? ballotOf(state, me) : undefined}
                            .ineligible=${me && VOTING.has(this.meetingRole) ? ineligibility(state, me) : 'no-voting-right'}
                            @dk-ballot=${(e: CustomEvent<{ option: string; voteId: string }>) => {
                              e.preventDefault();
                              void this.run({ type: 'cast-ballot', voteId: e.detail.voteId, option: e.detail.option });
                            }}
                          ></dk-vote-panel>`
                        : nothing
                    }
                    ${result ? html`<dk-vote-result id="vote-result" .result=${result}></dk-vote-result>` : nothing}
                    ${
                      me && VOTING.has(this.meetingRole) && state.items.get(item.id)?.decision
                        ? html`<button
                            type="button"
                            id="dissent"
                            @click=${() => this.run({ type: 'record-dissent', basis: 'vastaan-aanestanyt' })}
                          >
                            ${t.dissent}
                          </button>`
                        : nothing
                    }`
          }
        </div>
      </div>
      <details>
        <summary>${t.attendance}</summary>
        <dk-attendance .participants=${participantsView(state, this.nameOf)}></dk-attendance>
      </details>
      ${this.renderAudit()}`;
  }

  renderProposals(state: MeetingState, item: AgendaItem): TemplateResult {
    const t = this.t;
    const s = state.items.get(item.id);
    const me = this.session?.personId;
    const proposals = (s?.proposals ?? []).filter((p) => !p.withdrawn);
    return html`<section aria-labelledby="proposals-h" class="proposals">
      <h3 id="proposals-h">${t.proposals}</h3>
      ${
        proposals.length === 0
          ? html`<p>${t.noProposals}</p>`
          : html`<ul>
              ${proposals.map(
                (p) =>
                  html`<li data-proposal=${p.id}>
                    <strong>${t.kinds[p.kind] ?? p.kind}</strong
                    >${p.proposerId ? html` (${t.proposedBy} ${this.nameOf(p.proposerId)})` : nothing}:
                    ${p.text[this.language] ?? p.text.fi}
                    ${p.seconderIds.length ? html`<span> — ${t.secondedBy} ${p.seconderIds.map(this.nameOf).join(', ')}</span>` : nothing}
                    ${
                      me &&
                      VOTING.has(this.meetingRole) &&
                      p.kind !== 'pohjaehdotus' &&
                      p.proposerId !== me &&
                      !p.seconderIds.includes(me)
                        ? html`<button
                            type="button"
                            class="second"
                            @click=${() => this.run({ type: 'second-proposal', proposalId: p.id })}
                          >
                            ${t.second}
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
      }
      ${
        me && VOTING.has(this.meetingRole) && s && !s.discussionClosedAt
          ? html`<form
              id="propose"
              @submit=${async (e: Event) => {
                e.preventDefault();
                const form = e.target as HTMLFormElement;
                const text = (form.querySelector('#proposal-text') as HTMLTextAreaElement).value.trim();
                const kind = (form.querySelector('#proposal-kind') as HTMLSelectElement).value;
                if (
                  text &&
                  (await this.run({
                    type: 'make-proposal',
                    kind,
                    text: { [this.language === 'en' ? 'fi' : this.language]: text, fi: text },
                  }))
                )
                  form.reset();
              }}
            >
              <label for="proposal-kind">${t.proposalKind}</label>
              <select id="proposal-kind">
                ${['vastaehdotus', 'muutosehdotus', 'hylkaysehdotus', 'poydallepano', 'palautus'].map((k) => html`<option value=${k}>${t.kinds[k]}</option>`)}
              </select>
              <label for="proposal-text">${t.proposalText}</label>
              <textarea id="proposal-text" rows="3" maxlength="4000"></textarea>
              <button type="submit">${t.propose}</button>
            </form>`
          : nothing
      }
    </section>`;
  }

  renderChair(state: MeetingState): TemplateResult {
    const t = this.t;
    const meeting = this.meeting!;
    const handled = new Set([...state.items.values()].filter((i) => i.closedAt).map((i) => i.itemId));
    const next = [...meeting.items]
      .sort((a, b) => a.order - b.order)
      .find((i) => !handled.has(i.id) && i.id !== state.currentItemId);
    const current = state.currentItemId ? meeting.items.find((i) => i.id === state.currentItemId) : undefined;
    const currentState = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
    const secretary = this.info?.participants.find((p) => p.role === 'secretary')?.personId;
    const candidates: [string, string, Cmd][] = [
      [
        'open-meeting',
        t.openMeeting,
        {
          type: 'open-meeting',
          chairId: this.session!.personId,
          ...(secretary ? { secretaryId: secretary } : {}),
          mode: meeting.mode === 'lasnaolo' ? 'hybridi' : meeting.mode,
        },
      ],
      ['state-legality', t.legality, { type: 'state-legality', lawfullyConvened: true }],
      [
        'approve-agenda',
        t.approveAgenda,
        {
          type: 'approve-agenda',
          itemIds: meeting.items.filter((i) => !i.additional).map((i) => i.id),
          additionalItemIds: meeting.items.filter((i) => i.additional).map((i) => i.id),
        },
      ],
      ...(next
        ? [
            [
              'open-item',
              t.openItem(`§ ${next.sectionNumber ?? next.order}`),
              {
                type: 'open-item',
                itemId: next.id,
                ...(next.sectionNumber ? { sectionNumber: next.sectionNumber } : {}),
              },
            ] as [string, string, Cmd],
          ]
        : []),
      [
        'base-proposal',
        t.baseProposal,
        {
          type: 'make-proposal',
          kind: 'pohjaehdotus',
          text: { fi: plain(current?.draftDecision?.fi) || (current?.title.fi ?? '-') },
        },
      ],
      ['close-discussion', t.closeDiscussion, { type: 'close-discussion' }],
      ['approve-voting-order', t.votingOrder, { type: 'approve-voting-order' }],
      ['open-vote', t.openVote, { type: 'open-vote' }],
      ['close-vote', t.closeVote, { type: 'close-vote' }],
      // With the discussion still open, only as a unanimous decision stated by the chair (which closes it).
      [
        'record-decision',
        t.recordDecision,
        { type: 'record-decision', ...(currentState && !currentState.discussionClosedAt ? { unanimous: true } : {}) },
      ],
      ['close-item', t.closeItem, { type: 'close-item' }],
      [
        state.status === 'on-break' ? 'end-break' : 'start-break',
        state.status === 'on-break' ? t.endBreak : t.startBreak,
        { type: state.status === 'on-break' ? 'end-break' : 'start-break' },
      ],
      ['close-meeting', t.closeMeeting, { type: 'close-meeting' }],
    ];
    return html`<section aria-labelledby="chair-h" class="console">
      <h2 id="chair-h">${t.chairConsole}</h2>
      <ul>
        ${candidates.map(([id, label, command]) => {
          const reason = this.refusalOf(command);
          return html`<li>
            <button
              type="button"
              id=${`cmd-${id}`}
              aria-disabled=${reason ? 'true' : 'false'}
              aria-describedby=${reason ? `why-${id}` : nothing}
              @click=${() => this.run(command)}
            >
              ${label}
            </button>
            ${reason ? html`<span id=${`why-${id}`} class="why">${t.notAllowed}: ${reason}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  renderSecretary(state: MeetingState): TemplateResult {
    const t = this.t;
    const invitees = (this.info?.participants ?? []).filter((p) => VOTING.has(p.role) && p.role !== 'deputy');
    return html`<section aria-labelledby="secretary-h" class="secretary">
      <h2 id="secretary-h">${t.secretary}</h2>
      <details>
        <summary>${t.attendance}</summary>
        <ul class="roll">
          ${invitees.map((p) => {
            const present = state.attendance.get(p.personId)?.present === true;
            return html`<li>
              ${p.name}
              <button
                type="button"
                data-person=${p.personId}
                @click=${() =>
                  this.run(
                    present
                      ? { type: 'change-attendance', personId: p.personId, status: 'poissa' }
                      : {
                          type: 'change-attendance',
                          personId: p.personId,
                          status: 'lasna',
                          mode: 'paikan-paalla',
                          role: p.role === 'chair' ? 'puheenjohtaja' : 'jasen',
                          votingRight: true,
                        },
                  )}
              >
                ${present ? t.recordAbsent : t.recordPresent}
              </button>
            </li>`;
          })}
        </ul>
      </details>
      <button
        type="button"
        id="show-minutes"
        @click=${async () => {
          const m = await this.client.minutesDraft(this.language === 'sv' ? 'sv' : 'fi');
          this.minutes = m ? minutesToText(m) : '';
        }}
      >
        ${t.showMinutes}
      </button>
      ${this.minutes !== undefined ? html`<section aria-label=${t.minutesDraft}><pre id="minutes">${this.minutes}</pre></section>` : nothing}
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

/** The procedure's `MinutesText` as plain lines (heading, attendance, each § with proceedings and decision). */
function minutesToText(m: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(m);
  return out.join('\n');
}

if (!customElements.get('dk-meeting-app')) customElements.define('dk-meeting-app', DkMeetingApp);
