import type { Meeting, MeetingEvent } from '@digikokous/meeting-schema';

/**
 * A synthetic 20,000-event council meeting: 79 councillors, 60 items, 100 roll-call votes with every member voting,
 * speeches filling the rest. Deterministic (no randomness), instants one second apart.
 */
export function largeCouncilMeeting(target = 20_000): {
  meeting: Meeting;
  events: MeetingEvent[];
  body: { kind: string; seats: number };
} {
  const members = Array.from({ length: 79 }, (_, i) => `v${String(i + 1).padStart(2, '0')}`);
  const items = Array.from({ length: 60 }, (_, i) => `kv-${i + 1}`);
  const events: MeetingEvent[] = [];
  let seq = 0;
  const t0 = Date.parse('2026-06-15T15:00:00Z');
  const emit = (type: MeetingEvent['type'], payload: unknown, actor = 'v01'): void => {
    seq += 1;
    const at = new Date(t0 + seq * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    events.push({ id: `e${seq}`, seq, at, actor, type, payload } as MeetingEvent);
  };
  emit('meeting-opened', { meetingId: 'kv-big', chairId: 'v01', mode: 'hybridi' });
  for (const m of members) {
    emit('attendance-changed', {
      personId: m,
      status: 'lasna',
      mode: m < 'v60' ? 'paikan-paalla' : 'etana',
      role: m === 'v01' ? 'puheenjohtaja' : 'jasen',
      votingRight: true,
    });
  }
  emit('legality-and-quorum-stated', { lawfullyConvened: true, quorate: true, membersPresent: 79, seats: 79 });
  // Fixed per item: open, base, close discussion, decision, close = 5; votes: 100 × (79 ballots + 2) + counter-proposals.
  const votesPerItem = items.map((_, i) => (i < 40 ? 2 : 1));
  const fixed =
    1 +
    members.length +
    1 +
    items.length * 5 +
    1 +
    100 * (members.length + 2) +
    votesPerItem.reduce((a, b) => a + b, 0) * 2;
  const speechesTotal = Math.max(0, Math.floor((target - fixed) / 3));
  let speechesLeft = speechesTotal;
  items.forEach((itemId, i) => {
    emit('item-opened', { itemId, sectionNumber: i + 1 });
    emit('proposal-made', { itemId, proposalId: `${itemId}-p`, kind: 'pohjaehdotus', text: { fi: 'Pohjaehdotus.' } });
    const speeches = i === items.length - 1 ? speechesLeft : Math.floor(speechesTotal / items.length);
    speechesLeft -= speeches;
    for (let s = 0; s < speeches; s += 1) {
      const entryId = `${itemId}-s${s}`;
      const personId = members[(s * 7 + i) % members.length]!;
      emit('speaker-requested', { itemId, entryId, personId, kind: 'puheenvuoro' }, personId);
      emit('speaker-granted', { itemId, entryId });
      emit('speaker-ended', { itemId, entryId });
    }
    const nVotes = votesPerItem[i]!;
    for (let c = 0; c < nVotes; c += 1) {
      emit(
        'proposal-made',
        {
          itemId,
          proposalId: `${itemId}-c${c}`,
          kind: 'vastaehdotus',
          proposerId: 'v02',
          text: { fi: 'Vastaehdotus.' },
        },
        'v02',
      );
      emit('proposal-seconded', { itemId, proposalId: `${itemId}-c${c}`, seconderId: 'v03' }, 'v03');
    }
    emit('discussion-closed', { itemId });
    for (let c = 0; c < nVotes; c += 1) {
      const voteId = `${itemId}-a${c}`;
      emit('vote-opened', {
        itemId,
        voteId,
        method: 'nimenhuuto',
        question: { jaa: `${itemId}-p`, ei: `${itemId}-c${c}` },
      });
      let jaa = 0;
      let ei = 0;
      members.forEach((m, k) => {
        const option = (k + c + i) % 3 === 0 ? 'ei' : 'jaa';
        if (option === 'jaa') jaa += 1;
        else ei += 1;
        emit('ballot-cast', { itemId, voteId, personId: m, option }, m);
      });
      emit('vote-closed', {
        itemId,
        voteId,
        counts: { jaa, ei, tyhja: 0, poissa: 0 },
        result: jaa >= ei ? 'jaa' : 'ei',
        castingVote: false,
        winningProposalId: jaa >= ei ? `${itemId}-p` : `${itemId}-c${c}`,
      });
    }
    emit('decision-recorded', {
      itemId,
      decision: { id: `${itemId}-d`, itemId, kind: 'hyvaksytty-aanestyksen-jalkeen', text: { fi: [] } },
    });
    emit('item-closed', { itemId });
  });
  // Pad to the exact target with an observer (no vote) coming and going.
  for (let k = 0; events.length < target - 1; k += 1) {
    emit('attendance-changed', {
      personId: 'tarkkailija',
      status: k % 2 === 0 ? 'lasna' : 'poissa',
      role: 'muu-lasnaolija',
      votingRight: false,
    });
  }
  emit('meeting-closed', {});
  const meeting = {
    id: 'kv-big',
    mode: 'hybridi',
    public: true,
    items: [],
    invitees: members.map((personId) => ({ personId, role: 'jasen' })),
  } as unknown as Meeting;
  return { meeting, events, body: { kind: 'valtuusto', seats: 79 } };
}
