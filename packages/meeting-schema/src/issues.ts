import type { z } from 'zod';

/** A bilingual message. */
export interface Message {
  fi: string;
  en: string;
}

/**
 * Adds a cross-field issue. The machine code and the Finnish text travel in `params`, so the
 * parse functions can turn any zod issue into the kit's `{ path, code, message: { fi, en } }`.
 */
export function addRuleIssue(
  ctx: z.core.$RefinementCtx,
  path: readonly (string | number)[],
  code: string,
  message: Message,
): void {
  ctx.addIssue({
    code: 'custom',
    path: [...path],
    message: message.en,
    params: { code, fi: message.fi },
    input: undefined,
  });
}

/** Bilingual "unknown reference" message. */
export function unknownRef(fi: string, en: string): { fi: string; en: string } {
  return { fi: `Viittaus tuntemattomaan kohteeseen (${fi}).`, en: `Reference to an unknown ${en}.` };
}

/** Reports duplicate `id`s in an array at `key`. */
export function checkUnique(
  ctx: z.core.$RefinementCtx,
  list: readonly { id: string }[],
  ...key: (string | number)[]
): void {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id))
      addRuleIssue(ctx, [...key, i, 'id'], 'duplicate_id', {
        fi: `Tunniste ${x.id} esiintyy useammin kuin kerran.`,
        en: `The id ${x.id} occurs more than once.`,
      });
    seen.add(x.id);
  });
}
