import { readFileSync, writeFileSync } from 'node:fs';
import { parseMinutes, type Minutes } from '@digikokous/meeting-schema';
import * as live from '@digikokous/meeting-schema/fixtures';
import { describe, expect, it } from 'vitest';
import { draftMinutes, personalDataUntil, renderMinutes, renderMinutesHtml, replay } from '../src/index.js';
import { committeePeople, committeeRemedies, committeeStore } from './fixtures/committee-scenario.js';
import { esimerkkilaAppeals, signed } from './minutes-config.js';

/** Golden files are reviewed by reading them; regenerate with UPDATE_GOLDEN=1 and review the diff. */
function golden(name: string, actual: string): void {
  const url = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}
function valid(m: Minutes): unknown[] {
  const r = parseMinutes(JSON.parse(JSON.stringify(m)));
  return r.success ? [] : r.errors;
}
const municipalityName = { fi: 'Esimerkkilän kunta', sv: 'Exempelby kommun' };

describe('the executive 12/2026 (meeting-schema fixture, hybrid, closed meeting)', () => {
  const state = replay(live.executiveMeeting, live.executiveMeetingLog.events, {
    body: { kind: live.executive.kind, seats: live.executive.seats },
  });
  const fullName = (id: string) => live.fullName(live.personById(id));
  const draft = (lang: 'fi' | 'sv') => {
    const m = draftMinutes(state, {
      lang,
      people: live.people,
      bodyName: live.executive.name,
      municipalityName,
      publishedOn: '2026-06-12',
      appeal: esimerkkilaAppeals,
      attendeeRoles: { p001: { fi: 'valtuuston puheenjohtaja', sv: 'fullmäktiges ordförande' } },
    });
    return signed(m, {
      chair: [state.chairId!, fullName(state.chairId!)],
      secretary: ['hallintojohtaja', fullName('hallintojohtaja')],
      checkers: state.minutesCheckerIds.map((id) => [id, fullName(id)]),
      checkedOn: '2026-06-11',
      checkedAt: { fi: 'Esimerkkilässä', sv: 'i Exempelby' },
      publishedAt: '2026-06-12T09:00:00+03:00',
      url: 'https://esimerkkila.example.fi/poytakirjat/kh-2026-12',
      personalDataUntil: personalDataUntil(m, '2026-06-12'),
    });
  };
  for (const lang of ['fi', 'sv'] as const)
    it(`matches the reviewed golden minutes (${lang}) and is valid`, () => {
      const m = draft(lang);
      expect(valid(m)).toEqual([]);
      golden(
        `executive-2026-12.${lang}.md`,
        renderMinutes(m, {
          people: live.people,
          attendeeRoles: { p001: { fi: 'valtuuston puheenjohtaja', sv: 'fullmäktiges ordförande' } },
        }),
      );
    });
  it('the executive presents through its presenting official; the council chair is shown by his role, not his occupation', () => {
    const md = renderMinutes(draft('fi'), {
      people: live.people,
      attendeeRoles: { p001: { fi: 'valtuuston puheenjohtaja' } },
    });
    expect(md).toMatch(/Esittelijä: Kristiina Esimerkki, kunnanjohtaja/);
    expect(md).toContain(`${fullName('p001')}, valtuuston puheenjohtaja`);
    // KL 140 § 1 mom: the executive's §§ carry a 14-day claim at most, so personal data leave after 14 days.
    expect(personalDataUntil(draft('fi'), '2026-06-12')).toBe('2026-07-03');
    expect(md).toContain('11 jäsentä 11:sta');
  });
});

