import { electronicProcedureOutcome, type ProcedureRulesOverrides } from '@digikokous/procedure';
import type { ElectronicItemView } from './electronic-procedure.js';

/** What `electronicItemView` needs besides the matter: the clock and the body's rules (KL 100 §). */
export interface ElectronicOutcomeOptions {
  /** Now, as an ISO instant with an offset (the host's injected clock). */
  now: string;
  /** Whether the meeting is public: then the procedure is not allowed (KL 100 § 1 mom). */
  publicMeeting: boolean;
  /** member → personal deputy, counted only when `rules.electronicProcedureDeputies` allows it. */
  deputies?: Readonly<Record<string, string>>;
  /** Members (or deputies) disqualified in this matter (HL 27–28 §): they take no part (KL 100 §). */
  disqualified?: readonly string[];
  /** The body's procedure rules (hallintosääntö). */
  rules?: ProcedureRulesOverrides;
}

/**
 * A matter of `<dk-electronic-procedure>` with its state from the engine (`electronicProcedureOutcome` of
 * `@digikokous/procedure`, KL 100 §). Call it again when the clock passes the deadline or an answer arrives.
 */
export function electronicItemView(
  matter: Omit<ElectronicItemView, 'outcome'>,
  options: ElectronicOutcomeOptions,
): ElectronicItemView {
  const outcome = electronicProcedureOutcome({
    members: matter.members,
    answers: matter.answers,
    demandsMeeting: matter.demands,
    deadline: matter.deadline,
    now: options.now,
    publicMeeting: options.publicMeeting,
    ...(options.deputies ? { deputies: options.deputies } : {}),
    ...(options.disqualified ? { disqualified: options.disqualified } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  });
  return { ...matter, outcome };
}
