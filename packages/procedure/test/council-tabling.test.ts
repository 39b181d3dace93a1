/**
 * The council minority's right to have a matter tabled (hallintosääntö, Kuntaliitto model [unverified]; the rule is
 * `councilTablingByDemand` with `rules.councilTablingShare`, default 1/4 of the councillors present, first handling
 * only): a tabling proposal seconded by that share is decided without a vote.
 */
import type { Meeting } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { draftMinutesText, isProcedureError, MeetingStore, type MeetingCommand } from '../src/index.js';
import { boardMeeting, boardMemberships, CHAIR, members, PRESENTER, SECRETARY } from './board.js';

/** A seven-seat council (KL 103 § 1 mom: quorum 5) with item i1 open and its base proposal P. */
function council(options: { previouslyTabled?: boolean; rules?: Record<string, unknown>; kind?: string } = {}) {
  const meeting = {
    ...boardMeeting,
    items: boardMeeting.items!.map((i) =>
      i.id === 'i1' && options.previouslyTabled ? { ...i, previouslyTabled: true } : i,
    ),
  } as Meeting;
  const store = new MeetingStore(meeting, [], {
    body: { kind: options.kind ?? 'valtuusto', seats: 7 },
    memberships: boardMemberships,
    ...(options.rules ? { rules: options.rules } : {}),
  });
  let clock = Date.parse('2026-03-10T15:00:00Z');
  const run = (c: Record<string, unknown>) =>
    store.dispatch({ at: new Date((clock += 1000)).toISOString(), ...c } as MeetingCommand);
  const ok = (c: Record<string, unknown>) => {
    const r = run(c);
    if (isProcedureError(r)) throw new Error(`${String(c.type)}: ${r.code}`);
    return r;
  };
  const no = (c: Record<string, unknown>) => {
    const r = run(c);
    if (!isProcedureError(r)) throw new Error(`${String(c.type)} accepted`);
    return r.code;
  };
  ok({ type: 'open-meeting', actor: CHAIR, chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' });
  for (const m of members) ok({ type: 'change-attendance', actor: SECRETARY, personId: m, status: 'lasna' });
  ok({ type: 'state-legality', actor: CHAIR, lawfullyConvened: true });
  ok({ type: 'open-item', actor: CHAIR, itemId: 'i1' });
  ok({ type: 'make-proposal', actor: PRESENTER, kind: 'pohjaehdotus', proposalId: 'P', text: { fi: 'Hyväksytään.' } });
  ok({
    type: 'make-proposal',
    actor: 'm3',
    proposerId: 'm3',
    kind: 'poydallepano',
    proposalId: 'T',
    text: { fi: 'Asia jätetään pöydälle.' },
  });
  return { store, ok, no };
}

describe('council minority tabling by demand (hallintosääntö, councilTablingByDemand)', () => {
  it('hallintosääntö: a tabling proposal seconded by a quarter of the councillors present tables the matter without a vote', () => {
    const c = council();
    // One of seven (the proposer alone) is not a quarter; a seconder makes two of seven (2 · 4 ≥ 7).
    expect(c.no({ type: 'record-decision', actor: CHAIR })).toBe('discussion-open');
    c.ok({ type: 'second-proposal', actor: 'm4', proposalId: 'T', seconderId: 'm4' });
    const [e] = c.ok({ type: 'record-decision', actor: CHAIR });
    expect(e!.payload).toMatchObject({ decision: { kind: 'poydalle', basedOnProposalId: 'T' } });
    const item = c.store.state.items.get('i1')!;
    expect(item.votes).toEqual([]);
    expect(item.decision?.voteIds).toBeUndefined();
    const fi = draftMinutesText(c.store.state, { lang: 'fi' }).sections[0]!;
    expect(fi.proceedings.join('\n')).toContain('Pöydällepanoa vaati 2 läsnä olevista 7 valtuutetusta');
  });

  it('hallintosääntö: not at a later handling of a matter tabled before (first handling only), nor outside the council', () => {
    const later = council({ previouslyTabled: true });
    later.ok({ type: 'second-proposal', actor: 'm4', proposalId: 'T', seconderId: 'm4' });
    expect(later.no({ type: 'record-decision', actor: CHAIR })).toBe('discussion-open');
    const board = council({ kind: 'lautakunta' });
    board.ok({ type: 'second-proposal', actor: 'm4', proposalId: 'T', seconderId: 'm4' });
    expect(board.no({ type: 'record-decision', actor: CHAIR })).toBe('discussion-open');
  });

  it('hallintosääntö: the share is configurable (1/2 needs four of seven) and null turns the right off', () => {
    const half = council({ rules: { councilTablingShare: { numerator: 1, denominator: 2 } } });
    for (const s of ['m4', 'm5']) half.ok({ type: 'second-proposal', actor: s, proposalId: 'T', seconderId: s });
    expect(half.no({ type: 'record-decision', actor: CHAIR })).toBe('discussion-open');
    half.ok({ type: 'second-proposal', actor: 'm6', proposalId: 'T', seconderId: 'm6' });
    expect(half.ok({ type: 'record-decision', actor: CHAIR })[0]!.payload).toMatchObject({
      decision: { kind: 'poydalle' },
    });
    const off = council({ rules: { councilTablingShare: null } });
    off.ok({ type: 'second-proposal', actor: 'm4', proposalId: 'T', seconderId: 'm4' });
    expect(off.no({ type: 'record-decision', actor: CHAIR })).toBe('discussion-open');
  });
});
