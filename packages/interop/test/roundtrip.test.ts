import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, readFolder, type CliIo } from '../src/cliMain.js';
import type { InputFile } from '../src/model.js';
import { SYSTEMS } from './helpers.js';

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    now: () => new Date('2026-11-28T20:00:00Z'),
  };
  return o;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digikokous-roundtrip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (f: InputFile): Uint8Array => f.content as Uint8Array;
/** Damaged copies of a publication: each damages every file of the folder in one way. */
const DAMAGE: Record<string, (f: InputFile, i: number) => InputFile> = {
  truncated: (f) => ({ ...f, content: bytes(f).subarray(0, Math.floor(bytes(f).length / 2)) }),
  'garbage in the middle': (f) => {
    const b = new Uint8Array(bytes(f));
    for (let i = Math.floor(b.length / 3); i < Math.min(b.length, Math.floor(b.length / 3) + 4096); i++)
      b[i] = (i * 131) % 256;
    return { ...f, content: b };
  },
  empty: (f) => ({ ...f, content: new Uint8Array(0) }),
  // Paths of more than 2,000 characters: file names and locations longer than the dataset's limits.
  // (8 folders deep: readFolder reads 8 levels.)
  'long paths': (f, i) => ({
    ...f,
    name: `${Array.from({ length: 7 }, (_, k) => `${'d'.repeat(250)}${k}`).join('/')}/${i}-${'n'.repeat(100)}-${f.name.split('/').pop()}`,
  }),
  'long text appended': (f) => {
    const tail = new TextEncoder().encode(`<p>${'Pitkä lisäteksti ilman rakennetta. '.repeat(3000)}</p>`);
    const b = new Uint8Array(bytes(f).length + tail.length);
    b.set(bytes(f));
    b.set(tail, bytes(f).length);
    return { ...f, content: b };
  },
};

async function writeVariant(name: string, files: InputFile[]): Promise<string> {
  const root = join(dir, name.replace(/\W+/g, '-'));
  for (const f of files) {
    const p = join(root, f.name);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, bytes(f));
  }
  return root;
}

/** import (auto) → export oparl / 6aika / ical: every file import writes is accepted by export. */
async function roundTrip(folder: string, label: string): Promise<{ imported: number; err: string }> {
  const out = join(dir, `${label.replace(/\W+/g, '-')}.json`);
  const i = io();
  const code = await main(['import', 'auto', folder, '--out', out], i);
  // Exit 1 only when nothing of any system was recognised, and then with a bilingual message.
  if (code !== 0) {
    expect(code).toBe(1);
    expect(i.err).toMatch(/^virhe: .+\nerror: .+/m);
    return { imported: code, err: i.err };
  }
  for (const kind of ['oparl', '6aika', 'ical']) {
    const e = io();
    const c = await main(['export', kind, out], e);
    if (kind === 'ical' && c === 1 && /no dated meeting/.test(e.err)) continue;
    expect([label, kind, c, e.err.slice(0, 300)]).toEqual([label, kind, 0, '']);
  }
  return { imported: code, err: i.err };
}

describe('round trip of every fixture and every damaged variant: import → export', () => {
  for (const system of Object.keys(SYSTEMS) as (keyof typeof SYSTEMS)[]) {
    it(`${system}: the fixture and its damaged copies`, { timeout: 300_000 }, async () => {
      const files = await readFolder(SYSTEMS[system]);
      const whole = await roundTrip(SYSTEMS[system], system);
      expect(whole.imported).toBe(0);
      expect(whole.err).toContain(
        `järjestelmä/system: ${{ nykarleby: 'tweb', dynasty10: 'dynasty' }[system as string] ?? system}`,
      );
      for (const [damage, f] of Object.entries(DAMAGE)) {
        const folder = await writeVariant(
          `${system}-${damage}`,
          files.map((x, i) => f(x, i)),
        );
        await roundTrip(folder, `${system}-${damage}`);
      }
    });
  }
});

describe('the CLI on a folder the chosen importer does not recognise', () => {
  it('exits 1 and says, in Finnish and English, what it found', async () => {
    const files = (await readFolder(SYSTEMS.nykarleby)).slice(0, 1);
    const folder = await writeVariant('pdf-only', files);
    const i = io();
    expect(await main(['import', 'casem', folder], i)).toBe(1);
    expect(i.err).toMatch(/^virhe: .*casem.*\(löytyi: 1 Twebin PDF-tiedostoja\).*tweb/m);
    expect(i.err).toMatch(
      /^error: Nothing in .* is recognised by the casem importer \(found: 1 Tweb PDFs\); these look like a tweb publication/m,
    );
    const e = io();
    const junk = await writeVariant('junk', [{ name: 'a.txt', content: new TextEncoder().encode('hello') }]);
    expect(await main(['import', 'auto', junk], e)).toBe(1);
    expect(e.err).toMatch(
      /error: Nothing in .* was recognised as the publication of any system \(found: 1 other files\)/,
    );
  });
});
