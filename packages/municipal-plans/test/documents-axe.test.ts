import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { examplePages, exampleStatementPages, kitControls, type KitControlId } from '../src/index.js';
import { exampleAccessibilityRequirements } from '../src/index.js';
import { reportOf } from './helpers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
beforeAll(async () => {
  const executablePath = findChromium();
  // Never download a browser: the system Chromium or a clear failure (npm test installs it when run as root).
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install Debian chromium.');
  browser = await chromium.launch({ executablePath });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
  passes: { id: string }[];
}

async function audit(html: string) {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })`,
    )) as AxeResult;
    const outline = (await page.evaluate(
      `({ lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length,
          levels: [...document.querySelectorAll('h1,h2,h3,h4')].map((h) => Number(h.tagName[1])),
          tables: [...document.querySelectorAll('table')].map((t) => !!t.querySelector('caption') && t.querySelectorAll('th[scope]').length > 0),
          main: document.querySelectorAll('main').length })`,
    )) as { lang: string; h1: number; levels: number[]; tables: boolean[]; main: number };
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      outline,
    };
  } finally {
    await page.close();
  }
}

describe('generated documents in Chromium', () => {
  it('every generated page passes axe (WCAG 2.1 AA and 2.2 AA rules) in Chromium', async () => {
    const tests = exampleAccessibilityRequirements.requirements.flatMap((r) =>
      r.verification.method === 'automated'
        ? [[kitControls[r.verification.control as KitControlId].test, 'passed'] as const]
        : [],
    );
    const statement = exampleStatementPages(reportOf(tests));
    if (!statement.ok) throw new Error(JSON.stringify(statement.issues));
    const pages = [...examplePages(), ...statement.pages.map((p) => ({ name: 'accessibility-statement', ...p }))];
    expect(pages.length).toBe(20);
    // Two pages at a time: the machine has two cores, and axe on a long page is CPU-bound.
    const audits = new Map<number, Awaited<ReturnType<typeof audit>>>();
    for (let i = 0; i < pages.length; i += 2)
      await Promise.all(pages.slice(i, i + 2).map(async (p, j) => audits.set(i + j, await audit(p.page.html))));
    for (const [i, { name, lang }] of pages.entries()) {
      const { violations, outline } = audits.get(i)!;
      expect(violations, `${name} (${lang})`).toEqual([]);
      expect(outline.lang).toBe(lang);
      expect(outline.h1).toBe(1);
      expect(outline.main).toBe(1);
      // Headings never skip a level (h2 after h1, h3 only under an h2).
      outline.levels.forEach((l, i) =>
        expect(l - (outline.levels[i - 1] ?? 0), `${name} heading ${i}`).toBeLessThanOrEqual(1),
      );
      expect(outline.tables.every(Boolean), `${name}: every table has a caption and header cells`).toBe(true);
    }
  }, 900_000);

  it('axe in this setup does catch violations (a page without lang, a skipped heading level, an empty link)', async () => {
    const { violations } = await audit(
      '<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1><h4>y</h4><a href="https://example.fi"></a></main></body></html>',
    );
    const ids = violations.map((v) => v.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'heading-order', 'link-name']));
  }, 60_000);
});
