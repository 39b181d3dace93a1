/**
 * The sentences of the minutes, one table per language (`phrases-fi.ts`, `phrases-sv.ts`). The text model
 * (`draftMinutesText`), the minutes document (`draftMinutes`) and the renderers (`renderMinutes`,
 * `renderMinutesHtml`) all write through these functions, so the same decision reads the same everywhere.
 */
import type { PresidingChangeReason } from '@digikokous/meeting-schema';
import type { BaseProposalSource, VoteOption } from '@digikokous/meeting-schema/codes';

export type MinutesLanguage = 'fi' | 'sv';

export interface VoteCounts {
  jaa: number;
  ei: number;
  tyhja: number;
  poissa: number;
}

export interface MinutesPhrases {
  lang: MinutesLanguage;
  /** A statute citation in this language's form (Swedish: KomL, FL, OffentlighetsL, "punkten"). */
  cite(citation: string): string;
  /** Headings and short labels. */
  h: {
    minutes: string;
    time: string;
    place: string;
    mode: string;
    present: string;
    absent: string;
    others: string;
    legality: string;
    checkers: string;
    chair: string;
    secretary: string;
    items: string;
    proceedings: string;
    decision: string;
    dissents: string;
    presenter: string;
    register: string;
    baseProposal: (source: BaseProposalSource) => string;
    signatures: string;
    checking: string;
    publication: string;
    appendix: string;
    at: string;
    remote: string;
    untranslatedMark: string;
    councillor: string;
    member: string;
    deputy: string;
    deputyCouncillor: string;
    sectionColumn: string;
    titleColumn: string;
    page: string;
  };
  date(iso: string): string;
  list(names: readonly string[]): string;
  /** "varsinainen valtuutettu: X" / "i stället för X". */
  substituteFor(name: string, council: boolean): string;
  arrived(time: string, section?: number): string;
  /** A member away for some §§ between arriving and leaving (not for disqualification). */
  awayDuring(sections: readonly number[]): string;
  left(time: string, section?: number): string;
  /** The remote connection was lost (KL 99 §): the departure was no one's decision. */
  connectionLost(time: string, section?: number): string;
  legalityStated(lawful: boolean, quorate: boolean): string;
  presentCount(present: number, seats: number, council: boolean, required: number, rule: string): string;
  invitation(sent: string, latest: string, basis: string, inTime: boolean): string;
  disqualified(who: string, ground: string, citation: string, reason?: string): string;
  notDisqualified(who: string, reason?: string): string;
  speakers(names: readonly string[]): string;
  proposal(who: string, label: string, text: string): string;
  proposalWithdrawn: string;
  seconded(names: readonly string[]): string;
  lapsed: string;
  mustVote(seconded: number): string;
  votingOrderIntro(bodyNoun: string): string;
  votingOrderStep(n: number, jaa: string, ei: string): string;
  winnerOfVote(n: number): string;
  vote(n: number | undefined, method: string, jaa: string, ei: string): string;
  voteOpen: string;
  voteCounts(c: VoteCounts): string;
  ballotRow(option: VoteOption, names: readonly string[]): string;
  /** A tie: the presiding person's side wins; `presiding` names them when it was not the chair (KL 104 § 2 mom). */
  castingVote(presiding?: { name: string; as: 'vice' | 'member' | 'councillor' }): string;
  /** A change of the presiding person (KL 102 §, `presiding-changed`). */
  presidingChanged(who: string, reason: PresidingChangeReason): string;
  voteWinner(winner: string, a: number, b: number): string;
  /** The result of a tabling or referral vote, said as what happens to the matter. */
  matterOutcome(outcome: string, a: number, b: number): string;
  /** The role of a vice-chair who presides. */
  presidingViceChair: string;
  /** Tabling and referral framing (hallintosääntö, Kuntaliitto model [unverified]). */
  continueHandling: string;
  tableMatter: string;
  returnMatter: string;
  election(title: string, secret: boolean, kind: string, candidates: readonly string[]): string;
  electionTallies(tallies: readonly string[], blank: number): string;
  comparisonNumbers(values: readonly string[]): string;
  lot(reason: string, physical: boolean, random: string | undefined, winners: readonly string[]): string;
  elected(names: readonly string[]): string;
  /** The council minority's demand tabled the matter without a vote (hallintosääntö). */
  tabledByDemand(demanding: number, present: number): string;
  /** The sides of the vote on a wish clause, after the decision. */
  wishAdopted: string;
  wishRejected: string;
  /** A member + personal deputy pair (KL 105 § 3 mom). */
  pair(member: string, deputy: string): string;
  /** Tasa-arvolaki 609/1986 4 a §: the 40 % quota is not met among those elected (a warning, not a bar). */
  genderQuotaNotMet: string;
  unanimous(baseLabel: string): string;
  dissent(who: string, basis: string, reasons?: string): string;
  closedSession: string;
  confidentialMention(citations: string): string;
  translationNote(complete: boolean): string;
  signedElectronically(date?: string): string;
  checked(place: string | undefined, date: string): string;
  checkersApproval: string;
  published(date: string): string;
  personalDataRemoved(date: string): string;
  appealRef(n: number, heading: string): string;
  appendixCovers(sections: readonly number[]): string;
  proposalKindNumbered(label: string, n: number | undefined, proposer: string): string;
}
