import { describe, expect, it } from 'vitest';
import { Board, CHAIR, PRESENTER, SECRETARY } from './board.js';

describe('speaking requests', () => {
  it('the requester withdraws his request, the chair removes one; nobody else, and not after the floor is given', () => {
    const b = new Board().open().item();
    b.ok({ type: 'request-speaker', actor: 'm2', personId: 'm2', entryId: 's1' });
    b.ok({ type: 'request-speaker', actor: 'm3', personId: 'm3', entryId: 's2' });
    b.ok({ type: 'request-speaker', actor: 'm4', personId: 'm4', entryId: 's3' });
    expect(b.no({ type: 'withdraw-speaker', actor: 'm5', entryId: 's1' })).toBe('not-requester-or-presiding');
    const [own] = b.ok({ type: 'withdraw-speaker', actor: 'm2', entryId: 's1' });
    expect(own!.payload).toMatchObject({ entryId: 's1', by: 'pyytaja' });
    const [removed] = b.ok({ type: 'withdraw-speaker', actor: CHAIR, entryId: 's2' });
    expect(removed!.payload).toMatchObject({ entryId: 's2', by: 'puheenjohtaja' });
    expect(b.no({ type: 'withdraw-speaker', actor: 'm2', entryId: 's1' })).toBe('speaker-withdrawn');
    expect(b.no({ type: 'grant-speaker', actor: CHAIR, entryId: 's1' })).toBe('speaker-withdrawn');
    b.ok({ type: 'grant-speaker', actor: CHAIR, entryId: 's3' });
    expect(b.no({ type: 'withdraw-speaker', actor: 'm4', entryId: 's3' })).toBe('already-granted');
    const s = b.state.items.get('i1')!.speakers;
    expect(s.map((x) => [x.entryId, x.withdrawnBy])).toEqual([
      ['s1', 'pyytaja'],
      ['s2', 'puheenjohtaja'],
      ['s3', undefined],
    ]);
    expect(b.no({ type: 'request-speaker', actor: 'm2', personId: 'm3' })).toBe('not-self');
  });
});

describe('KL 104 § 1 mom: only seconded proposals, in the approved order', () => {
  it('an explicit open-vote cannot put an unseconded counter-proposal to the vote', () => {
    const b = new Board().open().item();
    b.counter('V', 'm2');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' })).toBe('not-seconded');
    expect(b.no({ type: 'approve-voting-order', actor: CHAIR })).toBe('no-vote-needed');
    b.ok({ type: 'record-decision', actor: CHAIR });
    expect(b.state.items.get('i1')!.decision).toMatchObject({
      kind: 'hyvaksytty-ehdotuksen-mukaisesti',
      basedOnProposalId: 'P',
    });
  });

  it('with several seconded proposals the votes need the approved order and follow it', () => {
    const b = new Board().open().item();
    b.counter('A', 'm2', 'm3');
    b.counter('B', 'm4', 'm5');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'A' })).toBe('no-voting-order');
    expect(
      b.no({
        type: 'approve-voting-order',
        actor: CHAIR,
        steps: [{ voteId: 'x1', jaa: { proposalId: 'P' }, ei: { proposalId: 'A' } }],
      }),
    ).toBe('invalid-voting-order');
    b.ok({ type: 'approve-voting-order', actor: CHAIR, distanceRanks: { A: 1, B: 2 } });
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'B' })).toBe('out-of-order');
    expect(b.no({ type: 'open-vote', actor: CHAIR, voteId: 'i1-v2' })).toBe('out-of-order');
    b.ok({ type: 'open-vote', actor: CHAIR });
    expect(b.openVoteId).toBe('i1-v1');
  });

  it('no decision while the discussion is open, except a unanimous one the chair states; nothing is seconded after it', () => {
    const b = new Board().open().item();
    b.counter('V', 'm2');
    expect(b.no({ type: 'record-decision', actor: CHAIR })).toBe('discussion-open');
    b.ok({ type: 'second-proposal', actor: 'm3', proposalId: 'V', seconderId: 'm3' });
    // "Voidaanko yksimielisesti hyväksyä?" fails when a counter-proposal is seconded.
    expect(b.no({ type: 'record-decision', actor: CHAIR, unanimous: true })).toBe('discussion-open');
    b.ok({ type: 'withdraw-proposal', actor: 'm2', proposalId: 'V' });
    b.ok({ type: 'record-decision', actor: CHAIR, unanimous: true });
    expect(
      b.no({ type: 'make-proposal', actor: 'm6', kind: 'vastaehdotus', proposerId: 'm6', text: { fi: 'Myöhässä.' } }),
    ).toBe('decision-exists');
  });

  it('nothing is proposed or seconded after the decision', () => {
    const b = new Board().open().item();
    b.counter('V', 'm2');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'record-decision', actor: CHAIR });
    expect(b.no({ type: 'second-proposal', actor: 'm3', proposalId: 'V', seconderId: 'm3' })).toBe('decision-exists');
    expect(
      b.no({ type: 'make-proposal', actor: 'm4', kind: 'vastaehdotus', proposerId: 'm4', text: { fi: 'Myöhässä.' } }),
    ).toBe('decision-exists');
  });

  it('only the proposer withdraws his proposal; only the presenting official the base proposal', () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    expect(b.no({ type: 'withdraw-proposal', actor: 'm3', proposalId: 'V' })).toBe('not-the-proposer');
    expect(b.no({ type: 'withdraw-proposal', actor: 'm3', proposalId: 'P' })).toBe('not-the-presenter');
    expect(b.no({ type: 'withdraw-proposal', actor: CHAIR, proposalId: 'P' })).toBe('not-the-presenter');
    expect(
      b.no({ type: 'make-proposal', actor: 'm3', kind: 'pohjaehdotus', proposalId: 'P2', text: { fi: 'Toinen.' } }),
    ).toBe('not-the-presenter');
    // The presenting official changes his proposal: withdraws it and makes the new one.
    b.ok({ type: 'withdraw-proposal', actor: PRESENTER, proposalId: 'P' });
    b.ok({
      type: 'make-proposal',
      actor: PRESENTER,
      kind: 'pohjaehdotus',
      proposalId: 'P2',
      text: { fi: 'Muutettu.' },
    });
    b.ok({ type: 'withdraw-proposal', actor: 'm2', proposalId: 'V' });
    expect(b.state.items.get('i1')!.proposals.map((p) => [p.id, p.withdrawn])).toEqual([
      ['P', true],
      ['V', true],
      ['P2', false],
    ]);
  });
});

