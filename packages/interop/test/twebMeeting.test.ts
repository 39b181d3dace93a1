import { beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingDataset } from '../src/dataset.js';
import { DocumentBuilder } from '../src/builder.js';
import { importTweb } from '../src/tweb.js';
import type { InteropImport } from '../src/toDataset.js';
import type { Meeting } from '../src/model.js';
import type { PdfLine } from '../src/pdf.js';
import { isWholeMeetingPdf, readWholeMeeting } from '../src/twebMeeting.js';
import { fixtureFiles } from './helpers.js';

let doc: InteropImport;
const meeting = (id: string): Meeting => {
  const m = doc.meetings.find((x) => x.id === id);
  if (!m) throw new Error(`no meeting ${id}`);
  return m;
};

beforeAll(async () => {
  doc = await importTweb(await fixtureFiles('nykarleby'));
});

describe('importTweb on Nykarleby whole-meeting PDFs (Swedish)', () => {
  it('reads four meetings with body, number, date, time and place from the cover pages', () => {
    expect(doc.meetings.map((m) => m.id).sort()).toEqual([
      'tweb-personalsektionen-2023-2',
      'tweb-radet-for-funktionshindrade-2023-2',
      'tweb-stadsstyrelsen-2022-16',
      'tweb-ungdomsfullmaktige-2023-3',
    ]);
    const ufm = meeting('tweb-ungdomsfullmaktige-2023-3');
    expect(ufm).toMatchObject({
      date: '2023-05-09',
      number: '3/2023',
      start: '2023-05-09T16:15:00+03:00',
      end: '2023-05-09T17:22:00+03:00',
      document: 'minutes',
      language: 'sv',
    });
    expect(ufm.location).toMatch(/^Stadshuset/);
    // The cover of this meeting extracts garbled ("Rådet för funktinnshndrade"); the table of contents wins.
    expect(doc.bodies.find((b) => b.id === 'tweb-radet-for-funktionshindrade')?.name.sv).toBe(
      'Rådet för funktionshindrade',
    );
    expect(meeting('tweb-stadsstyrelsen-2022-16').document).toBe('agenda');
  });

  it('reads every § of the four publications (44), numbered as published', () => {
    const numbers = (id: string): string[] => meeting(id).items.map((i) => i.number ?? '');
    const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
    expect(numbers('tweb-stadsstyrelsen-2022-16')).toEqual(range(188, 202));
    expect(numbers('tweb-personalsektionen-2023-2')).toEqual(range(13, 24));
    expect(numbers('tweb-ungdomsfullmaktige-2023-3')).toEqual(range(16, 22));
    expect(numbers('tweb-radet-for-funktionshindrade-2023-2')).toEqual(range(10, 19));
    const titles = meeting('tweb-ungdomsfullmaktige-2023-3').items.map((i) => i.title.sv);
    // Titles from the table of contents, which extracts cleanly (the § heading reads "Nationella kampaaneen …").
    expect(titles).toContain('Nationella kampanjen "Miljoner soppåsar"');
    expect(doc.warnings.filter((w) => w.code === 'unplaced-text')).toEqual([]);
  });

  it('turns the attendance list with [X] marks into attendance records (KL 107 §)', () => {
    const ufm = meeting('tweb-ungdomsfullmaktige-2023-3');
    expect(ufm.attendance.map((a) => [a.name, a.role, a.group])).toEqual([
      ['Emilia Haverinen', 'puheenjohtaja', 'member'],
      ['William Sjöström', 'jäsen', 'member'],
      ['Amanda Harald', 'jäsen', 'member'],
      ['Evelina Sundvik', 'varapuheenjohtaja', 'member'],
      ['Tindra Wingren', 'jäsen', 'member'],
      ['Alexander Isaksson', 'varajäsen', 'member'],
      ['Sofia Hedman', 'muu', 'other'],
      ['Katarina Östman', 'sihteeri', 'other'],
    ]);
    // Those without an X are kept as written, not dropped.
    expect(ufm.absent).toEqual([
      '[ ] Storskrubb Julia',
      '[ ] Liljeqvist Ella',
      '[ ] Nystedt Elias',
      '[ ] Sikkilä Alex',
    ]);
    const rff = meeting('tweb-radet-for-funktionshindrade-2023-2');
    const expert = rff.attendance.find((a) => a.roleText?.startsWith('planläggningschef'));
    expect(expert).toMatchObject({
      arrivedAt: '2023-05-24T16:00:00+03:00',
      leftAt: '2023-05-24T16:50:00+03:00',
      note: '§10–13',
    });
    const pers = meeting('tweb-personalsektionen-2023-2');
    expect(pers.attendance.filter((a) => a.group === 'member')).toHaveLength(4);
    expect(pers.absent).toHaveLength(6);
  });

  it('recognises signatures, the checking of the minutes and the publication (KL 140 §)', () => {
    const pers = meeting('tweb-personalsektionen-2023-2');
    expect(pers.signatures).toEqual([
      { name: 'Siw Frostdahl-Blomqvist', role: 'ordförande', signedOn: '2023-03-30' },
      { name: 'Kristna Wikblad', role: 'protokollförare' },
    ]);
    expect(pers.checkers).toEqual([
      { name: 'Marika Holmberg', signedOn: '2023-03-30' },
      { name: 'Tobias Wik', signedOn: '2023-03-30' },
    ]);
    expect(pers.checked).toBe(true);
    expect(pers.publishedOn).toBe('2023-04-03');
    // The checking heading of this cover extracts as "Elektrinhnk pritikilljunterhng".
    const rff = meeting('tweb-radet-for-funktionshindrade-2023-2');
    expect(rff.checkers?.map((c) => c.name)).toEqual(['Helena Häggström', 'Kent Wikblad']);
    expect(rff.signatures?.map((c) => c.name)).toEqual(['Anna Caldén', 'Johan Svenlin']);
    // The appeal instructions (KL 134–141 §) at the end are kept.
    expect(pers.appeal).toMatch(/^ANVISNING FÖR BEGÄRAN OM OMPRÖVNING OCH BESVÄR/);
    expect(pers.appeal).toMatch(/Besvärsförbud/);
  });

  it('splits a § into Beredning, Förslag and Beslut, with earlier handlings and the decision', () => {
    const ufm = meeting('tweb-ungdomsfullmaktige-2023-3');
    const p17 = ufm.items.find((i) => i.number === '17');
    expect(p17?.sections.map((s) => s.kind)).toEqual(['background', 'draftDecision', 'decision']);
    expect(p17?.decision?.kind).toBe('election');
    const p19 = ufm.items.find((i) => i.number === '19');
    expect(p19?.caseRef).toBe('NKBY/130/12.03.00/2023');
    expect(p19?.presenter).toBe('Ordförande Emilia Haverinen');
    expect(p19?.preparers).toEqual(['Ungdomsledare Katarina Östman']);
    expect(p19?.history).toHaveLength(1);
    expect(p19?.history[0]).toMatchObject({ date: '2023-02-20', number: '13' });
    expect(p19?.history[0]?.sections.map((s) => s.kind)).toEqual(['draftDecision', 'decision']);
    const pers24 = meeting('tweb-personalsektionen-2023-2').items.find((i) => i.number === '24');
    expect(pers24?.history.map((h) => h.number)).toEqual(['55', '62']);
    expect(pers24?.decision?.text).toBe('Stadsdirektörens förslag godklndes.');
    expect(pers24?.sections.at(-1)?.kind).toBe('attachments');
    // The agenda has no decisions yet.
    expect(meeting('tweb-stadsstyrelsen-2022-16').items.every((i) => i.decision === undefined)).toBe(true);
  });

  it('keeps garbled text as extracted, with a warning that says so', () => {
    const p20 = meeting('tweb-ungdomsfullmaktige-2023-3').items.find((i) => i.number === '20');
    const beredning = p20?.sections.find((s) => s.kind === 'preparers');
    expect(beredning?.title).toBe('Bgrgdning');
    const w = doc.warnings.find((x) => x.code === 'garbled-text' && x.location === `${p20?.id} › Bgrgdning`);
    expect(w?.message.en).toMatch(/garbled/);
    expect(w?.text && p20?.sections.some((s) => s.text === w.text)).toBe(true);
    // Clean sections are not flagged.
    expect(
      doc.warnings.filter(
        (x) =>
          x.code === 'garbled-text' && x.location === 'tweb-personalsektionen-2023-2-13 › Personalsektionens beslut',
      ),
    ).toEqual([]);
    // "Ungdomsfujjmäktge utser två protokojjjusterare" (l read as j) is flagged.
    expect(
      doc.warnings.some(
        (x) => x.code === 'garbled-text' && x.location === 'tweb-ungdomsfullmaktige-2023-3-17 › Förslag',
      ),
    ).toBe(true);
  });

  it('writes a dataset that parseMeetingDataset accepts', () => {
    const r = parseMeetingDataset(JSON.parse(JSON.stringify(doc.dataset)));
    expect(r.success ? [] : r.errors.slice(0, 3)).toEqual([]);
    expect(doc.dataset.meetings.flatMap((m) => m.items)).toHaveLength(44);
    // 8 + 6 + 7 present; the agenda has no attendance.
    expect(doc.dataset.attendance.flatMap((a) => a.records)).toHaveLength(21);
  });
});

