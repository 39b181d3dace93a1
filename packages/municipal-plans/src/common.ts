/**
 * Shared building blocks: bilingual (fi/sv) texts, the municipality a plan belongs to, and validation results
 * with JSON paths and Finnish, English and Swedish messages. The zod checks reuse the information-model
 * primitives and its zod-issue translation, so every package of the kit reports errors the same way.
 */
import {
  idSchema,
  isoDateSchema,
  safeParseWith,
  shortText,
  longText,
  type LocalizedMessage,
  type ValidationIssue,
} from '@digikokous/information-model';
import { z } from 'zod';

export { idSchema, isoDateSchema, shortText, longText };

/** A message in Finnish and English, and in Swedish where the rule has been written in Swedish. */
export interface PlanMessage extends LocalizedMessage {
  sv?: string;
}

/** One finding: JSON path, stable code, severity and the message. */
export interface PlanIssue extends ValidationIssue {
  message: PlanMessage;
}

/** The result of every validator of this package: never throws on bad input. */
export type PlanResult<T> =
  { ok: true; value: T; issues: PlanIssue[] } | { ok: false; value?: undefined; issues: PlanIssue[] };

export function planIssue(
  path: (string | number)[],
  code: string,
  message: PlanMessage,
  severity: 'error' | 'warning' = 'error',
): PlanIssue {
  return { path, code, severity, message };
}

/** A text the municipality writes in both national languages (Kielilaki 423/2003: a bilingual municipality). */
export const bilingualText = (max = 2000) =>
  z.strictObject({ fi: z.string().min(1).max(max), sv: z.string().min(1).max(max) });
export const BilingualTextSchema = bilingualText();
export const BilingualLongTextSchema = bilingualText(20_000);
export type BilingualText = z.infer<typeof BilingualTextSchema>;

/** The municipality (or joint authority) that keeps the plan. */
export const MunicipalitySchema = z.strictObject({
  id: idSchema,
  name: BilingualTextSchema,
  /** Y-tunnus, e.g. 1234567-1 (the check digit is not verified here; meeting-schema does that). */
  businessId: z
    .string()
    .regex(/^\d{7}-\d$/)
    .optional(),
});
export type MunicipalityRef = z.infer<typeof MunicipalitySchema>;

/** Who approved a plan and when; plans are kept current, so a review date is part of every plan. */
export const ApprovalSchema = z.strictObject({
  version: shortText,
  approvedBy: BilingualTextSchema,
  approvedOn: isoDateSchema,
  reviewDue: isoDateSchema,
});

/** Schema check, then the cross-field rules; any error makes the result not ok. */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown, rules: (value: T) => PlanIssue[]): PlanResult<T> {
  const parsed = safeParseWith(schema, input);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  let issues: PlanIssue[];
  try {
    issues = rules(parsed.value);
  } catch {
    // The rules only read parsed (plain) data; a throw here is a bug, reported rather than thrown at the caller.
    issues = [
      planIssue([], 'rules.failed', {
        fi: 'Tarkistus epäonnistui.',
        en: 'The check failed.',
        sv: 'Kontrollen misslyckades.',
      }),
    ];
  }
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, value: parsed.value, issues };
}

/** Reports duplicate ids in a list (`path` is the list's path). */
export function duplicateIds(items: readonly { id: string }[], path: (string | number)[]): PlanIssue[] {
  const seen = new Set<string>();
  const out: PlanIssue[] = [];
  items.forEach((it, i) => {
    if (seen.has(it.id))
      out.push(
        planIssue([...path, i, 'id'], 'id.duplicate', {
          fi: `Tunnus "${it.id}" on jo käytössä.`,
          en: `The id "${it.id}" is already used.`,
          sv: `Identifieraren "${it.id}" används redan.`,
        }),
      );
    seen.add(it.id);
  });
  return out;
}

/** The two languages of the generated documents. */
export type DocumentLanguage = 'fi' | 'sv';
export const documentLanguages: readonly DocumentLanguage[] = ['fi', 'sv'];

/** Formats an ISO date as Finnish and Swedish documents write it (d.m.yyyy). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}