describe('KL 106 §: dissent of the presenting official', () => {
  it('may dissent when an adopted amendment changed his proposal', () => {
    const b = new Board().open().item();
    b.ok({
      type: 'make-proposal',
      actor: 'm2',
      kind: 'muutosehdotus',
      proposerId: 'm2',
      proposalId: 'M',
      amendsProposalId: 'P',
      text: { fi: 'Lisäksi selvitetään leasing.' },
    });
    b.ok({ type: 'second-proposal', actor: 'm3', proposalId: 'M', seconderId: 'm3' });
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'approve-voting-order', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR });
    b.ballots({ m1: 'ei', m2: 'ei', m3: 'ei', m4: 'ei', m5: 'jaa', m6: 'jaa', m7: 'jaa' });
    const [closed] = b.ok({ type: 'close-vote', actor: CHAIR });
    expect(closed!.payload).toMatchObject({ winningProposalId: 'M' });
    b.ok({ type: 'record-decision', actor: CHAIR });
    expect(b.state.items.get('i1')!.decision).toMatchObject({ kind: 'hyvaksytty-muutettuna', basedOnProposalId: 'P' });
    b.ok({ type: 'record-dissent', actor: PRESENTER, personId: PRESENTER, basis: 'esittelija' });
    expect(b.no({ type: 'record-dissent', actor: SECRETARY, personId: 'm5', basis: 'vastaan-aanestanyt' })).toBe(
      'not-self',
    );
  });
});

