import { describe, expect, it } from 'vitest';
import { decide, isProcedureError, refusalCatalogue, type MeetingCommand, type RefusalCode } from '../src/index.js';
import { Board, CHAIR, members, PRESENTER, SECRETARY, VICE } from './board.js';

/** A board with item i1 open, base P and counter V (m2, seconded by m3), the discussion closed, a vote open. */
function voting(): Board {
  const b = new Board().open().item();
  b.counter('V', 'm2', 'm3');
  b.ok({ type: 'close-discussion', actor: CHAIR });
  b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
  return b;
}
/** …and the vote closed and the decision recorded. */
function decided(): Board {
  const b = voting();
  b.ballots({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'jaa' });
  b.ok({ type: 'close-vote', actor: CHAIR });
  b.ok({ type: 'record-decision', actor: CHAIR });
  return b;
}
const election = (over: Record<string, unknown> = {}) =>
  ({
    id: 'e1',
    itemId: 'i1',
    kind: 'enemmistovaali',
    title: { fi: 'Vaali' },
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
  }) as never;
const raw = (b: Board, c: Record<string, unknown>) => {
  const r = decide(b.state, { at: b.at(), ...c } as unknown as MeetingCommand);
  if (!isProcedureError(r)) throw new Error('accepted');
  return r.code;
};

