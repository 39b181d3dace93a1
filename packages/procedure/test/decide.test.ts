import { MeetingLogSchema, type Meeting } from '@digikokous/meeting-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, isProcedureError, MeetingStore, replay, type MeetingCommand } from '../src/index.js';

const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
const meeting = {
  id: 'lk-2026-3',
  mode: 'hybridi',
  public: false,
  items: [
    { id: 'i1', presenterId: 'esittelija' },
    { id: 'i2', presenterId: 'esittelija' },
  ],
} as unknown as Meeting;
const body = { kind: 'lautakunta', seats: 7 };
type Cmd = MeetingCommand extends infer C ? (C extends MeetingCommand ? Omit<C, 'at'> : never) : never;

let clock = Date.parse('2026-03-10T15:00:00Z');
const at = (): string => {
  clock += 1000;
  return new Date(clock).toISOString();
};

function ok(store: MeetingStore, c: Cmd) {
  const r = store.dispatch({ at: at(), ...c } as MeetingCommand);
  if (isProcedureError(r)) throw new Error(`${c.type} refused: ${r.message.en}`);
  return r;
}
function refused(store: MeetingStore, c: Cmd): string {
  const before = store.events.length;
  const r = store.dispatch({ at: at(), ...c } as MeetingCommand);
  expect(store.events.length).toBe(before);
  if (!isProcedureError(r)) throw new Error(`${c.type} was accepted`);
  expect(r.message.fi.length).toBeGreaterThan(0);
  expect(r.message.sv?.length).toBeGreaterThan(0);
  return r.code;
}

/** A board meeting with `present` members present, item i1 open with its base proposal. */
function started(present = members.length): MeetingStore {
  const store = new MeetingStore(meeting, [], { body });
  ok(store, { type: 'open-meeting', actor: 'm1', chairId: 'm1', secretaryId: 'sihteeri', mode: 'hybridi' });
  for (const m of members.slice(0, present)) {
    ok(store, {
      type: 'change-attendance',
      actor: 'sihteeri',
      personId: m,
      status: 'lasna',
      mode: m === 'm7' ? 'etana' : 'paikan-paalla',
      role: m === 'm1' ? 'puheenjohtaja' : 'jasen',
      votingRight: true,
    });
  }
  ok(store, {
    type: 'change-attendance',
    actor: 'sihteeri',
    personId: 'esittelija',
    status: 'lasna',
    mode: 'paikan-paalla',
    role: 'esittelija',
    votingRight: false,
  });
  ok(store, { type: 'state-legality', actor: 'm1', lawfullyConvened: true });
  return store;
}
function withItem(): MeetingStore {
  const store = started();
  ok(store, { type: 'open-item', actor: 'm1', itemId: 'i1' });
  ok(store, {
    type: 'make-proposal',
    actor: 'esittelija',
    kind: 'pohjaehdotus',
    proposalId: 'P',
    text: { fi: 'Lautakunta hyväksyy hankinnan.', sv: 'Nämnden godkänner upphandlingen.' },
  });
  return store;
}

