import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/electronic-procedure/define.js';
import type { DkElectronicProcedure, ElectronicItemView } from '../src/electronic-procedure/electronic-procedure.js';
import { electronicItemView } from '../src/electronic-procedure/adapter.js';

const BEFORE = '2026-06-10T12:00:00+03:00';
const AFTER = '2026-06-13T12:00:00+03:00';
const matter: Omit<ElectronicItemView, 'outcome'> = {
  id: 'e1',
  sectionNumber: 12,
  title: { fi: 'Lausunto maakuntakaavasta', sv: 'Utlåtande om landskapsplanen' },
  deadline: '2026-06-12T16:00:00+03:00',
  members: ['a', 'b', 'c'],
  answers: ['a', 'b'],
  demands: [],
};
// The host computes each matter's state with the engine and its clock (KL 100 §).
const at = (now: string, m = matter, publicMeeting = false) => electronicItemView(m, { now, publicMeeting });
const item = at(BEFORE);
const root = (el: DkElectronicProcedure) => el.shadowRoot!;

describe('dk-electronic-procedure', () => {
  it('shows the deadline and that the matter is open before it (KL 100 §)', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure lang="fi" .viewer=${{ id: 'c' }} .items=${[item]}></dk-electronic-procedure>`,
    );
    const t = root(el).querySelector('article')!.textContent!;
    expect(t).to.contain('Määräaika 12. kesäkuuta 2026 klo 16.00');
    expect(t).to.contain('Kantansa ilmaissut 2 / 3 jäsentä');
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Avoinna');
    await expect(el).to.be.accessible();
  });

  it('moves to a meeting after the deadline when a member did not answer (KL 100 §)', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure lang="en" .items=${[at(AFTER)]}></dk-electronic-procedure>`,
    );
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Moves to a meeting');
    el.items = [at(AFTER, { ...matter, answers: ['a', 'b', 'c'] })];
    await el.updateComplete;
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Decided in the procedure');
  });

  it('lets a member state a position and demand a meeting with the keyboard', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure lang="sv" .viewer=${{ id: 'c' }} .items=${[item]}></dk-electronic-procedure>`,
    );
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    const pending = oneEvent(el, 'dk-position');
    await userEvent.keyboard('{Enter}');
    expect(((await pending) as CustomEvent).detail).to.deep.equal({ itemId: 'e1', position: 'vastustaa' });
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Jag motsätter mig förslaget');
    await userEvent.tab();
    const demand = oneEvent(el, 'dk-demand-meeting');
    await userEvent.keyboard('{Enter}');
    expect(((await demand) as CustomEvent).detail).to.deep.equal({ itemId: 'e1' });
    el.items = [at(BEFORE, { ...matter, demands: ['c'] })];
    await el.updateComplete;
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Flyttas till ett sammanträde');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is not allowed for a public meeting (KL 100 § 1 mom)', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure
        lang="fi"
        .viewer=${{ id: 'c' }}
        .items=${[at(BEFORE, matter, true)]}
      ></dk-electronic-procedure>`,
    );
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.contain('Ei sallittu julkisessa kokouksessa');
    expect(root(el).querySelector('form')).to.equal(null);
  });

  it("counts a deputy's answer only when the body's rules allow it (KL 100 §, hallintosääntö)", async () => {
    const answered = { ...matter, answers: ['a', 'b', 'd'] };
    const deputies = { c: 'd' };
    const strict = electronicItemView(answered, { now: AFTER, publicMeeting: false, deputies });
    const local = electronicItemView(answered, {
      now: AFTER,
      publicMeeting: false,
      deputies,
      rules: { electronicProcedureDeputies: true },
    });
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure lang="en" .items=${[strict]}></dk-electronic-procedure>`,
    );
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Moves to a meeting');
    el.items = [local];
    await el.updateComplete;
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Decided in the procedure');
    // Only the members count toward "answered".
    expect(root(el).querySelector('article')!.textContent).to.contain('2 of 3 members');
  });

  it('a disqualified member takes no part: without a deputy the matter goes to the meeting (HL 27 §, KL 100 §)', async () => {
    const before = electronicItemView(matter, { now: BEFORE, publicMeeting: false });
    const conflicted = electronicItemView(matter, { now: BEFORE, publicMeeting: false, disqualified: ['c'] });
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure lang="en" .items=${[before]}></dk-electronic-procedure>`,
    );
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Open');
    el.items = [conflicted];
    await el.updateComplete;
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Moves to a meeting');
  });
});
