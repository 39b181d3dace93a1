import { z } from 'zod';
import { appealProhibitionGrounds, bodyKinds, meetingModes, remedyKinds, signatureRoles } from './codes.js';
import {
  CountSchema,
  HttpsUrlSchema,
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  ShortTextSchema,
} from './primitives.js';
import { LocalizedRichTextSchema } from './richtext.js';
import { PublicitySchema } from './publicity.js';
import { AttachmentSchema, LocationSchema } from './documents.js';
import {
  AttendanceRecordSchema,
  DecisionSchema,
  DisqualificationSchema,
  DissentSchema,
  ElectionSchema,
  ProposalSchema,
  SpeakerEntrySchema,
  VoteSchema,
  wishClauseRejectionId,
} from './proceedings.js';
import { addRuleIssue } from './issues.js';

/**
 * Legality and quorum as the chair stated them at the opening. Quorum (KL 103 §): the council at
 * least two thirds of the councillors present (1 mom.), any other body more than half of the
 * members (2 mom.); remote participants count as present (3 mom.).
 */
export const LegalityAndQuorumSchema = z.strictObject({
  lawfullyConvened: z.boolean(),
  quorate: z.boolean(),
  membersPresent: CountSchema,
  seats: z.int().min(1).max(99),
  statedAt: InstantSchema.optional(),
  note: LocalizedTextSchema.optional(),
  /** The written section as minuted (kokouksen laillisuus ja päätösvaltaisuus, KL 94 §, 103 §). */
  text: LocalizedRichTextSchema.optional(),
  /** The § during which the chair stated it: the minutes then print the text in that § only, once. */
  itemId: IdSchema.optional(),
});

/** One item of the minutes (pöytäkirjan pykälä): the handling and the decision. */
export const MinutesItemSchema = z.strictObject({
  itemId: IdSchema,
  order: z.int().min(1).max(9_999),
  /** § number, unique within the minutes. */
  sectionNumber: z.int().min(1).max(9_999),
  title: LocalizedTextSchema,
  publicTitle: LocalizedTextSchema.optional(),
  caseId: IdSchema.optional(),
  registerNumber: ShortTextSchema.optional(),
  presenterId: IdSchema.optional(),
  additional: z.boolean(),
  publicity: PublicitySchema,
  background: LocalizedRichTextSchema.optional(),
  draftDecision: LocalizedRichTextSchema.optional(),
  attachments: z.array(AttachmentSchema).max(500),
  proposals: z.array(ProposalSchema).max(1_000),
  votes: z.array(VoteSchema).max(100),
  elections: z.array(ElectionSchema).max(100),
  disqualifications: z.array(DisqualificationSchema).max(1_000),
  dissents: z.array(DissentSchema).max(1_000),
  speakers: z.array(SpeakerEntrySchema).max(10_000).optional(),
  /**
   * The written proceedings (käsittely / behandling, KL 107 §): who proposed what and who seconded,
   * the voting order, the votes and the chair's statements, as the minutes read them.
   */
  proceedings: LocalizedRichTextSchema.optional(),
  decision: DecisionSchema,
  /**
   * The item was handled behind closed doors (KL 101 §: a confidential matter; the public and the stream left for
   * it). The published minutes then show the public title and the secrecy ground only (KL 140 § 1 mom).
   */
  closedSession: z.boolean().optional(),
  /**
   * Indexes of `proceedings.sv` paragraphs kept in the original Finnish (a proposal quoted as made): the HTML marks
   * them `lang="fi"` (WCAG 3.1.2).
   */
  proceedingsInOriginalLanguage: z.array(z.int().min(0).max(10_000)).max(10_000).optional(),
  /** The appendix entry with this § 's remedy (KL 141 §): an id of {@link MinutesSchema} `appealInstructions`. */
  appealInstructionId: IdSchema.optional(),
});
/** An item of the minutes. */
export type MinutesItem = z.infer<typeof MinutesItemSchema>;

