import { beforeAll, describe, expect, it } from 'vitest';
import { importDynasty } from '../src/dynasty.js';
import type { AgendaItem, InteropDocument, Meeting } from '../src/model.js';
import { fixtureFiles, fixtureJson, fixtureText } from './helpers.js';

let doc: InteropDocument;
let meeting: Meeting;
let item127: AgendaItem;

beforeAll(async () => {
  doc = importDynasty(await fixtureFiles('dynasty'));
  meeting = doc.meetings.find((m) => m.id === 'dynasty-2017406946') as Meeting;
  item127 = meeting.items.find((i) => i.number === '127') as AgendaItem;
});

describe('importDynasty on the Espoo export', () => {
  it('reads every body of TELIMET.HTM', async () => {
    const raw = await fixtureText('systems/dynasty-espoo/TELIMET.HTM', 'windows-1252');
    const ids = [...raw.matchAll(/<!--TIETUE:(TELIN-\d+)-->/g)].map((m) => `dynasty-${m[1]}`);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(doc.bodies.map((b) => b.id)).toContain(id);
    expect(doc.bodies.find((b) => b.id === 'dynasty-TELIN-200120')?.name.fi).toBe('Kaupunginhallitus');
    expect(doc.bodies.find((b) => b.id === 'dynasty-TELIN-200120')?.kind).toBe('hallitus');
    expect(doc.bodies.find((b) => b.name.fi === 'Kaupunginhallituksen konsernijaosto')?.kind).toBe('jaosto');
  });

  it("lists a body's meetings with their dates and document kind", () => {
    const m = doc.meetings.find((x) => x.id === 'dynasty-2013264550');
    expect(m).toMatchObject({ date: '2013-01-21', bodyId: 'dynasty-TELIN-200120', document: 'minutes' });
    expect(doc.meetings.filter((x) => x.bodyId === 'dynasty-TELIN-217668').length).toBeGreaterThan(5);
  });

  it('reads the meeting page: header, items and appeal instructions', async () => {
    expect(meeting).toMatchObject({
      date: '2017-05-08',
      start: '2017-05-08T15:30:00+03:00',
      document: 'minutes',
      checked: true,
      bodyId: 'dynasty-TELIN-217668',
    });
    // The Paatos-Scraper's expected output lists the same §§ 127–146 (it skips §§ 125–126).
    const expected = await fixtureJson<{ articleNumber: string; title: string }[]>(
      'systems/dynasty-espoo/espoo_kh_actions_170508.json',
    );
    for (const e of expected) {
      const item = meeting.items.find((i) => i.number === e.articleNumber);
      expect(item?.title.fi.replace(/\s+/g, ' ')).toBe(e.title.replace(/\s+/g, ' ').trim());
    }
    expect(meeting.items.map((i) => i.number)).toEqual(Array.from({ length: 22 }, (_, i) => String(125 + i)));
    expect(meeting.files.map((f) => f.url)).toEqual([
      'http://espoo04.hosting.documenta.fi/kokous/2017406946.PDF',
      'http://espoo04.hosting.documenta.fi/kokous/2017406946-0-1.PDF',
      'http://espoo04.hosting.documenta.fi/kokous/2017406946-0-2.PDF',
    ]);
  });

  it('reads attendance with roles and arrival and departure times', () => {
    expect(meeting.attendance).toHaveLength(33);
    const members = meeting.attendance.filter((a) => a.group === 'member');
    expect(members).toHaveLength(15);
    expect(meeting.attendance.find((a) => a.name === 'Markus Torkki')?.role).toBe('puheenjohtaja');
    expect(meeting.attendance.find((a) => a.name === 'Pia Kauma')).toMatchObject({
      arrivedAt: '2017-05-08T16:53:00+03:00',
      note: 'saapui klo 16.53 § 146 käsittelyn aikana',
    });
    expect(meeting.attendance.find((a) => a.name === 'Mari Immonen')).toMatchObject({
      group: 'other',
      roleText: 'kaupunginsihteeri',
      leftAt: '2017-05-08T17:40:00+03:00',
    });
    expect(meeting.attendance.find((a) => a.name === 'Riitta-Liisa Kammonen')?.role).toBe('sihteeri');
  });

  it('reads § 127 header fields and sections', () => {
    expect(item127).toMatchObject({
      caseRef: '730/2017',
      classification: '00.01.01.00',
      presenter: 'Kaupunginjohtaja Jukka Mäkelä',
    });
    expect(item127.title.fi).toBe('Espoon kaupungin hallintosäännön hyväksyminen (Kv-asia) (Pöydälle 10.4.2017)');
    expect(item127.sections.map((s) => s.kind)).toEqual([
      'notes',
      'preparers',
      'draftDecision',
      'proceedings',
      'decision',
      'attachments',
      'background',
    ]);
    expect(item127.preparers).toContain('Riitta-Liisa Kammonen');
    expect(item127.preparers).toHaveLength(10);
    expect(item127.attachments.map((a) => a.name)).toEqual([
      'Espoon kaupungin hallintosääntö - Kokouksessa korjattu',
      'Äänestyslistat § 127',
    ]);
    expect(item127.decision?.kind).toBe('approved-as-amended');
    // windows-1252 quotes (0x94) are decoded as ”, not left as C1 controls.
    expect(item127.sections.map((s) => s.text).join('')).not.toMatch(/[\u0080-\u009f]/);
  });

  it('recovers the proposals, seconders and their fate in § 127 (acceptance)', () => {
    const p = item127.proposals;
    const byLabel = (label: string) => p.find((x) => x.proposer === 'Tiina Elo' && x.label === label);
    for (let n = 1; n <= 5; n++) {
      expect(byLabel(`muutosehdotus nro ${n}`)).toMatchObject({ kind: 'amendment', seconders: ['Saara Hyrkkö'] });
    }
    expect(byLabel('muutosehdotus nro 1')?.status).toBe('approved');
    expect(byLabel('muutosehdotus nro 2')?.status).toBe('rejected');
    expect(byLabel('muutosehdotus nro 3')?.status).toBe('approved');
    expect(byLabel('muutosehdotus nro 4')?.status).toBe('rejected');
    expect(byLabel('muutosehdotus nro 5')?.status).toBe('rejected');
    expect(byLabel('muutosehdotus nro 2')?.text).toBe(
      'Tekninen lautakunta hyväksyy luonnon- ja maisemanhoitosuunnitelmat.',
    );
    expect(byLabel('lisäysehdotus')).toMatchObject({
      kind: 'addition',
      status: 'approved',
      seconders: ['Saara Hyrkkö'],
    });
    expect(p.find((x) => x.proposer === 'Teemu Lahtinen')).toMatchObject({
      kind: 'amendment',
      seconders: ['Tiina Elo'],
      status: 'rejected',
    });
    expect(p.find((x) => x.proposer === 'Jouni J. Särkijärvi')).toMatchObject({ seconders: [], status: 'lapsed' });
    expect(p.find((x) => x.proposer === 'Kurt Byman')).toMatchObject({ seconders: [], status: 'lapsed' });
    expect(p).toHaveLength(9);
  });

  it('recovers the five votes of § 127 with their counts (acceptance)', () => {
    const label = (id: string | undefined) => item127.proposals.find((x) => x.id === id);
    const votes = item127.votes.map((v) => ({
      proposal: `${label(v.proposalId)?.proposer} ${label(v.proposalId)?.label ?? ''}`.trim(),
      counts: v.counts,
      result: v.result,
    }));
    expect(votes).toEqual([
      { proposal: 'Tiina Elo muutosehdotus nro 2', counts: { jaa: 9, ei: 6 }, result: 'rejected' },
      { proposal: 'Tiina Elo muutosehdotus nro 3', counts: { jaa: 3, ei: 11, tyhjä: 1 }, result: 'approved' },
      { proposal: 'Tiina Elo muutosehdotus nro 4', counts: { jaa: 8, ei: 7 }, result: 'rejected' },
      { proposal: 'Tiina Elo muutosehdotus nro 5', counts: { jaa: 10, ei: 5 }, result: 'rejected' },
      { proposal: 'Teemu Lahtinen', counts: { jaa: 10, ei: 1 }, result: 'rejected' },
    ]);
  });

  it('keeps the earlier handling (päätöshistoria) with its tabling proposal', () => {
    expect(item127.history).toHaveLength(1);
    expect(item127.history[0]?.text).toBe('Kaupunginhallitus 10.4.2017 § 105');
    expect(item127.history[0]?.sections.map((s) => s.kind)).toEqual([
      'draftDecision',
      'proceedings',
      'decision',
      'inform',
    ]);
    expect(item127.history[0]?.proposals).toEqual([
      {
        id: 'dynasty-2017406946-3-h1-p1',
        kind: 'tabling',
        proposer: 'Tiina Elo',
        seconders: ['Mia Laiho'],
        status: 'approved',
        text: 'asia jätetään pöydälle.',
      },
    ]);
    expect(item127.history[0]?.decision?.kind).toBe('tabled');
  });

  it('drops no text: unknown files and rows become warnings with their location', () => {
    const unrecognised = doc.warnings
      .filter((w) => w.code === 'unrecognised-file')
      .map((w) => w.file)
      .sort();
    expect(unrecognised).toEqual([
      'espoo_kh_170508_attachments_127.json',
      'espoo_kh_170508_contents_127.json',
      'espoo_kh_actions_170508.json',
      'espoo_kh_kokoukset.json',
      'espoo_kh_kokoukset_events_after_27022017.json',
      'espoo_kh_kokoukset_events_max3.json',
      'espoo_toimielimet.json',
    ]);
    expect(doc.warnings.filter((w) => w.code === 'unplaced-text')).toEqual([]);
    for (const w of doc.warnings) expect(w.message.fi && w.message.en).toBeTruthy();
  });

  it('keeps every paragraph of the item page in some section', async () => {
    const raw = await fixtureText('systems/dynasty-espoo/2017406946-3.HTM', 'windows-1252');
    const all = [item127, ...item127.history].flatMap((x) => x.sections.map((s) => s.text)).join('\n');
    for (const phrase of [
      'Puheenjohtaja totesi kaupunginhallituksen 8 äänellä 7 ääntä vastaan',
      'Sääntöön kirjataan voimassa oleva käytäntö',
      'Kaupunginhallitus jätti asian yksimielisesti pöydälle.',
    ]) {
      expect(raw.replace(/\s+/g, ' ')).toContain(phrase);
      expect(all.replace(/\s+/g, ' ')).toContain(phrase);
    }
  });
});
