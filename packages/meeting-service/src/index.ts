/** @packageDocumentation A reference server for electronic and hybrid council meetings (KL 98–99 §): identification, meeting tokens, a durable event log on PostgreSQL or PGlite, live updates filtered per viewer and signed audit checkpoints. */
export {};
