import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { importDynasty } from '../src/dynasty.js';
import { importTweb } from '../src/tweb.js';
import { fixtureFiles } from './helpers.js';

/**
 * Golden files of the imported documents. A change in what an importer recovers shows up as a
 * diff of test/golden/<system>.json; regenerate deliberately with UPDATE_GOLDEN=1.
 */
const golden = (system: string): string => fileURLToPath(new URL(`./golden/${system}.json`, import.meta.url));

describe('golden files', () => {
  for (const system of ['dynasty', 'casem', 'tweb'] as const) {
    it(`${system} import equals test/golden/${system}.json`, async () => {
      const files = await fixtureFiles(system);
      const doc =
        system === 'dynasty' ? importDynasty(files) : system === 'casem' ? importCaseM(files) : await importTweb(files);
      const { dataset, ...interop } = doc;
      const text = `${JSON.stringify(interop, null, 1)}\n`;
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden(system))) await writeFile(golden(system), text);
      expect(text).toBe(await readFile(golden(system), 'utf8'));
      // The meeting-schema dataset has its own golden file.
      const ds = `${JSON.stringify(dataset, null, 1)}\n`;
      const dsFile = golden(`${system}.dataset`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(dsFile)) await writeFile(dsFile, ds);
      expect(ds).toBe(await readFile(dsFile, 'utf8'));
    });
  }

  it('the same input imports to the same document (deterministic)', async () => {
    const a = importDynasty(await fixtureFiles('dynasty'));
    const b = importDynasty((await fixtureFiles('dynasty')).reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
