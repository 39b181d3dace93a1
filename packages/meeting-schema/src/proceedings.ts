import { z } from 'zod';
import {
  attendanceModes,
  decisionKinds,
  disqualificationGrounds,
  dissentBases,
  electionKinds,
  proposalKinds,
  roles,
  speechKinds,
  voteMethods,
  voteOptions,
} from './codes.js';
import {
  CountSchema,
  IdSchema,
  InstantSchema,
  LocalizedLongTextSchema,
  LocalizedTextSchema,
  ShortTextSchema,
} from './primitives.js';
import { LocalizedRichTextSchema } from './richtext.js';
import { addRuleIssue } from './issues.js';

/**
 * A proposal (ehdotus). A counter-proposal must be seconded to be voted on (KL 104 § and the
 * hallintosääntö [unverified]); a seconder is never the proposer.
 */
export const ProposalSchema = z
  .strictObject({
    id: IdSchema,
    itemId: IdSchema,
    kind: z.enum(proposalKinds),
    /** Absent for the base proposal, which is the presenting official's or chair's draft. */
    proposerId: IdSchema.optional(),
    seconderIds: z.array(IdSchema).max(1_000),
    text: LocalizedLongTextSchema,
    /** The proposal an amendment amends. */
    amendsProposalId: IdSchema.optional(),
    madeAt: InstantSchema.optional(),
    withdrawn: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.seconderIds.forEach((s, i) => {
      if (p.proposerId !== undefined && s === p.proposerId)
        addRuleIssue(ctx, ['seconderIds', i], 'seconder_is_proposer', {
          fi: 'Ehdotuksen tekijä ei voi kannattaa omaa ehdotustaan.',
          en: 'The proposer cannot second their own proposal.',
        });
      if (seen.has(s))
        addRuleIssue(ctx, ['seconderIds', i], 'duplicate_seconder', {
          fi: 'Sama henkilö on kirjattu kannattajaksi useasti.',
          en: 'The same seconder is listed more than once.',
        });
      seen.add(s);
    });
    if (p.kind !== 'pohjaehdotus' && p.proposerId === undefined)
      addRuleIssue(ctx, ['proposerId'], 'proposer_required', {
        fi: 'Muulla kuin pohjaehdotuksella on oltava tekijä.',
        en: 'Every proposal other than the base proposal needs a proposer.',
      });
  });
/** A proposal. */
export type Proposal = z.infer<typeof ProposalSchema>;

/**
 * The `ei` side of the vote on a wish clause (toivomusponsi), put to the vote after the main decision as
 * "hyväksytään / hylätään": `jaa` is the wish clause, `ei` this derived id (the clause is rejected).
 */
export function wishClauseRejectionId(wishClauseId: string): string {
  return `${wishClauseId}:hylataan`;
}

/** A vote question: proposal A gets `jaa`, proposal B gets `ei` (äänestysesitys). */
export const VoteQuestionSchema = z.strictObject({
  jaa: IdSchema,
  ei: IdSchema,
  text: LocalizedTextSchema.optional(),
});

/** A named ballot in an open vote. */
export const BallotSchema = z.strictObject({ personId: IdSchema, option: z.enum(voteOptions) });
/** A ballot. */
export type Ballot = z.infer<typeof BallotSchema>;

/** Vote counts. */
export const VoteCountsSchema = z.strictObject({
  jaa: CountSchema,
  ei: CountSchema,
  tyhja: CountSchema,
  poissa: CountSchema,
});

/**
 * A vote on a matter (äänestys, KL 104 §): the decision is the opinion that got more than half of
 * the votes cast (blank votes are not counted); on a tie the chair's vote decides (`castingVote`).
 */
