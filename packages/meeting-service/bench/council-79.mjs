// The benchmark's meeting: a council of 79 seats (KL 16 §: at least 79 councillors above 400,000 inhabitants),
// the fixture's people p001–p079 as its members, p001 presiding, the Esimerkkilä secretary, and an agenda of the
// legality item plus `votes` items that are each decided by one roll-call vote (base proposal against a seconded
// counter-proposal). Demo data only.
import { councilMeeting, councilItems, people } from '@digikokous/meeting-schema/fixtures';
import { participantsOf } from '../dist/index.js';

export const SEATS = 79;
export const CHAIR = 'p001';
export const SECRETARY = 'hallintojohtaja';
export const MEMBERS = Array.from({ length: SEATS }, (_, i) => `p${String(i + 1).padStart(3, '0')}`);

/** @param {{ meetingId: string, votes: number }} options */
export function council79({ meetingId, votes }) {
  const [legality, sample] = [councilItems[0], councilItems[5]];
  const items = [
    { ...legality, id: `${meetingId}-1`, order: 1, sectionNumber: 1 },
    ...Array.from({ length: votes }, (_, i) => ({
      ...sample,
      id: `${meetingId}-${i + 2}`,
      order: i + 2,
      sectionNumber: i + 2,
      attachments: [],
    })),
  ];
  const meeting = {
    ...councilMeeting,
    id: meetingId,
    mode: 'hybridi',
    invitees: [
      ...MEMBERS.map((personId) => ({ personId, role: personId === CHAIR ? 'puheenjohtaja' : 'jasen' })),
      { personId: SECRETARY, role: 'poytakirjanpitaja' },
    ],
    items,
  };
  return {
    meeting,
    body: { kind: 'valtuusto', seats: SEATS },
    participants: participantsOf(meeting, people),
    people,
  };
}