/** A signature of the minutes (allekirjoitus / tarkastus, KL 107 §). */
export const SignatureSchema = z.strictObject({
  personId: IdSchema,
  name: ShortTextSchema,
  role: z.enum(signatureRoles),
  method: z.enum(['kasin', 'sahkoinen']),
  signedAt: InstantSchema.optional(),
  /** Detached JWS (compact, RFC 7515) when signed electronically. */
  jws: z.string().max(20_000).optional(),
});

/** What was removed before publishing (KL 140 §, JulkL 24 §, GDPR art. 5). */
export const RedactionSchema = z.strictObject({
  /** JSON Pointer (RFC 6901) into the minutes document. */
  pointer: z
    .string()
    .max(1_000)
    .regex(/^(\/([^~/]|~[01])*)*$/, { error: 'Expected a JSON Pointer' }),
  reason: z.enum(['salassa-pidettava', 'henkilotieto', 'muu']),
  basis: ShortTextSchema.optional(),
});

/** Publication in the public data network (KL 140 §). */
export const PublicationSchema = z.strictObject({
  publishedAt: InstantSchema,
  url: HttpsUrlSchema,
  /** Last day personal data may stay online (KL 140 § 1 mom.: end of the appeal period). */
  personalDataUntil: IsoDateSchema,
  redactions: z.array(RedactionSchema).max(10_000),
});
/** A publication record. */
export type Publication = z.infer<typeof PublicationSchema>;

/**
 * The authority a claim or an appeal goes to (HL 47 § 1 mom: the authority, where it is delivered; its contact
 * details), as the municipality configures it. Nothing here is built in: names and addresses come from the caller.
 */
export const AppealAuthoritySchema = z.strictObject({
  name: LocalizedTextSchema,
  postalAddress: ShortTextSchema.optional(),
  visitingAddress: ShortTextSchema.optional(),
  email: z.email().max(320).optional(),
  /** The e-service (e.g. the courts' asiointipalvelu). */
  eService: HttpsUrlSchema.optional(),
  phone: ShortTextSchema.optional(),
  /** Office hours (a claim delivered by hand must arrive before closing, määräaikalaki 6 §). */
  officeHours: LocalizedTextSchema.optional(),
});
/** An appeal authority. */
export type AppealAuthority = z.infer<typeof AppealAuthoritySchema>;

/**
 * One instruction of the appendix "Oikaisuvaatimusohjeet ja valitusosoitus" (KL 141 §, HL 46–47 §): which § it
 * covers, the remedy, the provisions it rests on, the period, the authority and the written text.
 */
export const MinutesAppealInstructionSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(remedyKinds),
  sectionNumbers: z.array(z.int().min(1).max(9_999)).min(1).max(2_000),
  /** Citations, e.g. `KL 134 §`, `KL 138 §`. */
  legalBasis: z.array(ShortTextSchema).min(1).max(20),
  /** Days from the receipt of notice (KL 138 §; another law's own period for a hallintovalitus). */
  periodDays: z.int().min(1).max(365).optional(),
  prohibitionGround: z.enum(appealProhibitionGrounds).optional(),
  authority: AppealAuthoritySchema.optional(),
  text: LocalizedRichTextSchema,
});
/** An instruction of the appeal appendix. */
export type MinutesAppealInstruction = z.infer<typeof MinutesAppealInstructionSchema>;

/** The meeting as summarised in its minutes. */
export const MinutesMeetingSchema = z.strictObject({
  id: IdSchema,
  bodyId: IdSchema,
  bodyKind: z.enum(bodyKinds),
  bodyName: LocalizedTextSchema,
  number: z.int().min(1).max(999),
  year: z.int().min(1900).max(2999),
  mode: z.enum(meetingModes),
  public: z.boolean(),
  startedAt: InstantSchema,
  endedAt: InstantSchema,
  location: LocationSchema.optional(),
});

/**
 * Minutes (pöytäkirja, KL 107 §): legality and quorum, minutes checkers, attendance, items with
 * proceedings and decision, dissent (KL 106 §), appeal instructions (KL 141 §), signatures,
 * checking date, publication (KL 140 §).
 *
 * Cross-field rules: § numbers unique; ballots only from people present and not disqualified in
 * that item (HL 27 §); vote questions name proposals of the item; seconders are not proposers.
 */
