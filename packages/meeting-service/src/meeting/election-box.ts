/**
 * The ballot box of an election (vaali, KL 105 §), durable in the service's database and shared by every instance.
 *
 * `@digikokous/procedure` records an election as one `count-election` command carrying the ballots (the chair
 * counts; a tie is drawn by lot from the service's injected random source). The box collects the members' ballots
 * before that: the presiding chair opens it for the current item, each member entitled to vote in the item casts
 * one ballot, the chair closes it and reads the choices (without voters, in random order) for `count-election`.
 *
 * Secret ballot (suljettu lippuäänestys, KL 105 § 4–5 mom: in an electronic meeting only when ballot secrecy is
 * secured): who has voted (`dk_election_voters`, to refuse a second ballot) is kept apart from the choices
 * (`dk_election_choices`: a random slot and the candidate, no voter, time or sequence). A ballot is one transaction:
 * the voter row, the choice row and the audit entry "ballot cast" that names the voter and not the choice (opening
 * and closing the box are audit entries of the chair, in the same transaction as their rows). Closing
 * writes the choices again under new random slots, so that afterwards not even the rows' system columns (the
 * writing transaction) or their physical order link a choice to a voter. Nothing of the box is streamed: a member
 * sees the number of ballots cast and whether he himself has voted; the presiding chair the choices, only closed.
 */
import { randomBytes } from 'node:crypto';
import type { MeetingRole } from '@digikokous/security';
import type { Queryable } from '../db/database.js';
import { refusal, type Refusal, type RefusalCode } from '../http/refusals.js';
import type { OpenElection } from '../http/election-schemas.js';
import type { AuthnContext, MeetingRuntime } from './runtime.js';

export interface BoxCandidate {
  readonly id: string;
  readonly name: string;
  readonly personId?: string;
}

/** What the chair opens: the election of the current item, as `count-election` will record it. */
export interface BoxElection {
  readonly electionId: string;
  readonly itemId: string;
  readonly title: { readonly fi: string; readonly sv?: string };
  readonly seatsToFill: number;
  readonly secretBallot: boolean;
  readonly candidates: readonly BoxCandidate[];
}

/** The box as a participant may see it: never a choice, never a voter other than the viewer. */
export type BoxView =
  | { readonly open: false; readonly ballotSecrecyEnsured: true }
  | {
      readonly open: boolean;
      readonly closed: boolean;
      readonly election: BoxElection;
      readonly ballotsCast: number;
      readonly voted: boolean;
      readonly ballotSecrecyEnsured: true;
    };

/** The closed box's choices for `count-election`: ballot ids by position in random order, no voter. */
export interface BoxBallots extends Omit<BoxElection, 'itemId'> {
  readonly ballots: readonly ({ readonly id: string } | { readonly id: string; readonly candidateId: string })[];
}

export interface BoxCaller {
  readonly personId: string;
  readonly role: MeetingRole;
}

export const VOTING_ROLES: readonly MeetingRole[] = ['chair', 'vice-chair', 'member', 'deputy'];

interface LiveBox {
  readonly election: BoxElection;
  readonly closed: boolean;
  readonly ballotsCast: number;
  readonly voted: boolean;
}

const no = (code: RefusalCode): Refusal => refusal(code);

/** The ballot boxes of one meeting: every read and write goes to the database, so any instance can serve any call. */
export class ElectionBoxes {
  constructor(
    readonly runtime: MeetingRuntime,
    readonly db: Queryable,
  ) {}

