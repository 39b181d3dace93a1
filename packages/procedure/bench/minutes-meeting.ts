import type { Meeting, MeetingEvent } from '@digikokous/meeting-schema';
import type { MinutesPerson } from '../src/index.js';

/**
 * A synthetic 100-item council meeting for the minutes benchmark: 79 councillors, 34 roll-call votes of 79
 * ballots, a counter-proposal with a seconder in each voted item, two speeches per item, members arriving and
 * leaving. Deterministic; instants one second apart.
 */
export function hundredItemMeeting(): {
  meeting: Meeting;
  events: MeetingEvent[];
  body: { kind: string; seats: number };
  people: MinutesPerson[];
} {
  const members = Array.from({ length: 79 }, (_, i) => `v${String(i + 1).padStart(2, '0')}`);
  const people: MinutesPerson[] = members.map((id, i) => ({
    id,
    givenName: ['Aino', 'Eero', 'Helmi', 'Ilmari', 'Kaisa', 'Lauri', 'Sanni'][i % 7]!,
    familyName: `Sukunimi${String.fromCharCode(65 + (i % 26))}${i}`,
  }));
  const events: MeetingEvent[] = [];
  let seq = 0;
  const t0 = Date.parse('2026-06-15T15:00:00Z');
  const emit = (type: MeetingEvent['type'], payload: unknown, actor = 'v01'): void => {
    seq += 1;
    const at = new Date(t0 + seq * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    events.push({ id: `e${seq}`, seq, at, actor, type, payload } as MeetingEvent);
  };
  const para = (t: string) => [{ type: 'paragraph', content: [{ type: 'text', text: t }] }];
  emit('meeting-opened', { meetingId: 'kv-100', chairId: 'v01', secretaryId: 'sihteeri', mode: 'hybridi' });
  for (const m of members)
    emit('attendance-changed', {
      personId: m,
      status: 'lasna',
      mode: m < 'v60' ? 'paikan-paalla' : 'etana',
      role: m === 'v01' ? 'puheenjohtaja' : 'jasen',
      votingRight: true,
    });
  emit('legality-and-quorum-stated', { lawfullyConvened: true, quorate: true, membersPresent: 79, seats: 79 });
  emit('minutes-checkers-chosen', { personIds: ['v02', 'v03'] });
  let votes = 0;
  for (let i = 0; i < 100; i += 1) {
    const itemId = `kv-100-${i + 1}`;
    emit('item-opened', { itemId, sectionNumber: i + 1 });
    emit('proposal-made', {
      itemId,
      proposalId: `${itemId}-p`,
      kind: 'pohjaehdotus',
      text: { fi: `Valtuusto hyväksyy asian ${i + 1}.`, sv: `Fullmäktige godkänner ärende ${i + 1}.` },
    });
    for (let s = 0; s < 2; s += 1) {
      const entryId = `${itemId}-s${s}`;
      const personId = members[(i * 3 + s * 11) % 79]!;
      emit('speaker-requested', { itemId, entryId, personId, kind: 'puheenvuoro' }, personId);
      emit('speaker-granted', { itemId, entryId });
      emit('speaker-ended', { itemId, entryId });
    }
    if (i % 10 === 5) emit('attendance-changed', { personId: members[10 + i / 10]!, status: 'poissa' });
    const voted = i % 3 === 0 && votes < 34;
    if (voted) {
      emit('proposal-made', {
        itemId,
        proposalId: `${itemId}-c`,
        kind: 'vastaehdotus',
        proposerId: 'v04',
        text: { fi: 'Asia hylätään.' },
      });
      emit('proposal-seconded', { itemId, proposalId: `${itemId}-c`, seconderId: 'v05' });
    }
    emit('discussion-closed', { itemId });
    if (voted) {
      votes += 1;
      const voteId = `${itemId}-a`;
      emit('vote-opened', {
        itemId,
        voteId,
        method: 'nimenhuuto',
        question: { jaa: `${itemId}-p`, ei: `${itemId}-c` },
      });
      let jaa = 0;
      let ei = 0;
      const absentNow = new Set(
        Array.from({ length: 10 }, (_, k) => (k * 10 + 5 < i ? members[10 + k] : undefined)).filter(Boolean),
      );
      members.forEach((m, k) => {
        if (absentNow.has(m)) return;
        const option = (k + i) % 3 === 0 ? 'ei' : 'jaa';
        if (option === 'jaa') jaa += 1;
        else ei += 1;
        emit('ballot-cast', { itemId, voteId, personId: m, option }, m);
      });
      emit('vote-closed', {
        itemId,
        voteId,
        counts: { jaa, ei, tyhja: 0, poissa: 79 - jaa - ei },
        result: jaa >= ei ? 'jaa' : 'ei',
        castingVote: false,
        winningProposalId: jaa >= ei ? `${itemId}-p` : `${itemId}-c`,
      });
    }
    emit('decision-recorded', {
      itemId,
      decision: {
        id: `${itemId}-d`,
        itemId,
        kind: voted ? 'hyvaksytty-aanestyksen-jalkeen' : 'hyvaksytty-ehdotuksen-mukaisesti',
        text: { fi: para(`Valtuusto hyväksyi asian ${i + 1}.`), sv: para(`Fullmäktige godkände ärende ${i + 1}.`) },
      },
    });
    emit('item-closed', { itemId });
  }
  emit('meeting-closed', {});
  const meeting = {
    id: 'kv-100',
    mode: 'hybridi',
    public: true,
    number: 9,
    year: 2026,
    items: Array.from({ length: 100 }, (_, i) => ({
      id: `kv-100-${i + 1}`,
      order: i + 1,
      title: { fi: `Asia ${i + 1}`, sv: `Ärende ${i + 1}` },
      preparerIds: [],
      attachments: [],
      additional: false,
      publicity: { status: 'julkinen' },
    })),
    invitees: members.map((personId) => ({ personId, role: 'jasen' })),
  } as unknown as Meeting;
  return { meeting, events, body: { kind: 'valtuusto', seats: 79 }, people };
}
