import { z } from 'zod';
import { attachmentMediaTypes, meetingModes, meetingStates, roles } from './codes.js';
import {
  HttpsUrlSchema,
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  LanguageSchema,
  LocalizedTextSchema,
  Sha256Schema,
  ShortTextSchema,
} from './primitives.js';
import { LocalizedRichTextSchema } from './richtext.js';
import { PublicitySchema } from './publicity.js';
import { addRuleIssue, checkUnique } from './issues.js';

/** The majorities a decision may need (see {@link AgendaItemSchema} `requiredMajority`). */
export const requiredMajorities = [
  'yksinkertainen',
  'kaksi-kolmasosaa-annetuista',
  'kaksi-kolmasosaa-jasenista',
  'yksimielinen',
] as const;
/** A required majority. */
export type RequiredMajority = (typeof requiredMajorities)[number];

/** A party to a case (asianosainen, HL 11 §). */
export const CasePartySchema = z.strictObject({
  kind: z.enum(['henkilo', 'yhteiso', 'viranomainen']),
  name: ShortTextSchema,
  personId: IdSchema.optional(),
});

/** One handling of a case in a meeting (käsittelyhistoria). */
export const CaseHandlingSchema = z.strictObject({
  meetingId: IdSchema,
  itemId: IdSchema,
  bodyId: IdSchema,
  date: IsoDateSchema,
  sectionNumber: z.int().min(1).max(9_999).optional(),
  decisionKind: z.string().max(64).optional(),
});

/**
 * A case (asia) in the case register (asiarekisteri, Tiedonhallintalaki 25–26 §), with its
 * register number (diaarinumero), task classification (tehtäväluokka, JHS 191) and history.
 */
export const CaseSchema = z.strictObject({
  id: IdSchema,
  registerNumber: z
    .string()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö./:_ -]*$/, { error: 'Invalid register number' }),
  title: LocalizedTextSchema,
  taskClassification: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,3}$/, { error: 'Expected a task class like 00.01.02' })
    .optional(),
  parties: z.array(CasePartySchema).max(1_000),
  initiatedOn: IsoDateSchema.optional(),
  publicity: PublicitySchema,
  handlings: z.array(CaseHandlingSchema).max(1_000),
});
/** A case. */
export type Case = z.infer<typeof CaseSchema>;

/**
 * An attachment (liite). Media types come from an allow-list; integrity is a SHA-256 of the bytes;
 * `accessibleAlternativeId` points to an accessible version (digipalvelulaki 306/2019 7 §).
 */
export const AttachmentSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  mediaType: z.enum(attachmentMediaTypes),
  size: z
    .int()
    .min(0)
    .max(2 ** 40),
  sha256: Sha256Schema,
  language: LanguageSchema,
  url: HttpsUrlSchema.optional(),
  accessibleAlternativeId: IdSchema.optional(),
  /** Text description for non-text content (images, maps). */
  textAlternative: LocalizedTextSchema.optional(),
  publicity: PublicitySchema,
});
/** An attachment. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Publicity of the parts of an agenda item, when they differ from the item's (JulkL 10 §). */
export const PartPublicitySchema = z.strictObject({
  title: PublicitySchema.optional(),
  background: PublicitySchema.optional(),
  draftDecision: PublicitySchema.optional(),
  decision: PublicitySchema.optional(),
});

/**
 * An agenda item (asiakohta) of the agenda (esityslista). The § number (pykälä) is given when the
 * item is handled. `additional` marks an item not in the invitation (lisäasia, KL 95 §).
 * `publicTitle` is shown when the title itself is confidential (OKV/705/1/2015: describe enough).
 */
export const AgendaItemSchema = z.strictObject({
  id: IdSchema,
  order: z.int().min(1).max(9_999),
  sectionNumber: z.int().min(1).max(9_999).optional(),
  title: LocalizedTextSchema,
  publicTitle: LocalizedTextSchema.optional(),
  caseId: IdSchema.optional(),
  registerNumber: ShortTextSchema.optional(),
  presenterId: IdSchema.optional(),
  preparerIds: z.array(IdSchema).max(50),
  /** Background (selostus). */
  background: LocalizedRichTextSchema.optional(),
  /** Draft decision (päätösehdotus). */
  draftDecision: LocalizedRichTextSchema.optional(),
  attachments: z.array(AttachmentSchema).max(500),
  additional: z.boolean(),
  publicity: PublicitySchema,
  partPublicity: PartPublicitySchema.optional(),
  /**
   * The majority the decision needs when the law asks for more than a simple one: two thirds of the votes cast, two
   * thirds of all members (e.g. KL 43 §; check the section), or unanimity (KL 95 § 2 mom: an unprepared urgent matter
   * taken up by the council). Absent: a simple majority (KL 104 § 2 mom).
   */
  requiredMajority: z.enum(requiredMajorities).optional(),
  /**
   * The matter was tabled at an earlier meeting. The council minority's right to have a matter tabled (hallintosääntö,
   * Kuntaliitto model [unverified]) usually applies to its first handling only. Absent: first handling.
   */
  previouslyTabled: z.boolean().optional(),
});
/** An agenda item. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** Meeting location. */
export const LocationSchema = z.strictObject({
  name: LocalizedTextSchema,
  address: ShortTextSchema.optional(),
});

