/**
 * One service instance as its own process, for the fault tests that kill it (SIGKILL) and start it again: the
 * meeting service on a PostgreSQL server with the deployment's shared keys, listening on a loopback port that it
 * prints. Bundled from the sources by `startChild` (esbuild), so it always runs the code under test.
 */
import { openPostgres } from '../../src/db/database.js';
import { esimerkkilaCouncil } from '../../src/demo.js';
import { createMeetingService } from '../../src/http/server.js';

const env = JSON.parse(process.env.DK_CHILD ?? '{}') as {
  databaseUrl: string;
  meetingId: string;
  origin: string;
  keys: { token: Record<string, unknown>; audit: Record<string, unknown> };
  csrfKey: string;
};
const database = await openPostgres({ connectionString: env.databaseUrl });
const service = await createMeetingService({
  mode: 'development',
  developmentLogin: true,
  database,
  meetings: [esimerkkilaCouncil({ id: env.meetingId })],
  publicOrigin: env.origin,
  keys: env.keys,
  csrfKey: Buffer.from(env.csrfKey, 'base64'),
});
const url = await service.listen(0);
process.stdout.write(`LISTENING ${url}\n`);
