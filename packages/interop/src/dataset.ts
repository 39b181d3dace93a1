import { z } from 'zod';
import {
  AgendaItemSchema,
  AttachmentSchema,
  AttendanceRecordSchema,
  BodySchema,
  CaseSchema,
  checkVoteOutcome,
  DecisionSchema,
  DisqualificationSchema,
  DissentSchema,
  IdSchema,
  MeetingSchema,
  MembershipSchema,
  PersonSchema,
  ProposalSchema,
  safeParseWith,
  VoteCountsSchema,
  VoteQuestionSchema,
  VoteSchema,
  type ParseLimits,
  type ParseResult,
} from '@digikokous/meeting-schema';

/**
 * The meeting-schema dataset an import yields: meeting-schema records, relaxed ONLY where the
 * public sources do not publish a fact the schema requires. Every relaxed schema is derived from
 * meeting-schema's own schema (`.extend` on plain objects; `.safeExtend`, which keeps the
 * refinements, on refined ones), so every other field and rule is meeting-schema's.
 */

/** Attachment: Dynasty, Tweb and CaseM publish a link and a name, not the size, digest, language or publicity. */
export const DatasetAttachmentSchema = AttachmentSchema.extend({
  mediaType: AttachmentSchema.shape.mediaType.optional(),
  size: AttachmentSchema.shape.size.optional(),
  sha256: AttachmentSchema.shape.sha256.optional(),
  language: AttachmentSchema.shape.language.optional(),
  publicity: AttachmentSchema.shape.publicity.optional(),
});
export type DatasetAttachment = z.infer<typeof DatasetAttachmentSchema>;

/** Agenda item: publicity (JulkL) is not published per item; attachments are relaxed as above. */
export const DatasetAgendaItemSchema = AgendaItemSchema.extend({
  publicity: AgendaItemSchema.shape.publicity.optional(),
  attachments: z.array(DatasetAttachmentSchema).max(500),
});
export type DatasetAgendaItem = z.infer<typeof DatasetAgendaItemSchema>;

/**
 * Meeting: the number, mode (KL 98–100 §), public/closed (KL 101 §), start instant, year and
 * invitees are not always published. meeting-schema's refinements (KL 100 § window, end after
 * start, unique order and §) still run.
 */
export const DatasetMeetingSchema = MeetingSchema.safeExtend({
  number: MeetingSchema.shape.number.optional(),
  year: MeetingSchema.shape.year.optional(),
  mode: MeetingSchema.shape.mode.optional(),
  public: MeetingSchema.shape.public.optional(),
  startsAt: MeetingSchema.shape.startsAt.optional(),
  invitees: MeetingSchema.shape.invitees.optional(),
  items: z.array(DatasetAgendaItemSchema).max(2_000),
} as never) as unknown as z.ZodType<DatasetMeetingShape>;
/** A meeting of the dataset (meeting-schema `Meeting` with the relaxed fields optional). */
export type DatasetMeeting = DatasetMeetingShape;
type MsMeeting = z.infer<typeof MeetingSchema>;
interface DatasetMeetingShape extends Omit<
  MsMeeting,
  'number' | 'year' | 'mode' | 'public' | 'startsAt' | 'invitees' | 'items'
> {
  number?: MsMeeting['number'];
  year?: MsMeeting['year'];
  mode?: MsMeeting['mode'];
  public?: boolean;
  startsAt?: string;
  invitees?: MsMeeting['invitees'];
  items: DatasetAgendaItem[];
}

/** Body: the number of seats and the term are not published; the kind when the name does not tell it. */
export const DatasetBodySchema = BodySchema.extend({
  kind: BodySchema.shape.kind.optional(),
  seats: BodySchema.shape.seats.optional(),
  term: BodySchema.shape.term.optional(),
});
export type DatasetBody = z.infer<typeof DatasetBodySchema>;

/** Membership: seen on an attendance list, so its start date is not published (the rules still run). */
export const DatasetMembershipSchema = MembershipSchema.safeExtend({
  start: MembershipSchema.shape.start.optional(),
} as never) as unknown as z.ZodType<DatasetMembership>;
export type DatasetMembership = Omit<z.infer<typeof MembershipSchema>, 'start'> & { start?: string };

/** Case: the parties and the publicity of the case are not published. */
export const DatasetCaseSchema = CaseSchema.extend({
  parties: CaseSchema.shape.parties.optional(),
  publicity: CaseSchema.shape.publicity.optional(),
});
export type DatasetCase = z.infer<typeof DatasetCaseSchema>;

