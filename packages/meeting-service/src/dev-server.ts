/**
 * Runs the Esimerkkilä demo council on the embedded database with the DEVELOPMENT identity provider:
 * `node dist/dev-server.js` (npm start does this). Environment: PORT (8080), HOST (127.0.0.1), APP_DIR (the
 * built apps/meeting), DATA_DIR (a PGlite directory; in memory without), DATABASE_URL (a PostgreSQL server instead).
 * Development only: `mode: 'development'` can never be combined with production settings (checkConfig).
 */
import { randomInt } from 'node:crypto';
import { openDatabase } from './db/database.js';
import { esimerkkilaCouncil } from './demo.js';
import { createMeetingService } from './http/server.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const database = await openDatabase({
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.DATA_DIR ? { dataDir: process.env.DATA_DIR } : {}),
});
const origin = process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
const service = await createMeetingService({
  mode: 'development',
  developmentLogin: true,
  database,
  meetings: [esimerkkilaCouncil()],
  publicOrigin: origin,
  connection: { lossAfterMs: 30_000, sweepMs: 5_000 },
  // Elections (KL 105 §): the service's ballot box keeps voters apart from choices, so a closed ballot is allowed
  // (5 mom); a tie across the last seat is drawn from the operating system's random source (4 mom).
  decideOptions: { ballotSecrecyEnsured: true, random: () => randomInt(2 ** 47) / 2 ** 47 },
  ...(process.env.APP_DIR ? { appDir: process.env.APP_DIR } : {}),
});
await service.listen(port, host);
console.warn(`Meeting service (DEVELOPMENT identity provider, ${database.kind}): ${origin}/?meeting=kv-2026-5`);
const stop = async () => {
  await service.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
