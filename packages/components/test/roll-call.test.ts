import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { bodies, councilMeeting, councilMeetingLog } from '@digikokous/meeting-schema/fixtures';
import { MeetingStore } from '@digikokous/procedure';
import '../src/roll-call/define.js';
import type { DkRollCall, RollCallParticipant } from '../src/roll-call/roll-call.js';
import { rollCallView } from '../src/roll-call/adapter.js';
import { activeDeep } from './helpers.js';

const people: RollCallParticipant[] = [
  { id: 'a', name: 'Aino Virtanen', present: true, mode: 'paikan-paalla', arrivedAt: '2026-06-15T18:00:00+03:00' },
  { id: 'b', name: 'Eero Korhonen', present: true, mode: 'etana', connection: 'live' },
  { id: 'c', name: 'Liisa Mäkinen', present: false },
  { id: 'd', name: 'Matti Nieminen', present: true, mode: 'paikan-paalla', disqualified: true },
];

const root = (el: DkRollCall) => el.shadowRoot!;

describe('dk-roll-call', () => {
  it('counts those present for the item, the disqualified not among them (HL 27 §)', async () => {
    const el = await fixture<DkRollCall>(html`<dk-roll-call lang="fi" .participants=${people}></dk-roll-call>`);
    expect(root(el).querySelector('[part="count"]')!.textContent).to.contain('Läsnä 2 / 4');
    expect(root(el).querySelector('tr[data-person="d"]')!.textContent).to.contain('Esteellinen');
    expect(root(el).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("records a departure with the keyboard; each button's name includes the person", async () => {
    const el = await fixture<DkRollCall>(
      html`<dk-roll-call lang="fi" editable .participants=${people}></dk-roll-call>`,
    );
    await userEvent.tab();
    expect(activeDeep()!.getAttribute('aria-label')).to.equal('Poistui: Aino Virtanen');
    const change = oneEvent(el, 'dk-attendance-change');
    await userEvent.keyboard('{Enter}');
    expect(((await change) as CustomEvent).detail).to.deep.equal({ personId: 'a', status: 'poissa' });
    await userEvent.tab();
    const remote = oneEvent(el, 'dk-attendance-change');
    await userEvent.keyboard(' ');
    expect(((await remote) as CustomEvent).detail).to.deep.equal({ personId: 'a', status: 'lasna', mode: 'etana' });
    const arrive = root(el).querySelector<HTMLButtonElement>('tr[data-person="c"] button')!;
    expect(arrive.getAttribute('aria-label')).to.equal('Saapui: Liisa Mäkinen');
    await expect(el).to.be.accessible();
  });

  it('announces presence changes and a lost connection once, politely', async () => {
    const el = await fixture<DkRollCall>(html`<dk-roll-call lang="en" .participants=${people}></dk-roll-call>`);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    el.participants = people.map((p) =>
      p.id === 'c' ? { ...p, present: true } : p.id === 'b' ? { ...p, connection: 'lost' as const } : p,
    );
    await el.updateComplete;
    expect(status.textContent).to.equal('Eero Korhonen: connection lost. Liisa Mäkinen recorded as present.');
    expect(root(el).querySelector('tr[data-person="b"]')!.textContent).to.contain('Connection lost');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px without breaking words', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px"><dk-roll-call lang="sv" editable .participants=${people}></dk-roll-call></div>`,
    );
    const el = wrapper.querySelector('dk-roll-call')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const cell = el.shadowRoot!.querySelector('tr[data-person="a"] th')!;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes('Virtanen'));
    // Every word of the name stays on one line (not broken letter by letter).
    const textNode = node as Text;
    let from = textNode.data.indexOf('Virtanen');
    const range = document.createRange();
    range.setStart(textNode, from);
    range.setEnd(textNode, from + 'Virtanen'.length);
    expect(range.getClientRects().length).to.equal(1);
    from = textNode.data.indexOf('Aino');
    range.setStart(textNode, from);
    range.setEnd(textNode, from + 4);
    expect(range.getClientRects().length).to.equal(1);
  });

  it('builds the list from the replayed meeting', () => {
    const store = new MeetingStore(councilMeeting, councilMeetingLog.events.slice(0, 60), { bodies });
    const view = rollCallView(store.state, (id) => `N ${id}`, {});
    expect(view.length).to.equal(store.state.attendance.size);
    expect(view.filter((p) => p.present).length).to.equal(
      [...store.state.attendance.values()].filter((a) => a.present).length,
    );
  });
});
