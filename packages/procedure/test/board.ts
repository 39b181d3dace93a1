import type { Meeting, MeetingEvent } from '@digikokous/meeting-schema';
import { expect } from 'vitest';
import {
  isProcedureError,
  MeetingStore,
  type DecideOptions,
  type MeetingCommand,
  type RosterMembership,
} from '../src/index.js';

/**
 * A seven-member board (lautakunta, KL 103 § 2 mom: quorum 4) with personal deputies d1…d7 (KL 31 § 3 mom), a
 * presenting official and a secretary, from memberships.
 */
export const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
export const CHAIR = 'm1';
export const VICE = 'm2';
export const SECRETARY = 'sihteeri';
export const PRESENTER = 'esittelija';
export const boardMemberships: RosterMembership[] = [
  ...members.map((id) => ({
    personId: id,
    bodyId: 'lk',
    role: id === CHAIR ? 'puheenjohtaja' : id === VICE ? 'varapuheenjohtaja' : 'jasen',
    votingRight: true,
  })),
  ...members.map((id, i) => ({
    personId: `d${i + 1}`,
    bodyId: 'lk',
    role: 'varajasen',
    votingRight: true,
    deputyFor: id,
  })),
  { personId: PRESENTER, bodyId: 'lk', role: 'esittelija', votingRight: false },
  { personId: SECRETARY, bodyId: 'lk', role: 'poytakirjanpitaja', votingRight: false },
];
export const boardMeeting = {
  id: 'lk-2026-3',
  bodyId: 'lk',
  mode: 'hybridi',
  public: false,
  startsAt: '2026-03-10T17:00:00+02:00',
  items: [
    { id: 'i1', presenterId: PRESENTER, title: { fi: 'Hankinta' } },
    // Two thirds of all members (e.g. KL 43 §): 5 of 7.
    { id: 'i2', presenterId: PRESENTER, title: { fi: 'Erottaminen' }, requiredMajority: 'kaksi-kolmasosaa-jasenista' },
  ],
} as unknown as Meeting;
export const boardBody = { kind: 'lautakunta', seats: 7 };

type Cmd = MeetingCommand extends infer C ? (C extends MeetingCommand ? Omit<C, 'at'> : never) : never;

/** A board meeting driven by commands at one-second steps. */
export class Board {
  readonly store: MeetingStore;
  #clock = Date.parse('2026-03-10T15:00:00Z');
  constructor(options: DecideOptions = {}) {
    this.store = new MeetingStore(boardMeeting, [], { body: boardBody, memberships: boardMemberships, ...options });
  }
  get state() {
    return this.store.state;
  }
  at(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString();
  }
  ok(c: Cmd): MeetingEvent[] {
    const r = this.store.dispatch({ at: this.at(), ...c } as MeetingCommand);
    if (isProcedureError(r)) throw new Error(`${c.type} refused: ${r.code}: ${r.message.en}`);
    return r;
  }
  /** The refusal code; the store is unchanged. */
  no(c: Cmd): string {
    const before = this.store.events.length;
    const r = this.store.dispatch({ at: this.at(), ...c } as MeetingCommand);
    expect(this.store.events.length).toBe(before);
    if (!isProcedureError(r)) throw new Error(`${c.type} was accepted`);
    expect(r.message.fi.length * (r.message.sv?.length ?? 0) * r.message.en.length).toBeGreaterThan(0);
    return r.code;
  }
  /** Opens the meeting with `present` members present, the presenter and the secretary, legality stated. */
  open(present: readonly string[] = members): this {
    this.ok({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
    for (const m of present) this.arrive(m);
    this.ok({ type: 'change-attendance', actor: SECRETARY, personId: PRESENTER, status: 'lasna', role: 'esittelija' });
    this.ok({ type: 'state-legality', actor: CHAIR, lawfullyConvened: true });
    return this;
  }
  arrive(personId: string, substituteFor?: string): MeetingEvent[] {
    return this.ok({
      type: 'change-attendance',
      actor: SECRETARY,
      personId,
      status: 'lasna',
      mode: 'paikan-paalla',
      ...(substituteFor === undefined ? {} : { substituteFor }),
    });
  }
  leave(personId: string): MeetingEvent[] {
    return this.ok({ type: 'change-attendance', actor: SECRETARY, personId, status: 'poissa', reason: 'muu' });
  }
  /** Opens item i1 with its base proposal P from the presenting official. */
  item(itemId = 'i1'): this {
    this.ok({ type: 'open-item', actor: this.presiding, itemId });
    this.ok({
      type: 'make-proposal',
      actor: PRESENTER,
      kind: 'pohjaehdotus',
      proposalId: 'P',
      text: { fi: 'Hyväksytään.' },
    });
    return this;
  }
  counter(id: string, by: string, secondedBy?: string): void {
    this.ok({
      type: 'make-proposal',
      actor: by,
      kind: 'vastaehdotus',
      proposerId: by,
      proposalId: id,
      text: { fi: `${id}.` },
    });
    if (secondedBy !== undefined)
      this.ok({ type: 'second-proposal', actor: secondedBy, proposalId: id, seconderId: secondedBy });
  }
  get presiding(): string {
    return this.state.presidingId ?? CHAIR;
  }
  get openVoteId(): string {
    const it = this.state.items.get(this.state.currentItemId!)!;
    return it.votes.findLast((v) => !v.closed && !v.cancelled)!.voteId;
  }
  /** Casts each ballot in the open vote as the voter himself. */
  ballots(options: Record<string, 'jaa' | 'ei' | 'tyhja'>): void {
    const voteId = this.openVoteId;
    for (const [personId, option] of Object.entries(options))
      this.ok({ type: 'cast-ballot', actor: personId, voteId, personId, option });
  }
}
