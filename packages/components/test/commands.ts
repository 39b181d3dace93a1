// Browser commands (run in Node, called from tests through `commands` of `vitest/browser`).
import { createServer } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const example = fileURLToPath(new URL('../examples/plain-html/index.html', import.meta.url));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

export interface ExampleRun {
  /** Text of the vote panel's and the agenda's shadow roots. */
  panel: string;
  agenda: string;
  radios: number;
  /** What the page wrote after the ballot was confirmed. */
  sent: string;
  consoleErrors: string[];
  failedRequests: string[];
}

/**
 * Serves `examples/plain-html/` the way its README says (the page at `/`, the install's `node_modules/` beside
 * it, a plain static server with no module resolution), opens it in a new page of the test's Chromium, casts
 * a ballot with the keyboard and reports what rendered and what failed.
 */
export const openPlainHtmlExample: BrowserCommand<[]> = async (ctx) => {
  const nodeModules = await realpath(join(repo, 'node_modules'));
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file: string | undefined;
      if (path === '/' || path === '/index.html') file = example;
      else if (path.startsWith('/node_modules/')) {
        const resolved = await realpath(join(nodeModules, path.slice('/node_modules/'.length))).catch(() => undefined);
        // Only files under the install (workspace packages are symlinks into the repository).
        if (resolved && (resolved.startsWith(nodeModules + sep) || resolved.startsWith(repo))) file = resolved;
      }
      const body = file ? await readFile(file).catch(() => undefined) : undefined;
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file!)] ?? 'application/octet-stream' }).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const page = await ctx.context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failedRequests.push(`failed ${r.url()}`));
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page
      .waitForFunction(() => document.querySelector('dk-vote-panel')?.shadowRoot?.querySelector('input'), null, {
        timeout: 5000,
      })
      .catch(() => undefined);
    const read = () =>
      page.evaluate(() => ({
        panel: document.querySelector('dk-vote-panel')?.shadowRoot?.textContent ?? '',
        agenda: document.querySelector('dk-agenda')?.shadowRoot?.textContent ?? '',
        radios: document.querySelector('dk-vote-panel')?.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0,
        sent: document.getElementById('sent')?.textContent ?? '',
      }));
    const first = await read();
    if (first.radios > 0) {
      await page.locator('dk-vote-panel input[type=radio]').first().check();
      await page.locator('dk-vote-panel .actions button').first().click();
      await page.locator('dk-vote-panel #confirm').click();
      await page.waitForFunction(() => document.getElementById('sent')?.textContent, null, { timeout: 3000 });
    }
    return { ...first, sent: (await read()).sent, consoleErrors, failedRequests } satisfies ExampleRun;
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  }
};
