// `npm test`: everything the kit checks, in the order that gives the clearest failure.
// Runs every step even after a failure, prints a summary with the test counts, and exits non-zero
// if anything failed. Finds (or, as root on Debian, installs) Chromium, xmllint and the PostgreSQL server
// first, and runs a throw-away PostgreSQL on a temporary directory and a loopback port for the meeting
// service's tests (DIGIKOKOUS_TEST_DATABASE_URL); it is stopped afterwards, also when a step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureTool } from './ensure-tool.mjs';
import { CHROMIUM_NAMES } from './find-chromium.mjs';
import { findPostgresBin, startPostgres } from './postgres-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
Object.assign(process.env, {
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
});

const chromium = ensureTool({
  label: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  names: CHROMIUM_NAMES,
  debianPackage: 'chromium',
});
const xmllint = ensureTool({
  label: 'xmllint',
  envVar: 'XMLLINT_PATH',
  names: ['xmllint'],
  debianPackage: 'libxml2-utils',
});
console.log(`Using Chromium at ${chromium} and xmllint at ${xmllint}.`);
if (!findPostgresBin())
  console.log("PostgreSQL server binaries not found: installing Debian's 'postgresql' (as root).");
const postgres = await startPostgres();
process.env.DIGIKOKOUS_TEST_DATABASE_URL = postgres.url;
console.log(`PostgreSQL for the service tests: ${postgres.url} (temporary data directory, stopped afterwards).`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void postgres.stop().finally(() => process.exit(130));
  });
}

const report = `${root}node_modules/.cache/vitest-report.json`;
rmSync(report, { force: true });

/** @type {[string, string, string[]][]} */
const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['build', 'npx', ['turbo', 'run', 'build', '--filter=./packages/*']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  [
    'tests (node, browser, stories)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  ],
  ['package checks (publint, attw)', 'npx', ['turbo', 'run', 'package-check', '--filter=./packages/*']],
  ['component sizes', 'npm', ['run', 'size', '-w', '@digikokous/components']],
];

const results = [];
try {
  for (const [name, command, args] of steps) {
    console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
    const started = Date.now();
    const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    results.push({ name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
  }
} finally {
  await postgres.stop();
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);

let counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  counts = {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
  /** @type {Map<string, { passed: number, failed: number }>} */
  const perProject = new Map();
  for (const file of json.testResults) {
    const project = file.name.replace(root, '').split('/').slice(0, 2).join('/');
    const entry = perProject.get(project) ?? { passed: 0, failed: 0 };
    for (const t of file.assertionResults) {
      if (t.status === 'passed') entry.passed++;
      else if (t.status === 'failed') entry.failed++;
    }
    perProject.set(project, entry);
  }
  for (const [project, c] of [...perProject].sort())
    console.log(`     ${project}: ${c.passed} passed, ${c.failed} failed`);
} else {
  counts.failed = 1;
  console.log('FAIL no test report was written');
}
// No test may be skipped: a skipped test is a failure here (CONTRIBUTING.md).
const skippedFails = counts.skipped > 0;
if (skippedFails) console.log(`FAIL ${counts.skipped} tests were skipped or left as todo`);
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(results.every((r) => r.ok) && counts.failed === 0 && counts.passed > 0 && !skippedFails ? 0 : 1);
