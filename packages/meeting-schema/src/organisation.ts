import { z } from 'zod';
import { bodyKinds, roles, seatRoles } from './codes.js';
import {
  BusinessIdSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MunicipalityCodeSchema,
  ShortTextSchema,
} from './primitives.js';
import { addRuleIssue, checkUnique, unknownRef } from './issues.js';

/** Municipality (kunta, KL 1 §): name in Finnish and Swedish, municipality code, business ID. */
export const MunicipalitySchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  municipalityCode: MunicipalityCodeSchema,
  businessId: BusinessIdSchema,
  /** Official languages (KL 121 §: bilingual municipalities). */
  languages: z
    .array(z.enum(['fi', 'sv']))
    .min(1)
    .max(2),
  website: z
    .url({ protocol: /^https$/ })
    .max(2_000)
    .optional(),
});
/** A municipality. */
export type Municipality = z.infer<typeof MunicipalitySchema>;

/** Term of office (toimikausi). */
export const TermSchema = z.strictObject({ start: IsoDateSchema, end: IsoDateSchema.optional() });

/**
 * A municipal body (toimielin, KL 30 §) or a one-person decision maker (viranhaltija).
 * `seats` is the number of members (valtuutettujen/jäsenten lukumäärä, KL 16 § for the council).
 */
export const BodySchema = z.strictObject({
  id: IdSchema,
  municipalityId: IdSchema.optional(),
  kind: z.enum(bodyKinds),
  name: LocalizedTextSchema,
  abbreviation: ShortTextSchema.optional(),
  seats: z.int().min(1).max(99),
  parentBodyId: IdSchema.optional(),
  term: TermSchema,
});
/** A body. */
export type Body = z.infer<typeof BodySchema>;

/**
 * A person. There is deliberately NO henkilötunnus field (strict object: a `hetu` key is an error);
 * minutes and logs identify people by the kit's ids and names only.
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  givenName: ShortTextSchema,
  familyName: ShortTextSchema,
  /** Title or occupation as printed in minutes (ammattinimike / virkanimike). */
  title: LocalizedTextSchema.optional(),
  /** Party abbreviation (puolue), e.g. `KESK`. */
  party: ShortTextSchema.optional(),
});
/** A person. */
export type Person = z.infer<typeof PersonSchema>;

/** Council group (valtuustoryhmä, KL 20 §). */
export const CouncilGroupSchema = z.strictObject({
  id: IdSchema,
  bodyId: IdSchema,
  name: LocalizedTextSchema,
  party: ShortTextSchema.optional(),
});
/** A council group. */
export type CouncilGroup = z.infer<typeof CouncilGroupSchema>;

/**
 * A membership of a person in a body. A personal deputy (henkilökohtainen varajäsen) names the
 * member they deputise for in `deputyFor` (a person id); council deputies (varavaltuutetut) are
 * ordered per group with `deputyOrder` instead (KL 17 §).
 */
export const MembershipSchema = z
  .strictObject({
    id: IdSchema,
    personId: IdSchema,
    bodyId: IdSchema,
    role: z.enum(roles),
    votingRight: z.boolean(),
    deputyFor: IdSchema.optional(),
    deputyOrder: z.int().min(1).max(999).optional(),
    councilGroupId: IdSchema.optional(),
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.deputyFor !== undefined && m.role !== 'varajasen') {
      addRuleIssue(ctx, ['deputyFor'], 'deputy_for_requires_deputy_role', {
        fi: 'Vain varajäsenellä voi olla varsinainen jäsen, jonka varajäsen hän on.',
        en: 'Only a deputy member (varajasen) may name the member they deputise for.',
      });
    }
    if (m.deputyFor !== undefined && m.deputyFor === m.personId) {
      addRuleIssue(ctx, ['deputyFor'], 'deputy_for_self', {
        fi: 'Henkilö ei voi olla oma varajäsenensä.',
        en: 'A person cannot deputise for themselves.',
      });
    }
    if (m.end !== undefined && m.end < m.start) {
      addRuleIssue(ctx, ['end'], 'end_before_start', {
        fi: 'Päättymispäivä on ennen alkamispäivää.',
        en: 'The end date is before the start date.',
      });
    }
  });
/** A membership. */
export type Membership = z.infer<typeof MembershipSchema>;

/**
 * The organisation document: municipality, bodies, people, council groups and memberships,
 * with referential rules (a deputy deputises for a member of the same body; seats are not
 * exceeded by members holding a seat).
 */
export const OrganisationSchema = z
  .strictObject({
    schemaVersion: z.literal('1.0'),
    municipality: MunicipalitySchema,
    bodies: z.array(BodySchema).max(10_000),
    people: z.array(PersonSchema).max(1_000_000),
    councilGroups: z.array(CouncilGroupSchema).max(10_000),
    memberships: z.array(MembershipSchema).max(1_000_000),
  })
  .superRefine((o, ctx) => {
    const bodies = new Map(o.bodies.map((b) => [b.id, b]));
    const people = new Set(o.people.map((p) => p.id));
    const groups = new Set(o.councilGroups.map((g) => g.id));
    checkUnique(ctx, o.bodies, 'bodies');
    checkUnique(ctx, o.people, 'people');
    checkUnique(ctx, o.memberships, 'memberships');
    o.bodies.forEach((b, i) => {
      if (b.parentBodyId !== undefined && !bodies.has(b.parentBodyId))
        addRuleIssue(ctx, ['bodies', i, 'parentBodyId'], 'unknown_reference', unknownRef('toimielin', 'body'));
    });
    const seatHolders = new Map<string, number>();
    o.memberships.forEach((m, i) => {
      if (!people.has(m.personId))
        addRuleIssue(ctx, ['memberships', i, 'personId'], 'unknown_reference', unknownRef('henkilö', 'person'));
      if (!bodies.has(m.bodyId))
        addRuleIssue(ctx, ['memberships', i, 'bodyId'], 'unknown_reference', unknownRef('toimielin', 'body'));
      if (m.councilGroupId !== undefined && !groups.has(m.councilGroupId))
        addRuleIssue(
          ctx,
          ['memberships', i, 'councilGroupId'],
          'unknown_reference',
          unknownRef('valtuustoryhmä', 'council group'),
        );
      if (seatRoles.includes(m.role) && m.end === undefined)
        seatHolders.set(m.bodyId, (seatHolders.get(m.bodyId) ?? 0) + 1);
      if (m.deputyFor !== undefined) {
        const principal = o.memberships.find(
          (p) => p.personId === m.deputyFor && p.bodyId === m.bodyId && seatRoles.includes(p.role),
        );
        if (!principal)
          addRuleIssue(ctx, ['memberships', i, 'deputyFor'], 'deputy_not_member_of_same_body', {
            fi: 'Varajäsenen varsinainen jäsen ei ole saman toimielimen jäsen.',
            en: 'The member deputised for is not a member of the same body.',
          });
      }
    });
    o.bodies.forEach((b, i) => {
      const n = seatHolders.get(b.id) ?? 0;
      if (n > b.seats)
        addRuleIssue(ctx, ['bodies', i, 'seats'], 'seats_exceeded', {
          fi: `Toimielimellä on ${n} jäsentä mutta vain ${b.seats} paikkaa.`,
          en: `The body has ${n} members but only ${b.seats} seats.`,
        });
    });
  });
/** The organisation document. */
export type Organisation = z.infer<typeof OrganisationSchema>;

export { checkUnique, unknownRef } from './issues.js';
