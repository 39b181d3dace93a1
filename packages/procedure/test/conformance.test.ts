import { readFileSync } from 'node:fs';
import type { Body, Meeting, MeetingEvent, MeetingLog } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import { isProcedureError, MeetingStore, type MeetingCommand } from '../src/index.js';

const frozen = JSON.parse(readFileSync(new URL('./fixtures/council-2026-5.json', import.meta.url), 'utf8')) as {
  council: Body;
  councilMeeting: Meeting;
  councilMeetingLog: MeetingLog;
};

/** The command a chair or secretary would have given to produce the event. */
function commandOf(e: MeetingEvent, discussionOpen: boolean): MeetingCommand {
  return commandFor(e, discussionOpen) as unknown as MeetingCommand;
}

function commandFor(e: MeetingEvent, discussionOpen: boolean): Record<string, unknown> {
  const base = { actor: e.actor, at: e.at };
  const p = e.payload as Record<string, unknown>;
  const { itemId: _itemId, ...rest } = p;
  switch (e.type) {
    case 'meeting-opened':
      return { ...base, type: 'open-meeting', ...rest };
    case 'presiding-changed':
      return { ...base, type: 'change-presiding', personId: e.payload.personId, reason: e.payload.reason };
    case 'attendance-changed':
      return { ...base, type: 'change-attendance', ...rest };
    case 'legality-and-quorum-stated':
      return { ...base, type: 'state-legality', lawfullyConvened: e.payload.lawfullyConvened };
    case 'minutes-checkers-chosen':
      return { ...base, type: 'choose-minutes-checkers', personIds: e.payload.personIds };
    case 'agenda-approved':
      return { ...base, type: 'approve-agenda', ...e.payload };
    case 'item-opened':
      return { ...base, type: 'open-item', ...e.payload };
    case 'disqualification-declared':
      return { ...base, type: 'declare-disqualification', ...rest };
    case 'speaker-requested':
      return { ...base, type: 'request-speaker', ...rest };
    case 'speaker-granted':
      return { ...base, type: 'grant-speaker', entryId: e.payload.entryId };
    case 'speaker-withdrawn':
      return { ...base, type: 'withdraw-speaker', entryId: e.payload.entryId };
    case 'speaker-ended':
      return { ...base, type: 'end-speaker', entryId: e.payload.entryId };
    case 'proposal-made':
      return { ...base, type: 'make-proposal', ...rest };
    case 'proposal-seconded':
      return { ...base, type: 'second-proposal', proposalId: e.payload.proposalId, seconderId: e.payload.seconderId };
    case 'proposal-withdrawn':
      return { ...base, type: 'withdraw-proposal', proposalId: e.payload.proposalId };
    case 'discussion-closed':
      return { ...base, type: 'close-discussion' };
    case 'voting-order-approved':
      return { ...base, type: 'approve-voting-order', steps: e.payload.steps };
    case 'vote-opened':
      return {
        ...base,
        type: 'open-vote',
        voteId: e.payload.voteId,
        method: e.payload.method,
        jaa: e.payload.question.jaa,
        ei: e.payload.question.ei,
      };
    case 'ballot-cast':
      return {
        ...base,
        type: 'cast-ballot',
        voteId: e.payload.voteId,
        personId: e.payload.personId,
        option: e.payload.option,
      };
    case 'vote-closed':
      return { ...base, type: 'close-vote' };
    case 'vote-cancelled':
      return { ...base, type: 'cancel-vote', reason: e.payload.reason };
    case 'election-held':
      return { ...base, type: 'hold-election', election: e.payload.election };
    case 'lot-drawn':
      return { ...base, type: 'draw-lot', ...rest };
    case 'decision-recorded':
      // Without a closed discussion the chair states a unanimous decision (KL 104 § 1 mom).
      return {
        ...base,
        type: 'record-decision',
        decision: e.payload.decision,
        ...(discussionOpen ? { unanimous: true } : {}),
      };
    case 'dissent-recorded':
      return { ...base, type: 'record-dissent', ...rest };
    case 'break-started':
      return { ...base, type: 'start-break', ...e.payload };
    case 'break-ended':
      return { ...base, type: 'end-break' };
    case 'item-closed':
      return { ...base, type: 'close-item' };
    case 'meeting-closed':
      return { ...base, type: 'close-meeting' };
  }
}

const strip = (e: MeetingEvent) => ({ type: e.type, payload: e.payload });

describe('decide reproduces the meeting-schema council fixture', () => {
  it('every event of the log follows from a command that decide accepts, with the same payload', () => {
    const { council, councilMeeting, councilMeetingLog } = frozen;
    const store = new MeetingStore(councilMeeting, [], { body: { kind: council.kind, seats: council.seats } });
    const pending: MeetingEvent[] = []; // events decide emitted on its own (departure on disqualification, return)
    const refusals: string[] = [];
    for (const e of councilMeetingLog.events) {
      const auto = pending.findIndex(
        (x) =>
          JSON.stringify(strip(x)) === JSON.stringify(strip(e)) ||
          (x.type === e.type &&
            e.type === 'attendance-changed' &&
            (x.payload as { personId: string }).personId === e.payload.personId),
      );
      if (auto >= 0) {
        pending.splice(auto, 1);
        continue;
      }
      const current = store.state.currentItemId === null ? undefined : store.state.items.get(store.state.currentItemId);
      const r = store.dispatch(commandOf(e, current?.discussionClosedAt === undefined));
      if (isProcedureError(r)) {
        refusals.push(`${e.seq} ${e.type}: ${r.code}`);
        continue;
      }
      expect(strip(r[0]!)).toEqual(strip(e));
      pending.push(...r.slice(1));
    }
    // No exception: since the fixture records the technical director present in § 52 (as an expert
    // without a vote), decide accepts a command for every event of the log.
    expect(refusals).toEqual([]);
    expect(pending).toEqual([]);
    expect(store.state.status).toBe('closed');
  });
});