describe('a committee with tabling, referral back, a wish clause, a tie, a lot, a hallintovalitus and a procurement', () => {
  const store = committeeStore();
  const name = (id: string) => {
    const p = committeePeople.find((x) => x.id === id)!;
    return `${p.givenName} ${p.familyName}`;
  };
  const draft = (lang: 'fi' | 'sv') => {
    const m = draftMinutes(store.state, {
      lang,
      people: committeePeople,
      bodyName: { fi: 'Tekninen lautakunta', sv: 'Tekniska nämnden' },
      municipalityName,
      publishedOn: '2026-09-18',
      appeal: esimerkkilaAppeals,
      remedies: committeeRemedies,
    });
    return signed(m, {
      chair: ['t2', name('t2')],
      secretary: ['sihteeri', name('sihteeri')],
      checkers: [
        ['t3', name('t3')],
        ['t4', name('t4')],
      ],
      checkedOn: '2026-09-17',
      checkedAt: { fi: 'Esimerkkilässä', sv: 'i Exempelby' },
      publishedAt: '2026-09-18T09:00:00+03:00',
      url: 'https://esimerkkila.example.fi/poytakirjat/tekla-2026-7',
      personalDataUntil: personalDataUntil(m, '2026-09-18'),
    });
  };
  it('replays without anomalies', () => {
    expect(store.state.anomalies).toEqual([]);
  });
  for (const lang of ['fi', 'sv'] as const)
    it(`matches the reviewed golden minutes (${lang}) and is valid`, () => {
      const m = draft(lang);
      expect(valid(m)).toEqual([]);
      golden(`committee-2026-7.${lang}.md`, renderMinutes(m, { people: committeePeople }));
      golden(`committee-2026-7.${lang}.html`, renderMinutesHtml(m, { people: committeePeople }));
    });
  it('frames tabling and referral as what happens to the matter, and the tie as the presiding vice-chair’s vote', () => {
    const md = renderMinutes(draft('fi'), { people: committeePeople });
    expect(md).toContain(
      'Äänestys (avoin kädennostoäänestys): jaa = asian käsittelyä jatketaan, ei = asia jätetään pöydälle (Marja Granlund).',
    );
    expect(md).toContain('Puheenjohtaja totesi äänestyksen tuloksena, että asia jätetään pöydälle (äänin 5–4).');
    // HL 27 §, KL 102 §: the chair declared himself disqualified in § 65; the vice-chair presided for the item.
    expect(md).toContain(
      'Varapuheenjohtaja Pertti Berg toimi puheenjohtajana asian käsittelyn ajan, koska puheenjohtaja oli esteellinen (KL 102 §).',
    );
    expect(md).toContain(
      'Puheenjohtaja Liisa Aaltonen ilmoitti olevansa esteellinen (asianosaisjäävi, HL 28 § 1 mom. 1 k)',
    );
    expect(md).toContain('- Liisa Aaltonen, puheenjohtaja\n');
    expect(md).toContain('jaa = asian käsittelyä jatketaan, ei = asia palautetaan uudelleen valmisteltavaksi');
    expect(md).toContain(
      'Äänet menivät tasan, jolloin puheenjohtajana toimineen varapuheenjohtajan (Pertti Berg) ääni ratkaisi (KL 104 § 2 mom).',
    );
    expect(md).toContain('Valinta ratkaistiin arvalla (KL 105 § 4 mom)');
  });
  it('gives each § its own remedy: KL 136 § for tabling and referral, the special law, the procurement remedy, KL 134 § otherwise', () => {
    const m = draft('fi');
    const kindOf = (n: number) =>
      m.appealInstructions?.find((a) => a.id === m.items.find((i) => i.sectionNumber === n)?.appealInstructionId)?.kind;
    expect([61, 62, 63, 64, 65, 66, 67, 68].map(kindOf)).toEqual([
      'oikaisuvaatimus',
      'muutoksenhakukielto',
      'muutoksenhakukielto',
      'oikaisuvaatimus',
      'oikaisuvaatimus',
      'oikaisuvaatimus',
      'hallintovalitus',
      'hankintaoikaisu',
    ]);
    // Notified 25.9.2026; the longest period is the special law's 30 days → 26.10.2026 (25.10. is a Sunday).
    expect(personalDataUntil(m, '2026-09-18')).toBe('2026-10-26');
  });
});