/** A constructed Finnish whole-meeting PDF text (Tweb's Finnish captions), as lines with positions. */
function finnishLines(): PdfLine[] {
  const rows: [number, number, [number, string][]][] = [
    [
      1,
      755,
      [
        [71, 'Pöytäkirja'],
        [201, '4/2024'],
      ],
    ],
    [
      1,
      725,
      [
        [71, 'Toimielin'],
        [201, 'Tekninen lautakunta'],
      ],
    ],
    [
      1,
      710,
      [
        [71, 'Kokousaika'],
        [201, '12.3.2024 klo 17:00 – 18:45'],
      ],
    ],
    [
      1,
      695,
      [
        [71, 'Kokouspaikka'],
        [201, 'Kaupungintalo, valtuustosali'],
      ],
    ],
    [1, 635, [[71, 'Päättäjät']]],
    [
      1,
      621,
      [
        [71, 'varsinaiset'],
        [332, 'varajäsenet'],
      ],
    ],
    [
      1,
      606,
      [
        [71, '[X] Virtanen Matti, puheenjohtaja'],
        [332, '[X] Laine Liisa'],
      ],
    ],
    [
      1,
      591,
      [
        [71, '[ ] Korhonen Anna'],
        [332, '[ ] Mäkinen Pekka'],
      ],
    ],
    [1, 415, [[71, 'Muut läsnäolijat']]],
    [1, 401, [[71, 'Nieminen Kari, tekninen johtaja, esittelijä']]],
    [1, 331, [[71, 'Sähköiset allekirjoitukset']]],
    [
      1,
      306,
      [
        [71, 'Matti Virtanen'],
        [332, 'Kari Nieminen'],
      ],
    ],
    [
      1,
      291,
      [
        [71, 'puheenjohtaja'],
        [332, 'pöytäkirjanpitäjä'],
      ],
    ],
    [
      2,
      755,
      [
        [71, 'Pöytäkirja'],
        [202, '21 §'],
        [267, '12.03.2024'],
        [503, 'Sivu'],
      ],
    ],
    [
      2,
      741,
      [
        [71, 'Tekninen lautakunta'],
        [516, '1'],
      ],
    ],
    [2, 712, [[420, 'KAUPUNKI/55/10.03.00/2024']]],
    [
      2,
      688,
      [
        [71, '21 §'],
        [102, 'Katuvalojen uusiminen'],
      ],
    ],
    [
      2,
      650,
      [
        [71, 'Valmistelija:'],
        [135, 'kuntatekniikan päällikkö Pia Salo'],
      ],
    ],
    [2, 620, [[135, 'Katuvalot uusitaan LED-valaisimiksi vuonna 2024.']]],
    [2, 590, [[71, 'Teknisen johtajan ehdotus:']]],
    [2, 575, [[135, 'Lautakunta hyväksyy hankkeen.']]],
    [2, 545, [[71, 'Käsittely:']]],
    [2, 530, [[135, 'Liisa Laine ehdotti Matti Virtasen kannattamana, että asia jätetään pöydälle.']]],
    [2, 500, [[71, 'Teknisen lautakunnan päätös:']]],
    [2, 485, [[135, 'Lautakunta hyväksyi ehdotuksen.']]],
    [2, 470, [[135, '______']]],
  ];
  return rows.map(([page, y, runs]) => ({
    page,
    y,
    label: '',
    content: '',
    runs: runs.map(([x, s]) => ({ x, s })),
  }));
}

