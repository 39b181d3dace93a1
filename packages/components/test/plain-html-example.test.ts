/// <reference types="vite/client" />
// The plain-HTML example of docs/embedding.md is a real file, served by a plain static server and loaded in
// Chromium: the import map resolves every module (no directory mappings), the components render and work.
import { it } from 'vitest';
import { commands } from 'vitest/browser';
import { expect } from '@open-wc/testing';
import example from '../examples/plain-html/index.html?raw';
import embedding from '../docs/embedding.md?raw';
import type { ExampleRun } from './commands.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    openPlainHtmlExample: () => Promise<ExampleRun>;
  }
}

it('docs/embedding.md shows the example file exactly', () => {
  expect(embedding).to.contain('```html\n' + example + '```');
});

it('the plain-HTML example loads through its import map, renders and sends a ballot', async () => {
  const run = await commands.openPlainHtmlExample();
  expect(run.failedRequests).to.deep.equal([]);
  expect(run.consoleErrors).to.deep.equal([]);
  expect(run.agenda).to.contain('Koulukiinteistön myynti');
  expect(run.panel).to.contain('JAA = Kunnanhallituksen ehdotus, EI = Virtasen vastaehdotus');
  expect(run.radios).to.equal(3);
  expect(run.sent).to.equal('Lähetetty: v1 jaa');
});
