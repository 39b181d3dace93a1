/**
 * Wish clauses (toivomusponsi, Kuntaliitto model [unverified]) are put to the vote after the main decision, alone, as
 * "hyväksytään / hylätään"; like every proposal other than the base, only when seconded (KL 104 § 1 mom).
 */
import { MeetingLogSchema, MinutesSchema, wishClauseRejectionId } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { draftMinutes, draftMinutesText, wishClauseRejection } from '../src/index.js';
import { Board, CHAIR } from './board.js';

/** Item i1 with a counter-proposal V and a wish clause W (seconded when `second`), the discussion closed. */
function withWish(second = true): Board {
  const b = new Board().open().item();
  b.counter('V', 'm2', 'm3');
  b.ok({
    type: 'make-proposal',
    actor: 'm5',
    proposerId: 'm5',
    kind: 'toivomusponsi',
    proposalId: 'W',
    text: { fi: 'Lautakunta edellyttää, että hankinnan vaikutuksia seurataan.' },
  });
  if (second) b.ok({ type: 'second-proposal', actor: 'm6', proposalId: 'W', seconderId: 'm6' });
  b.ok({ type: 'close-discussion', actor: CHAIR });
  return b;
}
/** …the main question decided (P wins 4–3). */
function decided(second = true): Board {
  const b = withWish(second);
  b.ok({ type: 'approve-voting-order', actor: CHAIR });
  b.ok({ type: 'open-vote', actor: CHAIR });
  b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'jaa', m6: 'jaa', m7: 'ei' });
  b.ok({ type: 'close-vote', actor: CHAIR });
  b.ok({ type: 'record-decision', actor: CHAIR });
  return b;
}

describe('KL 104 §: a wish clause is voted after the main decision as hyväksytään / hylätään', () => {
  it('KL 104 § 1 mom: the voting order of the main question leaves the wish clause out; before the decision it cannot be voted', () => {
    const b = withWish();
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'W', ei: 'P' })).toBe('wish-clause-after-decision');
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'W' })).toBe('wish-clause-after-decision');
    expect(
      b.no({
        type: 'approve-voting-order',
        actor: CHAIR,
        steps: [
          { voteId: 'x1', jaa: { proposalId: 'P' }, ei: { proposalId: 'V' } },
          { voteId: 'x2', jaa: { winnerOfVoteId: 'x1' }, ei: { proposalId: 'W' } },
        ],
      }),
    ).toBe('invalid-voting-order');
    const [order] = b.ok({ type: 'approve-voting-order', actor: CHAIR });
    expect(JSON.stringify(order!.payload)).not.toContain('"W"');
  });

  it('KL 104 §: after the decision the wish clause is put alone, jaa = adopted, ei = rejected, and the minutes frame it so', () => {
    const b = decided();
    const [opened] = b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'W' });
    expect(opened!.payload).toMatchObject({ question: { jaa: 'W', ei: wishClauseRejection('W') } });
    expect(wishClauseRejection('W')).toBe(wishClauseRejectionId('W'));
    b.ballots({ m1: 'ei', m2: 'jaa', m3: 'jaa', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'ei' });
    const [closed] = b.ok({ type: 'close-vote', actor: CHAIR });
    expect(closed!.payload).toMatchObject({ result: 'jaa', winningProposalId: 'W' });
    expect(b.state.anomalies).toEqual([]);
    // Once only.
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'W' })).toBe('voting-complete');
    const fi = draftMinutesText(b.state, { lang: 'fi' }).sections[0]!.proceedings.join('\n');
    expect(fi).toContain('jaa = toivomusponsi hyväksytään (m5), ei = toivomusponsi hylätään (m5).');
    expect(fi).toContain('Puheenjohtaja totesi äänestyksen tuloksena, että toivomusponsi hyväksytään (äänin 4–3).');
    const sv = draftMinutesText(b.state, { lang: 'sv' }).sections[0]!.proceedings.join('\n');
    expect(sv).toContain('ja = hemställningsklämmen godkänns (m5), nej = hemställningsklämmen förkastas (m5).');
    // meeting-schema accepts the log and the minutes with the derived rejection side.
    expect(
      MeetingLogSchema.safeParse({ schemaVersion: '1.0', meetingId: b.store.meeting.id, events: b.store.events })
        .success,
    ).toBe(true);
    expect(MinutesSchema.safeParse(draftMinutes(b.state, { lang: 'fi' })).error?.issues ?? []).toEqual([]);
  });

  it('KL 104 §: a rejected wish clause is minuted as rejected', () => {
    const b = decided();
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'W' });
    b.ballots({ m1: 'ei', m2: 'ei', m3: 'ei', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'tyhja' });
    const [closed] = b.ok({ type: 'close-vote', actor: CHAIR });
    expect(closed!.payload).toMatchObject({ result: 'ei', winningProposalId: 'W:hylataan' });
    const fi = draftMinutesText(b.state, { lang: 'fi' }).sections[0]!.proceedings.join('\n');
    expect(fi).toContain('että toivomusponsi hylätään (äänin 4–2)');
  });

  it('KL 104 § 1 mom: an unseconded wish clause is not voted on; the rejection side cannot be chosen freely', () => {
    expect(decided(false).no({ type: 'open-vote', actor: CHAIR, jaa: 'W' })).toBe('not-seconded');
    expect(decided().no({ type: 'open-vote', actor: CHAIR, jaa: 'W', ei: 'V' })).toBe('invalid-question');
    expect(decided().no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' })).toBe('decision-exists');
  });

  it('meeting-schema refuses a vote on a made-up "rejection" of a proposal that is not a wish clause', () => {
    const b = decided();
    const events = b.store.events;
    const last = events.at(-1)!;
    const forged = {
      ...last,
      id: 'x',
      seq: last.seq + 1,
      type: 'vote-opened',
      payload: { itemId: 'i1', voteId: 'x', method: 'sahkoinen', question: { jaa: 'V', ei: 'V:hylataan' } },
    };
    const r = MeetingLogSchema.safeParse({
      schemaVersion: '1.0',
      meetingId: b.store.meeting.id,
      events: [...events, forged],
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('unknown_proposal');
  });
});
