import { it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';

// Proves that axe-core really runs in Chromium: if the assertion were a no-op, this test would fail.
it('axe reports an image without alt text and an unlabelled button', async () => {
  const el = await fixture(html`<div><img src="data:," /><button></button></div>`);
  await expect(el).not.to.be.accessible();
});

it('axe passes an accessible fixture', async () => {
  const el = await fixture(html`<div><img src="data:," alt="Kunnan vaakuna" /><button>Äänestä</button></div>`);
  await expect(el).to.be.accessible();
});
