import type { Meeting } from '@digikokous/meeting-schema';
import {
  council,
  councilAdditionalItem,
  councilDeputies,
  councilMeeting,
  people,
} from '@digikokous/meeting-schema/fixtures';
import type { MeetingDefinition } from './config.js';
import { participantsOf } from './meeting/participants.js';

/**
 * The fictional Esimerkkilä council meeting 5/2026 (`@digikokous/meeting-schema/fixtures`) as a hybrid meeting
 * the service can run: 43 councillors, their deputies, the municipal manager and the secretary; the agenda with
 * the additional item (§ 57) and the confidential § 53 (JulkL 24 § 1 mom. 25 k). Demo data only.
 */
export function esimerkkilaCouncil(overrides: Partial<Meeting> = {}): MeetingDefinition {
  const meeting: Meeting = {
    ...councilMeeting,
    mode: 'hybridi',
    items: [...councilMeeting.items, councilAdditionalItem],
    ...overrides,
  };
  return {
    meeting,
    body: { kind: council.kind, seats: council.seats },
    participants: participantsOf(
      meeting,
      people,
      councilDeputies.map((p) => p.id),
    ),
    people,
    bodyName: council.name,
  };
}
