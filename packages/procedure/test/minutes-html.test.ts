import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Body, Meeting, MeetingLog, Minutes, Person, Publication, AgendaItem } from '@digikokous/meeting-schema';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftMinutes, helsinkiDate, renderMinutesHtml, replay } from '../src/index.js';
import { esimerkkilaAppeals } from './minutes-config.js';

/**
 * The published HTML in the real Chromium (Debian's, never downloaded: `npm test` finds or installs it; set
 * CHROMIUM_PATH to choose one) with axe-core injected, WCAG 2.0–2.2 A/AA rules plus best practices.
 */
const { findChromium } = (await import(new URL('../../../scripts/find-chromium.mjs', import.meta.url).href)) as {
  findChromium: () => string | undefined;
};
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const frozen = JSON.parse(readFileSync(new URL('./fixtures/council-2026-5.json', import.meta.url), 'utf8')) as {
  council: Body;
  councilMeeting: Meeting;
  councilAdditionalItem: AgendaItem;
  councilMeetingLog: MeetingLog;
  people: Person[];
  publication: Publication;
};
const state = replay(frozen.councilMeeting, frozen.councilMeetingLog.events, {
  body: { kind: frozen.council.kind, seats: frozen.council.seats },
});
const draft = (lang: 'fi' | 'sv'): Minutes =>
  draftMinutes(state, {
    lang,
    people: frozen.people,
    bodyName: frozen.council.name,
    extraItems: [frozen.councilAdditionalItem],
    publishedOn: helsinkiDate(frozen.publication.publishedAt),
    appeal: esimerkkilaAppeals,
  });

let browser: Browser;
beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or run `npm test`, which installs it.');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function check(html: string) {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.addScriptTag({ path: axePath });
  // The callback runs in the page; `globalThis` there is the window with axe on it.
  const result = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
      (globalThis as unknown as { document: unknown }).document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    ),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
  return { page, result };
}

describe('renderMinutesHtml in Chromium', { timeout: 60_000 }, () => {
  for (const lang of ['fi', 'sv'] as const)
    it(`the published council minutes (${lang}) pass axe and have one h1, an h2 per part and a captioned item table`, async () => {
      const { page, result } = await check(renderMinutesHtml(draft(lang), { people: frozen.people }));
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getByRole('heading', { level: 2, name: /§ 50/ }).count()).toBe(1);
      const table = page.getByRole('table', { name: lang === 'fi' ? 'Käsitellyt asiat' : 'Behandlade ärenden' });
      expect(await table.getByRole('row').count()).toBe(14);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // Each § links to its instruction in the appendix, and the target exists.
      const href = await page
        .getByRole('link', { name: /KUNNALLISVALITUS|KOMMUNALBESVÄR/ })
        .first()
        .getAttribute('href');
      expect(await page.locator(href!).count()).toBe(1);
      await page.close();
    });

  it('Swedish minutes mark every Finnish passage lang="fi" (WCAG 3.1.2) and say they are in part a translation', async () => {
    const html = renderMinutesHtml(draft('sv'), { people: frozen.people });
    const { page } = await check(html);
    const finnish = await page.locator('[lang="fi"]').allInnerTexts();
    expect(finnish).toContain(
      '”Valtuusto myöntää peruskorjaukseen 5,0 milj. euroa, josta 0,8 milj. euroa energiaremonttiin.”',
    );
    expect(finnish).toContain('Valtuusto hyväksyi tilinpäätöksen 2025 ja myönsi vastuuvapauden tilivelvollisille.');
    // No Swedish sentence is marked Finnish.
    expect(finnish.some((t) => /\b(och|beslut|omröstning)\b/.test(t))).toBe(false);
    expect(await page.getByText('delvis en översättning').count()).toBe(1);
    await page.close();
  });

  it('JulkL 22 §, KL 140 § 1 mom: the confidential § 53 reaches the published page as its public title and ground only', async () => {
    const m = draft('fi');
    const s53 = m.items.find((i) => i.sectionNumber === 53)!;
    const secret = 'Valtuusto hylkäsi vahingonkorvausvaatimuksen.';
    expect(JSON.stringify(s53.decision.text)).toContain(secret.slice(0, 20)); // the signed record has it
    const html = renderMinutesHtml(m, { people: frozen.people });
    expect(html).not.toContain(secret);
    expect(html).not.toContain('Sosiaalihuollon asiakkaan');
    const { page } = await check(html);
    const part = page.getByRole('region', { name: /§ 53/ });
    await expect.poll(() => part.innerText()).toContain('SALASSA PIDETTÄVÄ JulkL 24 § 1 mom. 25 k');
    expect(await part.innerText()).toContain('yleisölähetys keskeytettiin (KL 101 §)');
    await page.close();
    // The internal rendering (for the signed record) keeps it.
    expect(renderMinutesHtml(m, { people: frozen.people, audience: 'internal' })).toContain(secret);
  });

  it('the committee minutes (both languages) pass axe too', async () => {
    for (const lang of ['fi', 'sv'] as const) {
      const html = readFileSync(new URL(`./golden/committee-2026-7.${lang}.html`, import.meta.url), 'utf8');
      const { page, result } = await check(html);
      expect(result.violations.map((v) => v.id)).toEqual([]);
      expect(await page.getByRole('heading', { level: 2, name: /§ 65/ }).count()).toBe(1);
      await page.close();
    }
  });

  it('escapes text: markup in an agenda title is shown, never parsed', () => {
    const m = draft('fi');
    m.items[0]!.title = { fi: '<img src=x onerror=alert(1)> & "lainaus"' };
    const html = renderMinutesHtml(m, { fragment: true });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;lainaus&quot;');
  });
});
