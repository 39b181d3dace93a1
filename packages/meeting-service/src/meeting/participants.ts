import type { Meeting, Person } from '@digikokous/meeting-schema';
import type { Role } from '@digikokous/meeting-schema/codes';
import type { AccessMeeting, MeetingRole } from '@digikokous/security';

/** A person who may take part in one meeting, with the role their meeting token carries. */
export interface Participant {
  readonly personId: string;
  readonly role: MeetingRole;
  readonly name: string;
  /** Officials entitled to the meeting's confidential material (e.g. the municipal manager). */
  readonly entitled?: boolean;
  /** The meeting-schema role (for the attendance record of a self-registered remote arrival). */
  readonly schemaRole?: Role;
}

/** meeting-schema invitee roles → the meeting-token roles of `@digikokous/security`. */
export const TOKEN_ROLE: Readonly<Record<Role, MeetingRole | undefined>> = Object.freeze({
  puheenjohtaja: 'chair',
  varapuheenjohtaja: 'vice-chair',
  jasen: 'member',
  varajasen: 'deputy',
  esittelija: 'presenter',
  sihteeri: 'secretary',
  poytakirjanpitaja: 'secretary',
  asiantuntija: 'expert',
  kunnanjohtaja: 'official',
  pormestari: 'official',
  'kunnanhallituksen-edustaja': 'official',
  'nuorisovaltuuston-edustaja': undefined,
  'vanhusneuvoston-edustaja': undefined,
  'vammaisneuvoston-edustaja': undefined,
  'muu-lasnaolija': undefined,
});

/**
 * The participants of a meeting from its invitees, plus deputies who may be called in (KL 17 §: a deputy
 * replaces a member who cannot attend). Invitees whose role carries no token role are left out.
 */
export function participantsOf(
  meeting: Meeting,
  people: readonly Person[],
  deputyIds: readonly string[] = [],
): Participant[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const name = (id: string): string => {
    const p = byId.get(id);
    return p ? `${p.givenName} ${p.familyName}` : id;
  };
  const out = new Map<string, Participant>();
  for (const invitee of meeting.invitees ?? []) {
    const role = TOKEN_ROLE[invitee.role];
    if (!role) continue;
    out.set(invitee.personId, {
      personId: invitee.personId,
      role,
      name: name(invitee.personId),
      schemaRole: invitee.role,
      ...(role === 'official' ? { entitled: true } : {}),
    });
  }
  for (const id of deputyIds)
    if (!out.has(id)) out.set(id, { personId: id, role: 'deputy', name: name(id), schemaRole: 'varajasen' });
  return [...out.values()];
}

export function accessMeeting(meetingId: string, participants: readonly Participant[]): AccessMeeting {
  return {
    id: meetingId,
    participants: participants.map((p) => ({
      personId: p.personId,
      role: p.role,
      ...(p.entitled ? { entitled: true } : {}),
    })),
  };
}
