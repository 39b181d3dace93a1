import { it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/confidential/define.js';
import type { DkConfidential } from '../src/confidential/confidential.js';

it('does not render the content for a viewer who may not see it', async () => {
  const el = await fixture<DkConfidential>(
    html`<dk-confidential lang="fi" basis="JulkL 24 § 1 mom. 25 k" .content=${'Terveystiedot'}></dk-confidential>`,
  );
  expect(el.shadowRoot!.textContent).to.contain('SALASSA PIDETTÄVÄ');
  expect(el.shadowRoot!.textContent).not.to.contain('Terveystiedot');
  await expect(el).to.be.accessible();
});

it('renders the content and the Swedish marking for an entitled viewer', async () => {
  const el = await fixture<DkConfidential>(
    html`<div lang="sv"><dk-confidential allowed .content=${'Hälsouppgifter'}></dk-confidential></div>`,
  );
  const inner = el.querySelector('dk-confidential')!;
  expect(inner.shadowRoot!.textContent).to.contain('SEKRETESSBELAGD');
  expect(inner.shadowRoot!.textContent).to.contain('Hälsouppgifter');
});
