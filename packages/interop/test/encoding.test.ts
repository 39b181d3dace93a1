import { describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { importDynasty } from '../src/dynasty.js';
import { decideEncoding, decodePublished, fixC1 } from '../src/input.js';
import type { InputFile, InteropDocument } from '../src/model.js';
import { importTweb } from '../src/tweb.js';
import { fixtureFiles } from './helpers.js';

/** windows-1252 bytes of a text; a character it lacks is written as an escape that `escape` gives. */
const CP1252 = new Map<string, number>();
for (let b = 0; b < 256; b++) CP1252.set(fixC1(new TextDecoder('windows-1252').decode(new Uint8Array([b]))), b);
function toCp1252(text: string, escape: (cp: number) => string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const b = CP1252.get(ch);
    if (b !== undefined) out.push(b);
    else for (const c of escape(ch.codePointAt(0) as number)) out.push(c.charCodeAt(0));
  }
  return new Uint8Array(out);
}
const jsonEscape = (cp: number): string =>
  String.fromCodePoint(cp)
    .split('')
    .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/** Every text fixture re-saved in the other encoding: windows-1252 pages as UTF-8, UTF-8 JSON as windows-1252. */
function resave(files: InputFile[], kind: 'html' | 'json'): InputFile[] {
  return files.map((f) => {
    const bytes = f.content as Uint8Array;
    const d = decideEncoding(bytes, kind === 'json' ? 'utf-8' : 'windows-1252');
    const text = decodePublished(bytes, f.name, [], kind === 'json' ? 'utf-8' : 'windows-1252') as string;
    if (d.encoding === 'windows-1252') return { ...f, content: new TextEncoder().encode(text) };
    return { ...f, content: toCp1252(text, kind === 'json' ? jsonEscape : (cp) => `&#${cp};`) };
  });
}

const records = (d: InteropDocument): unknown => ({ bodies: d.bodies, persons: d.persons, meetings: d.meetings });
const isText = (f: InputFile): boolean => !/\.(pdf|doc)$/iu.test(f.name);

describe('encodings: BOM, meta charset and a validity check', () => {
  it('Dynasty: every page re-saved as UTF-8 (still declaring windows-1252) imports the same, with a warning', async () => {
    const files = await fixtureFiles('dynasty');
    const original = importDynasty(files);
    const resaved = importDynasty(resave(files, 'html'));
    expect(records(resaved)).toEqual(records(original));
    const meeting = resaved.meetings.find((m) => m.id === 'dynasty-2017406946');
    expect(meeting?.items).toHaveLength(22);
    const p127 = meeting?.items.find((i) => i.number === '127');
    expect(p127?.proposals.length).toBeGreaterThanOrEqual(9);
    expect(p127?.votes).toHaveLength(5);
    const html = files.filter((f) => /\.HTM$/u.test(f.name)).length;
    const mismatches = resaved.warnings.filter((w) => w.code === 'encoding-mismatch');
    expect(mismatches).toHaveLength(html);
    expect(mismatches[0]?.message.en).toMatch(/windows-1252 declared, utf-8 by the bytes/);
    expect(original.warnings.filter((w) => w.code === 'encoding-mismatch')).toEqual([]);
  });

  it('Dynasty: UTF-8 with a byte-order mark, and windows-1252, read the same', async () => {
    const files = await fixtureFiles('dynasty');
    const bom = resave(files, 'html').map((f) => ({
      ...f,
      content: new Uint8Array([0xef, 0xbb, 0xbf, ...(f.content as Uint8Array)]),
    }));
    expect(records(importDynasty(bom))).toEqual(records(importDynasty(files)));
  });

  it('Tweb: the HTML pages re-saved as UTF-8 import the same', async () => {
    const files = (await fixtureFiles('tweb')).filter(isText);
    const original = await importTweb(files);
    const resaved = await importTweb(resave(files, 'html'));
    expect(original.meetings.length).toBeGreaterThan(0);
    expect(records(resaved)).toEqual(records(original));
  });

  it('CaseM: the JSON re-saved as windows-1252 imports the same', async () => {
    const files = (await fixtureFiles('casem')).filter(isText);
    const original = importCaseM(files);
    const resaved = importCaseM(resave(files, 'json'));
    expect(original.meetings.flatMap((m) => m.items).length).toBeGreaterThan(40);
    expect(records(resaved)).toEqual(records(original));
  });

  it('decides by BOM, then validity, then the declaration, and says when they disagree', () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const meta = (cs: string, body: string): string =>
      `<html><head><meta charset="${cs}"></head><body>${body}</body></html>`;
    expect(decideEncoding(enc(meta('utf-8', 'Päätös')))).toEqual({ encoding: 'utf-8', bom: 0, declared: 'utf-8' });
    expect(decideEncoding(toCp1252(meta('utf-8', 'Päätös'), () => '?'))).toMatchObject({
      encoding: 'windows-1252',
      mismatch: 'utf-8 declared, windows-1252 by the bytes',
    });
    expect(decideEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bom: 2 });
    // Pure ASCII reads the same in every encoding: no warning.
    expect(decideEncoding(enc(meta('windows-1252', 'abc')))).toEqual({
      encoding: 'windows-1252',
      bom: 0,
      declared: 'windows-1252',
    });
  });
});
