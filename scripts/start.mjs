// `npm start`: builds the packages the stories import, then serves Storybook on http://localhost:6006.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

const built = run('npx', ['turbo', 'run', 'build', '--filter=./packages/*']);
if (built !== 0) process.exit(built);
console.log('\nStorybook: http://localhost:6006');
process.exit(run('npm', ['run', 'dev', '-w', '@digikokous/storybook']));
