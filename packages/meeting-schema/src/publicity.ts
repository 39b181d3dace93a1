import { z } from 'zod';
import { secrecyGrounds, secrecyGroundCitation, secrecyGroundPoint } from './codes.js';
import { IsoDateSchema, LocalizedTextSchema, ShortTextSchema } from './primitives.js';
import { addRuleIssue } from './issues.js';

/**
 * The legal basis of confidentiality (salassapitoperuste). A secret document must name the
 * provision it rests on (JulkL 25 §; closing a meeting is not a ground, KHO). `citation` is the
 * printed form, e.g. `JulkL 24 § 1 mom. 25 k`; `ground` is the code-list entry for JulkL 24 §.
 */
export const ConfidentialityBasisSchema = z
  .strictObject({
    /** Statute short name, e.g. `JulkL`, or another law such as `Potilaslaki`. */
    law: ShortTextSchema,
    /** Section (pykälä), e.g. `24`. */
    section: z.string().regex(/^\d{1,3}[a-z]?$/, { error: 'Expected a section number like 24 or 49a' }),
    /** Subsection (momentti). */
    subsection: z.int().min(1).max(20).optional(),
    /** Point (kohta). */
    point: z.int().min(1).max(99).optional(),
    /** JulkL 24 § 1 mom. code when the basis is one of those points. */
    ground: z.enum(secrecyGrounds).optional(),
    /** Printed citation, e.g. `JulkL 24 § 1 mom. 25 k`. */
    citation: ShortTextSchema,
    /** Harm-test clause of the point (security rules §5.1). */
    harmTest: z.enum(['none', 'presumption-public', 'presumption-secret']).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.ground !== undefined) {
      const point = secrecyGroundPoint(b.ground);
      if (b.law !== 'JulkL' || b.section !== '24' || (b.subsection ?? 1) !== 1 || b.point !== point)
        addRuleIssue(ctx, ['ground'], 'ground_mismatch', {
          fi: `Salassapitoperuste ${b.ground} ei vastaa lakia, pykälää, momenttia ja kohtaa (${secrecyGroundCitation(b.ground)}).`,
          en: `Ground ${b.ground} does not match law, section, subsection and point (${secrecyGroundCitation(b.ground)}).`,
        });
    }
  });
/** A confidentiality basis. */
export type ConfidentialityBasis = z.infer<typeof ConfidentialityBasisSchema>;

/** Public (julkinen, JulkL 1 §). `publicFrom` when publicity starts later than the document (JulkL 6 §). */
export const PublicSchema = z.strictObject({ status: z.literal('julkinen') });
/** Not yet public (ei vielä julkinen, JulkL 6 § 1 mom. 8 k: agenda papers until the minutes are checked). */
export const NotYetPublicSchema = z.strictObject({
  status: z.literal('ei-viela-julkinen'),
  publicFrom: IsoDateSchema.optional(),
  /** Published early by decision of the authority (JulkL 9 § 2 mom.). */
  publishedEarly: z.boolean().optional(),
});
const confidentialFields = {
  /** At least one basis is required (JulkL 25 §). */
  bases: z.array(ConfidentialityBasisSchema).min(1).max(10),
  /** Secrecy period in years (default 25, JulkL 31 § [unverified]). */
  secrecyPeriodYears: z.int().min(1).max(100).optional(),
  /** Last day of secrecy, when known. */
  secretUntil: IsoDateSchema.optional(),
  /** Legal marking text, e.g. `SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 25 k`. */
  marking: ShortTextSchema.optional(),
};
/** Confidential (salassa pidettävä, JulkL 22 §, 24 §). */
export const ConfidentialSchema = z.strictObject({ status: z.literal('salassa-pidettava'), ...confidentialFields });
/** Partly confidential: the public parts are released, the secret parts masked (JulkL 10 §). */
export const PartlyConfidentialSchema = z.strictObject({
  status: z.literal('osittain-salassa-pidettava'),
  ...confidentialFields,
  /** What is masked, in words. */
  maskedParts: LocalizedTextSchema.optional(),
});

/**
 * Publicity of a document or a part of one. Confidential states REQUIRE a confidentiality basis:
 * the rule is structural, so JSON Schema validators enforce it too.
 */
export const PublicitySchema = z.discriminatedUnion('status', [
  PublicSchema,
  NotYetPublicSchema,
  ConfidentialSchema,
  PartlyConfidentialSchema,
]);
/** Publicity. */
export type Publicity = z.infer<typeof PublicitySchema>;

/** True when the publicity hides at least part of the content. */
export function isConfidential(p: Publicity): boolean {
  return p.status === 'salassa-pidettava' || p.status === 'osittain-salassa-pidettava';
}
