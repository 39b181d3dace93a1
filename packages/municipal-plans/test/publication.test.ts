import type { Minutes } from '@digikokous/meeting-schema';
import { councilMinutes, executiveMinutes } from '@digikokous/meeting-schema/fixtures';
import { appealDeadlines } from '@digikokous/procedure';
import { describe, expect, it } from 'vitest';
import {
  computePublicationPlan,
  examplePublicationRules,
  publicationPlanDocument,
  publishMinutes,
  renderMarkdown,
  validatePublicationRules,
} from '../src/index.js';
import { clone, codes } from './helpers.js';

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
/** The council minutes with a private applicant (name, phone, e-mail) in the decision of § 52. */
function withApplicant(extra = ''): Minutes {
  const m = clone(councilMinutes);
  const it = m.items.find((i) => i.sectionNumber === 52)!;
  it.decision.text.fi.push(
    para(`Muutosta hakenut Pertti Yksityinen (puh. 040 123 4567, pertti@example.fi) on kuultu.${extra}`),
  );
  return m;
}

describe('computePublicationPlan', () => {
  it('removes personal data after the period of the remedy each § names (KL 140 § 1 mom, KL 138 §)', () => {
    const r = computePublicationPlan(executiveMinutes, { publishedOn: '2026-06-12' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const d = appealDeadlines({ minutesPublishedOn: '2026-06-12' });
    expect(r.value.notifiedOn).toBe('2026-06-19'); // KL 140 § 3 mom: seven days after publication
    const rect = r.value.items.find((i) => i.sectionNumber === 184)!;
    expect(rect).toMatchObject({
      remedy: 'oikaisuvaatimus',
      periodLastDay: d.rectification.lastDay,
      personalDataUntil: d.rectification.lastDay,
    });
    // 19.6.2026 + 14 = 3.7.2026, a Friday: not moved (määräaikalaki 5 §); removal from the next day on.
    expect(rect.periodLastDay).toBe('2026-07-03');
    expect(rect.removePersonalDataOn).toBe('2026-07-04');
    // A § with no remedy keeps its data as long as the longest period of the minutes (configurable).
    const none = r.value.items.find((i) => i.sectionNumber === 182)!;
    expect(none).toMatchObject({ remedy: 'muutoksenhakukielto', personalDataUntil: '2026-07-03' });
    expect(none.periodLastDay).toBeUndefined();
    const early = computePublicationPlan(executiveMinutes, {
      publishedOn: '2026-06-12',
      rules: {
        minutesOnlineYears: 4,
        noRemedyPersonalData: 'at-notification',
        recordings: { streamPublicMeetings: true, keepRecordings: true, retentionDays: 90 },
      },
    });
    if (!early.ok) throw new Error('plan');
    expect(early.value.items.find((i) => i.sectionNumber === 182)!.personalDataUntil).toBe('2026-06-19');
  });

  it('the council minutes: a 30-day appeal whose last day falls on a Sunday moves to Monday; matches the fixture’s own record', () => {
    const r = computePublicationPlan(councilMinutes);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.minutesOnlineFrom).toBe('2026-06-19');
    const appeal = r.value.items.find((i) => i.sectionNumber === 50)!;
    expect(appeal.periodLastDay).toBe('2026-07-27'); // raw 26.7.2026 is a Sunday
    expect(r.value.personalDataUntil).toBe(councilMinutes.publication!.personalDataUntil);
    expect(r.value.items.find((i) => i.sectionNumber === 53)).toMatchObject({
      published: 'mention',
      title: { fi: 'Vahingonkorvausvaatimus' },
    });
  });

  it('kept recordings: captions within 14 days (DPL 7 § 3 mom), online for the retention period', () => {
    const r = computePublicationPlan(councilMinutes, { recordingsPublishedOn: ['2026-06-16'] });
    if (!r.ok) throw new Error('plan');
    expect(r.value.recordings).toEqual([
      { publishedOn: '2026-06-16', captionsDue: '2026-06-30', onlineUntil: '2027-06-16' },
    ]);
  });

  it('KL 140 § 1 mom: not before the minutes are checked; bad dates are errors, never thrown', () => {
    const m = clone(councilMinutes);
    delete m.checkedOn;
    expect(codes(computePublicationPlan(m))).toEqual(['publication.not-checked']);
    expect(codes(computePublicationPlan(councilMinutes, { publishedOn: '2026-06-17' }))).toEqual([
      'publication.before-checking',
    ]);
    expect(codes(computePublicationPlan(councilMinutes, { publishedOn: '19.6.2026' }))).toEqual(['date.format']);
    expect(codes(computePublicationPlan(executiveMinutes))).toEqual(['publication.no-date']);
  });

  it('the plan document in Finnish and Swedish', () => {
    const r = computePublicationPlan(councilMinutes);
    if (!r.ok) throw new Error('plan');
    expect(renderMarkdown(publicationPlanDocument(r.value, 'fi'))).toContain(
      '| § 53 Vahingonkorvausvaatimus | vain maininta (salassa pidettävä) |',
    );
    expect(renderMarkdown(publicationPlanDocument(r.value, 'sv'))).toContain(
      '| § 53 Skadeståndskrav | endast omnämnande (sekretessbelagt) |',
    );
  });
});

describe('publishMinutes', () => {
  it('a confidential § is published only as a mention under its public title: no secret text in the page', () => {
    const r = publishMinutes(councilMinutes, { lang: 'fi', asOf: '2026-06-19' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const secret = councilMinutes.items.find((i) => i.sectionNumber === 53)!;
    const secretText = secret.decision.text.fi
      .map((b) => (b.type === 'paragraph' ? b.content.map((c) => (c.type === 'text' ? c.text : '')).join('') : ''))
      .join('');
    expect(secretText.length).toBeGreaterThan(10);
    for (const out of [r.document.html, r.document.markdown, JSON.stringify(r.minutes)]) {
      expect(out).not.toContain(secretText.slice(0, 30));
      expect(out).not.toContain(secret.title.fi);
    }
    expect(r.document.html).toContain('<h2>§ 53 Vahingonkorvausvaatimus</h2>');
    expect(r.document.html).toContain('<html lang="fi">');
  });

  it('a confidential § without publicTitle goes online under the neutral mention and its ground, never its title', () => {
    const secret = councilMinutes.items.find((i) => i.sectionNumber === 53)!;
    const { publicTitle: _p, ...noPublic } = secret;
    void _p;
    const minutes = { ...councilMinutes, items: councilMinutes.items.map((i) => (i === secret ? noPublic : i)) };
    for (const lang of ['fi', 'sv'] as const) {
      const r = publishMinutes(minutes, { lang, asOf: '2026-06-19' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      for (const out of [r.document.html, r.document.markdown, r.minutesHtml, JSON.stringify(r.minutes)]) {
        expect(out).not.toContain(secret.title.fi);
        if (secret.title.sv !== undefined) expect(out).not.toContain(secret.title.sv);
      }
      const item = r.minutes.items.find((i) => i.sectionNumber === 53)!;
      expect(item.title).toMatch(
        lang === 'fi' ? /^Salassa pidettävä asia \(JulkL/u : /^Sekretessbelagt ärende \(JulkL/u,
      );
    }
  });

  it('refuses to publish when publicationCheck finds a henkilötunnus, and says where', () => {
    const r = publishMinutes(withApplicant(' Henkilötunnus 131052-308T.'), { lang: 'fi', asOf: '2026-06-19' });
    expect(r.ok).toBe(false);
    expect(new Set(codes(r))).toEqual(new Set(['publication.hetu']));
    const idx = councilMinutes.items.findIndex((i) => i.sectionNumber === 52);
    expect(r.issues.map((i) => i.path)).toContainEqual(['minutes', 'items', idx, 'decision', 1]);
    // The issue names the path, never the value.
    expect(JSON.stringify(r)).not.toContain('131052-308T');
  });

  it('phone numbers and e-mail addresses never go online; a private person’s name only until the period ends', () => {
    const during = publishMinutes(withApplicant(), {
      lang: 'fi',
      asOf: '2026-07-27',
      privatePersons: ['Pertti Yksityinen'],
    });
    if (!during.ok) throw new Error(JSON.stringify(during.issues));
    expect(during.document.markdown).toContain('Pertti Yksityinen');
    expect(during.document.markdown).not.toContain('040 123 4567');
    expect(during.document.markdown).not.toContain('pertti@example.fi');
    const after = publishMinutes(withApplicant(), {
      lang: 'sv',
      asOf: '2026-07-28',
      privatePersons: ['Pertti Yksityinen'],
    });
    if (!after.ok) throw new Error(JSON.stringify(after.issues));
    expect(after.document.html).not.toContain('Pertti Yksityinen');
    expect(after.document.html).toContain('[namn borttaget]');
    expect(after.document.html).toContain('Personuppgifterna har tagits bort');
  });

  it('the full public minutes page of the procedure renderer comes from the same redacted record', () => {
    const r = publishMinutes(withApplicant(), {
      lang: 'fi',
      asOf: '2026-07-28',
      privatePersons: ['Pertti Yksityinen'],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const secret = councilMinutes.items.find((i) => i.sectionNumber === 53)!;
    expect(r.minutesHtml).toContain('lang="fi"');
    expect(r.minutesHtml).toContain('Vahingonkorvausvaatimus');
    expect(r.minutesHtml).not.toContain(secret.title.fi);
    expect(r.minutesHtml).not.toContain('040 123 4567');
    expect(r.minutesHtml).not.toContain('Pertti Yksityinen');
    const sv = publishMinutes(councilMinutes, { lang: 'sv', asOf: '2026-06-19' });
    if (!sv.ok) throw new Error(JSON.stringify(sv.issues));
    expect(sv.minutesHtml).toContain('lang="sv"');
  });

  it('nothing is published before the day the minutes go online', () => {
    expect(codes(publishMinutes(councilMinutes, { lang: 'fi', asOf: '2026-06-18' }))).toEqual([
      'publication.too-early',
    ]);
    expect(codes(publishMinutes(councilMinutes, { lang: 'fi', asOf: 'tomorrow' }))).toEqual(['date.format']);
  });
});

describe('validatePublicationRules (KL 109 §)', () => {
  it('the example is valid; a missing KL 109 § document is an error', () => {
    expect(validatePublicationRules(examplePublicationRules)).toMatchObject({ ok: true, issues: [] });
    const r = clone(examplePublicationRules);
    r.mandatoryDocuments = r.mandatoryDocuments.filter((d) => d.kind !== 'hallintosaanto');
    expect(codes(validatePublicationRules(r))).toEqual(['kl109.missing']);
    expect(validatePublicationRules({ ...r, website: 'http://insecure.example' }).ok).toBe(false);
  });
});

describe('partly confidential § (JulkL 10 §)', () => {
  const partly = (masked: boolean): Minutes => {
    const m = clone(councilMinutes);
    const it = m.items.find((i) => i.sectionNumber === 52)!;
    it.publicity = {
      status: 'osittain-salassa-pidettava',
      bases: [{ law: 'JulkL', section: '24', subsection: 1, point: 20, citation: 'JulkL 24 § 1 mom. 20 k' }],
      ...(masked ? { maskedParts: { fi: 'Liikesalaisuudet on poistettu.' } } : {}),
    };
    return m;
  };
  it('without maskedParts nothing shows the text was masked: only a mention goes online (fail closed)', () => {
    const plan = computePublicationPlan(partly(false));
    if (!plan.ok) throw new Error('plan');
    expect(plan.value.items.find((i) => i.sectionNumber === 52)!.published).toBe('mention');
    const r = publishMinutes(partly(false), { lang: 'fi', asOf: '2026-06-19' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.document.markdown).not.toContain('Valtuusto hyväksyi korttelin 12 asemakaavan muutoksen.');
  });
  it('with maskedParts the masked decision is published, without the proceedings', () => {
    const r = publishMinutes(partly(true), { lang: 'fi', asOf: '2026-06-19' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.document.markdown).toContain('Valtuusto hyväksyi korttelin 12 asemakaavan muutoksen.');
    expect(r.document.markdown).toContain('Salassa pidettävät osat on poistettu (JulkL 621/1999 10 §).');
  });
});