describe('KL 105 §: hold-election is checked against tallies, lots and voters', () => {
  const election = (over: Record<string, unknown> = {}) => ({
    id: 'e1',
    itemId: 'i1',
    kind: 'enemmistovaali' as const,
    title: { fi: 'Varapuheenjohtaja' },
    seatsToFill: 1,
    secretBallot: false,
    candidates: [
      { id: 'c1', name: 'Aino' },
      { id: 'c2', name: 'Eino' },
    ],
    ballots: [],
    tallies: [
      { candidateId: 'c1', votes: 4 },
      { candidateId: 'c2', votes: 3 },
    ],
    lots: [],
    electedIds: ['c1'],
    ...over,
  });
  it('refuses the candidate with fewer votes, more votes than voters, a tie without a lot', () => {
    const b = new Board().open().item();
    expect(b.no({ type: 'hold-election', actor: CHAIR, election: election({ electedIds: ['c2'] }) })).toBe(
      'election-result-mismatch',
    );
    expect(
      b.no({
        type: 'hold-election',
        actor: CHAIR,
        election: election({
          tallies: [
            { candidateId: 'c1', votes: 40 },
            { candidateId: 'c2', votes: 0 },
          ],
        }),
      }),
    ).toBe('election-votes-exceed-voters');
    expect(
      b.no({
        type: 'hold-election',
        actor: CHAIR,
        election: election({
          tallies: [
            { candidateId: 'c1', votes: 3 },
            { candidateId: 'c2', votes: 3 },
          ],
        }),
      }),
    ).toBe('election-lot-missing');
    expect(
      b.no({
        type: 'hold-election',
        actor: CHAIR,
        election: election({ ballots: [{ id: 'b1', candidateId: 'c2' }] }),
      }),
    ).toBe('election-tally-mismatch');
    b.ok({ type: 'hold-election', actor: CHAIR, election: election() });
  });

  it('count-election counts the ballots and draws a tie with the injected random source (recorded)', () => {
    const ballots = ['c1', 'c2', 'c1', 'c2', undefined].map((c, i) => ({
      id: `b${i}`,
      ...(c === undefined ? {} : { candidateId: c }),
    }));
    const command = {
      type: 'count-election' as const,
      actor: CHAIR,
      electionId: 'e2',
      title: { fi: 'Jäsen' },
      seatsToFill: 1,
      secretBallot: false,
      candidates: [
        { id: 'c1', name: 'Aino' },
        { id: 'c2', name: 'Eino' },
      ],
      ballots,
    };
    expect(new Board().open().item().no(command)).toBe('election-lot-missing');
    const b = new Board({ random: () => 0.9 }).open().item();
    const events = b.ok(command);
    expect(events.map((e) => e.type)).toEqual(['lot-drawn', 'election-held']);
    const held = b.state.items.get('i1')!.elections[0]!;
    expect(held.tallies).toEqual([
      { candidateId: 'c1', votes: 2 },
      { candidateId: 'c2', votes: 2 },
    ]);
    expect(held.lots[0]).toMatchObject({ entrants: ['c1', 'c2'], randomValue: '0.9' });
    expect(held.electedIds).toEqual(held.lots[0]!.winnerIds);
  });
});

describe('special majorities are a property of the item (requiredMajority)', () => {
  it('two thirds of all members: 4–3 of 7 does not adopt the proposal, the matter is rejected', () => {
    const b = new Board().open().item('i2');
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'jaa', m6: 'ei', m7: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
    b.ok({ type: 'record-decision', actor: CHAIR });
    expect(b.state.items.get('i2')!.decision).toMatchObject({ kind: 'hylatty', voteIds: ['i2-v1'] });
  });

  it('5–2 of 7 reaches two thirds of all members and the base proposal is adopted', () => {
    const b = new Board().open().item('i2');
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'jaa', m6: 'jaa', m7: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
    b.ok({ type: 'record-decision', actor: CHAIR });
    expect(b.state.items.get('i2')!.decision).toMatchObject({
      kind: 'hyvaksytty-aanestyksen-jalkeen',
      basedOnProposalId: 'P',
    });
  });
});

describe('tabling and referral back are decided during the discussion (hallintosääntö, Kuntaliitto model [unverified])', () => {
  it('a seconded tabling proposal that falls lets the discussion continue; one that wins tables the matter', () => {
    const b = new Board().open().item();
    b.ok({
      type: 'make-proposal',
      actor: 'm2',
      kind: 'poydallepano',
      proposerId: 'm2',
      proposalId: 'T',
      text: { fi: 'Pöydälle.' },
    });
    expect(b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'T' })).toBe('not-seconded');
    b.ok({ type: 'second-proposal', actor: 'm3', proposalId: 'T', seconderId: 'm3' });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'T' });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
    // The discussion continues: more proposals, then the substance.
    b.counter('V', 'm4', 'm5');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'approve-voting-order', actor: CHAIR });
    expect(b.state.items.get('i1')!.votingOrder!.map((s) => [s.jaa, s.ei])).toEqual([
      [{ proposalId: 'P' }, { proposalId: 'V' }],
    ]);

    const t = new Board().open().item();
    t.ok({
      type: 'make-proposal',
      actor: 'm2',
      kind: 'palautus',
      proposerId: 'm2',
      proposalId: 'R',
      text: { fi: 'Palautetaan.' },
    });
    t.ok({ type: 'second-proposal', actor: 'm3', proposalId: 'R', seconderId: 'm3' });
    t.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'R' });
    t.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'ei' });
    t.ok({ type: 'close-vote', actor: CHAIR });
    t.ok({ type: 'record-decision', actor: CHAIR });
    expect(t.state.items.get('i1')!.decision).toMatchObject({
      kind: 'palautettu-valmisteltavaksi',
      basedOnProposalId: 'R',
    });
  });
});
