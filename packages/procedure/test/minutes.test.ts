import { readFileSync, writeFileSync } from 'node:fs';
import { MeetingLogSchema, parseMinutes } from '@digikokous/meeting-schema';
import type {
  AgendaItem,
  Block,
  Body,
  Meeting,
  MeetingLog,
  Minutes,
  Person,
  Publication,
} from '@digikokous/meeting-schema';
import * as live from '@digikokous/meeting-schema/fixtures';
import { describe, expect, it } from 'vitest';
import {
  appealDeadlines,
  draftMinutes,
  draftMinutesText,
  helsinkiDate,
  isProcedureError,
  MeetingStore,
  personalDataUntil,
  renderMinutes,
  replay,
  type MeetingCommand,
} from '../src/index.js';
import { esimerkkilaAppeals, signed } from './minutes-config.js';

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
  draftMinutes(state, {
    lang,
    people,
    bodyName: council.name,
    municipalityName: { fi: 'Esimerkkilän kunta', sv: 'Exempelby kommun' },
    extraItems: [councilAdditionalItem],
    publishedOn,
    appeal: esimerkkilaAppeals,
  });
const name = (id: string) => {
  const p = people.find((x) => x.id === id)!;
  return `${p.givenName} ${p.familyName}`;
};
/** The council minutes as signed, checked and published (KL 107 §, KL 140 §). */
const signedDraft = (lang: 'fi' | 'sv'): Minutes => {
  const m = draft(lang);
  return signed(m, {
    chair: [state.chairId!, name(state.chairId!)],
    secretary: ['hallintojohtaja', name('hallintojohtaja')],
    checkers: state.minutesCheckerIds.map((id) => [id, name(id)]),
    checkedOn: '2026-06-18',
    checkedAt: { fi: 'Esimerkkilässä', sv: 'i Exempelby' },
    publishedAt: frozen.publication.publishedAt,
    url: frozen.publication.url,
    personalDataUntil: personalDataUntil(m, publishedOn),
  });
};

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

  it('the live meeting-schema fixture still replays without anomalies into 13 valid sections', () => {
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
    expect(valid(m)).toEqual([]);
    expect(m.items).toHaveLength(live.councilMeetingLog.events.filter((e) => e.type === 'item-opened').length);
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`is a minutes document that meeting-schema's parseMinutes accepts (${lang})`, () => {
      const m = draft(lang);
      expect(valid(m)).toEqual([]);
      expect(m.language).toBe(lang);
      // Finnish is always there (the schema requires it); Swedish minutes carry Swedish beside it.
      for (const it of m.items) {
        expect(it.proceedings === undefined || it.proceedings.fi.length > 0).toBe(true);
        if (it.proceedings) expect(it.proceedings.sv !== undefined).toBe(lang === 'sv');
      }
    });

    it(`matches the reviewed golden minutes (${lang}, Markdown and JSON)`, () => {
      const m = signedDraft(lang);
      expect(valid(m)).toEqual([]);
      golden(`council-2026-5.${lang}.md`, renderMinutes(m, { people }));
      golden(`council-2026-5.${lang}.json`, `${JSON.stringify(m, null, 2)}\n`);
    });
  }

  it("lists named ballots by family name, in the language's collation (ä after z in Finnish)", () => {
    const m = draft('fi');
    const byFullName = new Map(people.map((p) => [`${p.givenName} ${p.familyName}`, p.familyName]));
    const rows = m.items.flatMap((s) => text(s.proceedings?.fi).filter((p) => /^(?:Jaa|Ei|Tyhjä) \(\d+\): /.test(p)));
    expect(rows.length).toBeGreaterThan(3);
    const collator = new Intl.Collator('fi');
    for (const row of rows) {
      const families = row
        .replace(/^[^:]+: /, '')
        .replace(/\.$/, '')
        .split(', ')
        .map((n) => byFullName.get(n) ?? n);
      expect([...families].sort(collator.compare), row).toEqual(families);
    }
  });

  it('writes the vote results, the chair’s statements, dissents and appeal dates from the log', () => {
    const m = draft('fi');
    expect(m.items.map((s) => s.sectionNumber)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
    const s50 = section(m, 50);
    expect(text(s50.proceedings?.fi)).toContain('Äänestyksessä annettiin jaa 29, ei 13, tyhjä 1; poissa 0.');
    expect(s50.votes.map((v) => v.counts)).toContainEqual({ jaa: 29, ei: 13, tyhja: 1, poissa: 0 });
    expect(s50.dissents).toHaveLength(2);
    // Published 19.6.2026 → notified 26.6. → 30 days = Sunday 26.7. → Monday 27.7. (KL 138 §, MAL 5 §),
    // the same day as the fixture's own personal-data limit.
    const lastDay = appealDeadlines({ minutesPublishedOn: publishedOn }).municipalAppeal.lastDay;
    expect(lastDay).toBe('2026-07-27');
    expect(lastDay).toBe(frozen.publication.personalDataUntil);
    expect(s50.decision.appeal?.kind).toBe('kunnallisvalitus');
    const instruction = m.appealInstructions?.find((a) => a.id === s50.appealInstructionId);
    expect(instruction?.sectionNumbers).toContain(50);
    expect(text(instruction?.text.fi).join(' ')).toContain('määräaika päättyy 27.7.2026');
    // KL 140 § 1 mom: the council's appeal period (30 days) decides when personal data leave the network.
    expect(personalDataUntil(m, publishedOn)).toBe('2026-07-27');
    const s52 = section(m, 52);
    // KL 97 § 1 mom: a councillor in the council is disqualified under that section, not HL 28 § alone.
    expect(text(s52.proceedings?.fi)[0]).toMatch(/esteellinen \(asianosaisjäävi, KL 97 § 1 mom, HL 28 § 1 mom\. 1 k\)/);
    expect(s52.disqualifications).toMatchObject([{ personId: 'p007', disqualified: true }]);
    const s53 = section(m, 53);
    expect(s53.publicity).toMatchObject({
      status: 'salassa-pidettava',
      marking: 'SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 25 k',
    });
    expect(text(m.legalityAndQuorum.text?.fi).join(' ')).toMatch(
      /42 valtuutettua 43:sta; päätösvaltaisuuteen tarvitaan 29/,
    );
    expect(m.legalityAndQuorum).toMatchObject({ membersPresent: 42, seats: 43, quorate: true });
    expect(m.attendance.filter((a) => a.status === 'poissa')).toHaveLength(2);
    expect(m.minutesCheckerIds).toEqual(
      frozen.councilMeetingLog.events.find((e) => e.type === 'minutes-checkers-chosen')?.payload.personIds,
    );
    expect(section(m, 46).decision.appeal?.kind).toBe('muutoksenhakukielto');
    // § 52: the expert heard in that item only is minuted as present without a vote and away in the other items.
    const expert = m.attendance.find((a) => a.personId === 'tekninen-johtaja')!;
    expect(expert).toMatchObject({ role: 'asiantuntija', votingRight: false, arrivedDuringItemId: s52.itemId });
    expect(expert.absentDuringItemIds).not.toContain(s52.itemId);
    expect(expert.absentDuringItemIds).toContain(s50.itemId);
  });

  it('drafts valid minutes at every point of the meeting (only decided sections), and live text for all', () => {
    const events = councilMeetingLog.events;
    for (let n = 0; n <= events.length; n += 7) {
      const s = replay(councilMeeting, events.slice(0, n), { body: { kind: council.kind, seats: council.seats } });
      const lang = n % 2 === 0 ? 'fi' : 'sv';
      const m = draftMinutes(s, { lang, people });
      expect(valid(m)).toEqual([]);
      expect(m.items).toHaveLength([...s.items.values()].filter((i) => i.decision !== undefined).length);
      expect(draftMinutesText(s, { lang, people }).sections).toHaveLength(s.itemOrder.length);
      expect(renderMinutes(m).length).toBeGreaterThan(0);
    }
  });

  it('Swedish minutes use Swedish statute abbreviations and mark untranslated text', () => {
    const m = draft('sv');
    expect(text(section(m, 52).proceedings?.sv)[0]).toMatch(/anmälde jäv.*KomL 97 § 1 mom, FL 28 § 1 mom\. 1 punkten/);
    const md = renderMinutes(m);
    const part = (n: number) => md.slice(md.indexOf(`## § ${n} `), md.indexOf(`## § ${n + 1} `));
    // § 45: the decision is in Swedish, the base proposal only in Finnish, and only that passage is marked.
    expect(part(45)).toContain('Sammanträdet konstaterades vara lagligen sammankallat och beslutfört.\n');
    expect(part(45)).toContain(
      'Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi. _(endast på finska)_',
    );
    expect(part(45).match(/endast på finska/g)).toHaveLength(1);
    expect(part(48)).toContain('endast på finska');
    // The front page says the minutes are in part a translation (Kielilaki 423/2003 29 §).
    expect(m.translation).toEqual({ from: 'fi', complete: false });
    expect(md).toContain('delvis en översättning');
  });

  it('renders either language from the same Swedish document', () => {
    const m = draft('sv');
    expect(renderMinutes(m)).toContain('### Behandling');
    expect(renderMinutes(m, { lang: 'fi' })).toContain('### Käsittely');
  });
});

