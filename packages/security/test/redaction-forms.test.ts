/**
 * Issue 14, "personal data survives redaction and the publication check" (Tietosuojalaki 1050/2018 29 §,
 * Kuntalaki 140 §): the 86 henkilötunnus forms a person can still read and the 31 ordinary variants of names,
 * phone numbers, e-mail addresses and street addresses, as tables. Each is run through `redactPersonalData`
 * (or `redactTextRuns` for runs and fields) and `publicationCheck`; the result is read back with a reader of
 * this test's own (tags dropped, entities and escapes decoded, NFKC, invisible characters removed) that must
 * not find the code again.
 */
import { describe, expect, it } from 'vitest';
import { publicationCheck, redactPersonalData, redactTextRuns } from '../src/index.js';
import { makeHetu, withWrongCheck } from './hetu-helpers.js';

// An individual number whose control character is a letter, so that case variants exist.
const INDIVIDUAL = [...Array(100).keys()]
  .map((i) => 300 + i)
  .find((n) => /[A-Z]$/.test(makeHetu('1952-10-13', '-', n)))!;
const H = makeHetu('1952-10-13', '-', INDIVIDUAL);
const D = H.slice(0, 6);
const N = H.slice(7, 10);
const C = H.slice(10);

/** What a reader sees: independent of the implementation, deliberately blunt. */
function reads(text: string): string {
  const named: Record<string, string> = {
    nbsp: ' ',
    shy: '',
    minus: '-',
    ndash: '-',
    mdash: '-',
    hyphen: '-',
    amp: '&',
    auml: 'ä',
    commat: '@',
  };
  let t = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^<>]*>/g, '');
  t = t.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
  t = t.replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)));
  t = t
    .replace(/&([a-z]+);/gi, (m, n: string) => named[n] ?? m)
    .replace(/&(nbsp|shy)/g, (_, n: string) => named[n] ?? '');
  t = t.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  t = t.replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
  return t.normalize('NFKC').replace(/[\p{Cf}\p{M}]/gu, '');
}
const compact = (s: string): string =>
  reads(s)
    .replace(/[^0-9a-z]/giu, '')
    .toLowerCase();
const SECRET = compact(H).replace(/^(\d{6})/, '$1');
const leaks = (s: string, secret = SECRET): boolean =>
  compact(s).includes(secret.replace(/[^0-9a-z]/gi, '').toLowerCase());

const fw = (s: string): string =>
  s.replace(/[0-9A-Z-]/g, (c) => (c === '-' ? '\uff0d' : String.fromCodePoint(c.charCodeAt(0) + 0xfee0)));
