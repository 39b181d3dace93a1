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
    const buttons = [...shadow(el).querySelectorAll('[role="option"]')];
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

  it('is one Tab stop with arrow keys inside (WAI-ARIA listbox) and emits dk-item-select from the keyboard', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="fi">
        <dk-agenda .items=${agendaItems}></dk-agenda><button id="after">Pyydä puheenvuoroa</button>
      </div>`,
    );
    const el = host.querySelector('dk-agenda')!;
    const focused = () => shadow(el).activeElement as HTMLElement | null;
    expect(shadow(el).querySelector('[role="listbox"]')!.getAttribute('aria-label')).to.equal('Esityslista');
    expect(shadow(el).querySelectorAll('[role="option"][tabindex="0"]').length).to.equal(1);
    await userEvent.tab();
    // The single Tab stop is the item being handled.
    expect(focused()!.dataset.id).to.equal('i2');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()!.dataset.id).to.equal('i3');
    await userEvent.keyboard('{End}');
    expect(focused()!.dataset.id).to.equal('i5');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()!.dataset.id).to.equal('i5');
    await userEvent.keyboard('{Home}');
    expect(focused()!.dataset.id).to.equal('i1');
    await userEvent.keyboard('{ArrowUp}');
    expect(focused()!.dataset.id).to.equal('i1');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const pending = oneEvent(el, 'dk-item-select');
    await userEvent.keyboard('{Enter}');
    const event = (await pending) as CustomEvent<{ itemId: string }>;
    expect(event.detail.itemId).to.equal('i3');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-selected="true"]')!.getAttribute('data-id')).to.equal('i3');
    expect(el.getAttribute('selected')).to.equal('i3');
    // Tab leaves the list at once, and Shift+Tab comes back to the selected item.
    await userEvent.tab();
    expect(document.activeElement!.id).to.equal('after');
    await userEvent.tab({ shift: true });
    expect(focused()!.dataset.id).to.equal('i3');
    const space = oneEvent(el, 'dk-item-select');
    await userEvent.keyboard('{ArrowDown}{ }');
    expect(((await space) as CustomEvent<{ itemId: string }>).detail.itemId).to.equal('i4');
    await expect(el).to.be.accessible();
  });

  it('marks Finnish fallback text on a Swedish page as Finnish (WCAG 3.1.2)', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="sv">
        <dk-agenda
          .items=${[{ id: 'f', order: 1, title: { fi: 'Vain suomeksi' }, state: 'upcoming' }, ...agendaItems]}
        ></dk-agenda>
      </div>`,
    );
    const el = host.querySelector('dk-agenda')!;
    const fallback = [...shadow(el).querySelectorAll('[lang]')];
    expect(fallback.map((n) => [n.getAttribute('lang'), n.textContent])).to.deep.equal([['fi', 'Vain suomeksi']]);
  });

  it('states an empty agenda', async () => {
    const el = await fixture<DkAgenda>(html`<dk-agenda lang="en"></dk-agenda>`);
    expect(shadow(el).textContent).to.contain('The agenda has no items.');
    await expect(el).to.be.accessible();
  });
});
