// Size budget (component-kit-guide §10.13), from dist/ with esbuild (lit and @lit/* external, minified, gzip -9):
// 1. each component's define entry bundled alone: at most 8 kB gzip;
// 2. define-all.js bundled alone: at most 40 kB gzip (issue 16);
// 3. all define entries bundled together with code splitting, as a page loading several components gets them from
//    dist/ (one ES module per file, so the browser loads shared/base.js once): every source module must land in
//    exactly one output file, so two components on a page never load the shared base twice; the shared chunks are
//    reported with each entry's own part.
// zod or jose in any browser bundle fails. `--markdown` prints the README table.
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const BUDGET = 8000; // bytes gzip per component entry, excluding Lit
const ALL_BUDGET = 40000; // bytes gzip for define-all.js, excluding Lit (issue 16)
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build -w @digikokous/components` first.');
  process.exit(1);
}
const names = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`${dist}${d.name}/define.js`))
  .map((d) => d.name)
  .sort();

// tslib holds the decorator helper that every component shares (TypeScript's importHelpers); measured with the
// components, not external, since no host is assumed to load it already.
const external = [
  'lit',
  'lit/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/context',
];
const options = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  external,
  logLevel: 'silent',
};
const kb = (n) => (n / 1000).toFixed(2);
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const forbiddenIn = (metafile) => Object.keys(metafile.inputs).filter((p) => /node_modules\/(zod|jose)\//.test(p));

const rows = [];
let failed = false;
async function measure(label, entry, budget) {
  const result = await build({ ...options, entryPoints: [entry] });
  const code = result.outputFiles[0].contents;
  const size = gz(code);
  const forbidden = forbiddenIn(result.metafile);
  const over = size > budget;
  if (over || forbidden.length) failed = true;
  rows.push({
    name: label,
    min: code.length,
    gz: size,
    budget,
    status: forbidden.length ? `FAIL: bundles ${forbidden[0]}` : over ? 'FAIL: over budget' : 'ok',
  });
}
for (const name of names) await measure(`${name}/define.js`, `${dist}${name}/define.js`, BUDGET);
await measure('define-all.js', `${dist}define-all.js`, ALL_BUDGET);

// 3. Shared chunks: every input in exactly one output.
const split = await build({
  ...options,
  entryPoints: Object.fromEntries(names.map((n) => [n, `${dist}${n}/define.js`])),
  splitting: true,
  outdir: '/split',
  chunkNames: 'chunks/[name]-[hash]',
});
const owners = new Map();
for (const [out, meta] of Object.entries(split.metafile.outputs)) {
  for (const input of Object.keys(meta.inputs)) {
    if (meta.inputs[input].bytesInOutput === 0) continue;
    owners.set(input, [...(owners.get(input) ?? []), out]);
  }
}
const duplicated = [...owners].filter(([, outs]) => outs.length > 1);
if (duplicated.length) failed = true;
// Metafile keys are relative to the working directory, output paths absolute: match them on the part after /split/.
const afterSplit = (p) => p.slice(p.lastIndexOf('split/') + 'split/'.length);
const byPath = new Map(split.outputFiles.map((f) => [afterSplit(f.path), f.contents]));
const chunkRows = Object.entries(split.metafile.outputs)
  .filter(([out]) => out.endsWith('.js'))
  .map(([out, meta]) => ({
    out: afterSplit(out),
    entry: meta.entryPoint !== undefined,
    gz: gz(byPath.get(afterSplit(out))),
  }));
const shared = chunkRows.filter((r) => !r.entry);
const base = [...owners].find(([input]) => input.endsWith('shared/base.js'));

if (process.argv.includes('--markdown')) {
  console.log('| Entry | Minified | Gzip | Budget |');
  console.log('|---|---:|---:|---|');
  for (const r of rows)
    console.log(`| \`${r.name}\` | ${kb(r.min)} kB | ${kb(r.gz)} kB | ${kb(r.budget)} kB ${r.status} |`);
  console.log('');
  console.log(
    `Loaded together, the ${names.length} entries share ${shared.length} chunks of ${kb(shared.reduce((a, r) => a + r.gz, 0))} kB gzip in all; each entry's own part is ${kb(Math.min(...chunkRows.filter((r) => r.entry).map((r) => r.gz)))}–${kb(Math.max(...chunkRows.filter((r) => r.entry).map((r) => r.gz)))} kB gzip.`,
  );
} else {
  for (const r of rows)
    console.log(`${r.name.padEnd(32)} ${kb(r.min).padStart(7)} kB min ${kb(r.gz).padStart(6)} kB gzip  ${r.status}`);
  console.log(
    `budget ${kb(BUDGET)} kB gzip per entry, ${kb(ALL_BUDGET)} kB for define-all.js; lit and @lit/* external`,
  );
  console.log(
    `split build: ${shared.length} shared chunks, ${kb(shared.reduce((a, r) => a + r.gz, 0))} kB gzip; shared/base.js in ${base ? base[1].length : 0} output(s)`,
  );
  for (const r of chunkRows.filter((x) => x.entry))
    console.log(`  own part of ${r.out.padEnd(28)} ${kb(r.gz)} kB gzip`);
  for (const [input, outs] of duplicated) console.log(`FAIL: ${input} is in ${outs.length} outputs`);
}
process.exit(failed ? 1 : 0);
