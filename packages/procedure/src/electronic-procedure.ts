import { fail } from './errors.js';
import { resolveRules, type ProcedureRulesOverrides } from './rules.js';

export type ElectronicProcedureOutcome = 'open' | 'decided' | 'moved-to-meeting' | 'not-allowed';

function instant(value: string, name: string): number {
  const t = Date.parse(value);
  if (typeof value !== 'string' || !/(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(t)) {
    fail(
      'invalid-instant',
      `${name}: ajanhetken on oltava ISO-muotoinen ja sisällettävä aikavyöhyke.`,
      `${name}: the instant must be ISO 8601 with an offset.`,
    );
  }
  return t;
}

/**
 * The state of a matter in the electronic decision procedure (sähköinen päätöksentekomenettely, KL 100 §):
 * - never for a public meeting (KL 100 § 1 mom; a council meeting is public, KL 101 §) → `'not-allowed'`;
 * - any member demanding that the matter go to a meeting → `'moved-to-meeting'` at once;
 * - after the deadline: `'decided'` when every member of the body expressed a position, otherwise
 *   `'moved-to-meeting'`;
 * - before the deadline → `'open'` (a demand may still arrive).
 * Deputies answer for a member only when `rules.electronicProcedureDeputies` allows it ([unverified], local rule).
 *
 * A member disqualified in the matter (HL 27–28 §, KL 97 §) takes no part: his answer and his demand do not count.
 * With deputies allowed, his personal deputy answers in his place (the deputy must not be disqualified himself);
 * without one the matter cannot be handled with all members answering, so it moves to the meeting at once (KL 100 §).
 */
export function electronicProcedureOutcome(input: {
  members: readonly string[];
  /** Members (or deputies) who have expressed a position. */
  answers: readonly string[];
  /** Members who demand a meeting; `true` when someone did without a recorded name. */
  demandsMeeting: readonly string[] | boolean;
  deadline: string;
  now: string;
  publicMeeting: boolean;
  /** member → personal deputy, used only when the rules allow deputies. */
  deputies?: Readonly<Record<string, string>>;
  /** Members (or deputies) disqualified in the matter (HL 27–28 §): they take no part. */
  disqualified?: readonly string[];
  rules?: ProcedureRulesOverrides;
}): ElectronicProcedureOutcome {
  const deadline = instant(input.deadline, 'deadline');
  const now = instant(input.now, 'now');
  if (input.publicMeeting) return 'not-allowed';
  const rules = resolveRules(input.rules);
  const disqualified = new Set(input.disqualified ?? []);
  const demanded = Array.isArray(input.demandsMeeting)
    ? input.demandsMeeting.some((m) => !disqualified.has(m))
    : input.demandsMeeting === true;
  if (demanded) return 'moved-to-meeting';
  const deputyOf = (m: string): string | undefined =>
    rules.electronicProcedureDeputies && input.deputies && Object.prototype.hasOwnProperty.call(input.deputies, m)
      ? input.deputies[m]
      : undefined;
  // Who answers for each seat: the member, or for a disqualified member his deputy (HL 27 §, KL 100 §).
  const answerers: string[][] = [];
  for (const m of input.members) {
    const deputy = deputyOf(m);
    const eligible = [m, ...(deputy === undefined ? [] : [deputy])].filter((p) => !disqualified.has(p));
    // KL 100 §: a disqualified member with no deputy to answer for him: the matter goes to the meeting.
    if (eligible.length === 0) return 'moved-to-meeting';
    answerers.push(eligible);
  }
  if (now <= deadline) return 'open';
  const answered = new Set(input.answers);
  const allAnswered = answerers.every((seat) => seat.some((p) => answered.has(p)));
  return allAnswered && input.members.length > 0 ? 'decided' : 'moved-to-meeting';
}