  get #meetingId(): string {
    return this.runtime.meetingId;
  }

  #currentItem() {
    const state = this.runtime.state;
    return state.currentItemId ? state.items.get(state.currentItemId) : undefined;
  }

  #presiding(who: BoxCaller): boolean {
    return (who.role === 'chair' || who.role === 'vice-chair') && this.runtime.state.presidingId === who.personId;
  }

  /**
   * The box of the item under consideration, opened in its present stretch (a box never outlives its item) and
   * not yet counted (`election-held` ends it), with the count and whether `personId` has voted.
   */
  async #live(personId: string, db: Queryable = this.db): Promise<LiveBox | undefined> {
    const item = this.#currentItem();
    const since = this.runtime.currentItemOpenedSeq;
    if (!item || since === undefined || item.elections.length > 0) return undefined;
    const r = await db.query<{ definition: BoxElection | string; closed: boolean; cast: number; voted: boolean }>(
      `SELECT b.definition, b.closed,
         (SELECT count(*) FROM dk_election_voters v
           WHERE v.meeting_id = b.meeting_id AND v.election_id = b.election_id)::integer AS cast,
         EXISTS (SELECT 1 FROM dk_election_voters v
           WHERE v.meeting_id = b.meeting_id AND v.election_id = b.election_id AND v.person_id = $4) AS voted
       FROM dk_election_boxes b WHERE b.meeting_id = $1 AND b.item_id = $2 AND b.item_opened_seq = $3`,
      [this.#meetingId, item.itemId, since, personId],
    );
    const row = r.rows[0];
    if (!row) return undefined;
    const election = typeof row.definition === 'string' ? (JSON.parse(row.definition) as BoxElection) : row.definition;
    return { election, closed: row.closed, ballotsCast: Number(row.cast), voted: row.voted };
  }

  #viewOf(box: LiveBox | undefined): BoxView {
    if (!box) return { open: false, ballotSecrecyEnsured: true };
    return {
      open: !box.closed,
      closed: box.closed,
      election: box.election,
      ballotsCast: box.ballotsCast,
      voted: box.voted,
      ballotSecrecyEnsured: true,
    };
  }

  async view(who: BoxCaller): Promise<BoxView> {
    return this.#viewOf(await this.#live(who.personId));
  }

  /** Opens the box of the current item (the presiding chair); one box per item stretch, across all instances. */
  async open(who: BoxCaller, authn: AuthnContext, body: OpenElection): Promise<BoxView | Refusal> {
    if (!this.#presiding(who)) return no('not-presiding');
    const item = this.#currentItem();
    const since = this.runtime.currentItemOpenedSeq;
    if (!item || since === undefined) return no('no-item');
    if (item.elections.length > 0) return no('election-held');
    if (item.votes.some((v) => !v.closed && !v.cancelled)) return no('vote-open');
    if (await this.#live(who.personId)) return no('election-open');
    if (new Set(body.candidates.map((c) => c.id)).size !== body.candidates.length) return no('invalid-request');
    const election: BoxElection = {
      electionId: body.electionId ?? `${item.itemId}-vaali${item.elections.length + 1}`,
      itemId: item.itemId,
      title: body.title,
      seatsToFill: body.seatsToFill,
      secretBallot: body.secretBallot,
      candidates: body.candidates,
    };
    const opened = await this.runtime.recordOutsideLog(
      who,
      authn,
      { action: 'create', eventType: 'election-box-opened', electionId: election.electionId, itemId: item.itemId },
      async (tx) => {
        // A box of the same id left from an earlier stretch of the item (closed without a count) gives way; a box of
        // this stretch, opened meanwhile by another instance, wins (ON CONFLICT DO NOTHING: `election-open`).
        await tx.query(
          `DELETE FROM dk_election_boxes
          WHERE meeting_id = $1 AND election_id = $2 AND NOT (item_id = $3 AND item_opened_seq = $4)`,
          [this.#meetingId, election.electionId, item.itemId, since],
        );
        const r = await tx.query(
          `INSERT INTO dk_election_boxes (meeting_id, election_id, item_id, item_opened_seq, definition)
         VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT DO NOTHING RETURNING election_id`,
          [this.#meetingId, election.electionId, item.itemId, since, JSON.stringify(election)],
        );
        return r.rows.length > 0 ? (true as const) : no('election-open');
      },
    );
    if (opened !== true) return opened;
    return this.view(who);
  }

  /**
   * One ballot of `who` (the session's person, never the body's): the voter row, the choice row under a random slot
   * and the audit entry "ballot cast" (the voter, not the choice), all in one transaction.
   */
  async cast(
    who: BoxCaller,
    authn: AuthnContext,
    ballot: { readonly electionId: string; readonly candidateId?: string | undefined },
  ): Promise<BoxView | Refusal> {
    const box = await this.#live(who.personId);
    if (!box || box.closed || box.election.electionId !== ballot.electionId) return no('election-not-open');
    // KL 105 §, HL 27 §: the same entitlement as for a vote: present, with a vote, not disqualified in the item.
    const a = this.runtime.state.attendance.get(who.personId);
    if (!a?.present || !a.votingRight || this.#currentItem()!.disqualified.has(who.personId)) return no('not-entitled');
    if (box.voted) return no('election-already-voted');
    const candidateId = ballot.candidateId ?? null;
    if (candidateId !== null && !box.election.candidates.some((c) => c.id === candidateId))
      return no('election-unknown-candidate');
    const meetingId = this.#meetingId;
    const { electionId } = box.election;
    const written = await this.runtime.recordOutsideLog(
      who,
      authn,
      { action: 'vote.cast', eventType: 'election-ballot-cast', electionId },
      async (tx) => {
        // Under the box row's lock: a close committed on any instance before this point refuses the ballot.
        const lock = await tx.query<{ closed: boolean }>(
          'SELECT closed FROM dk_election_boxes WHERE meeting_id = $1 AND election_id = $2 FOR SHARE',
          [meetingId, electionId],
        );
        if (lock.rows[0]?.closed !== false) return no('election-not-open');
        const voter = await tx.query(
          `INSERT INTO dk_election_voters (meeting_id, election_id, person_id) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING person_id`,
          [meetingId, electionId, who.personId],
        );
        if (voter.rows.length === 0) return no('election-already-voted');
        await tx.query(
          'INSERT INTO dk_election_choices (meeting_id, election_id, slot, candidate_id) VALUES ($1, $2, $3, $4)',
          [meetingId, electionId, randomBytes(16).toString('hex'), candidateId],
        );
        return true as const;
      },
    );
    if (written !== true) return written;
    return this.view(who);
  }

  /** Closes the box (the presiding chair) and writes its choices again under fresh random slots. */
  async close(who: BoxCaller, authn: AuthnContext): Promise<BoxView | Refusal> {
    if (!this.#presiding(who)) return no('not-presiding');
    const box = await this.#live(who.personId);
    if (!box || box.closed) return no('election-not-open');
    const closed = await this.runtime.recordOutsideLog(
      who,
      authn,
      { action: 'update', eventType: 'election-box-closed', electionId: box.election.electionId },
      async (tx) => {
        const r = await tx.query(
          `UPDATE dk_election_boxes SET closed = true
          WHERE meeting_id = $1 AND election_id = $2 AND NOT closed RETURNING election_id`,
          [this.#meetingId, box.election.electionId],
        );
        if (r.rows.length === 0) return no('election-not-open');
        // Every choice row now carries this transaction and a new slot, and the rows are written in slot order:
        // neither the system columns (xmin) nor the physical order of the rows still tell which ballot came when.
        await tx.query(
          `WITH old AS (
           DELETE FROM dk_election_choices WHERE meeting_id = $1 AND election_id = $2 RETURNING candidate_id
         )
         INSERT INTO dk_election_choices (meeting_id, election_id, slot, candidate_id)
         SELECT $1, $2, s.slot, s.candidate_id
           FROM (SELECT replace(gen_random_uuid()::text, '-', '') AS slot, candidate_id FROM old) s
          ORDER BY s.slot`,
          [this.#meetingId, box.election.electionId],
        );
        return true as const;
      },
    );
    if (closed !== true) return closed;
    return this.view(who);
  }

  /** The closed box's choices in random order, without voters (the presiding chair), for `count-election`. */
  async ballots(who: BoxCaller): Promise<BoxBallots | Refusal> {
    if (!this.#presiding(who)) return no('not-presiding');
    const box = await this.#live(who.personId);
    if (!box) return no('election-not-open');
    if (!box.closed) return no('election-not-closed');
    const r = await this.db.query<{ candidate_id: string | null }>(
      'SELECT candidate_id FROM dk_election_choices WHERE meeting_id = $1 AND election_id = $2 ORDER BY slot',
      [this.#meetingId, box.election.electionId],
    );
    const { electionId, title, seatsToFill, secretBallot, candidates } = box.election;
    return {
      electionId,
      title,
      seatsToFill,
      secretBallot,
      candidates,
      ballots: r.rows.map((row, i) =>
        row.candidate_id === null
          ? { id: `${electionId}-lippu-${i + 1}` }
          : { id: `${electionId}-lippu-${i + 1}`, candidateId: row.candidate_id },
      ),
    };
  }
}
