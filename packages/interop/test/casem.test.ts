import { beforeAll, describe, expect, it } from 'vitest';
import { importCaseM, readParticipants, readVotings } from '../src/casem.js';
import { DocumentBuilder } from '../src/builder.js';
import type { InteropDocument, Meeting } from '../src/model.js';
import { fixtureFiles, fixtureJson } from './helpers.js';

let doc: InteropDocument;
let meeting: Meeting;

beforeAll(async () => {
  doc = importCaseM(await fixtureFiles('casem'));
  meeting = doc.meetings.find((m) => m.id === 'casem-12381') as Meeting;
});

describe('importCaseM on the Mikkeli OpenNC responses', () => {
  it('reads the bodies (node type 144) and the meetings under them (type 143)', async () => {
    const expected = await fixtureJson<{ sourceId: string; name: string }[]>(
      'systems/casem-mikkeli/mikkeli_toimielimet.json',
    );
    for (const e of expected) expect(doc.bodies.find((b) => b.id === `casem-${e.sourceId}`)?.name.fi).toBe(e.name);
    const kh = doc.meetings.filter((m) => m.bodyId === 'casem-11217');
    const listed = await fixtureJson<{ sourceId: number; name: string }[]>(
      'systems/casem-mikkeli/mikkeli_kh_kokoukset.json',
    );
    for (const e of listed) {
      const m = kh.find((x) => x.id === `casem-${e.sourceId}`);
      expect(m?.name).toBe(`Kaupunginhallitus ${e.name}`);
    }
  });

  it('places the contents of meeting 5.6.2017 as items with § and register number', async () => {
    expect(meeting).toMatchObject({ date: '2017-06-05', document: 'agenda', bodyId: 'casem-11217' });
    const expected = await fixtureJson<{ sourceId: number; articleNumber: string; title: string }[]>(
      'systems/casem-mikkeli/mikkeli_kh_actions_170605.json',
    );
    for (const e of expected) {
      const item = meeting.items.find((i) => i.id === `casem-${e.sourceId}`);
      expect(item?.number).toBe(e.articleNumber);
      expect(item?.title.fi).toBe(e.title);
    }
    const item = meeting.items.find((i) => i.number === '200');
    expect(item).toMatchObject({
      caseRef: 'MliDno-2017-1255',
      presenter: 'kaupunginjohtaja Timo Halonen',
      preparers: ['Ari Liikanen'],
    });
    expect(item?.sections.map((s) => s.kind)).toEqual(['preparers', 'background', 'draftDecision']);
    const numbers = meeting.items.map((i) => Number(i.number));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('reads Participant_councilman with roles, and the agenda PDF', () => {
    expect(meeting.attendance).toHaveLength(26);
    expect(meeting.attendance[0]).toMatchObject({
      name: 'Seija Kuikka',
      role: 'puheenjohtaja',
      roleText: 'chairman',
      group: 'member',
    });
    expect(meeting.attendance.find((a) => a.name === 'Ari Liikanen')).toMatchObject({
      role: 'sihteeri',
      group: 'other',
    });
    expect(meeting.files[0]?.name).toBe('Esityslista - Kaupunginhallitus - 05.06.2017, klo 15_00.pdf');
  });

  it('reads arrival and departure times in the documented record format', () => {
    const b = new DocumentBuilder('casem');
    const [a] = readParticipants(
      b,
      'Matti Höyssä;#puheenjohtaja;#2016-09-13 09:00:00;#2016-09-13 09:50:00;#member',
      '2016-09-13',
    );
    expect(a).toMatchObject({
      name: 'Matti Höyssä',
      role: 'puheenjohtaja',
      group: 'member',
      arrivedAt: '2016-09-13T09:00:00+03:00',
      leftAt: '2016-09-13T09:50:00+03:00',
    });
    const [o] = readParticipants(b, 'Anna Asiantuntija;#asiantuntija;#;#;#other', '2016-12-01');
    expect(o).toMatchObject({ role: 'asiantuntija', group: 'other' });
  });

  it('recovers earlier handlings with proposals, seconders, counts and named ballots', () => {
    const item = meeting.items.find((i) => i.id === 'casem-4050');
    const h = item?.history[0];
    expect(h).toMatchObject({ body: 'Kaupunginhallitus', date: '2017-05-15' });
    expect(h?.proposals?.[0]).toMatchObject({
      kind: 'referral',
      proposer: 'Raine Lehkonen',
      seconders: ['Petri Tikkanen'],
      status: 'rejected',
    });
    expect(h?.votes).toHaveLength(1);
    const v = h?.votes?.[0];
    expect(v?.counts).toEqual({ jaa: 11, ei: 4 });
    expect(v?.question).toBe('Jatketaan käsittelyä on kyllä, palautetaan uuteen valmiteluun on ei');
    expect(
      v?.ballots
        ?.filter((x) => x.option === 'ei')
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Hannu Kilkki', 'Jussi Marttinen', 'Petri Tikkanen', 'Raine Lehkonen']);
    // A tie decided by the chair: 5–5 with 3 absent in the technical board (Tekninen lautakunta 25.4.2017).
    const tie = meeting.items.find((i) => i.id === 'casem-4020')?.history[0];
    expect(tie?.proposals?.[0]).toMatchObject({
      proposer: 'Jaana Strandman',
      seconders: ['Marita Hokkanen'],
      status: 'rejected',
    });
    expect(tie?.votes?.[0]).toMatchObject({
      counts: { jaa: 5, ei: 5, poissa: 3 },
      castingVote: 'chair',
      result: 'rejected',
    });
    expect(tie?.attendanceChanges?.map((c) => [c.name, c.change])).toEqual([
      ['Raimo Heinänen', 'left'],
      ['Marja Kauppi', 'left'],
    ]);
  });

  it('reads Votings given as a Python-style literal and reports unreadable ones', () => {
    const b = new DocumentBuilder('casem');
    const votes = readVotings(
      "[{'Title': 'A on jaa, B on ei', 'Votes': {'Jaa': ['X Y', 'Z W'], 'Ei': ['Q R'], 'Tyhjää': ['S T']}}]",
      'v',
      'f.json',
      b,
    );
    expect(votes[0]).toMatchObject({
      counts: { jaa: 2, ei: 1, tyhjä: 1 },
      result: 'rejected',
      question: 'A on jaa, B on ei',
    });
    expect(readVotings("[{'Title': 'x'", 'v', 'f.json', b)).toEqual([]);
    expect(b.warnings[0]).toMatchObject({ code: 'invalid-value', location: 'v/Votings' });
  });

  it('reports the scraper outputs as unrecognised files and places every content', () => {
    const files = doc.warnings.filter((w) => w.code === 'unrecognised-file').map((w) => w.file);
    expect(files.every((f) => f.startsWith('extracted/') || f.startsWith('mikkeli_'))).toBe(true);
    expect(files.filter((f) => f.startsWith('mikkeli_'))).toHaveLength(7);
    expect(doc.warnings.filter((w) => w.code !== 'unrecognised-file')).toEqual([]);
  });
});
