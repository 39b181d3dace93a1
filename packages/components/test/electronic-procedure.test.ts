import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/electronic-procedure/define.js';
import type { DkElectronicProcedure, ElectronicItemView } from '../src/electronic-procedure/electronic-procedure.js';

const BEFORE = Date.parse('2026-06-10T12:00:00+03:00');
const AFTER = Date.parse('2026-06-13T12:00:00+03:00');
const item: ElectronicItemView = {
  id: 'e1',
  sectionNumber: 12,
  title: { fi: 'Lausunto maakuntakaavasta', sv: 'Utlåtande om landskapsplanen' },
  deadline: '2026-06-12T16:00:00+03:00',
  members: ['a', 'b', 'c'],
  answers: ['a', 'b'],
  demands: [],
};
const root = (el: DkElectronicProcedure) => el.shadowRoot!;

describe('dk-electronic-procedure', () => {
  it('shows the deadline and that the matter is open before it (KL 100 §)', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure
        lang="fi"
        .now=${() => BEFORE}
        .viewer=${{ id: 'c' }}
        .items=${[item]}
      ></dk-electronic-procedure>`,
    );
    const t = root(el).querySelector('article')!.textContent!;
    expect(t).to.contain('Määräaika 12. kesäkuuta 2026 klo 16.00');
    expect(t).to.contain('Kantansa ilmaissut 2 / 3 jäsentä');
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Avoinna');
    await expect(el).to.be.accessible();
  });

  it('moves to a meeting after the deadline when a member did not answer (KL 100 §)', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure lang="en" .now=${() => AFTER} .items=${[item]}></dk-electronic-procedure>`,
    );
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Moves to a meeting');
    el.items = [{ ...item, answers: ['a', 'b', 'c'] }];
    await el.updateComplete;
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Decided in the procedure');
  });

  it('lets a member state a position and demand a meeting with the keyboard', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure
        lang="sv"
        .now=${() => BEFORE}
        .viewer=${{ id: 'c' }}
        .items=${[item]}
      ></dk-electronic-procedure>`,
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
    el.items = [{ ...item, demands: ['c'] }];
    await el.updateComplete;
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.equal('Flyttas till ett sammanträde');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is not allowed for a public meeting (KL 100 § 1 mom)', async () => {
    const el = await fixture<DkElectronicProcedure>(
      html`<dk-electronic-procedure
        lang="fi"
        public-meeting
        .now=${() => BEFORE}
        .viewer=${{ id: 'c' }}
        .items=${[item]}
      ></dk-electronic-procedure>`,
    );
    expect(root(el).querySelector('[part="outcome"]')!.textContent).to.contain('Ei sallittu julkisessa kokouksessa');
    expect(root(el).querySelector('form')).to.equal(null);
  });
});
