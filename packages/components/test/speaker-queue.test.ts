import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/speaker-queue/define.js';
import { orderQueue, type DkSpeakerQueue, type SpeakerEntry } from '../src/speaker-queue/speaker-queue.js';
import { activeDeep } from './helpers.js';

const entries: SpeakerEntry[] = [
  { id: 'e1', memberId: 'p2', name: 'Berg Bo', kind: 'puheenvuoro', group: 'SFP' },
  { id: 'e2', memberId: 'p3', name: 'Candé Cecilia', kind: 'vastauspuheenvuoro' },
  { id: 'e3', memberId: 'p4', name: 'Dahl David', kind: 'tyojarjestyspuheenvuoro' },
];
const root = (el: Element) => el.shadowRoot!;
const status = (el: Element) => root(el).querySelector('[role="status"]')!.textContent;

async function tabToText(label: string, max = 15): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const a = activeDeep();
    if (a?.textContent?.includes(label)) return a;
  }
  throw new Error(`focus never reached "${label}"`);
}

describe('dk-speaker-queue', () => {
  it('puts a point of order first and keeps the rest in order', () => {
    expect(orderQueue(entries).map((e) => e.id)).to.deep.equal(['e3', 'e1', 'e2']);
  });

  it('member requests to speak with the keyboard', async () => {
    const el = await fixture<DkSpeakerQueue>(
      html`<dk-speaker-queue lang="fi" .viewer=${{ id: 'p1', role: 'member' }} .entries=${entries}></dk-speaker-queue>`,
    );
    const items = [...root(el).querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'Dahl David – työjärjestyspuheenvuoro',
      'Berg Bo (SFP) – puheenvuoro',
      'Candé Cecilia – vastauspuheenvuoro',
    ]);
    await expect(el).to.be.accessible();
    await tabToText('Pyydä puheenvuoroa');
    const pending = oneEvent(el, 'dk-speak-request');
    await userEvent.keyboard('{Enter}');
    const event = (await pending) as CustomEvent<{ kind: string }>;
    expect(event.detail.kind).to.equal('puheenvuoro');
    expect(event.bubbles && event.composed).to.equal(true);
    // The host adds the request; the member sees the position and a cancel button, which gets the focus.
    el.entries = [...entries, { id: 'e4', memberId: 'p1', name: 'Aalto Anna', kind: 'puheenvuoro' }];
    await el.updateComplete;
    expect(status(el)).to.equal('Puheenvuoropyyntösi on jonossa sijalla 4.');
    expect(root(el).querySelector('[part="controls"]')!.textContent).to.contain('Olet jonossa sijalla 4.');
    expect(activeDeep()!.textContent).to.contain('Peru puheenvuoropyyntö');
    await expect(el).to.be.accessible();
    const cancel = oneEvent(el, 'dk-speak-cancel');
    await userEvent.keyboard('{Enter}');
    expect(((await cancel) as CustomEvent<{ entryId: string }>).detail.entryId).to.equal('e4');
  });

  it('chair grants the floor with the keyboard and ends the speech', async () => {
    const el = await fixture<DkSpeakerQueue>(
      html`<dk-speaker-queue lang="fi" .viewer=${{ id: 'p1', role: 'chair' }} .entries=${entries}></dk-speaker-queue>`,
    );
    await expect(el).to.be.accessible();
    const first = await tabToText('Anna puheenvuoro');
    expect(first.textContent).to.contain('Dahl David');
    const pending = oneEvent(el, 'dk-speak-grant');
    await userEvent.keyboard('{Enter}');
    expect(((await pending) as CustomEvent<{ entryId: string }>).detail.entryId).to.equal('e3');
    el.entries = entries.filter((e) => e.id !== 'e3');
    el.current = {
      entryId: 'e3',
      memberId: 'p4',
      name: 'Dahl David',
      kind: 'tyojarjestyspuheenvuoro',
      startedAt: new Date(el.clock() - 65_000).toISOString(),
    };
    await el.updateComplete;
    expect(status(el)).to.equal('Puheenvuorossa nyt Dahl David.');
    expect(root(el).querySelector('[role="timer"]')!.textContent).to.equal('1 min 5 s');
    expect(activeDeep()!.id).to.equal('end');
    await expect(el).to.be.accessible();
    const end = oneEvent(el, 'dk-speak-end');
    await userEvent.keyboard('{Enter}');
    await end;
    const remove = oneEvent(el, 'dk-speak-remove');
    root(el).querySelectorAll<HTMLButtonElement>('li button')[1]!.click();
    expect(((await remove) as CustomEvent<{ entryId: string }>).detail.entryId).to.equal('e1');
  });

  it('tells the member when it is their turn and does not re-announce the timer', async () => {
    let now = Date.parse('2026-03-16T18:30:00+02:00');
    const el = await fixture<DkSpeakerQueue>(
      html`<dk-speaker-queue
        lang="en"
        .clock=${() => now}
        .viewer=${{ id: 'p2' }}
        .entries=${entries}
      ></dk-speaker-queue>`,
    );
    el.entries = entries.filter((e) => e.id !== 'e3');
    await el.updateComplete;
    expect(status(el)).to.equal('You are next.');
    el.entries = entries.filter((e) => e.id === 'e2');
    el.current = {
      entryId: 'e1',
      memberId: 'p2',
      name: 'Berg Bo',
      kind: 'puheenvuoro',
      startedAt: '2026-03-16T18:30:00+02:00',
    };
    await el.updateComplete;
    expect(status(el)).to.equal('Your turn: you have the floor.');
    now += 3000;
    await new Promise((r) => setTimeout(r, 1100));
    await el.updateComplete;
    expect(root(el).querySelector('[role="timer"]')!.textContent).to.match(/0 min [34] s/);
    expect(status(el)).to.equal('Your turn: you have the floor.');
    expect(root(el).querySelector('[role="timer"]')!.getAttribute('aria-live')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a read-only queue to the public, in Swedish', async () => {
    const el = await fixture<DkSpeakerQueue>(html`<dk-speaker-queue lang="sv" .entries=${[]}></dk-speaker-queue>`);
    expect(root(el).textContent).to.contain('Inga begäranden om ordet.');
    expect(root(el).textContent).to.contain('Ingen har ordet.');
    expect(root(el).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
