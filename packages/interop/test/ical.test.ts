import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICalendar } from '../src/ical.js';
import type { Meeting } from '../src/model.js';

const meeting: Meeting = {
  id: 'dynasty-2017406946',
  bodyId: 'b',
  name: 'Kaupunginhallitus 8.5.2017',
  date: '2017-05-08',
  start: '2017-05-08T15:30:00+03:00',
  document: 'agenda',
  attendance: [],
  items: [
    {
      id: 'i1',
      order: 0,
      number: '127',
      title: { fi: 'Hallintosääntö; muutokset, osa 1\\2' },
      preparers: [],
      sections: [],
      proposals: [],
      votes: [],
      disqualifications: [],
      dissents: [],
      attachments: [],
      history: [],
      provenance: { system: 'dynasty', file: 'x' },
    },
  ],
  files: [],
  provenance: { system: 'dynasty', file: 'x' },
};

const unfold = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('toICalendar', () => {
  const ics = toICalendar(meeting, {
    dtstamp: '2026-11-28T20:00:00Z',
    agendaUrl: 'https://kunta.example/esityslista/2017406946',
    bodyName: 'Kaupunginhallitus',
  });

  it('writes CRLF lines of at most 75 octets, a Helsinki VTIMEZONE and local times', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines).toContain('TZID:Europe/Helsinki');
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20170508T153000');
    expect(lines).toContain('DTEND;TZID=Europe/Helsinki:20170508T173000');
    expect(lines).toContain('DTSTAMP:20261128T200000Z');
    expect(lines).toContain('URL:https://kunta.example/esityslista/2017406946');
    expect(lines.filter((l) => l.startsWith('BEGIN:')).length).toBe(lines.filter((l) => l.startsWith('END:')).length);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    const description = unfold(ics).find((l) => l.startsWith('DESCRIPTION:'));
    expect(description).toBe(
      'DESCRIPTION:Esityslista: https://kunta.example/esityslista/2017406946\\n\\nAsiat:\\n§ 127 Hallintosääntö\\; muutokset\\, osa 1\\\\2',
    );
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('uses an all-day event when no time is published, and refuses a meeting without a date', () => {
    const { start: _s, ...noTime } = meeting;
    const allDay = unfold(toICalendar(noTime, { dtstamp: '2026-11-28T20:00:00Z' }));
    expect(allDay).toContain('DTSTART;VALUE=DATE:20170508');
    expect(allDay).toContain('DTEND;VALUE=DATE:20170509');
    expect(allDay).not.toContain('BEGIN:VTIMEZONE');
    expect(() => toICalendar({ ...noTime, date: '' }, { dtstamp: '2026-11-28T20:00:00Z' })).toThrow(RangeError);
  });

  it('folding never splits a character and unfolding restores the line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${s}`);
      }),
      { numRuns: 500 },
    );
  });
});
