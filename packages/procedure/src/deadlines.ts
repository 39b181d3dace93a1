import { addDays, parseIsoDate } from './calendar.js';
import { fail } from './errors.js';
import { firstWorkingDayOnOrAfter } from './holidays.js';
import { isCouncilKind } from './quorum.js';
import { resolveRules, type ProcedureRulesOverrides } from './rules.js';

/** Days after which notice is presumed received, per channel. Statutory constants. */
const NOTIFICATION_DAYS = {
  /** Member of the municipality: 7 days after the minutes went online (KL 140 § 3 mom). */
  'public-network': 7,
  /** Ordinary notification by letter: the 7th day after sending (HL 59 § 2 mom). */
  letter: 7,
  /** Ordinary electronic notification: the 3rd day after sending (SAL 13/2003 19 § 2 mom). */
  electronic: 3,
  /** Proof of receipt: the receipt date itself (HL 60 §). */
  receipt: 0,
} as const;

export type NotificationChannel = keyof typeof NOTIFICATION_DAYS;

/** Claim for rectification: 14 days from notification (KL 138 §). */
export const RECTIFICATION_DAYS = 14;
/** Municipal appeal: 30 days from notification (KL 138 §). */
export const MUNICIPAL_APPEAL_DAYS = 30;
/** The council invitation is sent at least four days before the meeting (KL 94 § 4 mom). */
export const COUNCIL_INVITATION_DAYS = 4;
/** A kept recording must be accessible within 14 days of publication (DPL 306/2019 7 §). */
export const RECORDING_ACCESSIBLE_DAYS = 14;

/**
 * The day a decision is presumed received (KL 140 § 3 mom, HL 59 § 2 mom, SAL 19 § 2 mom, HL 60 §). A presumption
 * of a date, not a deadline: it is never moved off a weekend or a holiday (domain rules §1.8 item 5).
 */
export function notificationDate(input: { channel: NotificationChannel; date: string }): string {
  if (!Object.prototype.hasOwnProperty.call(NOTIFICATION_DAYS, input.channel)) {
    fail('invalid-channel', 'Tuntematon tiedoksiantotapa.', 'Unknown notification channel.', 'Okänt delgivningssätt.');
  }
  parseIsoDate(input.date);
  return addDays(input.date, NOTIFICATION_DAYS[input.channel]);
}

export interface AppealDeadlines {
  notifiedOn: string;
  rectification: { days: number; rawLastDay: string; lastDay: string };
  municipalAppeal: { days: number; rawLastDay: string; lastDay: string };
  /** Personal data in the online minutes are removed after the end of this day (KL 140 § 1 mom). */
  personalDataRemovalAfter: string;
}

/**
 * Rectification and municipal-appeal periods (KL 138 §): 14 and 30 days from notification; the notification day is
 * not counted (määräaikalaki 2 §) and a last day on a blocking day moves to the next weekday (määräaikalaki 5 §).
 * Notification is `notifiedOn`, or 7 days after `minutesPublishedOn` (KL 140 § 3 mom). Personal data are removed when
 * the period of the remedy that applies ends (KL 140 § 1 mom): `remedy` says which, default the municipal appeal so
 * that data never leave before an appellant could still need them.
 */
export function appealDeadlines(input: {
  notifiedOn?: string;
  minutesPublishedOn?: string;
  remedy?: 'rectification' | 'municipal-appeal';
}): AppealDeadlines {
  let notifiedOn: string;
  if (input.notifiedOn !== undefined) {
    parseIsoDate(input.notifiedOn, 'notifiedOn');
    notifiedOn = input.notifiedOn;
  } else if (input.minutesPublishedOn !== undefined) {
    notifiedOn = notificationDate({ channel: 'public-network', date: input.minutesPublishedOn });
  } else {
    return fail(
      'missing-notification',
      'Tiedoksisaantipäivä tai pöytäkirjan julkaisupäivä puuttuu.',
      'Either the notification date or the minutes publication date is required.',
      'Delfåendedagen eller protokollets publiceringsdag saknas.',
    );
  }
  const period = (days: number): { days: number; rawLastDay: string; lastDay: string } => {
    const rawLastDay = addDays(notifiedOn, days);
    return { days, rawLastDay, lastDay: firstWorkingDayOnOrAfter(rawLastDay) };
  };
  const rectification = period(RECTIFICATION_DAYS);
  const municipalAppeal = period(MUNICIPAL_APPEAL_DAYS);
  return {
    notifiedOn,
    rectification,
    municipalAppeal,
    personalDataRemovalAfter: input.remedy === 'rectification' ? rectification.lastDay : municipalAppeal.lastDay,
  };
}

/**
 * The last day the meeting invitation may be sent: the council at least four days before the meeting (KL 94 § 4 mom);
 * other bodies as the hallintosääntö says (`rules.invitationLeadDays`, [unverified] default 4). A backward limit, so
 * it is never moved off a holiday (määräaikalaki 4 §).
 */
export function invitationLatest(input: {
  meetingDate: string;
  body: { kind: string };
  rules?: ProcedureRulesOverrides;
}): string {
  parseIsoDate(input.meetingDate, 'meetingDate');
  const days = isCouncilKind(input.body.kind) ? COUNCIL_INVITATION_DAYS : resolveRules(input.rules).invitationLeadDays;
  return addDays(input.meetingDate, -days);
}

/**
 * The day by which a kept recording of a meeting must be made accessible (captions etc.): 14 days after it was
 * published (DPL 306/2019 7 §). A provider duty, never moved.
 */
export function recordingAccessibleBy(publishedOn: string): string {
  parseIsoDate(publishedOn, 'publishedOn');
  return addDays(publishedOn, RECORDING_ACCESSIBLE_DAYS);
}
