/**
 * Redaction reads long text full of constructs (HTML with entities, Tietosuojalaki 1050/2018 29 §) in windows of
 * at most `WINDOW_CORE_MAX` characters, cut where no space is near: a code, name, e-mail address or phone
 * number written across a cut must be found whole and mapped back to exactly the span that shows it.
 */
import { describe, expect, it } from 'vitest';
import { containsHetuAcross, publicationCheck, redactPersonalData } from '../src/index.js';
import { readingWindows, WINDOW_CORE_MAX } from '../src/normalise.js';
import { makeHetu } from './hetu-helpers.js';

const H = makeHetu('1952-10-13', '-', 308);
// No literal space anywhere: the cut then falls at the limit itself, inside whatever is written there.
const FORMS = [
  `${H.slice(0, 6)}&#45;${H.slice(7)}`,
  `${H.slice(0, 7)}<b>${H.slice(7)}</b>`,
  'Meik&auml;l&auml;isen',
  'Matti&nbsp;Meik&auml;l&auml;inen',
  'matti.meikalainen(at)example.fi',
  '040&nbsp;123&nbsp;4567',
];
const KINDS = ['hetu', 'hetu', 'name', 'name', 'email', 'phone'];
// What is removed: the form as written, except a closing tag after its last character (kept as markup).
const VALUES = FORMS.map((f) => f.replace(/<\/b>$/u, ''));
const SEPARATOR = '&nbsp;ja&nbsp;p&auml;&auml;t&ouml;s&nbsp;';

function longText(): { text: string; at: number[] } {
  let text = '<p>';
  const at: number[] = [];
  for (let i = 0; text.length < 3.5 * WINDOW_CORE_MAX; i++) {
    at.push(text.length);
    text += FORMS[i % FORMS.length] + SEPARATOR;
  }
  return { text: `${text}</p>`, at };
}

describe('redaction across the cuts between reading windows (Tietosuojalaki 29 §, issue 14)', () => {
  const { text, at } = longText();
  const windows = readingWindows(text);

  it('the text is read in several windows, cut inside written forms', () => {
    expect(windows.length).toBeGreaterThanOrEqual(3);
    const cuts = windows.slice(1).map((w) => w.coreStart);
    const inside = cuts.filter((c) => at.some((a, i) => a < c && c < a + (FORMS[i % FORMS.length] as string).length));
    expect(inside.length).toBeGreaterThan(0);
  });

  it('every form is removed once, with exactly the span that shows it', () => {
    const r = redactPersonalData(text, { names: ['Matti Meikäläinen'] });
    expect(r.removed.length).toBe(at.length);
    r.removed.forEach((x, i) => {
      expect({ kind: x.kind, start: x.start, value: x.value }).toEqual({
        kind: KINDS[i % KINDS.length],
        start: at[i],
        value: VALUES[i % VALUES.length],
      });
    });
    expect(r.text).not.toContain(H.slice(7));
    expect(r.text).not.toMatch(/meik/iu);
  });
});

describe('a long list of names (Tietosuojalaki 29 §, issue 14: one pass over all family names, then only the names that occur)', () => {
  const given = ['Matti', 'Liisa', 'Anna', 'Ville', 'Sari', 'Juha', 'Aino', 'Pekka', 'Kaisa', 'Timo'];
  const family = ['Meikäläinen', 'Virtanen', 'Aho', 'Ahola', 'Mäki', 'Salo-Oksa', 'Korhonen', 'Laine', 'Koskinen'];
  const list = given.flatMap((g) => family.map((f) => `${g} ${f}`)).concat(['Heikki Järvi', 'Outi Kauria']);
  const occurring = ['Anna Ahola', 'Ville Mäki', 'Outi Kauria', 'Matti Meikäläinen'];
  const text =
    'Anna Aholan ja Mäen Villen hakemukset; Kaurialle, Outi lähetetään tieto. Ahonen ja Mäkinen ovat eri nimiä. ' +
    'MEIKÄLÄISELLE Matille ja <b>Meik&auml;l&auml;isen</b> asiamiehelle. Laineet ja koskenlaskijat eivät ole nimiä.';

  it('finds in inflected, reversed and encoded forms exactly what the names that occur find on their own', () => {
    const all = redactPersonalData(text, { names: list, kinds: ['name'] });
    const alone = redactPersonalData(text, { names: occurring, kinds: ['name'] });
    expect(all.removed.map((x) => x.value)).toEqual([
      'Anna Aholan',
      'Mäen Villen',
      'Kaurialle, Outi',
      'MEIKÄLÄISELLE Matille',
      'Meik&auml;l&auml;isen',
    ]);
    expect(all).toEqual(alone);
  });

  it('a name whose family name does not occur is not searched, and finds nothing in a text without names', () => {
    const r = redactPersonalData('Kaupunginhallitus hyväksyi talousarvion muutoksen äänin 9–2.', { names: list });
    expect(r.removed).toEqual([]);
  });
});

describe('a henkilötunnus across long fields and runs (KL 140 §, Tietosuojalaki 29 §; publicationCheck reads only the junctions)', () => {
  const H2 = makeHetu('1952-10-13', '-', 308);
  const prose = 'Kaupunginhallitus hyväksyi talousarvion muutoksen. '.repeat(200);

  it('is found where it crosses from a long field into the next, also with entities at the junction', () => {
    expect(containsHetuAcross([`${prose}Hakija ${H2.slice(0, 7)}`, `${H2.slice(7)} ${prose}`], ' ')).toBe(true);
    expect(containsHetuAcross([`${prose}${H2.slice(0, 6)}&#45;`, `${H2.slice(7)}${prose}`], '')).toBe(true);
    expect(containsHetuAcross([prose, `${H2.slice(0, 4)}`, `${H2.slice(4)} ${prose}`], '')).toBe(true);
    // Only the check character in the next run.
    expect(containsHetuAcross([`${prose}${H2.slice(0, 10)}`, `${H2.slice(10)} ${prose}`], '')).toBe(true);
    const minutes = {
      items: [{ publicity: 'public', background: `${prose}${H2.slice(0, 7)}`, decision: `${H2.slice(7)}.${prose}` }],
    };
    expect(publicationCheck(minutes).issues.map((i) => [i.kind, i.path])).toEqual([['hetu', ['items', 0]]]);
  });

  it('long fields that only meet, or hold codes apart from each other, are not one code', () => {
    expect(containsHetuAcross([`${prose}${H2.slice(0, 6)}`, `.${H2.slice(7)} ${prose}`], '')).toBe(false);
    expect(containsHetuAcross([`${prose}123456`, `7890 ${prose}`], ' ')).toBe(false);
    const clean = { items: [{ publicity: 'public', background: prose, decision: prose, proposal: `${prose}040` }] };
    expect(publicationCheck(clean)).toEqual({ publishable: true, issues: [] });
  });
});
