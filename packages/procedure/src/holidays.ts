import { assertCount } from './errors.js';
import { addDays, weekday, ymd } from './calendar.js';

export interface Holiday {
  date: string;
  name: { fi: string; sv: string; en: string };
}

/**
 * Easter Day by the Gregorian computus (anonymous Gregorian algorithm of Meeus/Jones/Butcher), as the church holidays
 * follow Western Christian custom (Kirkkolaki 1054/1993 4 luku 3 §; Kirkkojärjestys 657/2023 1 luku 4 §).
 */
export function easterSunday(year: number): string {
  assertCount(year, 'year', 1583);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The first date on or after `from` that falls on `dow` (0 = Sunday … 6 = Saturday). */
function firstWeekdayOnOrAfter(from: string, dow: number): string {
  return addDays(from, (dow - weekday(from) + 7) % 7);
}

/**
 * The days other than ordinary Saturdays and Sundays that block the last day of a deadline (määräaikalaki 150/1930
 * 5 § as amended by 358/1966): the church holidays (Kirkkolaki 1054/1993 4 luku 3 §, Kirkkolaki 652/2023 1 luku 6 §:
 * Christmas Day, Boxing Day, New Year's Day, Epiphany, Good Friday, Easter Day, Easter Monday, Ascension Day, Whit
 * Sunday, Midsummer Day = the Saturday after 19 June, All Saints' Day = the Saturday after 30 October), Independence
 * Day 6.12, May Day 1.5, Christmas Eve and Midsummer Eve. Sorted by date.
 */
export function finnishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayOnOrAfter(ymd(year, 6, 20), 6);
  const list: Holiday[] = [
    { date: ymd(year, 1, 1), name: { fi: 'uudenvuodenpäivä', sv: 'nyårsdagen', en: "New Year's Day" } },
    { date: ymd(year, 1, 6), name: { fi: 'loppiainen', sv: 'trettondedag jul', en: 'Epiphany' } },
    { date: addDays(easter, -2), name: { fi: 'pitkäperjantai', sv: 'långfredagen', en: 'Good Friday' } },
    { date: easter, name: { fi: 'pääsiäispäivä', sv: 'påskdagen', en: 'Easter Day' } },
    { date: addDays(easter, 1), name: { fi: 'toinen pääsiäispäivä', sv: 'annandag påsk', en: 'Easter Monday' } },
    { date: ymd(year, 5, 1), name: { fi: 'vapunpäivä', sv: 'första maj', en: 'May Day' } },
    { date: addDays(easter, 39), name: { fi: 'helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' } },
    { date: addDays(easter, 49), name: { fi: 'helluntaipäivä', sv: 'pingstdagen', en: 'Whit Sunday' } },
    { date: addDays(midsummerDay, -1), name: { fi: 'juhannusaatto', sv: 'midsommarafton', en: 'Midsummer Eve' } },
    { date: midsummerDay, name: { fi: 'juhannuspäivä', sv: 'midsommardagen', en: 'Midsummer Day' } },
    {
      date: firstWeekdayOnOrAfter(ymd(year, 10, 31), 6),
      name: { fi: 'pyhäinpäivä', sv: 'alla helgons dag', en: "All Saints' Day" },
    },
    { date: ymd(year, 12, 6), name: { fi: 'itsenäisyyspäivä', sv: 'självständighetsdagen', en: 'Independence Day' } },
    { date: ymd(year, 12, 24), name: { fi: 'jouluaatto', sv: 'julafton', en: 'Christmas Eve' } },
    { date: ymd(year, 12, 25), name: { fi: 'joulupäivä', sv: 'juldagen', en: 'Christmas Day' } },
    { date: ymd(year, 12, 26), name: { fi: 'tapaninpäivä', sv: 'annandag jul', en: "St Stephen's Day" } },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = cache.get(year);
  if (set === undefined) {
    set = new Set(finnishHolidays(year).map((h) => h.date));
    cache.set(year, set);
  }
  return set;
}

/**
 * Whether a deadline may not end on `date`: every Saturday (arkilauantai) and Sunday and the days of
 * {@link finnishHolidays} (määräaikalaki 150/1930 5 §).
 */
export function isBlockingDay(date: string): boolean {
  const dow = weekday(date);
  if (dow === 0 || dow === 6) return true;
  return holidaySet(Number(date.slice(0, 4))).has(date);
}

/**
 * The first weekday after `date` that is not a blocking day (määräaikalaki 150/1930 5 §). Use
 * {@link firstWorkingDayOnOrAfter} for the last day of a period.
 */
export function nextWorkingDay(date: string): string {
  let d = addDays(date, 1);
  while (isBlockingDay(d)) d = addDays(d, 1);
  return d;
}

/** `date` itself when it is not a blocking day, otherwise {@link nextWorkingDay} (määräaikalaki 150/1930 5 §). */
export function firstWorkingDayOnOrAfter(date: string): string {
  return isBlockingDay(date) ? nextWorkingDay(date) : date;
}