/** Disqualification (HL 27–29 §): the ground, who raised it and the body's ruling are prose, not data. */
export const DatasetDisqualificationSchema = DisqualificationSchema.partial({
  ground: true,
  declaredBy: true,
  decidedByBody: true,
  disqualified: true,
});
export type DatasetDisqualification = z.infer<typeof DatasetDisqualificationSchema>;

/** Dissent (KL 106 §): the basis of the right to dissent is not published. */
export const DatasetDissentSchema = DissentSchema.partial({ basis: true });
export type DatasetDissent = z.infer<typeof DatasetDissentSchema>;

/**
 * Vote (KL 104 §): the voting method, which proposal was put as JAA (the question), blank and
 * absent counts, and on a tie whether the chair's vote decided are not always published; the
 * result and the winning proposal follow from the counts and the minutes when they do. The
 * checks of meeting-schema's `VoteSchema` are applied to what is present: ballots unique and
 * matching the counts, a tie exactly when the chair decided, the result matching the counts, and
 * meeting-schema's own `checkVoteOutcome` when the question is known.
 */
export const DatasetVoteSchema = z
  .strictObject({
    ...VoteSchema.shape,
    question: VoteQuestionSchema.optional(),
    method: VoteSchema.shape.method.optional(),
    counts: VoteCountsSchema.partial({ tyhja: true, poissa: true }),
    absentIds: VoteSchema.shape.absentIds.optional(),
    result: VoteSchema.shape.result.optional(),
    castingVote: VoteSchema.shape.castingVote.optional(),
    winningProposalId: VoteSchema.shape.winningProposalId.optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], code: string, fi: string, en: string): void =>
      ctx.addIssue({ code: 'custom', path, message: en, params: { code, fi, en } });
    const voters = new Set<string>();
    const tally = { jaa: 0, ei: 0, tyhja: 0 };
    v.ballots.forEach((b, i) => {
      if (voters.has(b.personId))
        issue(
          ['ballots', i, 'personId'],
          'duplicate_ballot',
          'Sama henkilö on äänestänyt useammin kuin kerran.',
          'The same person has voted more than once.',
        );
      voters.add(b.personId);
      tally[b.option]++;
    });
    if (v.ballots.length > 0)
      for (const k of ['jaa', 'ei', 'tyhja'] as const) {
        const n = v.counts[k];
        if (n !== undefined && n !== tally[k])
          issue(
            ['counts', k],
            'count_mismatch',
            `Äänimäärä ${n} ei vastaa annettuja ääniä (${tally[k]}).`,
            `Count ${n} does not match the ballots (${tally[k]}).`,
          );
      }
    const tie = v.counts.jaa === v.counts.ei;
    if (v.castingVote !== undefined && tie !== v.castingVote)
      issue(
        ['castingVote'],
        tie ? 'casting_vote_required' : 'casting_vote_without_tie',
        'Puheenjohtajan ääni ratkaisee vain ja aina äänten mennessä tasan (KL 104 §).',
        "The chair's vote decides exactly when the votes tie (KL 104 §).",
      );
    if (!tie && v.result !== undefined && v.result !== (v.counts.jaa > v.counts.ei ? 'jaa' : 'ei'))
      issue(['result'], 'result_mismatch', 'Tulos ei vastaa äänimääriä.', 'The result does not match the counts.');
    if (v.question && v.question.jaa === v.question.ei)
      issue(
        ['question', 'ei'],
        'same_proposal_both_sides',
        'Äänestysesityksen jaa- ja ei-ehdotus ovat sama.',
        'The yes and no proposals of the question are the same.',
      );
    if (v.question && v.result !== undefined && v.winningProposalId !== undefined && v.castingVote !== undefined)
      checkVoteOutcome(ctx, [], v.counts, v.castingVote, v.result, v.winningProposalId, v.question);
  });
export type DatasetVote = z.infer<typeof DatasetVoteSchema>;

/** Attendance of one meeting: meeting-schema attendance records, unrelaxed. */
export const DatasetAttendanceSchema = z.strictObject({
  meetingId: IdSchema,
  records: z.array(AttendanceRecordSchema).max(10_000),
});
export type DatasetAttendance = z.infer<typeof DatasetAttendanceSchema>;

export const datasetCollections = [
  'bodies',
  'people',
  'memberships',
  'cases',
  'meetings',
  'agendaItems',
  'attendance',
  'proposals',
  'votes',
  'decisions',
  'disqualifications',
  'dissents',
] as const;
export type DatasetCollection = (typeof datasetCollections)[number];

