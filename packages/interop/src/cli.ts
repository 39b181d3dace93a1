#!/usr/bin/env node
import { MISSING_ARGUMENT, USAGE } from './usage.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
  // The usage needs none of the importers: printed before anything else is loaded (start-up ≤ 2× `node -e 0`).
  process.stdout.write(USAGE);
} else if (argv.length === 0) {
  process.stderr.write(`virhe: ${MISSING_ARGUMENT.fi}\nerror: ${MISSING_ARGUMENT.en}\n${USAGE}`);
  process.exitCode = 2;
} else {
  const { main } = await import('./cliMain.js');
  process.exitCode = await main(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    now: () => new Date(),
  });
}