export const VoteSchema = z
  .strictObject({
    id: IdSchema,
    itemId: IdSchema,
    question: VoteQuestionSchema,
    method: z.enum(voteMethods),
    ballots: z.array(BallotSchema).max(10_000),
    absentIds: z.array(IdSchema).max(10_000),
    counts: VoteCountsSchema,
    result: z.enum(['jaa', 'ei']),
    /** True when the votes tied and the chair's vote decided (KL 104 §). */
    castingVote: z.boolean(),
    winningProposalId: IdSchema,
    openedAt: InstantSchema.optional(),
    closedAt: InstantSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.question.jaa === v.question.ei)
      addRuleIssue(ctx, ['question', 'ei'], 'same_proposal_both_sides', {
        fi: 'Äänestysesityksen jaa- ja ei-ehdotus ovat sama.',
        en: 'The yes and no proposals of the question are the same.',
      });
    const voters = new Set<string>();
    const tally = { jaa: 0, ei: 0, tyhja: 0 };
    v.ballots.forEach((b, i) => {
      if (voters.has(b.personId))
        addRuleIssue(ctx, ['ballots', i, 'personId'], 'duplicate_ballot', {
          fi: 'Sama henkilö on äänestänyt useammin kuin kerran.',
          en: 'The same person has voted more than once.',
        });
      voters.add(b.personId);
      tally[b.option]++;
    });
    v.absentIds.forEach((a, i) => {
      if (voters.has(a))
        addRuleIssue(ctx, ['absentIds', i], 'absent_voter', {
          fi: 'Poissaolevaksi merkitty henkilö on äänestänyt.',
          en: 'A person marked absent has a ballot.',
        });
    });
    if (v.ballots.length > 0) {
      for (const k of ['jaa', 'ei', 'tyhja'] as const)
        if (v.counts[k] !== tally[k])
          addRuleIssue(ctx, ['counts', k], 'count_mismatch', {
            fi: `Äänimäärä ${v.counts[k]} ei vastaa annettuja ääniä (${tally[k]}).`,
            en: `Count ${v.counts[k]} does not match the ballots (${tally[k]}).`,
          });
      if (v.counts.poissa !== v.absentIds.length)
        addRuleIssue(ctx, ['counts', 'poissa'], 'count_mismatch', {
          fi: 'Poissaolijoiden määrä ei vastaa luetteloa.',
          en: 'The absent count does not match the list.',
        });
    }
    checkVoteOutcome(ctx, [], v.counts, v.castingVote, v.result, v.winningProposalId, v.question);
  });
/** A vote. */
export type Vote = z.infer<typeof VoteSchema>;

/**
 * KL 104 §: the side with more votes wins (blank votes are not counted); exactly on a tie the
 * chair's vote decides. Shared by {@link VoteSchema} and the `vote-closed` event of the log.
 */
export function checkVoteOutcome(
  ctx: z.core.$RefinementCtx,
  at: readonly (string | number)[],
  counts: { jaa: number; ei: number },
  castingVote: boolean,
  result: 'jaa' | 'ei',
  winningProposalId: string,
  question: { jaa: string; ei: string },
): void {
  const tie = counts.jaa === counts.ei;
  if (tie !== castingVote)
    addRuleIssue(ctx, [...at, 'castingVote'], tie ? 'casting_vote_required' : 'casting_vote_without_tie', {
      fi: 'Puheenjohtajan ääni ratkaisee vain ja aina äänten mennessä tasan (KL 104 §).',
      en: "The chair's vote decides exactly when the votes tie (KL 104 §).",
    });
  if (!tie && result !== (counts.jaa > counts.ei ? 'jaa' : 'ei'))
    addRuleIssue(ctx, [...at, 'result'], 'result_mismatch', {
      fi: 'Tulos ei vastaa äänimääriä.',
      en: 'The result does not match the counts.',
    });
  if (winningProposalId !== question[result])
    addRuleIssue(ctx, [...at, 'winningProposalId'], 'winner_mismatch', {
      fi: 'Voittanut ehdotus ei vastaa tulosta.',
      en: 'The winning proposal does not match the result.',
    });
}

/** An exact fraction (comparison numbers of a proportional election are not floats). */
export const FractionSchema = z.strictObject({
  numerator: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  denominator: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
});
/** An exact fraction. */
export type Fraction = z.infer<typeof FractionSchema>;

/**
 * A drawing of lots (arpa, KL 105 §; KL 104 § does not apply to votes on matters). The random draw
 * is recorded so it can be audited: the method, the random value or physical procedure, who drew.
 */
