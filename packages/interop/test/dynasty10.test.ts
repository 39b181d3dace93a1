import { describe, expect, it } from 'vitest';
import { parseMeetingDataset } from '../src/dataset.js';
import { importDynasty } from '../src/dynasty.js';
import type { InputFile } from '../src/model.js';
import { fixtureFiles } from './helpers.js';

/** The constructed Dynasty 10 fixture (see its PROVENANCE.md: written by hand, not saved pages). */
describe('importDynasty on Dynasty 10 DREQUEST.PHP pages (constructed fixture)', () => {
  it('reads the body list, a body’s meetings, a meeting’s items and an item page, in the static export’s shape', async () => {
    const doc = importDynasty(await fixtureFiles('dynasty10'));
    expect(doc.bodies.map((b) => [b.id, b.name.fi])).toEqual([
      ['dynasty-TELIN-300100', 'Tekninen lautakunta'],
      ['dynasty-TELIN-300200', 'Kaupunginhallitus'],
    ]);
    expect(doc.meetings.map((m) => [m.id, m.bodyId, m.date, m.document])).toEqual([
      ['dynasty-2024087', 'dynasty-TELIN-300100', '2024-02-13', 'minutes'],
      ['dynasty-2024112', 'dynasty-TELIN-300100', '2024-03-12', 'minutes'],
      ['dynasty-2024130', 'dynasty-TELIN-300200', '2024-03-18', 'agenda'],
    ]);
    const m = doc.meetings.find((x) => x.id === 'dynasty-2024112');
    expect(m?.files.map((f) => f.url)).toEqual(['../kokous/2024112.PDF']);
    expect(m?.items.map((i) => [i.id, i.number, i.title.fi])).toEqual([
      ['dynasty-2024112-1', '20', 'Kokouksen laillisuus ja päätösvaltaisuus'],
      ['dynasty-2024112-2', '21', 'Katuvalojen uusiminen LED-valaisimiksi'],
    ]);
    const item = m?.items[1];
    expect(item?.caseRef).toBe('TEKLA/55/10.03.00/2024');
    expect(item?.sections.map((s) => s.kind)).toEqual([
      'notes',
      'preparers',
      'draftDecision',
      'proceedings',
      'decision',
    ]);
    // The body line above the § is kept as a reference note, as in the static export.
    expect(item?.sections[0]).toEqual({ kind: 'notes', title: 'Viittaukset', text: 'Tekninen lautakunta' });
    expect(item?.presenter).toBe('Kaupungininsinööri Kari Nieminen');
    expect(item?.attachments.map((a) => a.url)).toEqual([
      'DREQUEST.PHP?page=meeting_appeal&id=2024112-2',
      '../kokous/2024112-2.PDF',
    ]);
    expect(item?.preparers).toEqual(['Pia Salo']);
    // The navigation table and the footer are not text of the item.
    expect(JSON.stringify(item?.sections)).not.toMatch(/Edellinen asia|Navigointi|PDF-muodossa|Dynasty tietopalvelu/);
    expect(item?.proposals.find((p) => p.kind === 'amendment')).toMatchObject({
      proposer: 'Liisa Laine',
      seconders: ['Matti Virtanen'],
    });
    expect(item?.votes[0]?.counts).toEqual({ jaa: 6, ei: 3 });
    expect(item?.attendanceChanges?.[0]).toMatchObject({
      name: 'Liisa Laine',
      change: 'arrived',
      at: '2024-03-12T17:20:00+02:00',
    });
    expect(parseMeetingDataset(JSON.parse(JSON.stringify(doc.dataset))).success).toBe(true);
  });

  it('gives the same import whatever the pages are called: URLs, other save names, no id in the name', async () => {
    const files = await fixtureFiles('dynasty10');
    const pages = files.filter((f) => f.name.endsWith('.html'));
    const base = importDynasty(pages);
    const asUrl = (f: InputFile): InputFile => ({
      ...f,
      name: f.name.replace(
        /^DREQUEST\.PHP_page=([a-z_]+)(?:_id=([\d-]+))?\.html$/,
        (_, p: string, id?: string) => `https://kunta.oncloudos.com/cgi/DREQUEST.PHP?page=${p}${id ? `&id=${id}` : ''}`,
      ),
    });
    const strip = (d: ReturnType<typeof importDynasty>): unknown =>
      JSON.parse(JSON.stringify({ bodies: d.bodies, meetings: d.meetings }).replace(/"(file)":"[^"]*"/g, '"$1":""'));
    expect(strip(importDynasty(pages.map(asUrl)))).toEqual(strip(base));
    const anonymous = pages.map((f, i) => ({ ...f, name: `page${String.fromCharCode(97 + i)}.html` }));
    const a = importDynasty(anonymous);
    expect(a.meetings.find((m) => m.id === 'dynasty-2024112')?.items[1]?.sections).toHaveLength(5);
    expect(a.bodies.map((b) => b.id)).toContain('dynasty-TELIN-300100');
  });
});

/** Shapes the public scrapers document, written here as small pages of our own. */
describe('Dynasty 10 shapes documented by public scrapers', () => {
  const page = (body: string): string => `<html><body>${body}</body></html>`;
  it('meeting_frames rows: minutes marked by the class protocol, an icon or the word; agendas otherwise', () => {
    const doc = importDynasty([
      {
        name: 'frames.html',
        content: page(`<table>
<tr><td><a href="DREQUEST.PHP?page=meetings&amp;id=7">Sivistyslautakunta</a></td><td>1.4.2026</td><td><a href="DREQUEST.PHP?page=meeting&amp;id=102">Esityslista</a></td></tr>
<tr><td><a href="DREQUEST.PHP?page=meetings&amp;id=9">Valtuusto</a></td><td>14.3.2026</td><td><a class="protocol" href="DREQUEST.PHP?page=meeting&amp;id=103">Avaa</a></td></tr>
<tr><td><a href="DREQUEST.PHP?page=meetings&amp;id=9">Valtuusto</a></td><td>2.2.2026</td><td><a href="DREQUEST.PHP?page=meeting&amp;id=104">Pöytäkirja</a></td></tr>
</table>`),
      },
    ]);
    expect(doc.meetings.map((m) => [m.id, m.date, m.document])).toEqual([
      ['dynasty-104', '2026-02-02', 'minutes'],
      ['dynasty-103', '2026-03-14', 'minutes'],
      ['dynasty-102', '2026-04-01', 'agenda'],
    ]);
    expect(doc.bodies.map((b) => b.name.fi).sort()).toEqual(['Sivistyslautakunta', 'Valtuusto']);
  });

  it('an item page whose data sits between DATABEGIN and DATAEND, navigation inside, footer outside', () => {
    const doc = importDynasty([
      {
        name: 'DREQUEST.PHP?page=meetingitem&id=500-2',
        content: page(`<div class='header'>Etusivu Haku</div><!--DATABEGIN-->
<table class='tbl navigation'><caption class='caption navigation hidden'>Navigointi</caption><tr><td><a href='#'>Edellinen asia</a> | <a href='#'>Seuraava asia</a></td><td><a>Muutoksenhakuohje</a> <a>Kokousasia&nbsp;PDF-muodossa</a></td></tr></table>
<p><b>Päätös</b></p><p>Lautakunta päätti hyväksyä urakkatarjouksen. Sopimus astuu voimaan, kun päätös on saanut lainvoiman.</p>
<!--DATAEND--><div class='footer'><a>&copy;</a></div>`),
      },
    ]);
    const item = doc.meetings[0]?.items[0];
    expect(item?.id).toBe('dynasty-500-2');
    expect(item?.decision?.text).toBe(
      'Lautakunta päätti hyväksyä urakkatarjouksen. Sopimus astuu voimaan, kun päätös on saanut lainvoiman.',
    );
    expect(doc.warnings.filter((w) => w.code === 'unplaced-text')).toEqual([]);
  });
});