export const MinutesSchema = z
  .strictObject({
    schemaVersion: z.literal('1.0'),
    id: IdSchema,
    /**
     * The language the minutes were drafted in (Kielilaki 423/2003 29 §: a bilingual
     * municipality keeps its minutes in the language of the majority or in both). Texts always
     * carry Finnish; Swedish minutes carry Swedish beside it.
     */
    language: z.enum(['fi', 'sv']).optional(),
    meeting: MinutesMeetingSchema,
    attendance: z.array(AttendanceRecordSchema).max(10_000),
    legalityAndQuorum: LegalityAndQuorumSchema,
    minutesCheckerIds: z.array(IdSchema).max(10),
    items: z.array(MinutesItemSchema).max(2_000),
    signatures: z.array(SignatureSchema).max(20),
    checkedOn: IsoDateSchema.optional(),
    /** Where the minutes were checked (tarkastuspaikka), printed with the date (hallintosääntö). */
    checkedAt: LocalizedTextSchema.optional(),
    publication: PublicationSchema.optional(),
    /** The municipality, for the front page. */
    municipalityName: LocalizedTextSchema.optional(),
    /** The chair of the meeting (puheenjohtaja) and the minute-taker (pöytäkirjanpitäjä), for the front page. */
    chairId: IdSchema.optional(),
    secretaryId: IdSchema.optional(),
    /**
     * The minutes are a translation (Kielilaki 423/2003 29 §): `complete: false` when some passages were kept in
     * the original language (marked with their `lang` in HTML).
     */
    translation: z.strictObject({ from: z.enum(['fi', 'sv']), complete: z.boolean() }).optional(),
    /** Appendix: the remedy of each § (KL 141 §), referenced from the items by `appealInstructionId`. */
    appealInstructions: z.array(MinutesAppealInstructionSchema).max(2_000).optional(),
  })
  .superRefine((m, ctx) => checkMinutes(m, ctx));

/** KL 103 §: council `3 × present ≥ 2 × seats`, other bodies `2 × present > seats` (integers only). */
export function isQuorate(
  bodyKind: z.infer<typeof MinutesMeetingSchema>['bodyKind'],
  present: number,
  seats: number,
): boolean {
  return bodyKind === 'valtuusto' ? 3 * present >= 2 * seats : 2 * present > seats;
}

interface MinutesData {
  meeting: { bodyKind: z.infer<typeof MinutesMeetingSchema>['bodyKind'] };
  checkedOn?: string | undefined;
  publication?: { publishedAt: string } | undefined;
  appealInstructions?: { id: string; sectionNumbers: number[] }[] | undefined;
  legalityAndQuorum: z.infer<typeof LegalityAndQuorumSchema>;
  attendance: z.infer<typeof AttendanceRecordSchema>[];
  items: MinutesItem[];
  minutesCheckerIds: string[];
}

const wrongItem = {
  fi: 'Tieto kuuluu eri asiakohtaan.',
  en: 'The entry belongs to a different item.',
};
const unknownProposal = {
  fi: 'Äänestysesitys viittaa ehdotukseen, jota ei ole tehty tässä asiassa.',
  en: 'The vote question refers to a proposal not made in this item.',
};

const helsinkiDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' });
/** The Helsinki calendar date (YYYY-MM-DD) of an instant. */
function helsinkiDay(instant: string): string {
  return helsinkiDays.format(new Date(Date.parse(instant)));
}