export const LotDrawSchema = z.strictObject({
  id: IdSchema,
  itemId: IdSchema,
  electionId: IdSchema.optional(),
  reason: LocalizedTextSchema,
  /** Candidate (or other) ids taking part in the draw, in the order listed. */
  entrants: z.array(IdSchema).min(2).max(1_000),
  winnerIds: z.array(IdSchema).min(1).max(1_000),
  method: z.enum(['fyysinen', 'satunnaislukugeneraattori']),
  /** Hex of the random bytes used (generator) or a description key (physical). */
  randomValue: z.string().max(512).optional(),
  drawnBy: IdSchema.optional(),
  at: InstantSchema.optional(),
});
/** A drawing of lots. */
export type LotDraw = z.infer<typeof LotDrawSchema>;

/**
 * The legal gender (juridinen sukupuoli) the quota of Tasa-arvolaki 609/1986 4 a § counts: women and men, each at
 * least 40 % of a municipal body's members and, separately, of its deputies, unless there are special reasons.
 */
export const candidateGenders = ['nainen', 'mies'] as const;
/** A gender for the Tasa-arvolaki 4 a § check. */
export type CandidateGender = (typeof candidateGenders)[number];

/**
 * An election candidate; `personId` when the candidate is in the person register. Where the body has personal
 * deputies, each candidate is a pair of a member and his `personalDeputy`, approved before the election and elected
 * together (KL 105 § 3 mom). `gender` (optional) feeds the Tasa-arvolaki 609/1986 4 a § balance check.
 */
export const CandidateSchema = z.strictObject({
  id: IdSchema,
  personId: IdSchema.optional(),
  name: ShortTextSchema,
  listId: IdSchema.optional(),
  gender: z.enum(candidateGenders).optional(),
  personalDeputy: z
    .strictObject({
      personId: IdSchema.optional(),
      name: ShortTextSchema,
      gender: z.enum(candidateGenders).optional(),
    })
    .optional(),
});

/**
 * The gender balance of those elected (Tasa-arvolaki 609/1986 4 a §), counted over the elected with a recorded
 * gender: members and, when the candidates are pairs, personal deputies. `quotaMet` is false when either gender is
 * below 40 % of the members or of the deputies; that is a warning for the body (which may state special reasons),
 * never a bar to the election.
 */
export const GenderBalanceSchema = z.strictObject({
  members: z.strictObject({ nainen: CountSchema, mies: CountSchema, unknown: CountSchema }),
  deputies: z.strictObject({ nainen: CountSchema, mies: CountSchema, unknown: CountSchema }).optional(),
  quotaMet: z.boolean(),
});
/** A gender balance record. */
export type GenderBalance = z.infer<typeof GenderBalanceSchema>;

/**
 * An election of persons (vaali, KL 105 §): majority (enemmistövaali) or proportional
 * (suhteellinen vaali, with candidate lists, alliances and comparison numbers, Kunnallisvaalilaki
 * style D'Hondt as in the domain rules §2.4–2.5). Secret ballots are anonymous.
 */
