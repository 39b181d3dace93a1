#!/usr/bin/env node
import { main } from './cliMain.js';

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
});
process.exitCode = code;