/** Where one record came from. */
export const DatasetProvenanceSchema = z.strictObject({
  collection: z.enum(datasetCollections),
  id: IdSchema,
  system: z.enum(['dynasty', 'tweb', 'casem']),
  file: z.string().max(2_000),
  sourceId: z.string().max(2_000).optional(),
  url: z.string().max(2_000).optional(),
});
export type DatasetProvenance = z.infer<typeof DatasetProvenanceSchema>;

const MessageSchema = z.strictObject({ fi: z.string().max(10_000), en: z.string().max(10_000) });

/** A warning: text that could not be placed, kept with its location. */
export const DatasetWarningSchema = z.strictObject({
  code: z.enum([
    'unrecognised-file',
    'unparsed-file',
    'unplaced-text',
    'unresolved-name',
    'missing-linked-file',
    'invalid-json',
    'invalid-value',
    'unmapped-text',
    'garbled-text',
    'encoding-mismatch',
  ]),
  file: z.string().max(2_000),
  location: z.string().max(2_000),
  message: MessageSchema,
  text: z.string().max(10_000_000).optional(),
  size: z.int().min(0).optional(),
});
export type DatasetWarning = z.infer<typeof DatasetWarningSchema>;

export const MEETING_DATASET_FORMAT = 'digikokous-meeting-dataset';

/**
 * The meeting-schema dataset: records in meeting-schema's shapes (relaxed as documented),
 * provenance per record and warnings. `interop`, when present, is the full `InteropDocument` the
 * exporters read (written by the command line so that `export` can read what `import` wrote).
 */
export const MeetingDatasetSchema = z
  .strictObject({
    format: z.literal(MEETING_DATASET_FORMAT),
    schemaVersion: z.literal('1.0'),
    source: z.strictObject({
      system: z.enum(['dynasty', 'tweb', 'casem']),
      importer: z.literal('@digikokous/interop'),
      files: z.array(z.string().max(2_000)).max(100_000),
    }),
    bodies: z.array(DatasetBodySchema).max(10_000),
    people: z.array(PersonSchema).max(1_000_000),
    memberships: z.array(DatasetMembershipSchema).max(1_000_000),
    cases: z.array(DatasetCaseSchema).max(1_000_000),
    meetings: z.array(DatasetMeetingSchema).max(100_000),
    attendance: z.array(DatasetAttendanceSchema).max(100_000),
    proposals: z.array(ProposalSchema).max(1_000_000),
    votes: z.array(DatasetVoteSchema).max(1_000_000),
    decisions: z.array(DecisionSchema).max(1_000_000),
    disqualifications: z.array(DatasetDisqualificationSchema).max(1_000_000),
    dissents: z.array(DatasetDissentSchema).max(1_000_000),
    provenance: z.array(DatasetProvenanceSchema).max(10_000_000),
    warnings: z.array(DatasetWarningSchema).max(1_000_000),
    interop: z.looseObject({ format: z.literal('digikokous-interop'), version: z.literal(1) }).optional(),
  })
  .superRefine((d, ctx) => checkReferences(d as unknown as MeetingDataset, ctx));

/** The meeting-schema dataset (see {@link MeetingDatasetSchema}). */
export interface MeetingDataset {
  format: typeof MEETING_DATASET_FORMAT;
  schemaVersion: '1.0';
  source: { system: 'dynasty' | 'tweb' | 'casem'; importer: '@digikokous/interop'; files: string[] };
  bodies: DatasetBody[];
  people: z.infer<typeof PersonSchema>[];
  memberships: DatasetMembership[];
  cases: DatasetCase[];
  meetings: DatasetMeeting[];
  attendance: DatasetAttendance[];
  proposals: z.infer<typeof ProposalSchema>[];
  votes: DatasetVote[];
  decisions: z.infer<typeof DecisionSchema>[];
  disqualifications: DatasetDisqualification[];
  dissents: DatasetDissent[];
  provenance: DatasetProvenance[];
  warnings: DatasetWarning[];
  interop?: { format: 'digikokous-interop'; version: 1; [k: string]: unknown };
}

