import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, readFolder, type CliIo, type SkippedFile } from '../src/cliMain.js';
import { parseMeetingDataset } from '../src/dataset.js';
import { SYSTEMS, oparlValidator } from './helpers.js';

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
  dir = await mkdtemp(join(tmpdir(), 'digikokous-'));
});

describe('digikokous command line (main)', () => {
  it('says which files readFolder left out (too deep) instead of skipping them silently', async () => {
    const root = join(dir, 'deep');
    const deep = join(root, ...Array.from({ length: 9 }, (_, k) => `d${k}`));
    await mkdir(deep, { recursive: true });
    await cp(SYSTEMS.dynasty, join(root, 'dynasty'), { recursive: true });
    await writeFile(join(deep, 'TELIMET.HTM'), '<body class="telimet"></body>');
    const skipped: SkippedFile[] = [];
    const files = await readFolder(root, (s) => skipped.push(s));
    expect(files.some((f) => f.name.startsWith('dynasty/'))).toBe(true);
    expect(files.some((f) => f.name.endsWith('TELIMET.HTM') && f.name.startsWith('d0/'))).toBe(false);
    expect(skipped).toEqual([{ path: 'd0/d1/d2/d3/d4/d5/d6/d7/d8', reason: 'too-deep' }]);
    const i = io();
    expect(await main(['import', 'dynasty', root, '--out', join(dir, 'deep.json')], i)).toBe(0);
    expect(i.err).toContain('varoitus/warning skipped-file d0/d1/d2/d3/d4/d5/d6/d7/d8: kansio on yli 8 tason');
    expect(i.err).toContain('the folder is more than 8 levels deep');
  });

  it('imports each fixture folder and exports OParl, 6Aika and iCalendar', async () => {
    for (const system of ['dynasty', 'casem', 'tweb'] as const) {
      const out = join(dir, `${system}.json`);
      const i = io();
      expect(await main(['import', system, SYSTEMS[system], '--out', out], i)).toBe(0);
      // `import` writes the meeting-schema dataset, which validates, and `export` reads it.
      const written = JSON.parse(await readFile(out, 'utf8')) as unknown;
      const parsed = parseMeetingDataset(written);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
      expect(parsed.data.format).toBe('digikokous-meeting-dataset');
      expect(parsed.data.source.system).toBe(system);
      expect(parsed.data.meetings.length).toBeGreaterThan(0);
      expect(parsed.data.interop?.format).toBe('digikokous-interop');
      expect(i.err).toContain('warning');
      const o = io();
      expect(await main(['export', 'oparl', out], o)).toBe(0);
      const oparl = JSON.parse(o.out) as { meetings: unknown[] };
      const ajv = await oparlValidator();
      for (const m of oparl.meetings) expect(ajv.validate('Meeting.json', m)).toBe(true);
      const s = io();
      expect(await main(['export', '6aika', out], s)).toBe(0);
      expect(JSON.parse(s.out)).toHaveProperty('vote_events');
      const c = io();
      expect(await main(['export', 'ical', out], c)).toBe(0);
      expect(c.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(c.out).toContain('DTSTAMP:20261128T200000Z');
      // The invitation links to the published agenda or minutes page of the meeting.
      expect(c.out.replace(/\r\n /g, '')).toMatch(/\r\nURL:https?:\/\//);
    }
  });

  it('import then export oparl also works with --format interop, and a broken dataset is refused', async () => {
    const out = join(dir, 'dynasty-interop.json');
    expect(await main(['import', 'dynasty', SYSTEMS.dynasty, '--out', out, '--format', 'interop'], io())).toBe(0);
    const doc = JSON.parse(await readFile(out, 'utf8')) as { format: string; system: string };
    expect(doc).toMatchObject({ format: 'digikokous-interop', system: 'dynasty' });
    expect(doc).not.toHaveProperty('dataset');
    const o = io();
    expect(await main(['export', 'oparl', out], o)).toBe(0);
    const fromInterop = o.out;
    const ds = join(dir, 'dynasty-dataset.json');
    expect(await main(['import', 'dynasty', SYSTEMS.dynasty, '--out', ds], io())).toBe(0);
    const d = io();
    expect(await main(['export', 'oparl', ds], d)).toBe(0);
    expect(d.out).toBe(fromInterop);
    const { interop: _dropped, ...bare } = JSON.parse(await readFile(ds, 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, 'broken.json'), JSON.stringify({ ...bare, meetings: [{ id: '' }] }));
    const x = io();
    expect(await main(['export', 'oparl', join(dir, 'broken.json')], x)).toBe(1);
    expect(x.err).toMatch(/virhe: Tiedosto ei ole kelvollinen kokousaineisto: \/meetings\/0/);
    const f = io();
    expect(await main(['import', 'dynasty', SYSTEMS.dynasty, '--format', 'xml'], f)).toBe(2);
    expect(f.err).toContain('Unknown output format "xml"');
  });

  it('exports a bare meeting-schema dataset (no interop part) through fromMeetingDataset', async () => {
    const ds = join(dir, 'dynasty-for-bare.json');
    expect(await main(['import', 'dynasty', SYSTEMS.dynasty, '--out', ds], io())).toBe(0);
    const { interop: _dropped, ...bare } = JSON.parse(await readFile(ds, 'utf8')) as Record<string, unknown>;
    // A vendor's record the interop view has no place for: reported on stderr, not dropped silently.
    const body = (bare.bodies as Record<string, unknown>[])[0] as Record<string, unknown>;
    body.seats = 15;
    const file = join(dir, 'bare.json');
    await writeFile(file, JSON.stringify(bare));
    const o = io();
    expect(await main(['export', 'oparl', file], o)).toBe(0);
    expect(o.err).toMatch(new RegExp(`warning unmapped-text .*bodies/${String(body.id)} › seats`));
    const oparl = JSON.parse(o.out) as { meetings: { agendaItem: { number?: string; resolutionText?: string }[] }[] };
    const ajv = await oparlValidator();
    for (const m of oparl.meetings) if (!ajv.validate('Meeting.json', m)) throw new Error(JSON.stringify(ajv.errors));
    const item = oparl.meetings.flatMap((m) => m.agendaItem).find((i) => i.number === '127');
    expect(item?.resolutionText).toContain('Äänestys (jaa 9, ei 6): ehdotus hylättiin.');
    const s = io();
    expect(await main(['export', '6aika', file], s)).toBe(0);
    const api = JSON.parse(s.out) as { vote_events: { counts: { value: number }[] }[] };
    expect(api.vote_events.map((v) => v.counts.map((c) => c.value))).toContainEqual([9, 6]);
    const c = io();
    expect(await main(['export', 'ical', file, '--meeting', 'dynasty-2017406946'], c)).toBe(0);
    expect(c.out).toContain('DTSTART;TZID=Europe/Helsinki:20170508T153000');
    // The same records with an interop part are exported from that part, as before.
    const withInterop = io();
    expect(await main(['export', 'oparl', ds], withInterop)).toBe(0);
    expect(withInterop.err).toBe('');
  });

  it('gives clear bilingual errors for unknown or unreadable input', async () => {
    const cases: [string[], number, RegExp][] = [
      [['import', 'ahjo', SYSTEMS.dynasty], 2, /Unknown system "ahjo"/],
      [['import', 'dynasty', join(dir, 'missing')], 1, /Cannot read the folder/],
      [['export', 'oparl', join(dir, 'missing.json')], 1, /Cannot read .* as JSON/],
      [['export', 'akn', join(dir, 'x.json')], 2, /Unknown export format/],
      [['frobnicate', 'a', 'b'], 2, /Unknown command/],
      [['import'], 2, /Missing or extra argument/],
      [['import', 'dynasty', SYSTEMS.dynasty, '--bogus'], 2, /Unknown option/],
    ];
    for (const [argv, code, message] of cases) {
      const i = io();
      expect(await main(argv, i)).toBe(code);
      expect(i.err).toMatch(message);
      expect(i.err).toMatch(/^virhe: /);
    }
    await writeFile(join(dir, 'other.json'), '{"hello": 1}');
    const i = io();
    expect(await main(['export', '6aika', join(dir, 'other.json')], i)).toBe(1);
    expect(i.err).toContain('not a document written by digikokous import');
  });

  it('prints usage with --help', async () => {
    const i = io();
    expect(await main(['--help'], i)).toBe(0);
    expect(i.out).toContain('digikokous import <auto|dynasty|tweb|casem>');
  });
});

describe('the built bin', () => {
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  const bin = join(pkg, 'dist', 'cli.js');
  beforeAll(() => {
    if (!existsSync(bin))
      execFileSync(process.execPath, [
        join(pkg, '../../node_modules/typescript/bin/tsc'),
        '-p',
        join(pkg, 'tsconfig.build.json'),
      ]);
  }, 120_000);

  it('runs with node on a fixture folder', async () => {
    const r = spawnSync(process.execPath, [bin, 'import', 'casem', SYSTEMS.casem], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.system).toBe('casem');
    expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    const bad = spawnSync(process.execPath, [bin, 'import', 'nope', SYSTEMS.casem], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error: Unknown system "nope".');
  });
});