export const ElectionSchema = z
  .strictObject({
    id: IdSchema,
    itemId: IdSchema,
    kind: z.enum(electionKinds),
    title: LocalizedTextSchema,
    seatsToFill: z.int().min(1).max(999),
    secretBallot: z.boolean(),
    candidates: z.array(CandidateSchema).min(1).max(10_000),
    lists: z
      .array(z.strictObject({ id: IdSchema, name: ShortTextSchema, candidateIds: z.array(IdSchema).max(10_000) }))
      .max(1_000)
      .optional(),
    alliances: z
      .array(z.strictObject({ id: IdSchema, name: ShortTextSchema, listIds: z.array(IdSchema).min(2).max(1_000) }))
      .max(1_000)
      .optional(),
    /**
     * Ballots; a closed ballot names no voter. A ballot names a candidate (majority election), a
     * list (proportional election with list votes), or neither (blank).
     */
    ballots: z
      .array(z.strictObject({ id: IdSchema, candidateId: IdSchema.optional(), listId: IdSchema.optional() }))
      .max(100_000),
    /** Votes per candidate. */
    tallies: z.array(z.strictObject({ candidateId: IdSchema, votes: CountSchema })).max(10_000),
    /** Votes per candidate list (proportional election with list votes, domain rules §2.4). */
    listTallies: z
      .array(z.strictObject({ listId: IdSchema, votes: CountSchema }))
      .max(1_000)
      .optional(),
    /** Comparison numbers (vertausluvut) as exact fractions. */
    comparisonNumbers: z
      .array(z.strictObject({ candidateId: IdSchema, value: FractionSchema }))
      .max(10_000)
      .optional(),
    lots: z.array(LotDrawSchema).max(1_000),
    electedIds: z.array(IdSchema).max(999),
    /** The Tasa-arvolaki 609/1986 4 a § balance of those elected, when the candidates' genders are recorded. */
    genderBalance: GenderBalanceSchema.optional(),
  })
  .superRefine((e, ctx) => {
    const cands = new Set(e.candidates.map((c) => c.id));
    const lists = new Set((e.lists ?? []).map((l) => l.id));
    (e.lists ?? []).forEach((l, i) =>
      l.candidateIds.forEach((c, j) => {
        if (!cands.has(c))
          addRuleIssue(ctx, ['lists', i, 'candidateIds', j], 'unknown_candidate', {
            fi: 'Ehdokaslistalla on tuntematon ehdokas.',
            en: 'The candidate list names an unknown candidate.',
          });
      }),
    );
    e.ballots.forEach((b, i) => {
      if (b.listId !== undefined && !lists.has(b.listId))
        addRuleIssue(ctx, ['ballots', i, 'listId'], 'unknown_list', {
          fi: 'Äänestyslipussa on tuntematon ehdokaslista.',
          en: 'The ballot names an unknown candidate list.',
        });
    });
    e.electedIds.forEach((id, i) => {
      if (!cands.has(id))
        addRuleIssue(ctx, ['electedIds', i], 'unknown_candidate', {
          fi: 'Valittu ei ole ehdokas.',
          en: 'The elected person is not a candidate.',
        });
    });
    if (e.electedIds.length > e.seatsToFill)
      addRuleIssue(ctx, ['electedIds'], 'too_many_elected', {
        fi: 'Valittuja on enemmän kuin täytettäviä paikkoja.',
        en: 'More elected than seats to fill.',
      });
    e.ballots.forEach((b, i) => {
      if (b.candidateId !== undefined && !cands.has(b.candidateId))
        addRuleIssue(ctx, ['ballots', i, 'candidateId'], 'unknown_candidate', {
          fi: 'Äänestyslipussa on tuntematon ehdokas.',
          en: 'The ballot names an unknown candidate.',
        });
    });
    // KL 105 § 3 mom: with personal deputies every candidate is a member + deputy pair.
    const paired = e.candidates.filter((c) => c.personalDeputy !== undefined).length;
    if (paired > 0 && paired < e.candidates.length)
      e.candidates.forEach((c, i) => {
        if (c.personalDeputy === undefined)
          addRuleIssue(ctx, ['candidates', i, 'personalDeputy'], 'deputy_pair_missing', {
            fi: 'Henkilökohtaisia varajäseniä valittaessa jokainen ehdokas on jäsenen ja varajäsenen pari (KL 105 § 3 mom).',
            en: 'With personal deputies every candidate is a pair of a member and a deputy (KL 105 § 3 mom).',
          });
      });
    if (e.kind === 'suhteellinen-vaali' && !e.comparisonNumbers)
      addRuleIssue(ctx, ['comparisonNumbers'], 'comparison_numbers_required', {
        fi: 'Suhteellisessa vaalissa on kirjattava vertausluvut.',
        en: 'A proportional election records comparison numbers.',
      });
  });
/** An election. */
export type Election = z.infer<typeof ElectionSchema>;

/**
 * A disqualification (esteellisyys, HL 27–29 §, KL 97 §): declared by the person (KL 97 § 5 mom.)
 * or raised by others, decided by the body for its members (HL 29 §).
 */