/** One command sequence per refusal code that ends in that refusal: every code is reachable. */
const reach: { [C in RefusalCode]: () => string } = {
  'unknown-command': () => raw(new Board().open(), { type: 'vote-twice', actor: CHAIR }),
  'invalid-command': () => raw(new Board().open(), { type: 'choose-minutes-checkers', actor: CHAIR, personIds: null }),
  'invalid-rule-input': () => {
    const b = new Board().open();
    const r = decide(
      b.state,
      { type: 'end-break', actor: CHAIR, at: b.at() },
      {
        rules: { authority: { nobody: [] } } as never,
      },
    );
    return isProcedureError(r) ? r.code : 'accepted';
  },
  'invalid-instant': () => raw(new Board().open(), { type: 'start-break', actor: CHAIR, at: '2026-03-10T15:00:00' }),
  'time-goes-backwards': () =>
    raw(new Board().open(), { type: 'start-break', actor: CHAIR, at: '2026-03-10T14:00:00Z' }),
  'actor-missing': () => new Board().open().no({ type: 'start-break', actor: '' }),
  'unknown-actor': () => new Board().open().no({ type: 'start-break', actor: 'anonymous-internet' }),
  'not-presiding': () => new Board().open().no({ type: 'start-break', actor: 'm2' }),
  'presiding-unable': () => {
    const b = new Board().open(members.filter((m) => m !== VICE)).item();
    b.ok({
      type: 'declare-disqualification',
      actor: CHAIR,
      personId: CHAIR,
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    });
    return b.no({ type: 'close-discussion', actor: CHAIR });
  },
  'not-secretary-or-presiding': () =>
    new Board().open().no({ type: 'state-legality', actor: 'm3', lawfullyConvened: true }),
  'not-self': () => voting().no({ type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm3', option: 'jaa' }),
  'on-behalf-not-allowed': () =>
    voting().no({
      type: 'cast-ballot',
      actor: 'm2',
      voteId: 'i1-v1',
      personId: 'm3',
      option: 'jaa',
      onBehalfOf: { personId: 'm3', reason: 'x' },
    }),
  'on-behalf-invalid': () =>
    voting().no({
      type: 'cast-ballot',
      actor: SECRETARY,
      voteId: 'i1-v1',
      personId: 'm3',
      option: 'jaa',
      onBehalfOf: { personId: 'm3', reason: '' },
    }),
  'not-chair-designate': () => new Board().no({ type: 'open-meeting', actor: 'm2', chairId: CHAIR, mode: 'hybridi' }),
  'not-a-member': () => new Board().no({ type: 'open-meeting', actor: 'x', chairId: 'x', mode: 'hybridi' }),
  'not-the-proposer': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2');
    return b.no({ type: 'withdraw-proposal', actor: 'm3', proposalId: 'V' });
  },
  'not-the-presenter': () => new Board().open().item().no({ type: 'withdraw-proposal', actor: CHAIR, proposalId: 'P' }),
  'not-requester-or-presiding': () => {
    const b = new Board().open().item();
    b.ok({ type: 'request-speaker', actor: 'm2', personId: 'm2', entryId: 's' });
    return b.no({ type: 'withdraw-speaker', actor: 'm3', entryId: 's' });
  },
  'meeting-not-open': () => new Board().no({ type: 'start-break', actor: CHAIR }),
  'meeting-closed': () => {
    const b = new Board().open();
    b.ok({ type: 'close-meeting', actor: CHAIR });
    return b.no({ type: 'start-break', actor: CHAIR });
  },
  'meeting-already-open': () =>
    new Board().open().no({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, mode: 'hybridi' }),
  'on-break': () => {
    const b = new Board().open();
    b.ok({ type: 'start-break', actor: CHAIR });
    return b.no({ type: 'start-break', actor: CHAIR });
  },
  'not-on-break': () => new Board().open().no({ type: 'end-break', actor: CHAIR }),
  'presiding-same': () =>
    new Board()
      .open()
      .no({ type: 'change-presiding', actor: SECRETARY, personId: CHAIR, reason: 'puheenjohtaja-palaa' }),
  'presiding-candidate-unable': () =>
    new Board()
      .open(members.slice(0, 5))
      .no({ type: 'change-presiding', actor: CHAIR, personId: 'm7', reason: 'tilapainen-puheenjohtaja' }),
  'not-present': () =>
    new Board()
      .open(members.slice(0, 5))
      .no({ type: 'change-attendance', actor: SECRETARY, personId: 'm7', status: 'poissa' }),
  'already-present': () =>
    new Board().open().no({ type: 'change-attendance', actor: SECRETARY, personId: 'm7', status: 'lasna' }),
  disqualified: () => {
    const b = new Board().open(members.slice(0, 6)).item();
    b.ok({
      type: 'declare-disqualification',
      actor: CHAIR,
      personId: 'm7',
      ground: 'asianosainen',
      declaredBy: 'muu',
      disqualified: true,
    });
    return b.no({ type: 'change-attendance', actor: SECRETARY, personId: 'm7', status: 'lasna' });
  },
  'no-voting-right': () =>
    voting().no({ type: 'cast-ballot', actor: PRESENTER, voteId: 'i1-v1', personId: PRESENTER, option: 'jaa' }),
  'no-seat': () =>
    new Board().open().no({
      type: 'change-attendance',
      actor: SECRETARY,
      personId: SECRETARY,
      status: 'lasna',
      role: 'sihteeri',
      votingRight: true,
    }),
  'seat-taken': () =>
    new Board()
      .open()
      .no({ type: 'change-attendance', actor: SECRETARY, personId: 'd1', status: 'lasna', substituteFor: 'm1' }),
  'not-a-deputy-for': () =>
    new Board()
      .open(members.slice(0, 6))
      .no({ type: 'change-attendance', actor: SECRETARY, personId: 'd1', status: 'lasna', substituteFor: 'm7' }),
  'checker-not-present': () =>
    new Board().open(members.slice(0, 6)).no({ type: 'choose-minutes-checkers', actor: CHAIR, personIds: ['m7'] }),
  'no-item-open': () => new Board().open().no({ type: 'close-item', actor: CHAIR }),
  'item-open': () => new Board().open().item().no({ type: 'open-item', actor: CHAIR, itemId: 'i2' }),
  'item-already-handled': () => {
    const b = decided();
    b.ok({ type: 'close-item', actor: CHAIR });
    return b.no({ type: 'open-item', actor: CHAIR, itemId: 'i1' });
  },
  'not-on-agenda': () => {
    const b = new Board().open();
    b.ok({ type: 'approve-agenda', actor: CHAIR, itemIds: ['i1'] });
    return b.no({ type: 'open-item', actor: CHAIR, itemId: 'i2' });
  },
  'duplicate-section': () => {
    const b = decided();
    b.ok({ type: 'close-item', actor: CHAIR });
    const n = b.state.items.get('i1')!.sectionNumber;
    return b.no({ type: 'open-item', actor: CHAIR, itemId: 'i2', sectionNumber: n });
  },
  'no-quorum': () => new Board().open(members.slice(0, 3)).no({ type: 'open-item', actor: CHAIR, itemId: 'i1' }),
  'legality-not-stated': () => {
    const b = new Board();
    b.ok({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
    for (const m of members) b.arrive(m);
    b.ok({ type: 'open-item', actor: CHAIR, itemId: 'i1' });
    return b.no({ type: 'record-decision', actor: CHAIR, unanimous: true });
  },
  'too-late': () =>
    decided().no({
      type: 'declare-disqualification',
      actor: 'm4',
      personId: 'm4',
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    }),
  'discussion-closed': () => voting().no({ type: 'close-discussion', actor: CHAIR }),
  'discussion-open': () => new Board().open().item().no({ type: 'approve-voting-order', actor: CHAIR }),
  'unknown-speaker': () => new Board().open().item().no({ type: 'grant-speaker', actor: CHAIR, entryId: 'nope' }),
  'already-granted': () => {
    const b = new Board().open().item();
    b.ok({ type: 'request-speaker', actor: 'm2', personId: 'm2', entryId: 's' });
    b.ok({ type: 'grant-speaker', actor: CHAIR, entryId: 's' });
    return b.no({ type: 'grant-speaker', actor: CHAIR, entryId: 's' });
  },
  'someone-speaking': () => {
    const b = new Board().open().item();
    b.ok({ type: 'request-speaker', actor: 'm2', personId: 'm2', entryId: 's' });
    b.ok({ type: 'request-speaker', actor: 'm3', personId: 'm3', entryId: 't' });
    b.ok({ type: 'grant-speaker', actor: CHAIR, entryId: 's' });
    return b.no({ type: 'grant-speaker', actor: CHAIR, entryId: 't' });
  },
  'not-speaking': () => {
    const b = new Board().open().item();
    b.ok({ type: 'request-speaker', actor: 'm2', personId: 'm2', entryId: 's' });
    return b.no({ type: 'end-speaker', actor: CHAIR, entryId: 's' });
  },
  'speaker-withdrawn': () => {
    const b = new Board().open().item();
    b.ok({ type: 'request-speaker', actor: 'm2', personId: 'm2', entryId: 's' });
    b.ok({ type: 'withdraw-speaker', actor: 'm2', entryId: 's' });
    return b.no({ type: 'grant-speaker', actor: CHAIR, entryId: 's' });
  },
  'base-exists': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'make-proposal', actor: PRESENTER, kind: 'pohjaehdotus', text: { fi: 'Toinen.' } }),
  'proposer-required': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'make-proposal', actor: 'm2', kind: 'vastaehdotus', text: { fi: 'x' } }),
  'duplicate-proposal': () =>
    new Board()
      .open()
      .item()
      .no({
        type: 'make-proposal',
        actor: 'm2',
        kind: 'vastaehdotus',
        proposerId: 'm2',
        proposalId: 'P',
        text: { fi: 'x' },
      }),
  'unknown-proposal': () =>
    new Board().open().item().no({ type: 'second-proposal', actor: 'm2', proposalId: 'X', seconderId: 'm2' }),
  'base-needs-no-seconding': () =>
    new Board().open().item().no({ type: 'second-proposal', actor: 'm2', proposalId: 'P', seconderId: 'm2' }),
  'own-proposal': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2');
    return b.no({ type: 'second-proposal', actor: 'm2', proposalId: 'V', seconderId: 'm2' });
  },
  'already-seconded': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    return b.no({ type: 'second-proposal', actor: 'm3', proposalId: 'V', seconderId: 'm3' });
  },
  'votes-started': () => {
    const b = voting();
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
    return b.no({ type: 'approve-voting-order', actor: CHAIR });
  },
  'no-base-proposal': () => {
    const b = new Board().open();
    b.ok({ type: 'open-item', actor: CHAIR, itemId: 'i1' });
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'approve-voting-order', actor: CHAIR });
  },
  'no-vote-needed': () => {
    const b = new Board().open().item();
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'approve-voting-order', actor: CHAIR });
  },
  'invalid-voting-order': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'approve-voting-order', actor: CHAIR, steps: [] });
  },
  'no-voting-order': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR });
  },
  'voting-complete': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'approve-voting-order', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR });
  },
  'invalid-question': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'nope' });
  },
  'not-seconded': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
  },
  'out-of-order': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'approve-voting-order', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR, voteId: 'elsewhere' });
  },
  'duplicate-vote': () => {
    const b = new Board().open().item();
    for (const id of ['T1', 'T2']) {
      b.ok({
        type: 'make-proposal',
        actor: 'm2',
        kind: 'poydallepano',
        proposerId: 'm2',
        proposalId: id,
        text: { fi: 'Pöydälle.' },
      });
      b.ok({ type: 'second-proposal', actor: 'm3', proposalId: id, seconderId: 'm3' });
    }
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'T1', voteId: 'pv' });
    b.ballots({ m1: 'jaa', m2: 'ei', m3: 'jaa' });
    b.ok({ type: 'close-vote', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'T2', voteId: 'pv' });
  },
  'vote-open': () => voting().no({ type: 'start-break', actor: CHAIR }),
  'no-open-vote': () => new Board().open().item().no({ type: 'close-vote', actor: CHAIR }),
  'wrong-vote': () => voting().no({ type: 'cast-ballot', actor: 'm2', voteId: 'i1-v0', personId: 'm2', option: 'jaa' }),
  'second-ballot': () => {
    const b = voting();
    b.ballots({ m2: 'jaa' });
    return b.no({ type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm2', option: 'ei' });
  },
  'seat-already-voted': () => {
    const b = new Board().open(members.slice(0, 6));
    b.arrive('d7');
    b.item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    b.ballots({ d7: 'jaa' });
    b.arrive('m7');
    return b.no({ type: 'cast-ballot', actor: 'm7', voteId: 'i1-v1', personId: 'm7', option: 'ei' });
  },
  'invalid-option': () =>
    voting().no({ type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm2', option: 'maybe' as never }),
  'tie-needs-revote': () => {
    const b = voting();
    b.ballots({ m2: 'jaa', m3: 'ei' });
    return b.no({ type: 'close-vote', actor: CHAIR });
  },
  'tie-needs-side': () => {
    const b = new Board({ rules: { unsettledTie: 'chair-states-side' } }).open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'open-vote', actor: CHAIR, jaa: 'P', ei: 'V' });
    return b.no({ type: 'close-vote', actor: CHAIR });
  },
  'majority-not-reached': () => {
    const b = new Board().open(members.slice(0, 4)).item('i2');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({
      type: 'record-decision',
      actor: CHAIR,
      decision: { kind: 'hyvaksytty-ehdotuksen-mukaisesti', text: { fi: [] } },
    });
  },
  'wrong-item': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ itemId: 'i2' }) }),
  'too-many-elected': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ electedIds: ['c1', 'c2'] }) }),
  'closed-ballot-not-secure': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ secretBallot: true }) }),
  'election-votes-exceed-voters': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ tallies: [{ candidateId: 'c1', votes: 40 }] }) }),
  'election-tally-mismatch': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ ballots: [{ id: 'b', candidateId: 'c2' }] }) }),
  'election-result-mismatch': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ electedIds: ['c2'] }) }),
  'election-lot-missing': () =>
    new Board()
      .open()
      .item()
      .no({
        type: 'hold-election',
        actor: CHAIR,
        election: election({
          tallies: [
            { candidateId: 'c1', votes: 3 },
            { candidateId: 'c2', votes: 3 },
          ],
        }),
      }),
  'election-pair-incomplete': () =>
    new Board()
      .open()
      .item()
      .no({
        type: 'hold-election',
        actor: CHAIR,
        election: election({
          candidates: [
            { id: 'c1', name: 'Aino', personalDeputy: { name: 'Veikko' } },
            { id: 'c2', name: 'Eino' },
          ],
        }),
      }),
  'election-pair-invalid': () =>
    new Board()
      .open()
      .item()
      .no({
        type: 'hold-election',
        actor: CHAIR,
        election: election({
          candidates: [
            { id: 'c1', name: 'Aino', personId: 'x1', personalDeputy: { name: 'Eino', personId: 'x2' } },
            { id: 'c2', name: 'Eino', personId: 'x2', personalDeputy: { name: 'Veikko', personId: 'x3' } },
          ],
        }),
      }),
  'election-unknown-candidate': () =>
    new Board()
      .open()
      .item()
      .no({ type: 'hold-election', actor: CHAIR, election: election({ electedIds: ['c9'] }) }),
  'invalid-lot': () =>
    new Board()
      .open()
      .item()
      .no({
        type: 'draw-lot',
        actor: CHAIR,
        reason: { fi: 'x' },
        entrants: ['a'],
        winnerIds: ['a'],
        method: 'fyysinen',
      }),
  'wish-clause-after-decision': () => {
    const b = new Board().open().item();
    b.ok({
      type: 'make-proposal',
      actor: 'm3',
      proposerId: 'm3',
      kind: 'toivomusponsi',
      proposalId: 'W',
      text: { fi: 'W' },
    });
    b.ok({ type: 'second-proposal', actor: 'm4', proposalId: 'W', seconderId: 'm4' });
    b.ok({ type: 'close-discussion', actor: CHAIR });
    return b.no({ type: 'open-vote', actor: CHAIR, jaa: 'W', ei: 'P' });
  },
  'decision-exists': () => decided().no({ type: 'record-decision', actor: CHAIR }),
  'no-decision': () => new Board().open().item().no({ type: 'close-item', actor: CHAIR }),
  'votes-missing': () => {
    const b = new Board().open().item();
    b.counter('V', 'm2', 'm3');
    b.ok({ type: 'close-discussion', actor: CHAIR });
    b.ok({ type: 'approve-voting-order', actor: CHAIR });
    return b.no({ type: 'record-decision', actor: CHAIR });
  },
  'not-entitled-to-dissent': () =>
    decided().no({ type: 'record-dissent', actor: 'm1', personId: 'm1', basis: 'vastaan-aanestanyt' }),
  'monitor-not-allowed': () =>
    new Board({ rules: { attendanceMonitors: ['valvoja'] } }).open().no({ type: 'start-break', actor: 'valvoja' }),
  'attendance-cause-invalid': () =>
    new Board()
      .open()
      .no({ type: 'change-attendance', actor: SECRETARY, personId: 'm3', status: 'poissa', cause: 'connection-lost' }),
  'already-dissented': () => {
    const b = decided();
    b.ok({ type: 'record-dissent', actor: 'm2', personId: 'm2', basis: 'vastaehdotuksen-tekija' });
    return b.no({ type: 'record-dissent', actor: 'm2', personId: 'm2', basis: 'vastaehdotuksen-tekija' });
  },
};

describe('the refusal catalogue is closed, trilingual and reachable', () => {
  it('every code has a Finnish, Swedish and English message', () => {
    for (const [code, make] of Object.entries(refusalCatalogue)) {
      const m = (make as (p: Record<string, string>) => { fi: string; sv: string; en: string })(
        new Proxy({}, { get: (_t, k) => `<${String(k)}>` }) as Record<string, string>,
      );
      expect(m.fi.length, code).toBeGreaterThan(5);
      expect(m.sv.length, code).toBeGreaterThan(5);
      expect(m.en.length, code).toBeGreaterThan(5);
      expect(new Set([m.fi, m.sv, m.en]).size, code).toBe(3);
    }
  });

  it.each(Object.keys(refusalCatalogue) as RefusalCode[])('%s is reachable by a command sequence', (code) => {
    expect(reach[code]()).toBe(code);
  });
});
