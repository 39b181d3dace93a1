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
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const MEETING = 'kv-2026-5';
const SECRET_DRAFT = 'Valtuusto hylkää vahingonkorvausvaatimuksen.';
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

let db: Database;
let service: MeetingService;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A participant acting through the API (the rest of the council), with the same session rules as the app. */
async function apiSession(personId: string) {
  const r = await fetch(`${base}/api/meetings/${MEETING}/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrf } = (await r.json()) as { csrf: string };
  let n = 0;
  return async (body: Record<string, unknown>) => {
    const res = await fetch(`${base}/api/meetings/${MEETING}/commands`, {
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
}

async function open(label: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: 'fi-FI' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${label}] page error`, e));
  await page.goto(`/?meeting=${MEETING}`);
  return page;
}

async function login(page: Page, personId: string): Promise<void> {
  await page.getByLabel('Testihenkilö').selectOption(personId);
  await page.getByRole('button', { name: 'Kirjaudu testihenkilönä' }).click();
  await expect.poll(() => page.locator('#connection').textContent()).toContain('Yhteys kokoukseen toimii');
}

const chairClick = async (page: Page, id: string) => {
  const button = page.locator(`#cmd-${id}`);
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 10_000 }).toBe('false');
  await button.click();
};

/** All text of a page, shadow roots included (the kit's components render in shadow DOM). */
function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.textContent ?? '');
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
        axe: { run: (o?: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

beforeAll(async () => {
  db = await openPglite();
  // The origin must be known before the service starts: take a port, then start on it.
  const probe = await import('node:net').then(
    (net) =>
      new Promise<number>((resolve) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const port = (s.address() as { port: number }).port;
          s.close(() => resolve(port));
        });
      }),
  );
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

describe('a council meeting end to end in Chromium: chair, member and public (KL 98–99 §, 103–104 §)', () => {
  it('open, legality, a counter-proposal seconded and voted, the decision, a confidential item the public never sees, close, minutes, a verified checkpoint', async () => {
    const chair = await open('chair');
    const member = await open('member');
    const pub = await open('public');
    await login(chair, 'p001');
    await login(member, 'p010');
    await pub.getByRole('button', { name: 'Seuraa kokousta yleisönä' }).click();
    await expect.poll(() => pub.locator('#connection').textContent()).toContain('Yhteys kokoukseen toimii');

    // The chair's controls say in text why a command is not possible now.
    await expect.poll(() => chair.locator('#why-open-item').textContent()).toMatch(/Ei sallittu nyt: .+/);
    await chairClick(chair, 'open-meeting');
    await expect.poll(() => pub.locator('#meeting-status').textContent()).toContain('käynnissä');

    // The secretary records the attendance (API): 29 councillors on site and the member remotely.
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
    // The member takes part remotely (KL 99 §): the secretary records the arrival; the member's view shows it.
    await secretary({
      type: 'change-attendance',
      personId: 'p010',
      status: 'lasna',
      mode: 'etana',
      role: 'jasen',
      votingRight: true,
    });
    await expect.poll(() => service.runtime(MEETING)!.state.attendance.get('p010')?.mode).toBe('etana');

    // § 45 legality and quorum (KL 103 §).
    await chairClick(chair, 'open-item');
    await chairClick(chair, 'base-proposal');
    await chairClick(chair, 'state-legality');
    await chairClick(chair, 'record-decision');
    await chairClick(chair, 'close-item');
    // § 46, § 47 (checkers, agenda) handled quickly; then § 50 with a counter-proposal.
    for (const n of [2, 3, 4, 5]) {
      await chairClick(chair, 'open-item');
      if (n === 3) await chairClick(chair, 'approve-agenda');
      await chairClick(chair, 'base-proposal');
      await chairClick(chair, 'record-decision');
      await chairClick(chair, 'close-item');
    }
    await chairClick(chair, 'open-item');
    await expect.poll(() => allText(member)).toContain('§ 50');
    await chairClick(chair, 'base-proposal');

    // The member makes a counter-proposal in the app; p011 seconds it.
    await member.getByLabel('Ehdotuksen teksti').fill('Myönnetään 5,0 milj. euroa.');
    await member.getByRole('button', { name: 'Tee ehdotus' }).click();
    await expect.poll(() => pub.locator('.proposals').textContent()).toContain('Myönnetään 5,0 milj. euroa.');
    const p011 = await apiSession('p011');
    const counter = service
      .runtime(MEETING)!
      .state.items.get('kv-2026-5-6')!
      .proposals.find((p) => p.proposerId === 'p010')!;
    await p011({ type: 'second-proposal', proposalId: counter.id });
    await expect.poll(() => chair.locator('.proposals').textContent()).toContain('kannattaja');

    await chairClick(chair, 'close-discussion');
    await chairClick(chair, 'approve-voting-order');
    await chairClick(chair, 'open-vote');

    // The member votes in the kit's vote panel (choose, confirm); the others through the API.
    const panel = member.locator('dk-vote-panel');
    await panel.locator('input[value="ei"]').check();
    await panel.locator('.actions button.primary').click();
    await panel.locator('#confirm').click();
    await expect
      .poll(() => service.runtime(MEETING)!.state.items.get('kv-2026-5-6')!.votes[0]!.ballots.get('p010'))
      .toBe('ei');
    const voteId = service.runtime(MEETING)!.state.items.get('kv-2026-5-6')!.votes[0]!.voteId;
    for (const p of present) {
      const act = p === 'p011' ? p011 : await apiSession(p);
      await act({ type: 'cast-ballot', voteId, option: Number(p.slice(1)) % 4 === 0 ? 'ei' : 'jaa' });
    }
    await chairClick(chair, 'close-vote');
    await expect.poll(() => pub.locator('#vote-result').count()).toBe(1);
    await expect
      .poll(() => pub.locator('dk-vote-result').evaluate((el) => el.shadowRoot?.textContent ?? ''))
      .toMatch(/Voitti/);
    await chairClick(chair, 'record-decision');
    await chairClick(chair, 'close-item');

    // Items § 51 and § 52, then the confidential § 53 (JulkL 24 § 1 mom. 25 k).
    for (let n = 0; n < 2; n++) {
      await chairClick(chair, 'open-item');
      await chairClick(chair, 'base-proposal');
      await chairClick(chair, 'record-decision');
      await chairClick(chair, 'close-item');
    }
    await chairClick(chair, 'open-item');
    await expect.poll(() => allText(chair)).toContain('Sosiaalihuollon asiakkaan');
    await chairClick(chair, 'base-proposal');
    await expect.poll(() => member.locator('.proposals').textContent()).toContain(SECRET_DRAFT);
    await expect.poll(() => pub.locator('#current-item').textContent()).toContain('Salassa pidettävä asia');
    expect(await allText(pub)).not.toContain(SECRET_DRAFT);
    expect(await allText(pub)).not.toContain('Sosiaalihuollon asiakkaan');
    await chairClick(chair, 'record-decision');
    await chairClick(chair, 'close-item');
    expect(await allText(pub)).not.toContain(SECRET_DRAFT);

    // The remaining items, then close the meeting.
    for (let n = 0; n < 4; n++) {
      await chairClick(chair, 'open-item');
      await chairClick(chair, 'base-proposal');
      await chairClick(chair, 'record-decision');
      await chairClick(chair, 'close-item');
    }
    await chairClick(chair, 'close-meeting');
    await expect.poll(() => pub.locator('#meeting-status').textContent()).toContain('päättynyt');

    // The minutes draft (the chair may read it) names § 50 and its vote.
    await chair.getByRole('button', { name: 'Näytä pöytäkirjaluonnos' }).click();
    await expect.poll(() => chair.locator('#minutes').textContent()).toContain('50');

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
    const chain = AuditChain.load(service.runtime(MEETING)!.auditChain.toJSONLines());
    expect(
      (await chain.verify({ checkpoints: cps.checkpoints.map((c) => c.jws), keys: cps.keys as never })).valid,
    ).toBe(true);

    // Accessible as built: axe finds no WCAG 2.x A/AA violation in any of the three views.
    for (const page of [chair, member, pub]) expect(await axe(page)).toEqual([]);
  });
});
