import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { proportionalElection } from '@digikokous/meeting-schema/fixtures';
import type { Election } from '@digikokous/meeting-schema';
import '../src/election/define.js';
import type { DkElection } from '../src/election/election.js';
import { activeDeep } from './helpers.js';

const majority: Election = {
  id: 'v1',
  itemId: 'i1',
  kind: 'enemmistovaali',
  title: { fi: 'Valtuuston puheenjohtajan vaali', sv: 'Val av fullmäktiges ordförande' },
  seatsToFill: 1,
  secretBallot: true,
  candidates: [
    { id: 'c1', name: 'Aino Virtanen' },
    { id: 'c2', name: 'Eero Korhonen' },
  ],
  ballots: [],
  tallies: [
    { candidateId: 'c1', votes: 21 },
    { candidateId: 'c2', votes: 21 },
  ],
  lots: [
    {
      id: 'l1',
      itemId: 'i1',
      electionId: 'v1',
      reason: { fi: 'Äänet menivät tasan (KL 105 §)', sv: 'Rösterna föll lika (KomL 105 §)' },
      entrants: ['c1', 'c2'],
      winnerIds: ['c2'],
      method: 'satunnaislukugeneraattori',
    },
  ],
  electedIds: ['c2'],
};
const root = (el: DkElection) => el.shadowRoot!;

describe('dk-election', () => {
  it('casts a majority-election ballot with the keyboard through a confirmation (KL 105 §)', async () => {
    const el = await fixture<DkElection>(html`<dk-election lang="fi" .election=${majority}></dk-election>`);
    expect(root(el).textContent).to.contain('suljetuin lipuin');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect((activeDeep() as HTMLInputElement).value).to.equal('c2');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(activeDeep()!.id).to.equal('confirm');
    expect(root(el).textContent).to.contain('Äänesi: Eero Korhonen');
    await expect(el).to.be.accessible();
    const pending = oneEvent(el, 'dk-election-ballot');
    await userEvent.keyboard('{Enter}');
    expect(((await pending) as CustomEvent).detail).to.deep.equal({ electionId: 'v1', candidateId: 'c2' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('Äänesi on annettu.');
  });

  it('asks for a choice first, and a blank ballot names neither', async () => {
    const el = await fixture<DkElection>(html`<dk-election lang="en" .election=${majority}></dk-election>`);
    root(el).querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('#err')!.textContent).to.contain('Choose a candidate');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLInputElement>('input[value="blank"]')!.click();
    root(el).querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    const pending = oneEvent(el, 'dk-election-ballot');
    root(el).querySelector<HTMLButtonElement>('#confirm')!.click();
    expect(((await pending) as CustomEvent).detail).to.deep.equal({ electionId: 'v1' });
  });

  it('offers the lists of a proportional election with their candidates', async () => {
    const el = await fixture<DkElection>(html`<dk-election lang="fi" .election=${proportionalElection}></dk-election>`);
    const labels = [...root(el).querySelectorAll('label[part="option"]')];
    expect(labels.length).to.equal(proportionalElection.lists!.length + 1);
    expect(labels[0]!.textContent).to.contain('Keskustan lista');
    expect(labels[0]!.textContent).to.contain('1. ');
    labels[1]!.querySelector('input')!.click();
    root(el).querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    const pending = oneEvent(el, 'dk-election-ballot');
    root(el).querySelector<HTMLButtonElement>('#confirm')!.click();
    expect(((await pending) as CustomEvent).detail).to.deep.equal({
      electionId: proportionalElection.id,
      listId: 'lista-2',
    });
    await expect(el).to.be.accessible();
  });

  it('shows the result with comparison numbers in order and the elected (Vaalilaki 89 §)', async () => {
    const el = await fixture<DkElection>(
      html`<dk-election lang="fi" phase="closed" .election=${proportionalElection}></dk-election>`,
    );
    const rows = [...root(el).querySelectorAll('tbody tr')];
    // 15/1, 13/1, 12/1, 15/2 = 7,50, 13/2 = 6,50 …
    expect(rows.slice(0, 5).map((r) => r.querySelectorAll('td')[1]!.textContent)).to.deep.equal([
      '15,00',
      '13,00',
      '12,00',
      '7,50',
      '6,50',
    ]);
    expect(rows.slice(0, 5).every((r) => r.textContent!.includes('valittu'))).to.equal(true);
    expect(rows[5]!.textContent).not.to.contain('valittu');
    await expect(el).to.be.accessible();
  });

  it('records a tie decided by lot (KL 105 §), in Swedish', async () => {
    const el = await fixture<DkElection>(
      html`<dk-election lang="sv" phase="closed" .election=${majority}></dk-election>`,
    );
    expect(root(el).textContent).to.contain('Rösterna föll lika (KomL 105 §): lotten föll på Eero Korhonen');
    await expect(el).to.be.accessible();
  });
});
