// Writes json-schema/<Name>.json for every document type, from the built dist/ (run after tsc).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planJsonSchema, planSchemaNames } from '../dist/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'json-schema');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of planSchemaNames) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(planJsonSchema(name), null, 2)}\n`);
}
console.log(`municipal-plans: wrote ${planSchemaNames.length} JSON Schema files to json-schema/`);
