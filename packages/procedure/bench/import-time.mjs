// Time to import the built package in a fresh Node process (issue 12: ≤ 50 ms), against importing an empty module
// in the same way (baseline). Run after `npm run build`: node bench/import-time.mjs
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const time = (spec) => {
  const code = `const t=performance.now();await import(${JSON.stringify(spec)});console.log(performance.now()-t)`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));
};
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const runs = 9;
const pkg = median(Array.from({ length: runs }, () => time(entry)));
const empty = median(Array.from({ length: runs }, () => time('data:text/javascript,export{}')));
process.stdout.write(
  `import @digikokous/procedure: median ${pkg.toFixed(1)} ms; empty module: ${empty.toFixed(1)} ms\n`,
);
