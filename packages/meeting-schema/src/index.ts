/** @packageDocumentation The meeting domain of Finnish municipal decision-making (Kuntalaki 410/2015) as zod schemas, types, code lists and JSON Schema. */
export {};
