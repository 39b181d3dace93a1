import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { councilMinutes } from '@digikokous/meeting-schema/fixtures';
import type { Minutes } from '@digikokous/meeting-schema';
import '../src/minutes/define.js';
import type { DkMinutes } from '../src/minutes/minutes.js';
import { activeDeep } from './helpers.js';

const root = (el: DkMinutes) => el.shadowRoot!;
// The minutes before checking: the checkers have not signed.
const unchecked: Minutes = {
  ...councilMinutes,
  checkedOn: undefined,
  signatures: councilMinutes.signatures.map((s) =>
    s.role === 'poytakirjantarkastaja' ? { ...s, signedAt: undefined } : s,
  ),
} as Minutes;
const secret = councilMinutes.items.find((i) => i.publicity.status !== 'julkinen')!;

describe('dk-minutes', () => {
  it('renders the front page, every § and the checked state (KL 107 §)', async () => {
    const el = await fixture<DkMinutes>(html`<dk-minutes .minutes=${councilMinutes}></dk-minutes>`);
    const doc = root(el).querySelector('article')!;
    expect(doc.getAttribute('lang')).to.equal('fi');
    expect(root(el).querySelector('h2')!.textContent).to.contain('Pöytäkirja 5/2026');
    expect(root(el).querySelectorAll('section[part="section"]').length).to.equal(councilMinutes.items.length);
    expect(root(el).querySelector('[part="front"]')!.textContent).to.contain('Pöytäkirjantarkastajat');
    expect(root(el).querySelector('.state')!.textContent).to.contain('Pöytäkirja on tarkastettu 18. kesäkuuta 2026');
    expect(root(el).querySelector('#approve')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a confidential § by its public title only, unless the viewer may see it (JulkL 22 §, KL 140 §)', async () => {
    const el = await fixture<DkMinutes>(
      html`<dk-minutes .viewer=${{ id: 'x', mayViewConfidential: false }} .minutes=${councilMinutes}></dk-minutes>`,
    );
    const text = root(el).textContent!;
    expect(text).not.to.contain(secret.title.fi);
    expect(text).to.contain(secret.publicTitle?.fi ?? 'Salassa pidettävä asia');
    el.viewer = { id: 'x', mayViewConfidential: true };
    await el.updateComplete;
    expect(root(el).textContent).to.contain(secret.title.fi);
  });

  it('offers a checker the approval, with the keyboard, and renders in Swedish', async () => {
    const checker = unchecked.minutesCheckerIds[0]!;
    const el = await fixture<DkMinutes>(
      html`<dk-minutes language="sv" .viewer=${{ id: checker }} .minutes=${unchecked}></dk-minutes>`,
    );
    expect(root(el).querySelector('article')!.getAttribute('lang')).to.equal('sv');
    expect(root(el).querySelector('.state')!.textContent).to.contain('Justeringen väntar på 2 justerare.');
    const approve = root(el).querySelector<HTMLButtonElement>('#approve')!;
    expect(approve.textContent).to.contain('Godkänn protokollet som justerat');
    approve.focus();
    expect(activeDeep()).to.equal(approve);
    const pending = oneEvent(el, 'dk-minutes-approve');
    await userEvent.keyboard('{Enter}');
    expect(((await pending) as CustomEvent).detail).to.deep.equal({ minutesId: unchecked.id, personId: checker });
    await expect(el).to.be.accessible();
  });

  it('gives no approval to someone who is not a checker', async () => {
    const el = await fixture<DkMinutes>(
      html`<dk-minutes .viewer=${{ id: 'p999' }} .minutes=${unchecked}></dk-minutes>`,
    );
    expect(root(el).querySelector('#approve')).to.equal(null);
  });
});

describe('dk-minutes language', () => {
  it('falls back to the page language for an unknown language attribute', async () => {
    const el = await fixture<DkMinutes>(
      html`<dk-minutes lang="sv" language="" .minutes=${councilMinutes}></dk-minutes>`,
    );
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('sv');
  });
});