describe('draftMinutes on a minimal meeting', () => {
  it('without agenda data, invitees or a known body code still gives a valid document (council alias)', () => {
    const meeting = { id: 'm-1', items: [{ id: 'i1', title: { fi: 'Ilmoitusasiat', sv: 'Anmälningsärenden' } }] };
    const store = new MeetingStore(meeting as unknown as Meeting, [], { body: { kind: 'council', seats: 3 } });
    let t = Date.parse('2026-01-01T10:00:00Z');
    const run = (c: Record<string, unknown>) => {
      t += 60_000;
      const r = store.dispatch({ actor: 'a', at: new Date(t).toISOString(), ...c } as MeetingCommand);
      if (isProcedureError(r)) throw new Error(r.message.en);
    };
    run({ type: 'open-meeting', chairId: 'a', mode: 'lasnaolo' });
    for (const p of ['a', 'b', 'c'])
      run({ type: 'change-attendance', personId: p, status: 'lasna', votingRight: true });
    run({ type: 'state-legality', lawfullyConvened: true });
    run({ type: 'open-item', itemId: 'i1' });
    run({ type: 'close-discussion' });
    const para = [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Merkittiin tiedoksi.' }] }];
    run({
      type: 'record-decision',
      decision: { id: 'd1', itemId: 'i1', kind: 'merkitty-tiedoksi', text: { fi: para } },
    });
    const m = draftMinutes(store.state, { lang: 'sv' });
    expect(valid(m)).toEqual([]);
    expect(m.meeting.bodyKind).toBe('valtuusto');
    expect(m.legalityAndQuorum).toMatchObject({ membersPresent: 3, seats: 3, quorate: true });
    expect(m.items.map((i) => i.title)).toEqual([{ fi: 'Ilmoitusasiat', sv: 'Anmälningsärenden' }]);
    expect(renderMinutes(m)).toMatch(/## § \d+ Anmälningsärenden[\s\S]*### Beslut[\s\S]*Merkittiin tiedoksi\./);
  });
});

function section(m: Minutes, n: number): Minutes['items'][number] {
  const s = m.items.find((i) => i.sectionNumber === n);
  if (!s) throw new Error(`no § ${n}`);
  return s;
}

function text(blocks: readonly Block[] | undefined): string[] {
  return (blocks ?? []).map((b) =>
    b.type === 'paragraph' ? b.content.map((c) => (c.type === 'text' ? c.text : '')).join('') : '',
  );
}

function valid(m: Minutes): unknown[] {
  const r = parseMinutes(JSON.parse(JSON.stringify(m)));
  return r.success ? [] : r.errors;
}
