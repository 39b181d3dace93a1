import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import { bodies, councilItems, councilMeeting, councilMeetingLog } from '@digikokous/meeting-schema/fixtures';
import { MeetingStore, replay } from '@digikokous/procedure';
import '../src/public-view/define.js';
import type { DkPublicView, PublicMeetingView } from '../src/public-view/public-view.js';
import { publicView } from '../src/public-view/adapter.js';
import { deepText } from './helpers.js';

const title = { fi: 'Kaupunginvaltuusto 5/2026', sv: 'Stadsfullmäktige 5/2026' };
const nameOf = (id: string) => `Henkilö ${id}`;
const secret = councilItems.find((i) => i.publicity.status !== 'julkinen')!;
const root = (el: DkPublicView) => el.shadowRoot!;

/** Replays the fixture log up to and including the first event matching `match`. */
function stateAfter(match: (e: (typeof councilMeetingLog.events)[number]) => boolean) {
  const events = councilMeetingLog.events;
  return replay(councilMeeting, events.slice(0, events.findIndex(match) + 1), { bodies });
}

describe('dk-public-view', () => {
  it('never carries a confidential title: not in the view model, not in the DOM (JulkL 22 §)', async () => {
    const state = stateAfter((e) => e.type === 'item-opened' && (e.payload as { itemId: string }).itemId === secret.id);
    const view = publicView(state, councilItems, nameOf, title);
    expect(JSON.stringify(view)).not.to.contain(secret.title.fi);
    expect(view.item!.closed).to.equal(true);
    const el = await fixture<DkPublicView>(html`<dk-public-view lang="fi" .view=${view}></dk-public-view>`);
    expect(deepText(el)).not.to.contain(secret.title.fi);
    expect(root(el).querySelector('[part="current"]')!.textContent).to.contain('suljetussa istunnossa');
    await expect(el).to.be.accessible();
  });

  it('names a confidential item without a public title only as a confidential item', async () => {
    const bare = { ...secret, publicTitle: undefined };
    const state = stateAfter((e) => e.type === 'item-opened' && (e.payload as { itemId: string }).itemId === secret.id);
    const view = publicView(
      state,
      councilItems.map((i) => (i.id === secret.id ? bare : i)),
      nameOf,
      title,
    );
    expect(view.item!.publicTitle).to.equal(undefined);
    const el = await fixture<DkPublicView>(html`<dk-public-view lang="sv" .view=${view}></dk-public-view>`);
    expect(root(el).querySelector('.now')!.textContent).to.contain('Sekretessbelagt ärende');
  });

  it('follows a public item: speaker, vote and results, and announces changes once', async () => {
    const state = stateAfter((e) => e.type === 'vote-closed');
    const view = publicView(state, councilItems, nameOf, title);
    expect(view.vote?.state).to.equal('closed');
    const el = await fixture<DkPublicView>(html`<dk-public-view lang="fi" .view=${view}></dk-public-view>`);
    const current = root(el).querySelector('[part="current"]')!.textContent!;
    expect(current).to.contain('Äänestys on päättynyt.');
    expect(current).to.match(/Jaa \d+, ei \d+, tyhjä \d+/);
    await expect(el).to.be.accessible();
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    const next: PublicMeetingView = { ...view, vote: { state: 'open' } };
    el.view = next;
    await el.updateComplete;
    expect(status.textContent).to.equal('Äänestys on käynnissä.');
    el.view = { ...next };
    await el.updateComplete;
    expect(status.textContent).to.equal('Äänestys on käynnissä.');
  });

  it('lists the results of public items only', () => {
    const store = new MeetingStore(councilMeeting, councilMeetingLog.events, { bodies });
    const view = publicView(store.state, councilItems, nameOf, title);
    expect(view.results.length).to.be.greaterThan(0);
    expect(JSON.stringify(view.results)).not.to.contain(secret.title.fi);
    expect(view.results.every((r) => r.publicTitle)).to.equal(true);
  });
});
