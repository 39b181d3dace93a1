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
