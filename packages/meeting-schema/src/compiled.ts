import { z } from 'zod';

/**
 * zod 4's ahead-of-time compiled parser for a schema (`z.compile`): a clone whose generated fast
 * path handles valid input and hands anything it rejects to the unchanged runtime parser, so
 * errors, paths and messages stay exactly those of the runtime. A schema the compiler cannot model
 * (e.g. one containing the recursive rich text) and environments without `new Function` (strict
 * CSP) get the schema back unchanged. Used for the many small schemas on the hot paths of
 * `parseMeetingLog` and `parseMinutes`.
 */
export function compiled<T extends z.ZodType>(schema: T): T {
  return z.compile(schema);
}
