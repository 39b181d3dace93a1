/**
 * Finnish personal identity code (henkilötunnus, HETU) and business ID (Y-tunnus) validation.
 *
 * Rules: the decree in force since 1 Jan 2023 (Väestötietojärjestelmästä ja Digi- ja
 * väestötietoviraston varmennepalveluista annettu laki 661/2009 and its decree; DVV
 * "henkilötunnusuudistus"): century signs `+` (1800s), `-YXWVU` (1900s), `ABCDEF` (2000s);
 * control character = DDMMYYZZZ mod 31 indexed into `0123456789ABCDEFHJKLMNPRSTUVWXY`;
 * individual numbers 002–899 normal, 900–999 temporary. Gender is never inferred: the
 * gender-neutral reform planned from 2027 drops that meaning (DVV hetu-uudistus).
 */
import type { Message } from './errors.js';
import { businessIdCheckDigit } from '@digikokous/meeting-schema/identity-codes';

/** Control-character table: 31 characters, G, I, O, Q and Z absent. */
export const HETU_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century sign → first year of the century. */
export const HETU_CENTURY_SIGNS: Readonly<Record<string, number>> = Object.freeze({
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
});

const HETU_FORMAT = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-FHJ-NPR-Y])$/;

export type HetuInvalidReason =
  'not-a-string' | 'format' | 'date' | 'individual-number' | 'checksum' | 'temporary-not-allowed' | 'future-birth-date';

export const HETU_REASON_MESSAGES: Readonly<Record<HetuInvalidReason, Message>> = Object.freeze({
  'not-a-string': { fi: 'Henkilötunnus ei ole merkkijono.', en: 'The identity code is not a string.' },
  format: {
    fi: 'Henkilötunnuksen muoto on väärä (PPKKVV, välimerkki, yksilönumero, tarkiste).',
    en: 'The identity code has the wrong format (DDMMYY, century sign, individual number, control character).',
  },
  date: { fi: 'Syntymäaika ei ole olemassa oleva päivä.', en: 'The birth date is not a real calendar date.' },
  'individual-number': {
    fi: 'Yksilönumero on pienempi kuin 002.',
    en: 'The individual number is below 002.',
  },
  checksum: { fi: 'Tarkistusmerkki ei täsmää.', en: 'The control character does not match.' },
  'temporary-not-allowed': {
    fi: 'Tilapäinen henkilötunnus (yksilönumero 900–999) ei kelpaa tässä.',
    en: 'A temporary identity code (individual number 900–999) is not accepted here.',
  },
  'future-birth-date': {
    fi: 'Syntymäaika on tulevaisuudessa.',
    en: 'The birth date is in the future.',
  },
});

export interface ValidateHetuOptions {
  /** Accept temporary codes (individual number 900–999). Default `true`; they are always flagged. */
  readonly allowTemporary?: boolean;
  /** Reject codes whose birth date is after `today`. Requires `today`. */
  readonly rejectFutureBirthDates?: boolean;
  /** Today's date `YYYY-MM-DD` (Europe/Helsinki), injected: the validator never reads a clock. */
  readonly today?: string;
}

export interface HetuValidation {
  readonly valid: boolean;
  readonly reason?: HetuInvalidReason;
  /** Birth date `YYYY-MM-DD` (present when the date part is valid). */
  readonly birthDate?: string;
  /** `true` for individual numbers 900–999. */
  readonly temporary?: boolean;
}

/** Control character for the nine digits `DDMMYYZZZ`. */
export function hetuCheckCharacter(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new TypeError('hetuCheckCharacter expects nine digits');
  return HETU_CHECK_CHARACTERS.charAt(Number(nineDigits) % 31);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * Validate a henkilötunnus. The century sign is part of the identity: it is never normalised
 * (two codes differing only in `-` and `Y` belong to different people). Input must be exact
 * (upper case, no surrounding spaces).
 */
export function validateHetu(code: unknown, options: ValidateHetuOptions = {}): HetuValidation {
  if (typeof code !== 'string') return { valid: false, reason: 'not-a-string' };
  const m = code.length === 11 ? HETU_FORMAT.exec(code) : null;
  if (!m) return { valid: false, reason: 'format' };
  const [, dd = '', mm = '', yy = '', sign = '', zzz = '', check = ''] = m;
  const century = HETU_CENTURY_SIGNS[sign];
  if (century === undefined) return { valid: false, reason: 'format' };
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (!isRealDate(year, month, day)) return { valid: false, reason: 'date' };
  const birthDate = `${pad(year, 4)}-${mm}-${dd}`;
  const individual = Number(zzz);
  if (individual < 2) return { valid: false, reason: 'individual-number', birthDate };
  const temporary = individual >= 900;
  if (hetuCheckCharacter(`${dd}${mm}${yy}${zzz}`) !== check) {
    return { valid: false, reason: 'checksum', birthDate, temporary };
  }
  if (temporary && options.allowTemporary === false) {
    return { valid: false, reason: 'temporary-not-allowed', birthDate, temporary };
  }
  if (options.rejectFutureBirthDates === true) {
    if (typeof options.today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
      throw new TypeError('validateHetu: rejectFutureBirthDates needs options.today as YYYY-MM-DD');
    }
    if (birthDate > options.today) return { valid: false, reason: 'future-birth-date', birthDate, temporary };
  }
  return { valid: true, birthDate, temporary };
}

export type BusinessIdInvalidReason = 'not-a-string' | 'format' | 'never-issued' | 'checksum';

export const BUSINESS_ID_REASON_MESSAGES: Readonly<Record<BusinessIdInvalidReason, Message>> = Object.freeze({
  'not-a-string': { fi: 'Y-tunnus ei ole merkkijono.', en: 'The business ID is not a string.' },
  format: { fi: 'Y-tunnuksen muoto on NNNNNNN-T.', en: 'The business ID format is NNNNNNN-C.' },
  'never-issued': {
    fi: 'Tällaista Y-tunnusta ei anneta (jakojäännös 1).',
    en: 'No business ID is issued with these digits (remainder 1).',
  },
  checksum: { fi: 'Y-tunnuksen tarkistusnumero ei täsmää.', en: 'The business ID check digit does not match.' },
});

/** Check digit of seven business-ID digits, or `null` when the remainder is 1 (never issued). */
export { businessIdCheckDigit };

/** Validate a Y-tunnus `NNNNNNN-C` (weights 7, 9, 10, 5, 8, 4, 2; mod 11; remainder 1 never issued). */
export function validateBusinessId(code: unknown): { valid: boolean; reason?: BusinessIdInvalidReason } {
  if (typeof code !== 'string') return { valid: false, reason: 'not-a-string' };
  const m = code.length === 9 ? /^(\d{7})-(\d)$/.exec(code) : null;
  if (!m) return { valid: false, reason: 'format' };
  const expected = businessIdCheckDigit(m[1] ?? '');
  if (expected === null) return { valid: false, reason: 'never-issued' };
  if (expected !== Number(m[2])) return { valid: false, reason: 'checksum' };
  return { valid: true };
}
