import type { z } from 'zod';
import { AgendaItemSchema, AttachmentSchema, CaseSchema, MeetingSchema } from './documents.js';
import { MeetingEventSchema, MeetingLogSchema } from './events.js';
import { MinutesSchema } from './minutes.js';
import { BodySchema, MembershipSchema, OrganisationSchema, PersonSchema, MunicipalitySchema } from './organisation.js';
import { DecisionSchema, ElectionSchema, ProposalSchema, VoteSchema } from './proceedings.js';
import { ConfidentialityBasisSchema, PublicitySchema } from './publicity.js';

/** Every named document schema (these get JSON Schema files). */
export const schemas = {
  Municipality: MunicipalitySchema,
  Organisation: OrganisationSchema,
  Body: BodySchema,
  Person: PersonSchema,
  Membership: MembershipSchema,
  Case: CaseSchema,
  Attachment: AttachmentSchema,
  ConfidentialityBasis: ConfidentialityBasisSchema,
  Publicity: PublicitySchema,
  AgendaItem: AgendaItemSchema,
  Meeting: MeetingSchema,
  Proposal: ProposalSchema,
  Vote: VoteSchema,
  Election: ElectionSchema,
  Decision: DecisionSchema,
  Minutes: MinutesSchema,
  MeetingEvent: MeetingEventSchema,
  MeetingLog: MeetingLogSchema,
} as const;
/** A schema name. */
export type SchemaName = keyof typeof schemas;
/** The parsed type of a named schema. */
export type SchemaOutput<N extends SchemaName> = z.output<(typeof schemas)[N]>;
/** All schema names. */
export const schemaNames = Object.keys(schemas) as SchemaName[];
