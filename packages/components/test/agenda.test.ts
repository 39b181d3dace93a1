import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/agenda/define.js';
import type { DkAgenda } from '../src/agenda/agenda.js';
import { agendaItems } from './fixtures/data.js';

const shadow = (el: Element) => el.shadowRoot!;

describe('dk-agenda', () => {
  it('lists items in order with § or position, state in text and the current item marked', async () => {
    const el = await fixture<DkAgenda>(html`<dk-agenda lang="fi" .items=${[...agendaItems].reverse()}></dk-agenda>`);
    const buttons = [...shadow(el).querySelectorAll('button')];
    expect(buttons.map((b) => b.querySelector('.no')!.textContent)).to.deep.equal(['§ 1', '§ 2', '3.', '4.', '5.']);
    const current = shadow(el).querySelector('[aria-current="step"]')!;
    expect(current.textContent).to.contain('Käsittelyssä nyt');
    expect(current.textContent).to.contain('Pöytäkirjantarkastajien valinta');
    expect(shadow(el).querySelectorAll('[aria-current]').length).to.equal(1);
    expect(buttons[2]!.textContent).to.contain('3 liitettä');
    expect(buttons[2]!.textContent).to.contain('Osittain salassa pidettävä');
    expect(buttons[3]!.textContent).to.contain('1 liite');
    expect(buttons[3]!.textContent).to.contain('Pantu pöydälle');
    await expect(el).to.be.accessible();
  });

  for (const [lang, label, current] of [
    ['sv', 'Föredragningslista', 'Behandlas nu'],
    ['en', 'Agenda', 'Now being handled'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await fixture<DkAgenda>(html`<div lang=${lang}><dk-agenda .items=${agendaItems}></dk-agenda></div>`);
      const agenda = el.querySelector('dk-agenda')!;
      expect(shadow(agenda).querySelector('nav')!.getAttribute('aria-label')).to.equal(label);
      expect(shadow(agenda).textContent).to.contain(current);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fi"><dk-agenda .items=${agendaItems}></dk-agenda></div>`,
    );
    const agenda = wrapper.querySelector('dk-agenda')!;
    wrapper.lang = 'sv';
    await new Promise((r) => setTimeout(r, 0));
    await agenda.updateComplete;
    expect(shadow(agenda).textContent).to.contain('Behandlas nu');
  });

  it('emits dk-item-select from the keyboard', async () => {
    const el = await fixture<DkAgenda>(html`<dk-agenda .items=${agendaItems}></dk-agenda>`);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    const pending = oneEvent(el, 'dk-item-select');
    await userEvent.keyboard('{Enter}');
    const event = (await pending) as CustomEvent<{ itemId: string }>;
    expect(event.detail.itemId).to.equal('i3');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('states an empty agenda', async () => {
    const el = await fixture<DkAgenda>(html`<dk-agenda lang="en"></dk-agenda>`);
    expect(shadow(el).textContent).to.contain('The agenda has no items.');
    await expect(el).to.be.accessible();
  });
});
