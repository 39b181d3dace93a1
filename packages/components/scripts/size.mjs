// Size budget per component (component-kit-guide §10.13): bundles each component's define entry from
// dist/ with esbuild (lit and @lit/* external, minified), gzips it, and fails when an entry is over 8 kB
// gzip or when zod or jose reach a browser bundle. `--markdown` prints the README table.
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const BUDGET = 8000; // bytes gzip, excluding Lit
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build -w @digikokous/components` first.');
  process.exit(1);
}
const names = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`${dist}${d.name}/define.js`))
  .map((d) => d.name)
  .sort();

const rows = [];
let failed = false;
for (const name of names) {
  const result = await build({
    entryPoints: [`${dist}${name}/define.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    external: [
      'lit',
      'lit/*',
      '@lit/reactive-element',
      '@lit/reactive-element/*',
      'lit-html',
      'lit-html/*',
      'lit-element',
      'lit-element/*',
      '@lit/context',
    ],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const forbidden = Object.keys(result.metafile.inputs).filter((p) => /node_modules\/(zod|jose)\//.test(p));
  const over = gz > BUDGET;
  if (over || forbidden.length) failed = true;
  rows.push({
    name,
    min: code.length,
    gz,
    status: forbidden.length ? `FAIL: bundles ${forbidden[0]}` : over ? 'FAIL: over budget' : 'ok',
  });
}

const kb = (n) => (n / 1000).toFixed(2);
if (process.argv.includes('--markdown')) {
  console.log('| Entry | Minified | Gzip | Budget |');
  console.log('|---|---:|---:|---|');
  for (const r of rows) console.log(`| \`${r.name}/define.js\` | ${kb(r.min)} kB | ${kb(r.gz)} kB | ${r.status} |`);
} else {
  for (const r of rows)
    console.log(`${r.name.padEnd(16)} ${kb(r.min).padStart(7)} kB min ${kb(r.gz).padStart(6)} kB gzip  ${r.status}`);
  console.log(`budget ${kb(BUDGET)} kB gzip per entry, lit and @lit/* external`);
}
process.exit(failed ? 1 : 0);
