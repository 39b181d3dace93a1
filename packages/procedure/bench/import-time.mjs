// Time to import @digikokous/procedure in a fresh Node process (issue 12: ≤ 50 ms). Each run spawns
// `node -e "await import('@digikokous/procedure')"` and, interleaved with it, the baseline `node -e ""` (the cost of
// starting Node itself), in the same run on the same machine; the figure is the difference of the medians, and the
// in-process import time (performance.now() around the import) is printed as a cross-check.
// Run after the build: node bench/import-time.mjs [runs]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const runs = Math.max(5, Number(process.argv[2] ?? 31));
const wall = (code) => {
  const t = process.hrtime.bigint();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, out };
};
const importCode =
  "const t=performance.now();await import('@digikokous/procedure');process.stdout.write(String(performance.now()-t))";
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pkg = [];
const base = [];
const inProcess = [];
wall(importCode); // warm the file-system cache once
for (let i = 0; i < runs; i++) {
  const p = wall(importCode);
  pkg.push(p.ms);
  inProcess.push(Number(p.out));
  base.push(wall('').ms);
}
const diff = median(pkg) - median(base);
process.stdout.write(
  [
    `runs: ${runs} (interleaved)`,
    `node -e "import('@digikokous/procedure')": median ${median(pkg).toFixed(1)} ms`,
    `node -e "" (baseline): median ${median(base).toFixed(1)} ms`,
    `import cost (difference of medians): ${diff.toFixed(1)} ms (target ≤ 50 ms: ${diff <= 50 ? 'met' : 'NOT met'})`,
    `in-process import (performance.now): median ${median(inProcess).toFixed(1)} ms`,
    '',
  ].join('\n'),
);
