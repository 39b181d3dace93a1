import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { bodies, councilMeeting, councilMeetingLog } from '@digikokous/meeting-schema/fixtures';
import { MeetingStore } from '@digikokous/procedure';
import '../src/proposals/define.js';
import type { DkProposals, ProposalView } from '../src/proposals/proposals.js';
import { proposalsView, votingOrderView } from '../src/proposals/adapter.js';
import { activeDeep } from './helpers.js';

const proposals: ProposalView[] = [
  { id: 'base', kind: 'pohjaehdotus', seconders: [], text: { fi: 'Kiinteistö myydään.', sv: 'Fastigheten säljs.' } },
  {
    id: 'c1',
    kind: 'vastaehdotus',
    proposerId: 'p003',
    proposer: 'Aino Virtanen',
    seconders: [{ id: 'p004', name: 'Eero Korhonen' }],
    text: 'Kiinteistöä ei myydä.',
  },
  { id: 'c2', kind: 'palautus', proposerId: 'p005', proposer: 'Liisa Mäkinen', seconders: [], text: 'Palautetaan.' },
];

const root = (el: DkProposals) => el.shadowRoot!;

describe('dk-proposals', () => {
  it('lists each proposal with its kind, proposer and seconders; an unseconded one says it lapses', async () => {
    const el = await fixture<DkProposals>(html`<dk-proposals lang="fi" .proposals=${proposals}></dk-proposals>`);
    const headings = [...root(el).querySelectorAll('article h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Pohjaehdotus', 'Vastaehdotus – Aino Virtanen', 'Palautusehdotus – Liisa Mäkinen']);
    const articles = root(el).querySelectorAll('article');
    expect(articles[1]!.textContent).to.contain('Kannattaja: Eero Korhonen');
    expect(articles[2]!.textContent).to.contain('Raukeaa, ellei sitä kannateta.');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets a member second another proposal and withdraw their own, with names in the accessible description', async () => {
    const el = await fixture<DkProposals>(
      html`<dk-proposals lang="fi" can-propose .viewer=${{ id: 'p005' }} .proposals=${proposals}></dk-proposals>`,
    );
    const articles = root(el).querySelectorAll('article');
    // p004 already seconded c1, p005 has not: can second c1; c2 is p005's own: withdraw, not second.
    expect(articles[1]!.querySelector('button.second')).not.to.equal(null);
    expect(articles[2]!.querySelector('button.second')).to.equal(null);
    const withdraw = articles[2]!.querySelector<HTMLButtonElement>('button.withdraw')!;
    expect(root(el).getElementById(withdraw.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Palautusehdotus',
    );
    const seconded = oneEvent(el, 'dk-proposal-second');
    articles[1]!.querySelector<HTMLButtonElement>('button.second')!.click();
    expect(((await seconded) as CustomEvent).detail).to.deep.equal({ proposalId: 'c1' });
    const withdrawn = oneEvent(el, 'dk-proposal-withdraw');
    withdraw.click();
    expect(((await withdrawn) as CustomEvent).detail).to.deep.equal({ proposalId: 'c2' });
    await expect(el).to.be.accessible();
  });

  it('makes a proposal with the keyboard and refuses an empty text with a linked error', async () => {
    const el = await fixture<DkProposals>(
      html`<dk-proposals lang="en" can-propose .viewer=${{ id: 'p009' }} .proposals=${[]}></dk-proposals>`,
    );
    root(el).querySelector<HTMLSelectElement>('select')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(root(el).querySelector<HTMLSelectElement>('select')!.value).to.equal('muutosehdotus');
    await userEvent.tab();
    await userEvent.tab();
    expect(activeDeep()!.textContent).to.contain('Submit the proposal');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const area = root(el).querySelector('textarea')!;
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById(area.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'No text has been written.',
    );
    expect(activeDeep()).to.equal(area);
    await expect(el).to.be.accessible();
    await userEvent.keyboard('Add a sentence.');
    const made = oneEvent(el, 'dk-proposal-make');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(((await made) as CustomEvent).detail).to.deep.equal({ kind: 'muutosehdotus', text: 'Add a sentence.' });
  });

  it('builds the view and the approved voting order from the replayed meeting (KL 104 §)', async () => {
    const events = councilMeetingLog.events;
    const at = events.findIndex((e) => e.type === 'voting-order-approved');
    const store = new MeetingStore(councilMeeting, events.slice(0, at + 1), { bodies });
    const view = proposalsView(store.state, (id) => `N ${id}`);
    const order = votingOrderView(store.state, (id) => `N ${id}`);
    expect(view.length).to.be.greaterThan(1);
    expect(view[0]!.kind).to.equal('pohjaehdotus');
    expect(order.length).to.be.greaterThan(0);
    const el = await fixture<DkProposals>(
      html`<dk-proposals lang="sv" .proposals=${view} .votingOrder=${order}></dk-proposals>`,
    );
    expect(root(el).querySelector('[part="order"]')!.textContent).to.contain('Omröstning 1');
    await expect(el).to.be.accessible();
  });
});
