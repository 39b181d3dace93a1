// `npm start`: builds the packages and the meeting app, then serves
//   - Storybook on http://localhost:6006, and
//   - the meeting service with apps/meeting on http://localhost:8080 (embedded PGlite database, the Esimerkkilä
//     council 5/2026, and the DEVELOPMENT identity provider whose test persons are the fixture's members).
// Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

const built = run('npx', ['turbo', 'run', 'build', '--filter=./packages/*', '--filter=@digikokous/meeting-app']);
if (built !== 0) process.exit(built);

const port = process.env.PORT ?? '8080';
const children = [
  spawn('npm', ['run', 'dev', '-w', '@digikokous/storybook'], { cwd: root, stdio: 'inherit', env }),
  spawn('node', ['packages/meeting-service/dist/dev-server.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, PORT: port, APP_DIR: `${root}apps/meeting/dist` },
  }),
];
console.log(`\nStorybook:   http://localhost:6006`);
console.log(
  `Meeting app: http://localhost:${port}/?meeting=kv-2026-5  (development login: chair p001, member e.g. p010, secretary hallintojohtaja; or "follow as the public")\n`,
);

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
for (const child of children) child.once('exit', (code) => stop(code ?? 0));
