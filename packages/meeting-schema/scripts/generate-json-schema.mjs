// Generates json-schema/<Name>.json from the built package (run after tsc, see the build script).
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaNames, toJSONSchema } from '../dist/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'json-schema');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of schemaNames) {
  writeFileSync(join(out, `${name}.json`), JSON.stringify(toJSONSchema(name), null, 2) + '\n');
}
console.log(`meeting-schema: wrote ${schemaNames.length} JSON Schema files to json-schema/`);
