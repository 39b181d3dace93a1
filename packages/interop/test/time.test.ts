import { describe, expect, it } from 'vitest';
import { helsinkiInstant, helsinkiOffsetAt, helsinkiParts, parseFinnishDate } from '../src/time.js';

describe('Helsinki time', () => {
  it('switches offset on the last Sundays of March and October', () => {
    expect(helsinkiInstant('2017-03-25', 12, 0)).toBe('2017-03-25T12:00:00+02:00');
    expect(helsinkiInstant('2017-03-26', 2, 59)).toBe('2017-03-26T02:59:00+02:00');
    expect(helsinkiInstant('2017-03-26', 4, 0)).toBe('2017-03-26T04:00:00+03:00');
    expect(helsinkiInstant('2017-10-29', 2, 0)).toBe('2017-10-29T02:00:00+03:00');
    expect(helsinkiInstant('2017-10-29', 5, 0)).toBe('2017-10-29T05:00:00+02:00');
    expect(helsinkiInstant('2017-05-08', 24, 0)).toBeUndefined();
  });

  it('agrees with the Intl time-zone data for every hour of 2016–2018', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let t = Date.UTC(2016, 0, 1); t < Date.UTC(2019, 0, 1); t += 3600_000 * 7) {
      const p = helsinkiParts(new Date(t).toISOString());
      const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      expect(`${p?.date} ${String(p?.h).padStart(2, '0')}`).toBe(
        `${parts.year}-${parts.month}-${parts.day} ${parts.hour}`,
      );
    }
  });

  it('follows the zone data outside the EU rule too: no summer time in 1980, summer time in 1942, mean time in 1900', () => {
    expect(helsinkiOffsetAt(Date.UTC(1980, 6, 1))).toBe(120);
    expect(helsinkiOffsetAt(Date.UTC(1981, 6, 1))).toBe(180);
    expect(helsinkiOffsetAt(Date.UTC(1942, 5, 1))).toBe(180);
    expect(helsinkiOffsetAt(Date.UTC(1900, 0, 1))).toBe(100); // +01:39:49 rounded to whole minutes
    expect(helsinkiInstant('1980-07-01', 12, 0)).toBe('1980-07-01T12:00:00+02:00');
  });

  it('takes the earlier (summer) reading in the repeated autumn hour and keeps the spring gap on summer time', () => {
    expect(helsinkiInstant('2017-10-29', 3, 30)).toBe('2017-10-29T03:30:00+03:00');
    expect(helsinkiInstant('2017-03-26', 3, 30)).toBe('2017-03-26T03:30:00+03:00');
  });

  it('reads Finnish dates and rejects impossible ones', () => {
    expect(parseFinnishDate('Pöytäkirja 08.05.2017 klo 15:30')).toBe('2017-05-08');
    expect(parseFinnishDate('Kokous 5.6.2017')).toBe('2017-06-05');
    expect(parseFinnishDate('31.2.2017')).toBeUndefined();
  });
});
