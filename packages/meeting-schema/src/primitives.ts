import { z } from 'zod';
import { languages } from './codes.js';
import { isValidBusinessId } from './identity-codes.js';

/** Upper bounds that keep hostile documents cheap to reject. */
export const LIMITS = {
  /** Short human text: titles, names. */
  shortText: 1_000,
  /** Long human text: one paragraph of rich text, reasons. */
  longText: 100_000,
  /** Identifiers. */
  id: 128,
} as const;

/**
 * Identifier: an allow-listed ASCII token (letters, digits, `.`, `_`, `:`, `-`), so ids are
 * safe in URLs, JSON Pointers and HTML ids. UUIDs and URNs fit.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: 'Invalid identifier' });
/** An identifier. */
export type Id = z.infer<typeof IdSchema>;

/** Plain ISO calendar date `YYYY-MM-DD` (Europe/Helsinki calendar). */
export const IsoDateSchema = z.iso.date();
/** Plain ISO date. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** ISO 8601 instant that MUST carry an offset (`Z` or `±hh:mm`); local times are rejected. */
export const InstantSchema = z.iso.datetime({ offset: true });
/** ISO instant with offset. */
export type Instant = z.infer<typeof InstantSchema>;

/** One line of human text (no control characters except none). */
export const ShortTextSchema = z
  .string()
  .min(1)
  .max(LIMITS.shortText)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'Control characters are not allowed' });

/** Longer human text (may contain line breaks). */
export const LongTextSchema = z.string().min(1).max(LIMITS.longText);

/** A language of localised text. */
export const LanguageSchema = z.enum(languages);

/** Localised short text: Finnish is required, Swedish, English and Northern Sámi optional. */
export const LocalizedTextSchema = z.strictObject({
  fi: ShortTextSchema,
  sv: ShortTextSchema.optional(),
  en: ShortTextSchema.optional(),
  se: ShortTextSchema.optional(),
});
/** Localised text `{ fi, sv?, en?, se? }`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Localised longer text (reasons, notes). */
export const LocalizedLongTextSchema = z.strictObject({
  fi: LongTextSchema,
  sv: LongTextSchema.optional(),
  en: LongTextSchema.optional(),
  se: LongTextSchema.optional(),
});
/** Localised longer text. */
export type LocalizedLongText = z.infer<typeof LocalizedLongTextSchema>;

/** An absolute https URL (http is allowed only for localhost in development tools, not here). */
export const HttpsUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(2_000);

/** SHA-256 digest as 64 lowercase hex characters. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Expected 64 lowercase hex digits' });

/** Y-tunnus with a valid check digit. */
export const BusinessIdSchema = z
  .string()
  .regex(/^\d{7}-\d$/, { error: 'Expected a business ID NNNNNNN-C' })
  .refine(isValidBusinessId, {
    error: 'Business ID check digit is wrong',
    params: { code: 'invalid_business_id', fi: 'Y-tunnuksen tarkistusmerkki on väärä.' },
  });

/** Three-digit municipality code (kuntanumero). */
export const MunicipalityCodeSchema = z
  .string()
  .regex(/^\d{3}$/, { error: 'Expected a three-digit municipality code' });

/** Non-negative integer count. */
export const CountSchema = z.int().min(0).max(1_000_000);
