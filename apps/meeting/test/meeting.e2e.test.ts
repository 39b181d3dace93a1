import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AuditChain } from '@digikokous/security';
import {
  createMeetingService,
  esimerkkilaCouncil,
  openPglite,
  type Database,
  type MeetingService,
} from '@digikokous/meeting-service';
import type { MeetingState } from '@digikokous/procedure';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const MEETING = 'kv-2026-5';
const SECRET_DRAFT = 'Valtuusto hylkää vahingonkorvausvaatimuksen.';
const SECRET_TITLE = 'Sosiaalihuollon asiakkaan';
const COUNTER = 'Myönnetään 5,0 milj. euroa.';
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

let db: Database;
let service: MeetingService;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const item = (n: number) => `kv-2026-5-${n}`;
const state = () => service.runtime(MEETING)!.state;

/** A participant acting through the API (the rest of the council), with the same session rules as the app. */
async function apiSession(personId: string, at = { base, meeting: MEETING }) {
  const r = await fetch(`${at.base}/api/meetings/${at.meeting}/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrf } = (await r.json()) as { csrf: string };
  let n = 0;
  const command = async (body: Record<string, unknown>) => {
    const res = await fetch(`${at.base}/api/meetings/${at.meeting}/commands`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-csrf-token': csrf,
        'idempotency-key': `${personId}-key-${n++}`,
      },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`${personId} ${String(body.type)}: ${res.status} ${await res.text()}`);
  };
  /** The service's election ballot box (KL 105 §): a GET, or a state change with the CSRF token. */
  command.box = (path = '', body?: Record<string, unknown>) =>
    fetch(`${at.base}/api/meetings/${at.meeting}/election-box${path}`, {
      method: body ? 'POST' : 'GET',
      headers: body ? { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' } : { cookie },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  command.cookie = cookie;
  command.heartbeat = () =>
    fetch(`${at.base}/api/meetings/${at.meeting}/heartbeat`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf },
    });
  return command;
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function open(label: string, origin = base): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, locale: 'fi-FI' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${label}] page error`, e));
  await page.goto(`/?meeting=${MEETING}`);
  return page;
}

/** Every Server-Sent Events message the page receives, as Chromium's network layer saw it (DevTools protocol). */
async function recordStream(page: Page): Promise<string[]> {
  const received: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.eventSourceMessageReceived', (m: { data: string }) => received.push(m.data));
  await cdp.send('Network.enable');
  return received;
}

async function login(page: Page, personId: string): Promise<void> {
  await page.getByLabel('Testihenkilö').selectOption(personId);
  await page.getByRole('button', { name: 'Kirjaudu testihenkilönä' }).click();
  await live(page);
}

const live = (page: Page) =>
  expect.poll(() => page.locator('dk-connection-status').getAttribute('connection')).toBe('live');

/**
 * Gives a chair's command through `dk-chair-console`: waits until the engine allows it, clicks, and confirms the
 * irreversible ones in the console's modal dialog; then waits until the service has stored it.
 */
async function chair(page: Page, type: string, times = 1, current: () => MeetingState = state): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = current().lastSeq;
    const button = page.locator(`dk-chair-console button[data-command="${type}"]`);
    await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 15_000 }).toBe('false');
    await button.click();
    const confirm = page.locator('dk-chair-console dialog #confirm');
    if (await confirm.isVisible()) await confirm.click();
    await expect.poll(() => current().lastSeq).toBeGreaterThan(before);
  }
}

/** Takes up the next item and decides it unanimously (the chair's "voidaanko yksimielisesti hyväksyä"). */
async function quickItem(page: Page, n: number): Promise<void> {
  await chair(page, 'open-item');
  await expect.poll(() => state().items.get(item(n))?.proposals.length).toBe(1);
  await chair(page, 'record-decision');
  await chair(page, 'close-item');
}

/** All text of a page, shadow roots included (the kit's components render in shadow DOM). */
function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    parts.push(document.documentElement.outerHTML);
    walk(document);
    return parts.join('\n');
  });
}

async function axe(page: Page): Promise<string[]> {
  // Through the DevTools protocol: the app's Content-Security-Policy (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (o?: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id} (${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)})`);
  });
}

