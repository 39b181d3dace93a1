/**
 * Links between the JHS 191 code lists and the meeting domain of `@digikokous/meeting-schema` (type-only
 * imports: no runtime dependency on it).
 */
import type { PublicityStatus } from '@digikokous/meeting-schema';
import type { PublicityClassCode } from './codes.js';

const toMeeting: Readonly<Record<PublicityClassCode, PublicityStatus>> = {
  1: 'julkinen',
  2: 'osittain-salassa-pidettava',
  3: 'salassa-pidettava',
  // JHS 191 "Ei-julkinen": not (yet) public without a secrecy ground, e.g. agenda papers before the decision
  // is signed (JulkL 621/1999 6 § 1 mom 8 k).
  4: 'ei-viela-julkinen',
};

/** The meeting-schema publicity status of a JHS 191 publicity class (JulkisuusluokkaKoodi). */
export function publicityClassToMeetingStatus(code: PublicityClassCode): PublicityStatus {
  return toMeeting[code];
}

/** The JHS 191 publicity class of a meeting-schema publicity status. */
export function meetingStatusToPublicityClass(status: PublicityStatus): PublicityClassCode {
  const hit = (Object.entries(toMeeting) as [string, PublicityStatus][]).find(([, s]) => s === status);
  if (!hit) throw new RangeError(`Unknown publicity status: ${String(status)}`);
  return Number(hit[0]) as PublicityClassCode;
}