/** A public stream of the meeting (KL 29 §, KL 101 §). */
export const StreamSchema = z.strictObject({ url: HttpsUrlSchema, provider: ShortTextSchema.optional() });

/** An invited participant. */
export const InviteeSchema = z.strictObject({
  personId: IdSchema,
  role: z.enum(roles),
  membershipId: IdSchema.optional(),
});

/** The electronic decision procedure window (KL 100 §). */
export const ElectronicProcedureSchema = z.strictObject({
  opensAt: InstantSchema,
  deadline: InstantSchema,
});

/**
 * A meeting (kokous) of a body: number/year, mode (KL 98–100 §), public or closed (KL 101 §),
 * lifecycle state and the agenda. An electronic decision procedure requires its window.
 */
export const MeetingSchema = z
  .strictObject({
    id: IdSchema,
    bodyId: IdSchema,
    number: z.int().min(1).max(999),
    year: z.int().min(1900).max(2999),
    title: LocalizedTextSchema.optional(),
    mode: z.enum(meetingModes),
    electronicProcedure: ElectronicProcedureSchema.optional(),
    public: z.boolean(),
    location: LocationSchema.optional(),
    stream: StreamSchema.optional(),
    state: z.enum(meetingStates),
    startsAt: InstantSchema,
    endsAt: InstantSchema.optional(),
    invitationSentAt: InstantSchema.optional(),
    agendaPublishedAt: InstantSchema.optional(),
    invitees: z.array(InviteeSchema).max(10_000),
    items: z.array(AgendaItemSchema).max(2_000),
  })
  .superRefine((m, ctx) => {
    if (m.mode === 'sahkoinen-paatoksentekomenettely') {
      if (!m.electronicProcedure)
        addRuleIssue(ctx, ['electronicProcedure'], 'electronic_procedure_window_required', {
          fi: 'Sähköisessä päätöksentekomenettelyssä on ilmoitettava määräaika (KL 100 §).',
          en: 'An electronic decision procedure requires its deadline (KL 100 §).',
        });
      else if (Date.parse(m.electronicProcedure.deadline) <= Date.parse(m.electronicProcedure.opensAt))
        addRuleIssue(ctx, ['electronicProcedure', 'deadline'], 'deadline_before_open', {
          fi: 'Määräaika päättyy ennen kuin menettely alkaa.',
          en: 'The deadline is before the procedure opens.',
        });
    } else if (m.electronicProcedure) {
      addRuleIssue(ctx, ['electronicProcedure'], 'electronic_procedure_window_not_allowed', {
        fi: 'Määräaika kuuluu vain sähköiseen päätöksentekomenettelyyn.',
        en: 'A procedure window belongs only to the electronic decision procedure.',
      });
    }
    if (m.endsAt !== undefined && Date.parse(m.endsAt) < Date.parse(m.startsAt))
      addRuleIssue(ctx, ['endsAt'], 'end_before_start', {
        fi: 'Kokous päättyy ennen kuin se alkaa.',
        en: 'The meeting ends before it starts.',
      });
    checkUnique(ctx, m.items, 'items');
    const orders = new Set<number>();
    const sections = new Set<number>();
    m.items.forEach((it, i) => {
      if (orders.has(it.order))
        addRuleIssue(ctx, ['items', i, 'order'], 'duplicate_order', {
          fi: `Järjestysnumero ${it.order} esiintyy useammin kuin kerran.`,
          en: `Order ${it.order} occurs more than once.`,
        });
      orders.add(it.order);
      if (it.sectionNumber !== undefined) {
        if (sections.has(it.sectionNumber))
          addRuleIssue(ctx, ['items', i, 'sectionNumber'], 'duplicate_section_number', {
            fi: `Pykälänumero § ${it.sectionNumber} esiintyy useammin kuin kerran.`,
            en: `Section number § ${it.sectionNumber} occurs more than once.`,
          });
        sections.add(it.sectionNumber);
      }
    });
  });
/** A meeting. */
export type Meeting = z.infer<typeof MeetingSchema>;