/** Cross-field rules of the minutes; plain loops because this runs once per item and ballot. */
function checkMinutes(m: MinutesData, ctx: z.core.$RefinementCtx): void {
  const sections = new Map<number, number>();
  const present = new Map<string, z.infer<typeof AttendanceRecordSchema>>();
  for (const a of m.attendance) present.set(a.personId, a);
  for (let i = 0; i < m.items.length; i++) {
    const it = m.items[i] as MinutesItem;
    const prev = sections.get(it.sectionNumber);
    if (prev !== undefined)
      addRuleIssue(ctx, ['items', i, 'sectionNumber'], 'duplicate_section_number', {
        fi: `Pykälänumero § ${it.sectionNumber} on jo käytetty kohdassa ${prev}.`,
        en: `Section number § ${it.sectionNumber} is already used by item ${prev}.`,
      });
    else sections.set(it.sectionNumber, i);
    const proposals = new Set<string>();
    const wishClauses = new Set<string>();
    for (let j = 0; j < it.proposals.length; j++) {
      const p = it.proposals[j] as MinutesItem['proposals'][number];
      proposals.add(p.id);
      if (p.kind === 'toivomusponsi') wishClauses.add(p.id);
      if (p.itemId !== it.itemId) addRuleIssue(ctx, ['items', i, 'proposals', j, 'itemId'], 'wrong_item', wrongItem);
    }
    const disq = new Set<string>();
    for (let j = 0; j < it.disqualifications.length; j++) {
      const d = it.disqualifications[j] as MinutesItem['disqualifications'][number];
      if (d.disqualified) disq.add(d.personId);
      if (d.itemId !== it.itemId)
        addRuleIssue(ctx, ['items', i, 'disqualifications', j, 'itemId'], 'wrong_item', wrongItem);
    }
    for (let j = 0; j < it.votes.length; j++) {
      const v = it.votes[j] as MinutesItem['votes'][number];
      if (v.itemId !== it.itemId) addRuleIssue(ctx, ['items', i, 'votes', j, 'itemId'], 'wrong_item', wrongItem);
      if (!proposals.has(v.question.jaa))
        addRuleIssue(ctx, ['items', i, 'votes', j, 'question', 'jaa'], 'unknown_proposal', unknownProposal);
      // A wish clause is voted as adopted (jaa) / rejected (ei: its derived rejection id).
      const wishVote = wishClauses.has(v.question.jaa) && v.question.ei === wishClauseRejectionId(v.question.jaa);
      if (!proposals.has(v.question.ei) && !wishVote)
        addRuleIssue(ctx, ['items', i, 'votes', j, 'question', 'ei'], 'unknown_proposal', unknownProposal);
      for (let k = 0; k < v.ballots.length; k++) {
        const b = v.ballots[k] as MinutesItem['votes'][number]['ballots'][number];
        const a = present.get(b.personId);
        if (!a || a.status !== 'lasna' || !a.votingRight || a.absentDuringItemIds.includes(it.itemId))
          addRuleIssue(ctx, ['items', i, 'votes', j, 'ballots', k, 'personId'], 'ballot_from_absent', {
            fi: 'Ääni on merkitty henkilölle, joka ei ollut läsnä äänioikeutettuna tämän asian käsittelyssä.',
            en: 'A ballot is recorded for someone not present with a vote in this item.',
          });
        else if (disq.has(b.personId))
          addRuleIssue(ctx, ['items', i, 'votes', j, 'ballots', k, 'personId'], 'ballot_from_disqualified', {
            fi: 'Esteellinen ei voi osallistua asian käsittelyyn (HL 27 §).',
            en: 'A disqualified person may not take part in the item (HL 27 §).',
          });
      }
    }
    for (let j = 0; j < it.elections.length; j++)
      if ((it.elections[j] as MinutesItem['elections'][number]).itemId !== it.itemId)
        addRuleIssue(ctx, ['items', i, 'elections', j, 'itemId'], 'wrong_item', wrongItem);
    for (let j = 0; j < it.dissents.length; j++) {
      const d = it.dissents[j] as MinutesItem['dissents'][number];
      if (d.itemId !== it.itemId) addRuleIssue(ctx, ['items', i, 'dissents', j, 'itemId'], 'wrong_item', wrongItem);
      if (disq.has(d.personId))
        addRuleIssue(ctx, ['items', i, 'dissents', j, 'personId'], 'dissent_from_disqualified', {
          fi: 'Esteellinen ei voi jättää eriävää mielipidettä asiassa.',
          en: 'A disqualified person cannot dissent in the item.',
        });
    }
    const dec = it.decision;
    if (dec.itemId !== it.itemId) addRuleIssue(ctx, ['items', i, 'decision', 'itemId'], 'wrong_item', wrongItem);
    if (dec.basedOnProposalId !== undefined && !proposals.has(dec.basedOnProposalId))
      addRuleIssue(ctx, ['items', i, 'decision', 'basedOnProposalId'], 'unknown_proposal', {
        fi: 'Päätös perustuu ehdotukseen, jota ei ole tehty tässä asiassa.',
        en: 'The decision is based on a proposal not made in this item.',
      });
    if (dec.voteIds)
      for (let j = 0; j < dec.voteIds.length; j++) {
        const voteId = dec.voteIds[j];
        if (!it.votes.some((v) => v.id === voteId))
          addRuleIssue(ctx, ['items', i, 'decision', 'voteIds', j], 'unknown_vote', {
            fi: 'Päätös viittaa äänestykseen, jota ei ole tässä asiassa.',
            en: 'The decision refers to a vote not held in this item.',
          });
      }
    if (dec.electionId !== undefined && !it.elections.some((e) => e.id === dec.electionId))
      addRuleIssue(ctx, ['items', i, 'decision', 'electionId'], 'unknown_election', {
        fi: 'Päätös viittaa vaaliin, jota ei ole toimitettu tässä asiassa.',
        en: 'The decision refers to an election not held in this item.',
      });
  }
  const q = m.legalityAndQuorum;
  if (q.membersPresent > q.seats)
    addRuleIssue(ctx, ['legalityAndQuorum', 'membersPresent'], 'more_present_than_seats', {
      fi: 'Läsnä olevia jäseniä on enemmän kuin paikkoja.',
      en: 'More members present than there are seats.',
    });
  else if (q.quorate !== isQuorate(m.meeting.bodyKind, q.membersPresent, q.seats))
    addRuleIssue(ctx, ['legalityAndQuorum', 'quorate'], 'quorum_mismatch', {
      fi: 'Päätösvaltaisuus ei vastaa läsnä olevien määrää (KL 103 §).',
      en: 'The quorum statement does not match the number present (KL 103 §).',
    });
  const appendix = new Map((m.appealInstructions ?? []).map((a) => [a.id, a]));
  for (let i = 0; i < m.items.length; i++) {
    const it = m.items[i] as MinutesItem;
    if (it.appealInstructionId === undefined) continue;
    const a = appendix.get(it.appealInstructionId);
    if (!a)
      addRuleIssue(ctx, ['items', i, 'appealInstructionId'], 'unknown_appeal_instruction', {
        fi: 'Pykälä viittaa muutoksenhakuohjeeseen, jota liitteessä ei ole (KL 141 §).',
        en: 'The section refers to an appeal instruction the appendix does not hold (KL 141 §).',
      });
    else if (!a.sectionNumbers.includes(it.sectionNumber))
      addRuleIssue(ctx, ['items', i, 'appealInstructionId'], 'appeal_instruction_section_mismatch', {
        fi: `Muutoksenhakuohje ei koske pykälää § ${it.sectionNumber}.`,
        en: `The appeal instruction does not list § ${it.sectionNumber}.`,
      });
  }
  // KL 140 § 1 mom: the minutes go online after they have been checked.
  if (m.publication && m.checkedOn === undefined)
    addRuleIssue(ctx, ['publication'], 'published_before_checked', {
      fi: 'Pöytäkirja asetetaan yleiseen tietoverkkoon vasta tarkastettuna (KL 140 § 1 mom).',
      en: 'Minutes go online only after they have been checked (KL 140 § 1 mom).',
    });
  else if (m.publication && m.checkedOn !== undefined && helsinkiDay(m.publication.publishedAt) < m.checkedOn)
    addRuleIssue(ctx, ['publication', 'publishedAt'], 'published_before_checked', {
      fi: 'Pöytäkirja on julkaistu ennen tarkastuspäivää (KL 140 § 1 mom).',
      en: 'The minutes were published before the day they were checked (KL 140 § 1 mom).',
    });
  for (let i = 0; i < m.minutesCheckerIds.length; i++)
    if (!present.has(m.minutesCheckerIds[i] as string))
      addRuleIssue(ctx, ['minutesCheckerIds', i], 'checker_not_attendee', {
        fi: 'Pöytäkirjantarkastaja ei ole kokouksen osallistuja.',
        en: 'The minutes checker is not an attendee of the meeting.',
      });
}

/** Minutes. */
export type Minutes = z.infer<typeof MinutesSchema>;
