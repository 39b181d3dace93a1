import { readFileSync, writeFileSync } from 'node:fs';
import { MeetingLogSchema } from '@digikokous/meeting-schema';
import type { AgendaItem, Body, Meeting, MeetingLog, Person, Publication } from '@digikokous/meeting-schema';
import * as live from '@digikokous/meeting-schema/fixtures';
import { describe, expect, it } from 'vitest';
import { draftMinutes, helsinkiDate, renderMinutes, replay, type Minutes } from '../src/index.js';

/** A frozen copy of the meeting-schema fixtures (see fixtures/PROVENANCE.md). */
const frozen = JSON.parse(readFileSync(new URL('./fixtures/council-2026-5.json', import.meta.url), 'utf8')) as {
  council: Body;
  councilMeeting: Meeting;
  councilAdditionalItem: AgendaItem;
  councilMeetingLog: MeetingLog;
  people: Person[];
  publication: Publication;
};
const { council, councilMeeting, councilAdditionalItem, councilMeetingLog, people } = frozen;
const state = replay(councilMeeting, councilMeetingLog.events, { body: { kind: council.kind, seats: council.seats } });
const publishedOn = helsinkiDate(frozen.publication.publishedAt);
const draft = (lang: 'fi' | 'sv'): Minutes =>
  draftMinutes(state, { lang, people, bodyName: council.name, extraItems: [councilAdditionalItem], publishedOn });

/** Golden files are reviewed by reading them; regenerate with UPDATE_GOLDEN=1 and review the diff. */
function golden(name: string, actual: string): void {
  const url = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('draftMinutes from the council fixture', () => {
  it('the frozen input log is valid for meeting-schema', () => {
    expect(MeetingLogSchema.safeParse(councilMeetingLog).error?.issues ?? []).toEqual([]);
  });

  it('the live meeting-schema fixture still replays without anomalies into 13 sections', () => {
    const s = replay(live.councilMeeting, live.councilMeetingLog.events, {
      body: { kind: live.council.kind, seats: live.council.seats },
    });
    expect(s.anomalies).toEqual([]);
    const m = draftMinutes(s, {
      lang: 'fi',
      people: live.people,
      bodyName: live.council.name,
      extraItems: [live.councilAdditionalItem],
    });
    expect(m.sections).toHaveLength(live.councilMeetingLog.events.filter((e) => e.type === 'item-opened').length);
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`matches the reviewed golden minutes (${lang}, Markdown and JSON)`, () => {
      const m = draft(lang);
      golden(`council-2026-5.${lang}.md`, renderMinutes(m));
      golden(`council-2026-5.${lang}.json`, `${JSON.stringify(m, null, 2)}\n`);
    });
  }

  it('writes the vote results, the chair’s statements, dissents and appeal dates from the log', () => {
    const m = draft('fi');
    expect(m.sections.map((s) => s.sectionNumber)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
    const s50 = m.sections.find((s) => s.sectionNumber === 50)!;
    expect(s50.proceedings).toContain('Äänestyksessä annettiin jaa 29, ei 13, tyhjä 1; poissa 0.');
    expect(s50.dissents).toHaveLength(2);
    // Published 19.6.2026 → notified 26.6. → 30 days = Sunday 26.7. → Monday 27.7. (KL 138 §, MAL 5 §),
    // the same day as the fixture's own personal-data limit.
    expect(s50.appeal.lastDay).toBe('2026-07-27');
    expect(s50.appeal.lastDay).toBe(frozen.publication.personalDataUntil);
    const s52 = m.sections.find((s) => s.sectionNumber === 52)!;
    expect(s52.proceedings[0]).toMatch(/esteellinen.*HL 28 § 1 mom\. 1 k/);
    const s53 = m.sections.find((s) => s.sectionNumber === 53)!;
    expect(s53.secrecyMarking).toBe('SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 25 k');
    expect(m.legality.join(' ')).toMatch(/42 valtuutettua 43:stä; päätösvaltaisuuteen tarvitaan 29/);
    expect(m.attendance.absent).toHaveLength(2);
    expect(m.sections.find((s) => s.sectionNumber === 46)!.appeal.kind).toBe('muutoksenhakukielto');
  });

  it('drafts minutes at every point of the meeting (live minutes) without throwing', () => {
    const events = councilMeetingLog.events;
    for (let n = 0; n <= events.length; n += 7) {
      const s = replay(councilMeeting, events.slice(0, n), { body: { kind: council.kind, seats: council.seats } });
      const m = draftMinutes(s, { lang: n % 2 === 0 ? 'fi' : 'sv', people });
      expect(m.sections).toHaveLength(s.itemOrder.length);
      expect(renderMinutes(m).length).toBeGreaterThan(0);
    }
  });

  it('Swedish minutes use Swedish statute abbreviations and mark untranslated text', () => {
    const m = draft('sv');
    const s52 = m.sections.find((s) => s.sectionNumber === 52)!;
    expect(s52.proceedings[0]).toMatch(/anmälde jäv.*FL 28 § 1 mom\. 1 punkten/);
    expect(m.sections.find((s) => s.sectionNumber === 45)!.untranslated).toBe(false);
    expect(m.sections.find((s) => s.sectionNumber === 48)!.untranslated).toBe(true);
  });
});