export const DisqualificationSchema = z.strictObject({
  id: IdSchema,
  itemId: IdSchema,
  personId: IdSchema,
  ground: z.enum(disqualificationGrounds),
  declaredBy: z.enum(['itse', 'muu']),
  declaredAt: InstantSchema.optional(),
  decidedByBody: z.boolean(),
  /** The decision: true when the person is disqualified and must leave (HL 27 §). */
  disqualified: z.boolean(),
  reason: LocalizedTextSchema.optional(),
});
/** A disqualification. */
export type Disqualification = z.infer<typeof DisqualificationSchema>;

/** A dissent (eriävä mielipide, KL 106 §) with optional written reasons submitted before checking. */
export const DissentSchema = z.strictObject({
  id: IdSchema,
  itemId: IdSchema,
  personId: IdSchema,
  basis: z.enum(dissentBases),
  recordedAt: InstantSchema.optional(),
  writtenReasons: LocalizedLongTextSchema.optional(),
  reasonsSubmittedAt: InstantSchema.optional(),
});
/** A dissent. */
export type Dissent = z.infer<typeof DissentSchema>;

/**
 * Attendance of one person in a meeting: present or absent, on site or remote (KL 99 §),
 * arrival and departure, the items during which they were absent (e.g. disqualified, HL 27 §).
 */
export const AttendanceRecordSchema = z.strictObject({
  personId: IdSchema,
  name: ShortTextSchema,
  role: z.enum(roles),
  votingRight: z.boolean(),
  status: z.enum(['lasna', 'poissa']),
  mode: z.enum(attendanceModes).optional(),
  /** The member this deputy stands in for. */
  substituteFor: IdSchema.optional(),
  arrivedAt: InstantSchema.optional(),
  leftAt: InstantSchema.optional(),
  /** The departure at `leftAt` was a lost remote connection, not a decision to leave (KL 99 §). */
  leftCause: z.literal('connection-lost').optional(),
  arrivedDuringItemId: IdSchema.optional(),
  leftDuringItemId: IdSchema.optional(),
  absentDuringItemIds: z.array(IdSchema).max(2_000),
});
/** An attendance record. */
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;

/** A speaker-queue entry. */
export const SpeakerEntrySchema = z.strictObject({
  id: IdSchema,
  itemId: IdSchema,
  personId: IdSchema,
  kind: z.enum(speechKinds),
  repliesToEntryId: IdSchema.optional(),
  requestedAt: InstantSchema,
  startedAt: InstantSchema.optional(),
  endedAt: InstantSchema.optional(),
});
/** A speaker-queue entry. */
export type SpeakerEntry = z.infer<typeof SpeakerEntrySchema>;

/** Appeal instruction attached to a decision (KL 141 §); a prohibition names its legal basis. */
export const AppealInstructionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('oikaisuvaatimus'),
    /** 14 days (KL 138 §). */
    periodDays: z.literal(14),
    authority: LocalizedTextSchema,
    text: LocalizedRichTextSchema.optional(),
  }),
  z.strictObject({
    kind: z.enum(['kunnallisvalitus', 'hallintovalitus']),
    /** 30 days for a municipal appeal (KL 138 §), by law for an administrative appeal. */
    periodDays: z.int().min(1).max(365),
    authority: LocalizedTextSchema,
    text: LocalizedRichTextSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('muutoksenhakukielto'),
    /** The provision the prohibition rests on, e.g. `KL 136 §` (KL 141 §). */
    legalBasis: ShortTextSchema,
    text: LocalizedRichTextSchema.optional(),
  }),
]);
/** An appeal instruction. */
export type AppealInstruction = z.infer<typeof AppealInstructionSchema>;

/** A decision (päätös) on an item: result kind and decision text. */
export const DecisionSchema = z.strictObject({
  id: IdSchema,
  itemId: IdSchema,
  kind: z.enum(decisionKinds),
  text: LocalizedRichTextSchema,
  basedOnProposalId: IdSchema.optional(),
  voteIds: z.array(IdSchema).max(100).optional(),
  electionId: IdSchema.optional(),
  appeal: AppealInstructionSchema.optional(),
});
/** A decision. */
export type Decision = z.infer<typeof DecisionSchema>;
