import { beforeAll, describe, expect, it } from 'vitest';
import { importTweb } from '../src/tweb.js';
import type { InteropDocument, Meeting } from '../src/model.js';
import { fixtureFiles, fixtureJson } from './helpers.js';

let doc: InteropDocument;
let meeting: Meeting;

beforeAll(async () => {
  doc = await importTweb(await fixtureFiles('tweb'));
  meeting = doc.meetings.find((m) => m.id === 'tweb-12867') as Meeting;
});

describe('importTweb on the Oulu KTweb publication', () => {
  it('reads the bodies from the search form', async () => {
    const expected = await fixtureJson<{ sourceId: string; name: string }[]>('systems/tweb-oulu/oulu_toimielimet.json');
    for (const e of expected) {
      const b = doc.bodies.find((x) => x.provenance.some((p) => p.sourceId === e.sourceId));
      expect(b?.name.fi).toBe(e.name);
    }
  });

  it('reads the meeting list with start times in Helsinki time', async () => {
    const expected = await fixtureJson<{ sourceId: string; name: string; startDate: string }[]>(
      'systems/tweb-oulu/oulu_kaupunginhallitus_kokoukset.json',
    );
    for (const e of expected) {
      const m = doc.meetings.find((x) => x.id === `tweb-${e.sourceId}`);
      expect(m?.name).toBe(e.name);
      // The same instant as the scraper's UTC value, across the March 2017 DST change.
      expect(Date.parse(m?.start ?? '')).toBe(Date.parse(e.startDate));
    }
    expect(meeting.start).toBe('2017-03-27T15:00:00+03:00');
    expect(doc.meetings.find((m) => m.id === 'tweb-12838')?.start).toBe('2017-03-20T15:00:00+02:00');
  });

  it('reads the item list of 5/2017 with § numbers and attachment links', async () => {
    const expected = await fixtureJson<{ sourceId: string; articleNumber: string; title: string }[]>(
      'systems/tweb-oulu/oulu_kaupunginhallitus_5_2017_asiat.json',
    );
    for (const e of expected) {
      const it = meeting.items.find((i) => i.provenance.sourceId === e.sourceId);
      expect(it?.number).toBe(e.articleNumber);
      expect(it?.title.fi.replace(/\s+/g, ' ')).toBe(e.title.replace(/\s+/g, ' ').trim());
    }
    expect(meeting.items[0]?.title.fi).toBe('Pöytäkirjan kansilehti');
    expect(meeting.items.find((i) => i.number === '72')?.attachments[0]?.url).toBe(
      'http://asiakirjat.ouka.fi/ktwebbin/dbisa.dll/ktwebscr/epjattn_tweb.htm?632581',
    );
  });

  it('fills § 72 and § 73 from their PDFs', () => {
    const i72 = meeting.items.find((i) => i.number === '72');
    expect(i72).toMatchObject({
      caseRef: 'OUKA/899/02.06.01.04/2017',
      presenter: 'Vs. kaupunginjohtaja Päivi Laajala',
    });
    expect(i72?.decision).toEqual({ kind: 'approved-as-proposed', text: 'Päätösesitys hyväksyttiin.' });
    expect(i72?.history.map((h) => h.text)).toEqual(['Kaupunginhallitus 20.3.2017 § 66']);
    expect(i72?.sections.find((s) => s.kind === 'implementation')?.title).toBe('Täytäntöönpanotiedot');
    // The budget table inside the text stays in the text, not as captions.
    expect(i72?.sections.find((s) => s.kind === 'background')?.text).toContain('KESKUSVAALILAUTAKUNTA');
    expect(i72?.attachments.map((a) => a.name)).toContain('Toinen versio: 632581845351090_O.pdf');
    const i73 = meeting.items.find((i) => i.number === '73');
    expect(i73?.decision).toEqual({ kind: 'noted', text: 'Merkittiin tiedoksi.' });
    expect(i73?.preparers).toEqual([
      'Konsernihallinto',
      'konsernicontroller Jaana Niemelä',
      'konsernicontroller Antti Ikonen',
      'talouspäällikkö Armi Tauriainen',
      'talousjohtaja Jukka Weisell',
    ]);
  });

  it('reads the sections of a PDF as the scraper found them', async () => {
    const expected = await fixtureJson<{ title: string; content: string }[]>(
      'systems/tweb-oulu/395959398_actions.json',
    );
    const item = doc.meetings.flatMap((m) => m.items).find((i) => i.title.fi === 'Suomi 100 -juhlavuoden juhlapäätös');
    expect(item?.caseRef).toBe(expected.find((e) => e.title === 'Dno')?.content);
    expect(item?.presenter).toBe('Kaupunginjohtaja Matti Pennanen');
    const text =
      item?.sections
        .map((s) => s.text)
        .join(' ')
        .replace(/\s+/g, ' ') ?? '';
    for (const e of expected.filter((x) => x.content !== '-')) {
      for (const sentence of e.content.split(/\n\n/).filter((s) => s.length > 40)) {
        expect(text).toContain(
          sentence
            .replace(/^(Tiivistelmä|Esittelyteksti|Esittelijä|Päätösesitys|Päätös) /, '')
            .replace(/\s+/g, ' ')
            .slice(0, 60),
        );
      }
    }
  });

  it('keeps the Word file and the unplaced PDF as warnings, not silently dropped', () => {
    const doc631 = doc.warnings.find((w) => w.file === '631269.doc');
    expect(doc631).toMatchObject({ code: 'unparsed-file', size: 47104 });
    expect(doc.warnings.find((w) => w.file === '395959398.pdf')?.code).toBe('unplaced-text');
    expect(
      doc.warnings
        .filter((w) => w.code === 'unrecognised-file')
        .map((w) => w.file)
        .every((f) => f.endsWith('.json')),
    ).toBe(true);
  });
});