/** Ids unique per collection; every reference points to a record of the dataset. */
function checkReferences(d: MeetingDataset, ctx: z.core.$RefinementCtx): void {
  const issue = (path: (string | number)[], code: string, fi: string, en: string): void =>
    ctx.addIssue({ code: 'custom', path, message: en, params: { code, fi, en } });
  const ids = (coll: string, list: readonly { id: string }[]): Set<string> => {
    const s = new Set<string>();
    list.forEach((r, i) => {
      if (s.has(r.id))
        issue([coll, i, 'id'], 'duplicate_id', `Tunniste ${r.id} toistuu.`, `The id ${r.id} occurs more than once.`);
      s.add(r.id);
    });
    return s;
  };
  const bodies = ids('bodies', d.bodies);
  const people = ids('people', d.people);
  const meetings = ids('meetings', d.meetings);
  ids('memberships', d.memberships);
  ids('cases', d.cases);
  const items = new Set(d.meetings.flatMap((m) => m.items.map((i) => i.id)));
  const proposals = ids('proposals', d.proposals);
  const votes = ids('votes', d.votes);
  ids('decisions', d.decisions);
  const ref = (ok: boolean, path: (string | number)[], fi: string, en: string): void => {
    if (!ok) issue(path, 'unknown_reference', `Tuntematon viittaus: ${fi}.`, `Unknown reference: ${en}.`);
  };
  d.meetings.forEach((m, i) => {
    ref(bodies.has(m.bodyId), ['meetings', i, 'bodyId'], 'toimielin', 'body');
    m.items.forEach((it, j) => {
      if (it.presenterId)
        ref(people.has(it.presenterId), ['meetings', i, 'items', j, 'presenterId'], 'henkilö', 'person');
      it.preparerIds.forEach((p, k) =>
        ref(people.has(p), ['meetings', i, 'items', j, 'preparerIds', k], 'henkilö', 'person'),
      );
    });
  });
  d.memberships.forEach((m, i) => {
    ref(people.has(m.personId), ['memberships', i, 'personId'], 'henkilö', 'person');
    ref(bodies.has(m.bodyId), ['memberships', i, 'bodyId'], 'toimielin', 'body');
  });
  d.attendance.forEach((a, i) => {
    ref(meetings.has(a.meetingId), ['attendance', i, 'meetingId'], 'kokous', 'meeting');
    a.records.forEach((r, j) =>
      ref(people.has(r.personId), ['attendance', i, 'records', j, 'personId'], 'henkilö', 'person'),
    );
  });
  d.proposals.forEach((p, i) => {
    ref(items.has(p.itemId), ['proposals', i, 'itemId'], 'asiakohta', 'agenda item');
    if (p.proposerId) ref(people.has(p.proposerId), ['proposals', i, 'proposerId'], 'henkilö', 'person');
    p.seconderIds.forEach((s, j) => ref(people.has(s), ['proposals', i, 'seconderIds', j], 'henkilö', 'person'));
  });
  d.votes.forEach((v, i) => {
    ref(items.has(v.itemId), ['votes', i, 'itemId'], 'asiakohta', 'agenda item');
    if (v.winningProposalId)
      ref(proposals.has(v.winningProposalId), ['votes', i, 'winningProposalId'], 'ehdotus', 'proposal');
    v.ballots.forEach((b, j) =>
      ref(people.has(b.personId), ['votes', i, 'ballots', j, 'personId'], 'henkilö', 'person'),
    );
  });
  d.decisions.forEach((x, i) => {
    ref(items.has(x.itemId), ['decisions', i, 'itemId'], 'asiakohta', 'agenda item');
    (x.voteIds ?? []).forEach((v, j) => ref(votes.has(v), ['decisions', i, 'voteIds', j], 'äänestys', 'vote'));
  });
  for (const coll of ['disqualifications', 'dissents'] as const)
    d[coll].forEach((x, i) => {
      ref(items.has(x.itemId), [coll, i, 'itemId'], 'asiakohta', 'agenda item');
      ref(people.has(x.personId), [coll, i, 'personId'], 'henkilö', 'person');
    });
  d.cases.forEach((c, i) =>
    c.handlings.forEach((h, j) => {
      ref(meetings.has(h.meetingId), ['cases', i, 'handlings', j, 'meetingId'], 'kokous', 'meeting');
      ref(items.has(h.itemId), ['cases', i, 'handlings', j, 'itemId'], 'asiakohta', 'agenda item');
    }),
  );
}

/**
 * Validate a meeting dataset (an object or JSON text) with the meeting-schema-derived schemas.
 * Never throws: errors have a JSON Pointer `path`, a `code` and a `{ fi, en }` message.
 */
export function parseMeetingDataset(input: unknown, limits?: Partial<ParseLimits>): ParseResult<MeetingDataset> {
  return safeParseWith(MeetingDatasetSchema, input, limits) as ParseResult<MeetingDataset>;
}