describe('decide: commands checked against the rules', () => {
  it('KL 103 §: an item cannot be opened without quorum (remote participants count)', () => {
    const store = started(3);
    expect(store.state.legality?.quorate).toBe(false);
    expect(refused(store, { type: 'open-item', actor: 'm1', itemId: 'i1' })).toBe('no-quorum');
    ok(store, {
      type: 'change-attendance',
      actor: 'sihteeri',
      personId: 'm7',
      status: 'lasna',
      mode: 'etana',
      votingRight: true,
    });
    ok(store, { type: 'open-item', actor: 'm1', itemId: 'i1' });
    expect(store.state.items.get('i1')!.quorum).toEqual({ present: 4, required: 4, quorate: true });
  });

  it('refuses seconding one’s own proposal, seconding the base, and proposals from absent members', () => {
    const store = withItem();
    ok(store, {
      type: 'make-proposal',
      actor: 'm2',
      kind: 'vastaehdotus',
      proposerId: 'm2',
      proposalId: 'V1',
      text: { fi: 'Hankinta hylätään.' },
    });
    expect(refused(store, { type: 'second-proposal', actor: 'm2', proposalId: 'V1', seconderId: 'm2' })).toBe(
      'own-proposal',
    );
    expect(refused(store, { type: 'second-proposal', actor: 'm3', proposalId: 'P', seconderId: 'm3' })).toBe(
      'base-needs-no-seconding',
    );
    expect(
      refused(store, { type: 'make-proposal', actor: 'x', kind: 'vastaehdotus', proposerId: 'x', text: { fi: 'x' } }),
    ).toBe('not-present');
    ok(store, { type: 'second-proposal', actor: 'm3', proposalId: 'V1', seconderId: 'm3' });
    expect(refused(store, { type: 'second-proposal', actor: 'm3', proposalId: 'V1', seconderId: 'm3' })).toBe(
      'already-seconded',
    );
  });

  it('refuses voting before the discussion is closed, a second ballot, and ballots from the absent or disqualified', () => {
    const store = withItem();
    ok(store, {
      type: 'declare-disqualification',
      actor: 'm6',
      personId: 'm6',
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    });
    expect(store.state.attendance.get('m6')!.present).toBe(false); // HL 27 §: leaves the room
    expect(refused(store, { type: 'change-attendance', actor: 'sihteeri', personId: 'm6', status: 'lasna' })).toBe(
      'disqualified',
    );
    ok(store, {
      type: 'make-proposal',
      actor: 'm2',
      kind: 'vastaehdotus',
      proposerId: 'm2',
      proposalId: 'V1',
      text: { fi: 'Hankinta hylätään.' },
    });
    ok(store, { type: 'second-proposal', actor: 'm3', proposalId: 'V1', seconderId: 'm3' });
    expect(refused(store, { type: 'open-vote', actor: 'm1', jaa: 'P', ei: 'V1' })).toBe('discussion-open');
    ok(store, { type: 'close-discussion', actor: 'm1' });
    expect(
      refused(store, {
        type: 'make-proposal',
        actor: 'm4',
        kind: 'vastaehdotus',
        proposerId: 'm4',
        text: { fi: 'Myöhässä.' },
      }),
    ).toBe('discussion-closed');
    ok(store, { type: 'approve-voting-order', actor: 'm1' });
    const opened = ok(store, { type: 'open-vote', actor: 'm1' });
    expect(opened[0]!.payload).toMatchObject({ question: { jaa: 'P', ei: 'V1' }, method: 'sahkoinen' });
    ok(store, { type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm2', option: 'ei' });
    expect(refused(store, { type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm2', option: 'jaa' })).toBe(
      'second-ballot',
    );
    expect(refused(store, { type: 'cast-ballot', actor: 'm6', voteId: 'i1-v1', personId: 'm6', option: 'jaa' })).toBe(
      'not-present',
    );
    expect(
      refused(store, {
        type: 'cast-ballot',
        actor: 'esittelija',
        voteId: 'i1-v1',
        personId: 'esittelija',
        option: 'jaa',
      }),
    ).toBe('no-voting-right');
    expect(refused(store, { type: 'close-item', actor: 'm1' })).toBe('vote-open');
  });

  it('a second ballot replaces the first when the rules allow changing it', () => {
    const store = withItem();
    const state = store.state;
    ok(store, {
      type: 'make-proposal',
      actor: 'm2',
      kind: 'vastaehdotus',
      proposerId: 'm2',
      proposalId: 'V1',
      text: { fi: 'x' },
    });
    ok(store, { type: 'second-proposal', actor: 'm3', proposalId: 'V1', seconderId: 'm3' });
    ok(store, { type: 'close-discussion', actor: 'm1' });
    ok(store, { type: 'open-vote', actor: 'm1', jaa: 'P', ei: 'V1' });
    ok(store, { type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm2', option: 'ei' });
    const r = decide(
      store.state,
      { type: 'cast-ballot', actor: 'm2', voteId: 'i1-v1', personId: 'm2', option: 'jaa', at: at() },
      { rules: { allowBallotChange: true } },
    );
    expect(isProcedureError(r)).toBe(false);
    store.append(r as never);
    expect(store.state.items.get('i1')!.votes[0]!.ballots.get('m2')).toBe('jaa');
    expect(state.items.get('i1')!.votes).toHaveLength(0); // earlier state objects are untouched
  });

  it('a full item: three counter-proposals, the voting order, votes, the decision, a dissent; the log is valid', () => {
    const store = withItem();
    const events: unknown[] = [];
    const before = store.events.length;
    const unsubscribe = store.subscribe((_s, e) => events.push(...e));
    const counter = (id: string, who: string, second: string, fi: string) => {
      ok(store, {
        type: 'make-proposal',
        actor: who,
        kind: 'vastaehdotus',
        proposerId: who,
        proposalId: id,
        text: { fi },
      });
      ok(store, { type: 'second-proposal', actor: second, proposalId: id, seconderId: second });
    };
    ok(store, { type: 'request-speaker', actor: 'm2', personId: 'm2' });
    ok(store, { type: 'grant-speaker', actor: 'm1', entryId: 'i1-s1' });
    expect(refused(store, { type: 'close-discussion', actor: 'm1' })).toBe('someone-speaking');
    ok(store, { type: 'end-speaker', actor: 'm1', entryId: 'i1-s1' });
    counter('A', 'm2', 'm3', 'Hankinta tehdään puolitettuna.');
    counter('B', 'm4', 'm5', 'Hankinta hylätään ja asia valmistellaan uudelleen.');
    counter('C', 'm5', 'm4', 'Hankinta tehdään leasingina.');
    ok(store, {
      type: 'make-proposal',
      actor: 'm7',
      kind: 'vastaehdotus',
      proposerId: 'm7',
      proposalId: 'D',
      text: { fi: 'Ei kannatettu.' },
    });
    ok(store, { type: 'close-discussion', actor: 'm1' });
    ok(store, { type: 'approve-voting-order', actor: 'm1', distanceRanks: { B: 1, C: 2, A: 3 } });
    const order = store.state.items.get('i1')!.votingOrder!;
    expect(order.map((s) => [s.jaa, s.ei])).toEqual([
      [{ proposalId: 'B' }, { proposalId: 'C' }],
      [{ winnerOfVoteId: 'i1-v1' }, { proposalId: 'A' }],
      [{ proposalId: 'P' }, { winnerOfVoteId: 'i1-v2' }],
    ]);
    const vote = (options: Record<string, 'jaa' | 'ei' | 'tyhja'>) => {
      const voteId = (ok(store, { type: 'open-vote', actor: 'm1' })[0]!.payload as { voteId: string }).voteId;
      for (const [m, o] of Object.entries(options))
        ok(store, { type: 'cast-ballot', actor: m, voteId, personId: m, option: o });
      return ok(store, { type: 'close-vote', actor: 'm1' })[0]!.payload as {
        winningProposalId: string;
        castingVote: boolean;
      };
    };
    expect(vote({ m1: 'ei', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'ei', m6: 'jaa', m7: 'tyhja' }).winningProposalId).toBe(
      'C',
    );
    // 3–3 tie: the chair's side (ei = A) wins (KL 104 § 2 mom).
    const tie = vote({ m1: 'ei', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'jaa', m6: 'jaa', m7: 'tyhja' });
    expect(tie).toMatchObject({ winningProposalId: 'A', castingVote: true });
    expect(vote({ m1: 'jaa', m2: 'ei', m3: 'ei', m4: 'jaa', m5: 'ei', m6: 'ei', m7: 'ei' }).winningProposalId).toBe(
      'A',
    );
    expect(refused(store, { type: 'open-vote', actor: 'm1' })).toBe('voting-complete');
    expect(refused(store, { type: 'record-dissent', actor: 'm4', personId: 'm4', basis: 'vastaan-aanestanyt' })).toBe(
      'no-decision',
    );
    ok(store, { type: 'record-decision', actor: 'm1' });
    const item = store.state.items.get('i1')!;
    expect(item.decision).toMatchObject({
      kind: 'hyvaksytty-muutettuna',
      basedOnProposalId: 'A',
      voteIds: ['i1-v1', 'i1-v2', 'i1-v3'],
    });
    ok(store, { type: 'record-dissent', actor: 'm4', personId: 'm4', basis: 'vastaan-aanestanyt' });
    ok(store, { type: 'record-dissent', actor: 'esittelija', personId: 'esittelija', basis: 'esittelija' });
    expect(refused(store, { type: 'record-dissent', actor: 'm2', personId: 'm2', basis: 'vastaan-aanestanyt' })).toBe(
      'not-entitled-to-dissent',
    );
    ok(store, { type: 'close-item', actor: 'm1' });
    expect(refused(store, { type: 'open-item', actor: 'm1', itemId: 'i1' })).toBe('item-already-handled');
    ok(store, { type: 'close-meeting', actor: 'm1' });
    unsubscribe();
    expect(events).toHaveLength(store.events.length - before);
    const log = { schemaVersion: '1.0', meetingId: meeting.id, events: store.events };
    const parsed = MeetingLogSchema.safeParse(log);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // Replaying the store's log gives the store's state.
    expect(replay(meeting, store.events, { body }).items.get('i1')!.decision).toEqual(
      store.state.items.get('i1')!.decision,
    );
  });

  it('KL 103 §, HL 27 §: no vote or decision when disqualifications break the item quorum', () => {
    const store = withItem();
    for (const m of ['m4', 'm5', 'm6', 'm7']) {
      ok(store, {
        type: 'declare-disqualification',
        actor: 'm1',
        personId: m,
        ground: 'asianosainen',
        declaredBy: 'muu',
        disqualified: true,
      });
    }
    expect(store.state.items.get('i1')!.quorum).toEqual({ present: 3, required: 4, quorate: false });
    expect(refused(store, { type: 'record-decision', actor: 'm1' })).toBe('no-quorum');
    ok(store, {
      type: 'change-attendance',
      actor: 'sihteeri',
      personId: 'd4',
      status: 'lasna',
      role: 'varajasen',
      votingRight: true,
      substituteFor: 'm4',
    });
    ok(store, { type: 'record-decision', actor: 'm1', unanimous: true });
  });

  it('the disqualified member returns after the item; the return is minuted', () => {
    const store = withItem();
    ok(store, {
      type: 'declare-disqualification',
      actor: 'm6',
      personId: 'm6',
      ground: 'asianosainen',
      declaredBy: 'itse',
      disqualified: true,
    });
    ok(store, { type: 'record-decision', actor: 'm1', unanimous: true });
    expect(store.state.items.get('i1')!.decision?.kind).toBe('hyvaksytty-ehdotuksen-mukaisesti');
    const closing = ok(store, { type: 'close-item', actor: 'm1' });
    expect(closing.map((e) => e.type)).toEqual(['item-closed', 'attendance-changed']);
    expect(store.state.attendance.get('m6')!.present).toBe(true);
  });

  it('refuses commands before the meeting opens, after it closes, and with a clock going backwards', () => {
    const store = new MeetingStore(meeting, [], { body });
    expect(refused(store, { type: 'open-item', actor: 'm1', itemId: 'i1' })).toBe('meeting-not-open');
    const r = decide(store.state, {
      type: 'open-meeting',
      actor: 'm1',
      chairId: 'm1',
      mode: 'lasnaolo',
      at: 'yesterday',
    });
    expect(isProcedureError(r) && r.code).toBe('invalid-instant');
    ok(store, { type: 'open-meeting', actor: 'm1', chairId: 'm1', mode: 'lasnaolo' });
    const back = decide(store.state, { type: 'start-break', actor: 'm1', at: '2000-01-01T00:00:00Z' });
    expect(isProcedureError(back) && back.code).toBe('time-goes-backwards');
    ok(store, { type: 'close-meeting', actor: 'm1' });
    expect(refused(store, { type: 'start-break', actor: 'm1' })).toBe('meeting-closed');
  });

  it('a failing subscriber does not stop the others', () => {
    const store = new MeetingStore(meeting, [], { body });
    let called = 0;
    const orig = console.error;
    console.error = () => {};
    try {
      store.subscribe(() => {
        throw new Error('boom');
      });
      store.subscribe(() => {
        called += 1;
      });
      ok(store, { type: 'open-meeting', actor: 'm1', chairId: 'm1', mode: 'lasnaolo' });
    } finally {
      console.error = orig;
    }
    expect(called).toBe(1);
  });
});

describe('property: random command sequences', () => {
  const command = fc.oneof(
    fc.record({
      type: fc.constant('change-attendance'),
      personId: fc.constantFrom(...members),
      status: fc.constantFrom('lasna', 'poissa'),
      role: fc.constant('jasen'),
    }),
    fc.record({ type: fc.constant('open-item'), itemId: fc.constantFrom('i1', 'i2') }),
    fc.record({
      type: fc.constant('make-proposal'),
      kind: fc.constantFrom('pohjaehdotus', 'vastaehdotus', 'hylkaysehdotus', 'poydallepano'),
      proposerId: fc.constantFrom(...members),
      text: fc.constant({ fi: 'Ehdotus.' }),
    }),
    fc.record({
      type: fc.constant('second-proposal'),
      proposalId: fc.constantFrom('i1-p2', 'i1-p3', 'i2-p2'),
      seconderId: fc.constantFrom(...members),
    }),
    fc.record({
      type: fc.constant('declare-disqualification'),
      personId: fc.constantFrom(...members),
      ground: fc.constant('asianosainen'),
      declaredBy: fc.constant('itse'),
      disqualified: fc.boolean(),
    }),
    fc.constantFrom(
      { type: 'close-discussion' },
      { type: 'approve-voting-order' },
      { type: 'open-vote' },
      { type: 'close-vote' },
      { type: 'record-decision' },
      { type: 'close-item' },
      { type: 'start-break' },
      { type: 'end-break' },
      { type: 'state-legality', lawfullyConvened: true },
    ),
    fc.record({
      type: fc.constant('cast-ballot'),
      voteId: fc.constantFrom('i1-v1', 'i1-v2', 'i2-v1'),
      personId: fc.constantFrom(...members),
      option: fc.constantFrom('jaa', 'ei', 'tyhja'),
    }),
  );

  it('every accepted sequence is a valid meeting-schema log, and replay of any prefix never throws', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 80 }), (commands) => {
        const store = new MeetingStore(meeting, [], { body });
        store.dispatch({ type: 'open-meeting', actor: 'm1', chairId: 'm1', mode: 'lasnaolo', at: at() });
        // Personal acts come from the person himself, the rest from the chair.
        for (const c of commands) {
          const p = c as { personId?: string; proposerId?: string; seconderId?: string; kind?: string };
          const actor =
            c.type === 'make-proposal'
              ? p.kind === 'pohjaehdotus'
                ? 'm1'
                : p.proposerId!
              : (p.seconderId ?? (c.type === 'change-attendance' ? undefined : p.personId) ?? 'm1');
          store.dispatch({ actor, at: at(), ...c } as MeetingCommand);
        }
        const events = store.events;
        const parsed = MeetingLogSchema.safeParse({ schemaVersion: '1.0', meetingId: meeting.id, events });
        expect(parsed.error?.issues ?? []).toEqual([]);
        for (let n = 0; n <= events.length; n += 1) {
          const s = replay(meeting, events.slice(0, n), { body });
          expect(s.anomalies).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('decide: agenda and closed ballots', () => {
  it('KL 95 §: only items on the approved agenda are opened', () => {
    const store = started();
    ok(store, { type: 'approve-agenda', actor: 'm1', itemIds: ['i1'] });
    expect(refused(store, { type: 'open-item', actor: 'm1', itemId: 'i2' })).toBe('not-on-agenda');
    ok(store, { type: 'open-item', actor: 'm1', itemId: 'i1' });
  });

  it('KL 105 § 5 mom: a closed-ballot election in a hybrid meeting needs the platform’s secrecy flag', () => {
    const store = started();
    ok(store, { type: 'open-item', actor: 'm1', itemId: 'i1' });
    const election = {
      id: 'v1',
      itemId: 'i1',
      kind: 'enemmistovaali' as const,
      title: { fi: 'Varapuheenjohtaja' },
      seatsToFill: 1,
      secretBallot: true,
      candidates: [{ id: 'c1', name: 'Aino' }],
      ballots: [],
      tallies: [{ candidateId: 'c1', votes: 7 }],
      lots: [],
      electedIds: ['c1'],
    };
    expect(refused(store, { type: 'hold-election', actor: 'm1', election })).toBe('closed-ballot-not-secure');
    const r = decide(
      store.state,
      { type: 'hold-election', actor: 'm1', election, at: at() },
      { ballotSecrecyEnsured: true },
    );
    expect(isProcedureError(r)).toBe(false);
    const open = decide(store.state, {
      type: 'hold-election',
      actor: 'm1',
      election: { ...election, secretBallot: false },
      at: at(),
    });
    expect(isProcedureError(open)).toBe(false);
  });
});