describe('Tweb whole-meeting PDFs in Finnish (constructed text, not a real publication)', () => {
  it('reads the cover, attendance and Valmistelija / Ehdotus / Käsittely / Päätös', () => {
    const lines = finnishLines();
    expect(isWholeMeetingPdf(lines)).toBe(true);
    const b = new DocumentBuilder('tweb');
    readWholeMeeting(b, 'tekninen_lautakunta_poytakirja.pdf', lines);
    const m = [...b.meetings.values()][0] as Meeting;
    expect(m).toMatchObject({
      id: 'tweb-tekninen-lautakunta-2024-4',
      date: '2024-03-12',
      start: '2024-03-12T17:00:00+02:00',
      end: '2024-03-12T18:45:00+02:00',
      language: 'fi',
      location: 'Kaupungintalo, valtuustosali',
    });
    expect(m.attendance.map((a) => [a.name, a.role])).toEqual([
      ['Matti Virtanen', 'puheenjohtaja'],
      ['Liisa Laine', 'varajäsen'],
      ['Kari Nieminen', 'esittelijä'],
    ]);
    expect(m.signatures?.map((s) => [s.name, s.role])).toEqual([
      ['Matti Virtanen', 'puheenjohtaja'],
      ['Kari Nieminen', 'pöytäkirjanpitäjä'],
    ]);
    const item = m.items[0];
    expect(item?.caseRef).toBe('KAUPUNKI/55/10.03.00/2024');
    expect(item?.sections.map((s) => s.kind)).toEqual(['preparers', 'draftDecision', 'proceedings', 'decision']);
    expect(item?.decision?.kind).toBe('approved-as-proposed');
    expect(item?.proposals.some((p) => p.kind === 'tabling' && p.proposer === 'Liisa Laine')).toBe(true);
  });

  it('does not take an ordinary item PDF for a whole meeting', () => {
    const lines = finnishLines().filter((l) => l.page === 2);
    expect(isWholeMeetingPdf(lines)).toBe(false);
  });
});
