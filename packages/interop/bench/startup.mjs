#!/usr/bin/env node
// Start-up benchmark of the command line: `digikokous --help` against `node -e 0`, whole processes,
// run in turn (A B A B …) so that drift of the machine's speed cancels in the pair-wise ratio.
// Target: the median ratio ≤ 2 (issue 17). Build first (`npx turbo run build --filter=@digikokous/interop...`).
// Usage: node bench/startup.mjs [runs]   (exit code 1 when the target is missed)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runs = Math.max(5, Math.min(200, Number(process.argv[2] ?? 21)));
const time = (args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
};
time([cli, '--help']); // warm the file cache
time(['-e', '0']);
const a = [];
const b = [];
const ratios = [];
for (let i = 0; i < runs; i++) {
  const x = time([cli, '--help']);
  const y = time(['-e', '0']);
  a.push(x);
  b.push(y);
  ratios.push(x / y);
}
const median = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
const r = median(ratios);
process.stdout.write(
  `digikokous --help: median ${median(a).toFixed(1)} ms; node -e 0: median ${median(b).toFixed(1)} ms; ` +
    `pair-wise ratio median ${r.toFixed(2)} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}), ${runs} pairs\n`,
);
if (r > 2) {
  console.error('start-up target missed: ratio > 2');
  process.exitCode = 1;
}
