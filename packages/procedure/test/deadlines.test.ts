import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  appealDeadlines,
  daysBetween,
  easterSunday,
  finnishHolidays,
  helsinkiDate,
  invitationLatest,
  isBlockingDay,
  nextWorkingDay,
  notificationDate,
  recordingAccessibleBy,
  weekday,
} from '../src/index.js';

const byName = (year: number, fi: string): string => finnishHolidays(year).find((h) => h.name.fi === fi)!.date;

describe('Easter by the Gregorian computus (Kirkkolaki 4 luku 3 §)', () => {
  it('matches known Easter Days, including the earliest and latest possible', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let y = 1900; y <= 2200; y += 1) {
      const e = easterSunday(y);
      expect(new Date(`${e}T12:00:00Z`).getUTCDay()).toBe(0);
      expect(e.slice(5) >= '03-22' && e.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('Blocking days (määräaikalaki 150/1930 5 §) against the holiday table of the domain reference', () => {
  const table: [number, string, string, string, string, string][] = [
    [2024, '2024-03-29', '2024-04-01', '2024-05-09', '2024-06-21', '2024-11-02'],
    [2025, '2025-04-18', '2025-04-21', '2025-05-29', '2025-06-20', '2025-11-01'],
    [2026, '2026-04-03', '2026-04-06', '2026-05-14', '2026-06-19', '2026-10-31'],
    [2027, '2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25', '2027-11-06'],
  ];
  for (const [year, goodFriday, easterMonday, ascension, midsummerEve, allSaints] of table) {
    it(`${year}`, () => {
      expect(byName(year, 'pitkäperjantai')).toBe(goodFriday);
      expect(byName(year, 'toinen pääsiäispäivä')).toBe(easterMonday);
      expect(byName(year, 'helatorstai')).toBe(ascension);
      expect(byName(year, 'juhannusaatto')).toBe(midsummerEve);
      expect(byName(year, 'juhannuspäivä')).toBe(addDays(midsummerEve, 1));
      expect(byName(year, 'pyhäinpäivä')).toBe(allSaints);
      for (const d of [
        goodFriday,
        easterMonday,
        ascension,
        midsummerEve,
        allSaints,
        `${year}-12-06`,
        `${year}-05-01`,
      ]) {
        expect(isBlockingDay(d), d).toBe(true);
      }
      expect(finnishHolidays(year)).toHaveLength(15);
    });
  }

  it('Midsummer Day is the Saturday between 20 and 26 June, All Saints the Saturday between 31.10 and 6.11', () => {
    for (let y = 2000; y <= 2100; y += 1) {
      const md = byName(y, 'juhannuspäivä');
      const as = byName(y, 'pyhäinpäivä');
      expect(new Date(`${md}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(md >= `${y}-06-20` && md <= `${y}-06-26`).toBe(true);
      expect(new Date(`${as}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(as >= `${y}-10-31` && as <= `${y}-11-06`).toBe(true);
    }
  });

  it('New Year’s Eve and Maundy Thursday do not block; every Saturday and Sunday does', () => {
    expect(isBlockingDay('2025-12-31')).toBe(false);
    expect(isBlockingDay('2025-04-17')).toBe(false);
    expect(isBlockingDay('2025-04-19')).toBe(true);
    expect(isBlockingDay('2025-11-16')).toBe(true);
    expect(isBlockingDay('2025-11-17')).toBe(false);
  });

  it('nextWorkingDay skips runs of blocking days', () => {
    expect(nextWorkingDay('2025-04-17')).toBe('2025-04-22'); // Maundy Thu → over Easter
    expect(nextWorkingDay('2025-12-23')).toBe('2025-12-29');
    expect(nextWorkingDay('2026-06-18')).toBe('2026-06-22');
    expect(nextWorkingDay('2025-12-31')).toBe('2026-01-02');
  });
});

describe('Notification and appeal periods (KL 138 §, 140 § 3 mom; HL 59 §; SAL 19 §; määräaikalaki 2 §, 5 §)', () => {
  it('notificationDate: 7 days online or by letter, 3 days electronically, the receipt date; never shifted', () => {
    expect(notificationDate({ channel: 'public-network', date: '2025-12-17' })).toBe('2025-12-24');
    expect(notificationDate({ channel: 'letter', date: '2025-03-01' })).toBe('2025-03-08');
    expect(notificationDate({ channel: 'electronic', date: '2025-04-15' })).toBe('2025-04-18');
    expect(notificationDate({ channel: 'receipt', date: '2025-04-15' })).toBe('2025-04-15');
    expect(() => notificationDate({ channel: 'pigeon' as 'letter', date: '2025-04-15' })).toThrow(/channel/);
  });

  const cases: [string, string, 'rectification' | 'municipalAppeal', string][] = [
    ['an ordinary Tuesday', '2025-04-15', 'rectification', '2025-04-29'],
    ['Good Friday → past Easter Monday', '2025-04-04', 'rectification', '2025-04-22'],
    ['Ascension Day 2026 → Friday', '2026-04-30', 'rectification', '2026-05-15'],
    ['Midsummer Eve 2024 → Monday', '2024-06-07', 'rectification', '2024-06-24'],
    ['Independence Day 2027 (Monday) → Tuesday', '2027-11-06', 'municipalAppeal', '2027-12-07'],
    ['Christmas Eve 2025 → 29.12', '2025-12-10', 'rectification', '2025-12-29'],
    ['May Day 2026 (Friday) → Monday', '2026-04-17', 'rectification', '2026-05-04'],
    ['a Saturday → Monday', '2025-10-04', 'municipalAppeal', '2025-11-03'],
    ['All Saints 2026 (31.10) → Monday 2.11', '2026-10-17', 'rectification', '2026-11-02'],
    ['New Year 2027 → Monday 4.1', '2026-12-02', 'municipalAppeal', '2027-01-04'],
  ];
  for (const [name, notifiedOn, kind, lastDay] of cases) {
    it(`${kind} last day: ${name}`, () => {
      const d = appealDeadlines({ notifiedOn });
      expect(d[kind].lastDay).toBe(lastDay);
      expect(d[kind].rawLastDay).toBe(addDays(notifiedOn, kind === 'rectification' ? 14 : 30));
    });
  }

  it('from the publication date: the 7-day presumption, then 14 and 30 days; personal data removed after the period', () => {
    const d = appealDeadlines({ minutesPublishedOn: '2025-03-28' });
    expect(d.notifiedOn).toBe('2025-04-04');
    expect(d.rectification.lastDay).toBe('2025-04-22');
    expect(d.municipalAppeal.lastDay).toBe('2025-05-05'); // 4.5. is a Sunday
    expect(d.personalDataRemovalAfter).toBe('2025-05-05');
    expect(
      appealDeadlines({ minutesPublishedOn: '2025-03-28', remedy: 'rectification' }).personalDataRemovalAfter,
    ).toBe('2025-04-22');
    expect(() => appealDeadlines({})).toThrow(/required/);
    expect(() => appealDeadlines({ notifiedOn: '2025-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('KL 94 § 4 mom: the council invitation four days before, not moved; other bodies from the rules', () => {
    expect(invitationLatest({ meetingDate: '2025-06-16', body: { kind: 'valtuusto' } })).toBe('2025-06-12');
    expect(invitationLatest({ meetingDate: '2025-12-10', body: { kind: 'valtuusto' } })).toBe('2025-12-06');
    expect(invitationLatest({ meetingDate: '2025-06-16', body: { kind: 'lautakunta' } })).toBe('2025-06-12');
    expect(
      invitationLatest({ meetingDate: '2025-06-16', body: { kind: 'lautakunta' }, rules: { invitationLeadDays: 3 } }),
    ).toBe('2025-06-13');
  });

  it('DPL 7 §: a kept recording accessible within 14 days, not moved', () => {
    expect(recordingAccessibleBy('2025-12-10')).toBe('2025-12-24');
  });

  it('helsinkiDate converts an instant to the Helsinki calendar date (EET and EEST)', () => {
    expect(helsinkiDate('2025-01-15T22:30:00Z')).toBe('2025-01-16');
    expect(helsinkiDate('2025-07-15T21:30:00Z')).toBe('2025-07-16');
    expect(helsinkiDate('2025-07-15T20:30:00Z')).toBe('2025-07-15');
    expect(() => helsinkiDate('2025-07-15T20:30:00')).toThrow(/offset/);
  });
});

describe('independent of the machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  for (const tz of [
    'UTC',
    'Europe/Helsinki',
    'America/Santiago',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Tehran',
  ]) {
    it(`TZ=${tz}`, () => {
      process.env.TZ = tz;
      expect(addDays('2025-03-29', 2)).toBe('2025-03-31'); // across the EU DST change
      expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
      expect(addDays('2024-09-06', 3)).toBe('2024-09-09'); // Chile's DST change (midnight skipped)
      expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
      expect(daysBetween('2025-10-27', '2025-10-25')).toBe(-2);
      expect(daysBetween('2024-02-28', '2025-02-28')).toBe(366); // leap day
      expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1); // years 0–99 stay themselves
      expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
      expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
      expect(weekday('2025-03-30')).toBe(0); // a Sunday, the day of the EU DST change
      expect(weekday('2026-06-19')).toBe(5);
      expect(easterSunday(2026)).toBe('2026-04-05');
      expect(byName(2025, 'juhannusaatto')).toBe('2025-06-20');
      expect(appealDeadlines({ minutesPublishedOn: '2025-03-28' }).rectification.lastDay).toBe('2025-04-22');
      expect(helsinkiDate('2025-07-15T21:30:00Z')).toBe('2025-07-16');
      expect(isBlockingDay('2025-12-06')).toBe(true);
    });
  }
});

describe('the README examples', () => {
  it('give the documented dates', () => {
    expect(isBlockingDay('2026-06-19')).toBe(true);
    expect(notificationDate({ channel: 'public-network', date: '2026-06-19' })).toBe('2026-06-26');
    const d = appealDeadlines({ minutesPublishedOn: '2026-06-19' });
    expect([d.notifiedOn, d.rectification.lastDay, d.municipalAppeal.lastDay, d.personalDataRemovalAfter]).toEqual([
      '2026-06-26',
      '2026-07-10',
      '2026-07-27',
      '2026-07-27',
    ]);
    expect(invitationLatest({ meetingDate: '2026-06-15', body: { kind: 'valtuusto' } })).toBe('2026-06-11');
    expect(recordingAccessibleBy('2026-06-19')).toBe('2026-07-03');
    expect(finnishHolidays(2026)[0]).toEqual({
      date: '2026-01-01',
      name: { fi: 'uudenvuodenpäivä', sv: 'nyårsdagen', en: "New Year's Day" },
    });
  });
});
