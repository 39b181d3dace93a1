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
  rules?: ProcedureRulesOverrides;
}): ElectronicProcedureOutcome {
  const deadline = instant(input.deadline, 'deadline');
  const now = instant(input.now, 'now');
  if (input.publicMeeting) return 'not-allowed';
  const demanded = Array.isArray(input.demandsMeeting)
    ? input.demandsMeeting.length > 0
    : input.demandsMeeting === true;
  if (demanded) return 'moved-to-meeting';
  if (now <= deadline) return 'open';
  const rules = resolveRules(input.rules);
  const answered = new Set(input.answers);
  const allAnswered = input.members.every((m) => {
    if (answered.has(m)) return true;
    const deputy =
      rules.electronicProcedureDeputies && input.deputies && Object.prototype.hasOwnProperty.call(input.deputies, m)
        ? input.deputies[m]
        : undefined;
    return deputy !== undefined && answered.has(deputy);
  });
  return allAnswered && input.members.length > 0 ? 'decided' : 'moved-to-meeting';
}