const math = (s: string, base: number): string => s.replace(/\d/g, (d) => String.fromCodePoint(base + Number(d)));
const SUP = ['\u2070', '\u00b9', '\u00b2', '\u00b3', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079'];
const CIRCLED = ['\u24ea', '\u2460', '\u2461', '\u2462', '\u2463', '\u2464', '\u2465', '\u2466', '\u2467', '\u2468'];
const ent = (s: string): string => [...s].map((c) => (/\d/.test(c) ? `&#${c.charCodeAt(0)};` : c)).join('');
const hexEnt = (s: string): string =>
  [...s].map((c) => (/\d/.test(c) ? `&#x${c.charCodeAt(0).toString(16)};` : c)).join('');
const jsonEsc = (s: string): string =>
  [...s].map((c) => (/\d/.test(c) ? `\\u00${c.charCodeAt(0).toString(16)}` : c)).join('');
const urlEnc = (s: string): string =>
  [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
const between = (s: string, sep: string): string => [...s].join(sep);
const withSign = (sign: string): string =>
  makeHetu(sign === '+' ? '1852-10-13' : /[A-F]/.test(sign) ? '2012-10-13' : '1952-10-13', sign, INDIVIDUAL);

const TEXT_FORMS: readonly [string, string, string?][] = [
  ['plain', H],
  ['lower case', H.toLowerCase()],
  ['en dash', `${D}\u2013${N}${C}`],
  ['em dash', `${D}\u2014${N}${C}`],
  ['minus sign', `${D}\u2212${N}${C}`],
  ['hyphen U+2010', `${D}\u2010${N}${C}`],
  ['non-breaking hyphen', `${D}\u2011${N}${C}`],
  ['figure dash', `${D}\u2012${N}${C}`],
  ['horizontal bar', `${D}\u2015${N}${C}`],
  ['small hyphen-minus', `${D}\ufe63${N}${C}`],
  ['fullwidth hyphen', `${D}\uff0d${N}${C}`],
  ['space before the sign', `${D} -${N}${C}`],
  ['space after the sign', `${D}- ${N}${C}`],
  ['spaces around the sign', `${D} - ${N}${C}`],
  ['space in the date', `${D.slice(0, 4)} ${D.slice(4)}-${N}${C}`],
  ['spaces between all characters', between(H, ' ')],
  ['NBSP before the sign', `${D}\u00a0-${N}${C}`],
  ['NBSP in the date', `${D.slice(0, 2)}\u00a0${D.slice(2)}-${N}${C}`],
  ['narrow NBSP', `${D}\u202f-\u202f${N}${C}`],
  ['thin space', `${D}\u2009-${N}${C}`],
  ['figure space', `${D.slice(0, 3)}\u2007${D.slice(3)}-${N}${C}`],
  ['ideographic space', `${D}\u3000-${N}${C}`],
  ['tab', `${D}\t-${N}${C}`],
  ['soft hyphen in the date', `${D.slice(0, 3)}\u00ad${D.slice(3)}-${N}${C}`],
  ['soft hyphen before the control character', `${D}-${N}\u00ad${C}`],
  ['zero-width space', `${D}\u200b-${N}${C}`],
  ['zero-width non-joiner', `${D.slice(0, 2)}\u200c${D.slice(2)}-${N}${C}`],
  ['zero-width joiner', `${D}-\u200d${N}${C}`],
  ['word joiner', `${D}\u2060-${N}${C}`],
  ['byte order mark inside', `${D}-${N}\ufeff${C}`],
  ['left-to-right mark', `${D}\u200e-${N}${C}`],
  ['right-to-left mark', `${D}-\u200f${N}${C}`],
  ['invisible separator', `${D}\u2063-${N}${C}`],
  ['zero-width space between all characters', between(H, '\u200b')],
  ['fullwidth digits', `${fw(D)}-${fw(N)}${C}`],
  ['fullwidth throughout', fw(H)],
  ['mathematical bold digits', math(H, 0x1d7ce)],
  ['mathematical double-struck digits', math(H, 0x1d7d8)],
  ['mathematical sans-serif digits', math(H, 0x1d7e2)],
  ['mathematical monospace digits', math(H, 0x1d7f6)],
  ['superscript digits', H.replace(/\d/g, (d) => SUP[Number(d)] as string)],
  ['circled digits', H.replace(/\d/g, (d) => CIRCLED[Number(d)] as string)],
  ['fullwidth and ASCII mixed', `${D.slice(0, 3)}${fw(D.slice(3))}-${N}${C}`],
  ['&#45;', `${D}&#45;${N}${C}`],
  ['&minus;', `${D}&minus;${N}${C}`],
  ['&ndash;', `${D}&ndash;${N}${C}`],
  ['&#x2D;', `${D}&#x2D;${N}${C}`],
  ['&hyphen;', `${D}&hyphen;${N}${C}`],
  ['digits as decimal entities', ent(H)],
  ['digits as hexadecimal entities', hexEnt(H)],
  ['&nbsp; before the sign', `${D}&nbsp;-${N}${C}`],
  ['&shy; inside', `${D.slice(0, 2)}&shy;${D.slice(2)}-${N}${C}`],
  ['&#8203; inside', `${D}&#8203;-${N}${C}`],
  ['&#xAD; inside', `${D}-${N}&#xAD;${C}`],
  ['legacy &nbsp without semicolon', `${D}&nbsp-${N}${C}`],
  ['split by a bold tag', `${D}-<b>${N}${C}</b>`],
  ['each part in a span', `<span>${D}</span>-<span>${N}${C}</span>`],
  ['a tag inside the digits', `${D.slice(0, 2)}<i>${D.slice(2, 4)}</i>${D.slice(4)}-${N}${C}`],
  ['an HTML comment inside', `${D}<!-- tarkistettu -->-${N}${C}`],
  ['<wbr> inside', `${D}<wbr>-${N}${C}`],
  ['a tag with attributes', `<span class="hetu" data-x="1">${D}</span>-${N}${C}`],
  ['JSON escape of the dash', `${D}\\u002d${N}${C}`],
  ['JSON escapes of all digits', jsonEsc(H)],
  ['JSON-escaped soft hyphen', `${D}\\u00ad-${N}${C}`],
  ['JSON-escaped en dash', `${D}\\u2013${N}${C}`],
  ['URL-encoded dash', `${D}%2D${N}${C}`],
  ['URL-encoded throughout', urlEnc(H)],
  ['URL-encoded NBSP', `${D}%C2%A0-${N}${C}`],
  ['URL-encoded fullwidth digit', `%EF%BC%91${D.slice(1)}-${N}${C}`],
  ['inside a word', `abc${H}def`],
  ['in parentheses', `(${H})`],
  ['in guillemets', `«${H}»`],
  ['followed by punctuation', `${H}.`],
  ['century sign +', withSign('+')],
  ['century sign A', withSign('A')],
  ['century sign B', withSign('B')],
  ['century sign F', withSign('F')],
  ['century sign Y', withSign('Y')],
  ['century sign X', withSign('X')],
  ['century sign U', withSign('U')],
  ['a wrong control character', withWrongCheck(H)],
  ['a temporary code (9xx)', makeHetu('1952-10-13', '-', 951)],
];

describe('86 henkilötunnus forms a person can still read', () => {
  it('the table holds 82 text forms, and 4 forms across runs, fields and toJSON (86)', () => {
    expect(TEXT_FORMS).toHaveLength(82);
    expect(new Set(TEXT_FORMS.map(([n]) => n)).size).toBe(82);
  });

  for (const [name, form] of TEXT_FORMS) {
    it(`${name}: redacted where it is read, and blocked by publicationCheck`, () => {
      const secret = compact(form);
      expect(secret.length).toBeGreaterThanOrEqual(10);
      const input = `Hakija ${form} on ilmoittanut muutoksesta.`;
      expect(leaks(input, secret)).toBe(true);
      const r = redactPersonalData(input);
      expect(leaks(r.text, secret), r.text).toBe(false);
      expect(r.removed.some((x) => x.kind === 'hetu')).toBe(true);
      expect(r.text).toMatch(/^Hakija .*\[henkilötunnus poistettu\].* on ilmoittanut muutoksesta\.$/su);
      const check = publicationCheck({ items: [{ publicity: 'public', parts: [{ text: input }] }] });
      expect(check.publishable).toBe(false);
      expect(check.issues.some((i) => i.kind === 'hetu')).toBe(true);
    });
  }

  it('two rich-text runs', () => {
    const runs = ['Hakija ', `${D}-`, `${N}${C}`, ' ilmoitti.'];
    const r = redactTextRuns(runs);
    expect(leaks(r.runs.join(''))).toBe(false);
    expect(r.runs[0]).toBe('Hakija ');
    expect(r.runs[3]).toBe(' ilmoitti.');
    expect(publicationCheck({ body: runs.map((text) => ({ type: 'text', text })) }).publishable).toBe(false);
  });

  it('three runs splitting the digits', () => {
    const runs = [D.slice(0, 4), `${D.slice(4)}-${N.slice(0, 2)}`, `${N.slice(2)}${C}`];
    expect(leaks(redactTextRuns(runs).runs.join(''))).toBe(false);
    expect(publicationCheck({ runs }).publishable).toBe(false);
  });

  it('two adjacent fields', () => {
    const item = { dateOfBirthPart: `${D}-`, rest: `${N}${C}` };
    expect(publicationCheck({ items: [item] }).publishable).toBe(false);
    expect(leaks(redactTextRuns([item.dateOfBirthPart, item.rest], { separator: ' ' }).runs.join(' '))).toBe(false);
  });

  it('the value produced by toJSON()', () => {
    const value = { items: [{ text: 'Hakija', extra: { toJSON: () => H } }] };
    expect(JSON.stringify(value)).toContain(H);
    const check = publicationCheck(value);
    expect(check.publishable).toBe(false);
    expect(JSON.stringify(check)).not.toContain(H);
  });
});

const NAMES = ['Matti Meikäläinen'];
const nameLeaks = (s: string): boolean => /meik[äa]l[äa]i|meikäläis/iu.test(reads(s));
const CONTACT_FORMS: readonly [string, string, (out: string) => boolean][] = [
  ['full name', 'Matti Meikäläinen', nameLeaks],
  ['upper case', 'MATTI MEIKÄLÄINEN', nameLeaks],
  ['reversed order', 'Meikäläinen Matti', nameLeaks],
  ['reversed with a comma', 'Meikäläinen, Matti', nameLeaks],
  ['NFD', 'Matti Meika\u0308la\u0308inen', nameLeaks],
  ['family name alone', 'Meikäläinen', nameLeaks],
  ['genitive', 'Matti Meikäläisen', nameLeaks],
  ['allative', 'Meikäläiselle', nameLeaks],
  ['elative', 'Meikäläisestä', nameLeaks],
  ['both inflected', 'Matille Meikäläiselle', nameLeaks],
  ['NBSP between the names', 'Matti\u00a0Meikäläinen', nameLeaks],
  ['soft hyphen in the family name', 'Meikä\u00adläinen', nameLeaks],
  ['entities', 'Matti Meik&auml;l&auml;inen', nameLeaks],
  ['tags', '<b>Matti</b> Meikäläinen', nameLeaks],
  ['mobile 040 123 4567', '040 123 4567', (o) => compact(o).includes('1234567')],
  ['+358 40 123 4567', '+358 40 123 4567', (o) => compact(o).includes('1234567')],
  ['+358 (0)40 123 4567', '+358 (0)40 123 4567', (o) => compact(o).includes('1234567')],
  ['+358401234567', '+358401234567', (o) => compact(o).includes('1234567')],
  ['(09) 310 1691', '(09) 310 1691', (o) => compact(o).includes('3101691')],
  ['00358 40 123 4567', '00358 40 123 4567', (o) => compact(o).includes('1234567')],
  ['&nbsp; between groups', '040&nbsp;123&nbsp;4567', (o) => compact(o).includes('1234567')],
  ['e-mail', 'matti.meikalainen@example.fi', (o) => /meikalainen/i.test(reads(o))],
  ['e-mail with (at)', 'matti.meikalainen(at)example.fi', (o) => /meikalainen/i.test(reads(o))],
  ['e-mail with [at] and spaces', 'matti.meikalainen [at] example.fi', (o) => /meikalainen/i.test(reads(o))],
  ['e-mail on a subdomain', 'matti.meikalainen@kunta.example.fi', (o) => /meikalainen/i.test(reads(o))],
  ['e-mail with &#64;', 'matti.meikalainen&#64;example.fi', (o) => /meikalainen/i.test(reads(o))],
  ['e-mail in upper case', 'MATTI.M@EXAMPLE.FI', (o) => /matti\.m/i.test(reads(o))],
  ['street address', 'Kotikatu 5 A 12', (o) => /Kotikatu\s*5/u.test(reads(o))],
  [
    'street address with postal code',
    'Mannerheimintie 12 B 7, 00100 Helsinki',
    (o) => /Mannerheimintie\s*12/u.test(reads(o)),
  ],
  ['street address with as.', 'Pihlajatie 4 as. 5', (o) => /Pihlajatie\s*4/u.test(reads(o))],
  ['Swedish street address', 'Storgatan 3', (o) => /Storgatan\s*3/u.test(reads(o))],
];

describe('31 name and contact variants', () => {
  it('the table holds 31 variants (the issue counted 20 that leaked)', () => {
    expect(CONTACT_FORMS).toHaveLength(31);
  });
  for (const [name, form, leaked] of CONTACT_FORMS) {
    it(`${name} is removed`, () => {
      const input = `Asiaa esitti ${form} kokouksessa.`;
      expect(leaked(input)).toBe(true);
      const r = redactPersonalData(input, { names: NAMES });
      expect(leaked(r.text), r.text).toBe(false);
      expect(r.text.startsWith('Asiaa esitti ')).toBe(true);
    });
  }

  it('what is not personal data stays: other names, business IDs, dates, amounts, section numbers, a street without a number', () => {
    const text =
      'Mattila ja Matinkylä; Y-tunnus 0112038-9; 12.3.2024 klo 18.00; 1 234 567 euroa; § 123; Dnro 45/00.01.02/2024; Kauppakatu on suljettu.';
    expect(redactPersonalData(text, { names: NAMES }).text).toBe(text);
  });
});

describe('publicationCheck checks the structure, not what it is told (KL 140 §; JulkL 10 §, 25 §)', () => {
  const basis = { law: 'JulkL', section: '24', subsection: 1, point: 25, citation: 'JulkL 24 § 1 mom. 25 k' };
  const secretItem = {
    itemId: 'i-53',
    sectionNumber: 53,
    title: { fi: 'Lastensuojelun sijoitus, Meikäläinen' },
    publicTitle: { fi: 'Lastensuojeluasia' },
    publicity: { status: 'salassa-pidettava', bases: [basis] },
  };

  it('a wholly confidential item keeps only its public title (or a neutral mention)', () => {
    const r = publicationCheck({ items: [secretItem] });
    expect(r.issues.map((i) => [i.kind, i.path.join('.')])).toEqual([['confidential', 'items.0.title']]);
    expect(publicationCheck({ items: [{ ...secretItem, title: secretItem.publicTitle }] }).publishable).toBe(true);
    expect(publicationCheck({ items: [{ ...secretItem, title: { fi: 'Salassa pidettävä asia' } }] }).publishable).toBe(
      true,
    );
    const { publicTitle: _p, ...noPublic } = secretItem;
    void _p;
    expect(publicationCheck({ items: [noPublic] }, { requirePublicTitle: true }).publishable).toBe(false);
    expect(
      publicationCheck(
        { items: [{ ...noPublic, title: { fi: 'Salassa pidettävä asia' } }] },
        { requirePublicTitle: true },
      ).publishable,
    ).toBe(true);
  });

  it('is strict by default: a confidential item without publicTitle keeps only a neutral mention (fail closed)', () => {
    const { publicTitle: _p, ...noPublic } = secretItem;
    void _p;
    const strict = publicationCheck({ items: [noPublic] });
    expect(strict.issues.map((i) => [i.kind, i.path.join('.')])).toEqual([['confidential', 'items.0.title']]);
    for (const mention of ['Salassa pidettävä asia (JulkL 24 § 1 mom. 25 k)', 'Sekretessbelagt ärende'])
      expect(publicationCheck({ items: [{ ...noPublic, title: { fi: mention } }] }).publishable, mention).toBe(true);
    // The relaxation is explicit only.
    expect(publicationCheck({ items: [noPublic] }, { requirePublicTitle: false }).publishable).toBe(true);
  });

  it('a secret title named in partPublicity is blocked unless it is the public title', () => {
    const item = {
      itemId: 'i-9',
      title: { fi: 'Työntekijän X irtisanominen' },
      publicity: { status: 'julkinen' },
      partPublicity: { title: { status: 'salassa-pidettava', bases: [basis] } },
    };
    expect(publicationCheck({ items: [item] }).issues.map((i) => i.path.join('.'))).toEqual(['items.0.title']);
    expect(
      publicationCheck({ items: [{ ...item, publicTitle: { fi: 'Henkilöstöasia' }, title: { fi: 'Henkilöstöasia' } }] })
        .publishable,
    ).toBe(true);
  });

  it('maskedParts is verified against the content, not trusted', () => {
    const partly = (extra: Record<string, unknown>, masked: string) => ({
      itemId: 'i-10',
      title: { fi: 'Avustushakemus' },
      publicity: { status: 'osittain-salassa-pidettava', bases: [basis], maskedParts: { fi: masked } },
      ...extra,
    });
    // The statement says the background was masked, but the background is there.
    const lying = partly({ background: { fi: 'Hakijan terveydentila …' } }, 'selostus');
    expect(publicationCheck({ items: [lying] }).publishable).toBe(false);
    // A statement that names no part cannot be verified.
    expect(
      publicationCheck({ items: [partly({ decision: { fi: 'Myönnettiin.' } }, 'kaikki kunnossa')] }).publishable,
    ).toBe(false);
    // partPublicity that marks nothing as secret does not verify a masking either.
    expect(
      publicationCheck({ items: [partly({ partPublicity: { decision: { status: 'julkinen' } } }, 'päätös')] })
        .publishable,
    ).toBe(false);
    expect(publicationCheck({ items: [partly({ decision: { fi: 'Myönnettiin.' } }, 'selostus')] }).publishable).toBe(
      true,
    );
  });

  it('truthy strings are not booleans: confidential "true", 1 or "yes" block publication', () => {
    for (const v of ['true', 'yes', 1, 'false']) {
      const r = publicationCheck({ items: [{ text: 'salainen selostus', confidential: v }] });
      expect(r.publishable, String(v)).toBe(false);
    }
    expect(publicationCheck({ items: [{ text: 'julkinen', confidential: false }] }).publishable).toBe(true);
  });

  it('values that cannot be read or serialised block publication instead of throwing', () => {
    const getter = {
      items: [
        {
          get text(): string {
            throw new Error('boom');
          },
        },
      ],
    };
    expect(publicationCheck(getter)).toMatchObject({ publishable: false });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(publicationCheck({ items: [proxy] }).publishable).toBe(false);
    expect(publicationCheck({ n: 10n }).publishable).toBe(false);
  });
});
