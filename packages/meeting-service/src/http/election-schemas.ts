/**
 * The request bodies of the election ballot box (KL 105 §) as zod schemas: the handlers parse with them, and their
 * JSON Schema (`z.toJSONSchema`) is what Fastify validates with and what the OpenAPI document publishes, so the
 * three cannot drift. Strict objects: a body naming a voter (`personId`) or anything else unknown is refused.
 */
import { z } from 'zod';

const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/);
const Text = z.string().min(1).max(300);

export const OpenElectionBody = z.strictObject({
  electionId: Id.optional(),
  title: z.strictObject({ fi: Text, sv: Text.optional() }),
  seatsToFill: z.int().min(1).max(50),
  secretBallot: z.boolean(),
  candidates: z
    .array(z.strictObject({ id: Id, name: Text, personId: Id.optional() }))
    .min(1)
    .max(100),
});
export type OpenElection = z.infer<typeof OpenElectionBody>;

/** A ballot: the election the member saw and a candidate, or none for a blank ballot. Never a voter. */
export const ElectionBallotBody = z.strictObject({ electionId: Id, candidateId: Id.optional() });
export type ElectionBallot = z.infer<typeof ElectionBallotBody>;

export const CloseElectionBody = z.strictObject({});

/** The JSON Schema of a zod schema for Ajv (draft-07) and OpenAPI, without the `$schema` marker. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _marker, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<
    string,
    unknown
  >;
  return rest;
}