/** The id of the focused element, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}${el instanceof HTMLInputElement ? `[${el.value}]` : ''}` : '';
  });

beforeAll(async () => {
  db = await openPglite();
  // The origin must be known before the service starts: take a port, then start on it.
  const probe = await freePort();
  base = `http://localhost:${probe}`;
  service = await createMeetingService({
    mode: 'development',
    developmentLogin: true,
    database: db,
    meetings: [esimerkkilaCouncil()],
    publicOrigin: base,
    appDir: fileURLToPath(new URL('../dist', import.meta.url)),
  });
  await service.listen(probe, '127.0.0.1');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or install Debian chromium (npm test does).');
  browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic'] });
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await service?.close();
  await db?.close();
});

describe('a council meeting end to end in Chromium through the kit components: chair, member, secretary, public (KL 98–99 §, 103–104 §)', () => {
  it('open, legality, a counter-proposal seconded and voted by keyboard, the decision, a confidential § 53 the public never receives, close, minutes draft, a verified checkpoint; axe-clean views', async () => {
    const chairPage = await open('chair');
    const member = await open('member');
    const secretaryPage = await open('secretary');
    const pub = await open('public');
    const publicStream = await recordStream(pub);
    await login(chairPage, 'p001');
    await login(member, 'p010');
    await login(secretaryPage, 'hallintojohtaja');
    await pub.getByRole('button', { name: 'Seuraa kokousta yleisönä' }).click();
    await live(pub);
    // The identification level is shown with the connection (the development provider is "low").
    await expect
      .poll(() => member.locator('dk-connection-status').evaluate((el) => el.shadowRoot?.textContent ?? ''))
      .toContain('Tunnistus: heikko');

    await chair(chairPage, 'open-meeting');
    await expect.poll(() => allText(pub)).toContain('Kokous on käynnissä');

    // A command the engine refuses stays in place, aria-disabled, with the engine's reason as its description
    // (nobody is present yet, so no item can be taken up: KL 103 § quorum).
    const openItem = chairPage.locator('dk-chair-console button[data-command="open-item"]');
    await expect.poll(() => openItem.getAttribute('aria-disabled')).toBe('true');
    const reasonId = await openItem.getAttribute('aria-describedby');
    expect(reasonId).toBeTruthy();
    expect(await chairPage.locator(`dk-chair-console #${reasonId}`).textContent()).toMatch(/\S{4,}/);
    expect(state().items.size).toBe(0);

    // The secretary keeps the attendance (KL 99 §): 29 councillors through the API, the member p010 in the roll
    // call: arrival, then remote (etäyhteydellä).
    const secretary = await apiSession('hallintojohtaja');
    const present = Array.from({ length: 30 }, (_, i) => `p${String(i + 1).padStart(3, '0')}`).filter(
      (p) => p !== 'p010',
    );
    for (const p of present)
      await secretary({
        type: 'change-attendance',
        personId: p,
        status: 'lasna',
        mode: 'paikan-paalla',
        role: p === 'p001' ? 'puheenjohtaja' : 'jasen',
        votingRight: true,
      });
    const roll = secretaryPage.locator('dk-roll-call');
    await roll.locator('tr[data-person="p010"] button.arrive').click();
    await expect.poll(() => state().attendance.get('p010')?.present).toBe(true);
    await roll.locator('tr[data-person="p010"] button.mode').click();
    await expect.poll(() => state().attendance.get('p010')?.mode).toBe('etana');
    await expect.poll(() => roll.locator('tr[data-person="p010"]').textContent()).toContain('Etäyhteydellä');

    // The secretary records the minutes checkers the council chose (KL 107 §; hallintosääntö: two councillors).
    const checkers = secretaryPage.locator('form#checkers');
    await checkers.locator('input[value="p002"]').check();
    await checkers.locator('input[value="p003"]').check();
    await checkers.getByRole('button', { name: 'Valitse pöytäkirjantarkastajat' }).click();
    await expect.poll(() => state().minutesCheckerIds).toEqual(['p002', 'p003']);
    await expect
      .poll(() => secretaryPage.locator('#checkers-chosen').textContent())
      .toContain('Pöytäkirjantarkastajat:');

    // Legality and quorum (KL 103 §), then § 45–49.
    await chair(chairPage, 'state-legality');
    expect(state().legality?.quorate).toBe(true);
    await quickItem(chairPage, 1);
    await quickItem(chairPage, 2);
    await chair(chairPage, 'approve-agenda');
    for (const n of [3, 4, 5]) await quickItem(chairPage, n);

    // § 50: the base proposal comes with the item; the member makes a counter-proposal in dk-proposals, makes and
    // withdraws a second one, asks to speak and withdraws the request; the chair (a councillor) seconds it.
    await chair(chairPage, 'open-item');
    await expect.poll(() => allText(member)).toContain('§ 50');
    const proposals = member.locator('dk-proposals');
    await proposals.locator('select#kind').selectOption('vastaehdotus');
    await proposals.locator('textarea#text').fill(COUNTER);
    await proposals.locator('form button[type="submit"]').click();
    await expect.poll(() => allText(pub)).not.toContain('Kokous ei ole alkanut');
    await expect
      .poll(
        () =>
          state()
            .items.get(item(6))
            ?.proposals.find((p) => p.proposerId === 'p010')?.kind,
      )
      .toBe('vastaehdotus');
    await proposals.locator('select#kind').selectOption('palautus');
    await proposals.locator('textarea#text').fill('Palautetaan valmisteluun.');
    await proposals.locator('form button[type="submit"]').click();
    await expect
      .poll(
        () =>
          state()
            .items.get(item(6))
            ?.proposals.filter((p) => !p.withdrawn).length,
      )
      .toBe(3);
    const referral = state()
      .items.get(item(6))!
      .proposals.find((p) => p.kind === 'palautus')!;
    await member.locator(`dk-proposals article:has(#p-${referral.id}) button.withdraw`).click();
    await expect
      .poll(
        () =>
          state()
            .items.get(item(6))
            ?.proposals.find((p) => p.id === referral.id)?.withdrawn,
      )
      .toBeTruthy();
    const queue = member.locator('dk-speaker-queue');
    await queue.getByRole('button', { name: 'Pyydä puheenvuoroa' }).click();
    await expect.poll(() => state().items.get(item(6))?.speakers.length).toBe(1);
    await queue.getByRole('button', { name: 'Peru puheenvuoropyyntö' }).click();
    await expect.poll(() => state().items.get(item(6))?.speakers[0]?.withdrawnBy).toBe('pyytaja');
    // fi/sv/en: the member switches the language; the app and the kit's components follow, then back to Finnish.
    await expect.poll(() => queue.getByRole('button', { name: 'Pyydä puheenvuoroa' }).count()).toBe(1);
    await member.locator('#lang').selectOption('sv');
    await expect.poll(() => queue.getByRole('button', { name: 'Begär ordet', exact: true }).count()).toBe(1);
    expect(await member.getByRole('button', { name: 'Logga ut' }).count()).toBe(1);
    expect(await member.evaluate(() => document.documentElement.lang)).toBe('sv');
    await member.locator('#lang').selectOption('en');
    await expect.poll(() => queue.getByRole('button', { name: 'Request to speak', exact: true }).count()).toBe(1);
    expect(await member.getByRole('button', { name: 'Log out' }).count()).toBe(1);
    await member.locator('#lang').selectOption('fi');
    await expect.poll(() => queue.getByRole('button', { name: 'Pyydä puheenvuoroa' }).count()).toBe(1);
    // The member asks again; the chair gives the floor; the public follows who speaks (KL 101 § 4 mom); ended.
    await queue.getByRole('button', { name: 'Pyydä puheenvuoroa' }).click();
    await expect.poll(() => state().items.get(item(6))?.speakers.length).toBe(2);
    await chairPage.locator('dk-speaker-queue').getByRole('button', { name: 'Anna puheenvuoro' }).click();
    await expect.poll(() => state().items.get(item(6))?.speakers[1]?.grantedAt).toBeTruthy();
    const speakerName = await member.locator('header .who strong').textContent();
    await expect
      .poll(() => pub.locator('dk-public-view').evaluate((el) => el.shadowRoot?.textContent ?? ''))
      .toContain(speakerName!.split(',')[0]!.trim());
    await chairPage.locator('dk-speaker-queue').getByRole('button', { name: 'Päätä puheenvuoro' }).click();
    await expect.poll(() => state().items.get(item(6))?.speakers[1]?.endedAt).toBeTruthy();

    const counter = state()
      .items.get(item(6))!
      .proposals.find((p) => p.kind === 'vastaehdotus')!;
    await chairPage.locator(`dk-proposals article:has(#p-${counter.id}) button.second`).click();
    await expect
      .poll(
        () =>
          state()
            .items.get(item(6))
            ?.proposals.find((p) => p.id === counter.id)?.seconderIds,
      )
      .toEqual(['p001']);
    await expect.poll(() => allText(member)).toContain('Kannattaja');

    await chair(chairPage, 'close-discussion');
    await chair(chairPage, 'approve-voting-order');
    await expect.poll(() => member.locator('dk-proposals ol[aria-labelledby="order"] li').count()).toBe(1);
    await chair(chairPage, 'open-vote');

    // The member votes with the keyboard only: arrow keys choose, Tab and Enter go on, focus lands on the
    // confirmation, Enter confirms.
    const panel = member.locator('dk-vote-panel');
    await panel.locator('input[value="jaa"]').focus();
    await member.keyboard.press('ArrowDown');
    expect(await focused(member)).toBe('input#[ei]');
    await member.keyboard.press('Tab');
    await member.keyboard.press('Enter');
    await expect.poll(() => focused(member)).toBe('button#confirm');
    await member.keyboard.press('Enter');
    const vote = () => state().items.get(item(6))!.votes[0]!;
    await expect.poll(() => vote().ballots.get('p010')).toBe('ei');
    // The chair votes with the mouse; the rest of the council through the API. The axe check of the member's view
    // at the open vote.
    const chairPanel = chairPage.locator('dk-vote-panel');
    await chairPanel.locator('input[value="jaa"]').check();
    await chairPanel.locator('.actions button.primary').click();
    await chairPanel.locator('#confirm').click();
    await expect.poll(() => vote().ballots.get('p001')).toBe('jaa');
    expect(await axe(member)).toEqual([]);
    for (const p of present.filter((x) => x !== 'p001')) {
      const act = await apiSession(p);
      await act({ type: 'cast-ballot', voteId: vote().voteId, option: Number(p.slice(1)) % 4 === 0 ? 'ei' : 'jaa' });
    }
    await chair(chairPage, 'close-vote');
    await expect.poll(() => allText(pub)).toContain('Jaa voitti');
    await chair(chairPage, 'record-decision');
    expect(state().items.get(item(6))?.decision?.kind).toBe('hyvaksytty-aanestyksen-jalkeen');
    // The member who voted against records his dissent (eriävä mielipide, KL 106 §) at once.
    await member.getByRole('button', { name: 'Jätä eriävä mielipide' }).click();
    await expect
      .poll(() =>
        state()
          .items.get(item(6))
          ?.dissents.map((d) => [d.personId, d.basis]),
      )
      .toEqual([['p010', 'vastaan-aanestanyt']]);
    expect(await axe(chairPage)).toEqual([]);
    await chair(chairPage, 'close-item');

    // § 51, § 52, then the confidential § 53 (JulkL 24 § 1 mom. 25 k): the chair and the member see its title
    // and the base proposal; the public sees "Salassa pidettävä asia", and neither its DOM nor its stream holds
    // the content.
    await quickItem(chairPage, 7);
    await quickItem(chairPage, 8);
    await chair(chairPage, 'open-item');
    await expect.poll(() => allText(chairPage)).toContain(SECRET_TITLE);
    await expect.poll(() => allText(member)).toContain(SECRET_DRAFT);
    await expect.poll(() => allText(pub)).toContain('Salassa pidettävä asia');
    expect(await allText(pub)).not.toContain(SECRET_DRAFT);
    expect(await allText(pub)).not.toContain(SECRET_TITLE);
    expect(await axe(pub)).toEqual([]);
    await chair(chairPage, 'record-decision');
    await chair(chairPage, 'close-item');
    for (const n of [10, 11, 12, 13]) await quickItem(chairPage, n);
    await chair(chairPage, 'close-meeting');
    await expect.poll(() => allText(pub)).toContain('Kokous on päättynyt');

    const streamed = publicStream.join('\n');
    expect(publicStream.length).toBeGreaterThan(50);
    expect(streamed).not.toContain(SECRET_DRAFT);
    expect(streamed).not.toContain(SECRET_TITLE);
    // § 53's events reached the public as envelopes only.
    const redacted = publicStream.map((d) => JSON.parse(d) as { redacted?: boolean }).filter((e) => e.redacted);
    expect(redacted.length).toBeGreaterThan(0);
    expect(await allText(pub)).not.toContain(SECRET_DRAFT);

    // The minutes draft in dk-minutes (the secretary's view) names § 50 and its vote; axe on the secretary's view.
    await secretaryPage.getByRole('button', { name: 'Näytä pöytäkirjaluonnos' }).click();
    await expect.poll(() => allText(secretaryPage)).toContain(COUNTER);
    expect(await secretaryPage.locator('dk-minutes').evaluate((el) => el.shadowRoot?.textContent ?? '')).toMatch(/50/);
    expect(await axe(secretaryPage)).toEqual([]);

    // The public sees the signed checkpoints (vote close, meeting close) verified in the browser (WebCrypto) …
    await pub.getByRole('button', { name: 'Päivitä' }).click();
    await expect
      .poll(() => pub.locator('#checkpoints li[data-reason="meeting-closed"]').getAttribute('data-valid'))
      .toBe('true');
    expect(await pub.locator('#checkpoints li[data-valid="false"]').count()).toBe(0);
    // … and the whole chain verifies against them here.
    const cps = (await (await fetch(`${base}/api/meetings/${MEETING}/audit/checkpoints`)).json()) as {
      keys: unknown;
      checkpoints: { jws: string; reason: string }[];
    };
    expect(cps.checkpoints.map((c) => c.reason)).toEqual(['vote-closed', 'meeting-closed']);
    const chain = AuditChain.load((await service.runtime(MEETING)!.auditChain()).toJSONLines());
    expect(
      (await chain.verify({ checkpoints: cps.checkpoints.map((c) => c.jws), keys: cps.keys as never })).valid,
    ).toBe(true);
  });
});

describe('equal connection (KL 99 §): the secretary and the chair see a remote member whose connection is lost', () => {
  it('the service records the departure after the silence; dk-roll-call marks the member lost until the return', async () => {
    const lostDb = await openPglite();
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const lostService = await createMeetingService({
      mode: 'development',
      developmentLogin: true,
      database: lostDb,
      meetings: [esimerkkilaCouncil()],
      publicOrigin: origin,
      appDir: fileURLToPath(new URL('../dist', import.meta.url)),
      connection: { lossAfterMs: 3_000, sweepMs: 500 },
    });
    let alive: ReturnType<typeof setInterval> | undefined;
    try {
      await lostService.listen(port, '127.0.0.1');
      const at = { base: origin, meeting: MEETING };
      const chairApi = await apiSession('p001', at);
      const secretaryApi = await apiSession('hallintojohtaja', at);
      const remote = await apiSession('p002', at);
      await chairApi({ type: 'open-meeting', chairId: 'p001', secretaryId: 'hallintojohtaja', mode: 'hybridi' });
      await secretaryApi({
        type: 'change-attendance',
        personId: 'p002',
        status: 'lasna',
        mode: 'etana',
        role: 'jasen',
        votingRight: true,
      });
      // p002 stays connected while the secretary's page loads (on a loaded machine that can take longer than the
      // 3 s of silence that counts as a loss) …
      alive = setInterval(() => void remote.heartbeat(), 500);
      const context = await browser.newContext({ baseURL: origin, locale: 'fi-FI' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`/?meeting=${MEETING}`);
      await login(page, 'hallintojohtaja');
      const row = page.locator('dk-roll-call tr[data-person="p002"]');
      await expect.poll(() => row.textContent()).toContain('Etäyhteydellä');
      expect(await row.textContent()).not.toContain('Yhteys katkennut');
      expect(lostService.runtime(MEETING)!.state.attendance.get('p002')?.present).toBe(true);
      // … then falls silent: after 3 s the service records the departure, the roll call shows why.
      clearInterval(alive);
      await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('Yhteys katkennut');
      expect(lostService.runtime(MEETING)!.state.attendance.get('p002')?.present).toBe(false);
      // The next heartbeat records the return.
      expect((await remote.heartbeat()).status).toBe(204);
      await expect.poll(() => lostService.runtime(MEETING)!.state.attendance.get('p002')?.present).toBe(true);
      await expect.poll(() => row.textContent()).not.toContain('Yhteys katkennut');
    } finally {
      clearInterval(alive);
      await lostService.close();
      await lostDb.close();
    }
  });
});

describe('an election by closed ballot in the app (KL 105 §): members vote by keyboard in dk-election, the chair counts, a tie is drawn by lot', () => {
  it('no one but the voter sees a ballot (not in any DOM, stream or API answer); the public sees the result only once counted; axe-clean ballot and result', async () => {
    const eDb = await openPglite();
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const csrfKey = randomBytes(32);
    // The service's random source for lots (KL 105 § 4 mom): recorded here, and by the engine in the lot it draws.
    const draws: number[] = [];
    const random = () => {
      const v = randomInt(2 ** 47) / 2 ** 47;
      draws.push(v);
      return v;
    };
    const definition = esimerkkilaCouncil();
    const eService = await createMeetingService({
      mode: 'development',
      developmentLogin: true,
      database: eDb,
      meetings: [definition],
      publicOrigin: origin,
      appDir: fileURLToPath(new URL('../dist', import.meta.url)),
      csrfKey,
      // KL 105 § 5 mom: a closed ballot in an electronic meeting only with secrecy secured (the service's box
      // keeps voters apart from choices, in the database).
      decideOptions: { random, ballotSecrecyEnsured: true },
    });
    const eState = () => eService.runtime(MEETING)!.state;
    try {
      await eService.listen(port, '127.0.0.1');
      const at = { base: origin, meeting: MEETING };
      const chairApi = await apiSession('p001', at);
      const secretaryApi = await apiSession('hallintojohtaja', at);
      const voters = Array.from({ length: 30 }, (_, i) => `p${String(i + 1).padStart(3, '0')}`);
      // § 45–50 through the API: the opening, attendance, legality, agenda and six unanimous decisions.
      await chairApi({ type: 'open-meeting', chairId: 'p001', secretaryId: 'hallintojohtaja', mode: 'hybridi' });
      for (const p of voters)
        await secretaryApi({
          type: 'change-attendance',
          personId: p,
          status: 'lasna',
          mode: 'paikan-paalla',
          role: p === 'p001' ? 'puheenjohtaja' : 'jasen',
          votingRight: true,
        });
      await chairApi({ type: 'state-legality', lawfullyConvened: true });
      const items = [...definition.meeting.items].sort((a, b) => a.order - b.order);
      await chairApi({
        type: 'approve-agenda',
        itemIds: items.map((i) => i.id),
        additionalItemIds: items.filter((i) => i.additional).map((i) => i.id),
      });
      for (const it of items.slice(0, 6)) {
        await chairApi({ type: 'open-item', itemId: it.id, sectionNumber: it.sectionNumber });
        await chairApi({ type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Hyväksytään.' } });
        await chairApi({ type: 'record-decision', unanimous: true });
        await chairApi({ type: 'close-item' });
      }

      const chairContext = await browser.newContext({ baseURL: origin, locale: 'fi-FI' });
      contexts.push(chairContext);
      // Every label the console's "take up" button ever shows in this page, recorded at each change of the
      // console (a MutationObserver on its shadow root, attached as soon as it exists).
      await chairContext.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { takeUpLabels: string[] }).takeUpLabels = seen;
        const note = (root: ShadowRoot) => {
          const b = root.querySelector('button[data-command="open-item"]');
          const label = b?.textContent?.replace(/\s+/g, ' ').trim();
          if (label && seen.at(-1) !== label) seen.push(label);
        };
        const attach = () => {
          const root = document.querySelector('dk-chair-console')?.shadowRoot;
          if (!root) return void requestAnimationFrame(attach);
          note(root);
          new MutationObserver(() => note(root)).observe(root, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
        };
        attach();
      });
      const chairPage = await chairContext.newPage();
      await chairPage.goto(`/?meeting=${MEETING}`);
      const first = await open('e-member-1', origin);
      const second = await open('e-member-2', origin);
      const pub = await open('e-public', origin);
      const publicStream = await recordStream(pub);
      const memberStream = await recordStream(second);
      await login(chairPage, 'p001');
      await login(first, 'p010');
      await login(second, 'p011');
      await pub.getByRole('button', { name: 'Seuraa kokousta yleisönä' }).click();
      await live(pub);

      // The chair joined after § 45–50: his console never offered a past item, not even for a moment while the
      // stream's backlog was being replayed (it shows the meeting only once caught up with the snapshot).
      await expect
        .poll(() => chairPage.evaluate(() => (window as unknown as { takeUpLabels: string[] }).takeUpLabels))
        .toEqual([`Ota käsittelyyn: ${items[6]!.title.fi}`]);
      // § 51 Sivistyslautakunnan jäsen: the chair takes it up and opens the election with two candidates.
      await chair(chairPage, 'open-item', 1, eState);
      await expect.poll(() => eState().items.get(item(7))?.proposals.length).toBe(1);
      await chairPage.locator('details.election-setup summary').click();
      await chairPage.getByLabel('Ehdokkaat, yksi riviä kohden').fill('Aino Ehdokas\nBertta Ehdokas');
      expect(await chairPage.getByLabel('Suljetuin lipuin (vaali on salainen)').isChecked()).toBe(true);
      expect(await axe(chairPage)).toEqual([]);
      await chairPage.getByRole('button', { name: 'Avaa vaali' }).click();
      const ballotForm = first.locator('dk-election#election-ballot');
      await expect.poll(() => ballotForm.count()).toBe(1);
      const [a, b] = ['kv-2026-5-7-vaali1-e1', 'kv-2026-5-7-vaali1-e2'];
      const boxOpenedAt = eState().lastSeq;

      // The accessibility tree: the ballot is a group labelled by its legend, each candidate and blank a radio.
      const tree = await ballotForm.ariaSnapshot();
      expect(tree).toMatch(/group "Valitse ehdokas"/);
      expect(tree).toMatch(/radio "Aino Ehdokas"/);
      expect(tree).toMatch(/radio "Bertta Ehdokas"/);
      expect(tree).toMatch(/radio "Tyhjä"/);
      expect(tree).toContain('suljetuin lipuin');
      expect(await axe(first)).toEqual([]);

      // p010 votes with the keyboard only: arrow to Bertta, Tab and Enter to the confirmation, Enter confirms.
      await ballotForm.locator('input[type="radio"]').first().focus();
      await first.keyboard.press('ArrowDown');
      await first.keyboard.press('Tab');
      await first.keyboard.press('Enter');
      await expect.poll(() => focused(first)).toBe('button#confirm');
      await first.keyboard.press('Enter');
      await expect.poll(() => first.locator('#election-status').textContent()).toContain('Annettuja vaalilippuja: 1');
      expect(await ballotForm.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Äänesi: Bertta Ehdokas');
      // p011 with the keyboard: Space chooses Aino.
      const secondForm = second.locator('dk-election#election-ballot');
      await expect.poll(() => secondForm.count()).toBe(1);
      await secondForm.locator('input[type="radio"]').first().focus();
      await second.keyboard.press('Space');
      await second.keyboard.press('Tab');
      await second.keyboard.press('Enter');
      await expect.poll(() => focused(second)).toBe('button#confirm');
      await second.keyboard.press('Enter');
      await expect.poll(() => second.locator('#election-status').textContent()).toContain('Annettuja vaalilippuja: 2');

      // Attacks: a second ballot, a ballot without a session, a non-voting secretary, another member reading the
      // ballots, the chair reading them before the close, a ballot with another CSRF token. Each fails, nothing
      // changes.
      const p010 = await apiSession('p010', at);
      expect((await p010.box('/ballot', { electionId: 'kv-2026-5-7-vaali1', candidateId: a })).status).toBe(409);
      const anonymous = await fetch(`${origin}/api/meetings/${MEETING}/election-box/ballot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ electionId: 'kv-2026-5-7-vaali1', candidateId: a }),
      });
      expect(anonymous.status).toBe(401);
      expect((await secretaryApi.box('/ballot', { electionId: 'kv-2026-5-7-vaali1' })).status).toBe(403);
      expect((await p010.box('/ballots')).status).toBe(403);
      expect((await chairApi.box('/ballots')).status).toBe(409);
      const forged = await fetch(`${origin}/api/meetings/${MEETING}/election-box/ballot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: p010.cookie, 'x-csrf-token': 'x'.repeat(43) },
        body: JSON.stringify({ electionId: 'kv-2026-5-7-vaali1', candidateId: a }),
      });
      expect(forged.status).toBe(403);
      // Malformed: no candidates, zero seats, a field the schema does not have (a voter named by the client).
      for (const bad of [
        { title: { fi: 'Vaali' }, seatsToFill: 1, secretBallot: true, candidates: [] },
        { title: { fi: 'Vaali' }, seatsToFill: 0, secretBallot: true, candidates: [{ id: 'x', name: 'X' }] },
      ])
        expect((await chairApi.box('/open', bad)).status).toBe(400);
      expect(
        (await p010.box('/ballot', { electionId: 'kv-2026-5-7-vaali1', candidateId: a, personId: 'p012' })).status,
      ).toBe(400);
      // A second box for the same item while one is open.
      expect(
        (
          await chairApi.box('/open', {
            title: { fi: 'Vaali' },
            seatsToFill: 1,
            secretBallot: true,
            candidates: [{ id: 'x', name: 'X' }],
          })
        ).status,
      ).toBe(409);
      // What a member may know of the box: the count and whether he himself voted; no choice, no other voter.
      const seen = (await (await p010.box()).json()) as Record<string, unknown>;
      expect(Object.keys(seen).sort()).toEqual([
        'ballotSecrecyEnsured',
        'ballotsCast',
        'closed',
        'election',
        'open',
        'voted',
      ]);
      expect(seen).toMatchObject({ ballotsCast: 2, voted: true, open: true });
      expect(JSON.stringify(seen)).not.toMatch(/"p0\d\d"/);

      // The rest of the council through the API: 15–15 in all, so the engine draws the lot.
      const rest = voters.filter((p) => p !== 'p010' && p !== 'p011');
      for (const [i, p] of rest.entries()) {
        const act = await apiSession(p, at);
        const r = await act.box('/ballot', { electionId: 'kv-2026-5-7-vaali1', candidateId: i % 2 === 0 ? a : b });
        expect(r.status).toBe(200);
      }
      // The public sees no result before the count.
      expect(await pub.locator('dk-election').count()).toBe(0);
      expect(await allText(pub)).not.toContain('Vaalin tulos');

      await chairPage.getByRole('button', { name: 'Sulje vaali ja laske liput' }).click();
      await expect.poll(() => first.locator('#election-status').textContent()).toContain('Vaali on suljettu');
      // Nothing of the ballots went into the log or the stream while the box was open: not one event.
      expect(eState().lastSeq).toBe(boxOpenedAt);
      const counted = (await (await chairApi.box('/ballots')).json()) as { ballots: Record<string, unknown>[] };
      expect(counted.ballots).toHaveLength(30);
      for (const ballot of counted.ballots)
        expect(Object.keys(ballot).every((k) => k === 'id' || k === 'candidateId')).toBe(true);

      await chair(chairPage, 'count-election', 1, eState);
      const held = eState().items.get(item(7))!.elections[0]!;
      expect(held.tallies).toEqual(
        expect.arrayContaining([
          { candidateId: a, votes: 15 },
          { candidateId: b, votes: 15 },
        ]),
      );
      expect(held.electedIds).toHaveLength(1);
      // The tie across the seat was drawn from the service's recorded source, and the draw is in the record.
      expect(held.lots).toHaveLength(1);
      expect(held.lots[0]!.method).toBe('satunnaislukugeneraattori');
      expect(
        held.lots[0]!.randomValue!.split(' ')
          .map(Number)
          .every((v) => draws.includes(v)),
      ).toBe(true);

      // Published: the public sees the result, the votes and the lot; axe on the result view.
      const winner = held.electedIds[0] === a ? 'Aino Ehdokas' : 'Bertta Ehdokas';
      await expect.poll(() => allText(pub)).toContain('Vaalin tulos');
      expect(await allText(pub)).toContain(`arvonnan voitti ${winner}`);
      expect(await axe(pub)).toEqual([]);
      await expect.poll(() => allText(second)).toContain('Vaalin tulos');
      expect(await axe(second)).toEqual([]);

      // Secret ballot, as received: in the public's and p011's streams the election's ballots name no voter, and
      // no ballot of p010 reached p011's page.
      for (const stream of [publicStream, memberStream]) {
        const events = stream.map(
          (d) => JSON.parse(d) as { seq: number; type: string; payload?: { election?: { ballots: object[] } } },
        );
        const election = events.find((e) => e.type === 'election-held')!;
        expect(election.payload!.election!.ballots).toHaveLength(30);
        for (const ballot of election.payload!.election!.ballots)
          expect(Object.keys(ballot).every((k) => k === 'id' || k === 'candidateId')).toBe(true);
        // Between the box's opening and the count the stream carried nothing.
        expect(
          events.filter((e) => e.seq > boxOpenedAt && e.type !== 'election-held' && e.type !== 'lot-drawn'),
        ).toEqual([]);
      }
      for (const page of [pub, second]) {
        const text = await allText(page);
        expect(text).not.toContain('Äänesi: Bertta Ehdokas');
        expect(text).not.toContain('-lippu-');
      }
      await chair(chairPage, 'record-decision', 1, eState);
      await chair(chairPage, 'close-item', 1, eState);
      expect(eState().items.get(item(7))?.decision).toBeDefined();
    } finally {
      await eService.close();
      await eDb.close();
    }
  });
});
