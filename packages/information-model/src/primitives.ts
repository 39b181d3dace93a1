import { z } from 'zod';

/**
 * Plain text: no C0 control characters other than tab and line feed (XML 1.0 cannot carry them and they hide
 * content), no carriage returns (XML parsers normalise them away, so they would not round-trip) and no
 * leading or trailing whitespace (XML readers trim it).
 */
// eslint-disable-next-line no-control-regex
const TEXT_RE = /^(?![\s])(?:[^\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]*[^\s\u0000-\u001f\u007f\ufffe\uffff])?$/;

export const textSchema = (max = 1000) => z.string().min(1).max(max).regex(TEXT_RE, 'text.format');
export const shortText = textSchema(500);
export const longText = textSchema(20_000);

/** Identifier used for links inside a document. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'id.format');

/** ISO calendar date YYYY-MM-DD (Europe/Helsinki calendar, no time). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date.format')
  .refine(isRealDate, 'date.format');

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (dim[mo - 1] ?? 0);
}

/** Task classification code in two-digit levels, e.g. "00 02 00" (Helsinki) or "00.02.00" (JHS 191 example). */
export const CLASSIFICATION_CODE_RE = /^(?:\d{2}(?: \d{2}){0,9}|\d{2}(?:\.\d{2}){1,9})$/;
export const classificationCodeSchema = z.string().regex(CLASSIFICATION_CODE_RE, 'classification.format');

/** Language code of a title (JHS 191 recommends fi, sv/se, en). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/);

export const httpsUrlSchema = z
  .string()
  .max(2000)
  .regex(/^https:\/\/[^\s]+$/, 'url.format');
