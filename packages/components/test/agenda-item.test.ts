import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/agenda-item/define.js';
import type { DkAgendaItem } from '../src/agenda-item/agenda-item.js';
import { item } from './fixtures/data.js';

const deepText = (el: Element): string =>
  [
    el.shadowRoot!.textContent,
    ...[...el.shadowRoot!.querySelectorAll('dk-confidential')].map((c) => c.shadowRoot!.textContent),
  ].join(' ');

describe('dk-agenda-item', () => {
  it('shows the item and hides confidential parts from a viewer without rights', async () => {
    const el = await fixture<DkAgendaItem>(
      html`<dk-agenda-item lang="fi" .item=${item} .viewer=${{ id: 'p1', role: 'member' }}></dk-agenda-item>`,
    );
    const all = deepText(el);
    expect(all).to.contain('§ 14 Koulukiinteistön myynti');
    expect(all).to.contain('ESIM/123/10.00.02/2026');
    expect(all).to.contain('Tonttipäällikkö Matti Mäki');
    expect(all).to.contain('450 000 euroa');
    expect(all).to.contain('SALASSA PIDETTÄVÄ');
    expect(all).to.contain('JulkL 24 § 1 mom. 17 k');
    expect(all).not.to.contain('Ostajan tarjous');
    expect(all).not.to.contain('Arviokirja');
    expect(el.shadowRoot!.textContent).to.contain('Saavutettava');
    expect(el.shadowRoot!.textContent).to.match(/245\s?kt|245\s?kB/);
    await expect(el).to.be.accessible();
  });

  it('shows confidential parts to an entitled viewer', async () => {
    const el = await fixture<DkAgendaItem>(
      html`<dk-agenda-item
        lang="fi"
        .item=${item}
        .viewer=${{ id: 'p1', mayViewConfidential: true }}
      ></dk-agenda-item>`,
    );
    const all = deepText(el);
    expect(all).to.contain('Ostajan tarjous');
    expect(all).to.contain('Arviokirja');
    expect(el.shadowRoot!.querySelector('a[href="#a2-html"]')!.textContent).to.contain('Saavutettava versio');
    await expect(el).to.be.accessible();
  });

  it('shows the decision once made, in Swedish', async () => {
    const el = await fixture<DkAgendaItem>(
      html`<div lang="sv">
        <dk-agenda-item .item=${{ ...item, decision: { fi: 'Hyväksyttiin.', sv: 'Godkändes.' } }}></dk-agenda-item>
      </div>`,
    );
    const inner = el.querySelector('dk-agenda-item')!;
    expect(inner.shadowRoot!.querySelector('[part~="decision"]')!.textContent).to.contain('Godkändes.');
    expect(deepText(inner)).to.contain('SEKRETESSBELAGD');
    await expect(el).to.be.accessible();
  });

  it('never renders item text as HTML', async () => {
    const el = await fixture<DkAgendaItem>(
      html`<dk-agenda-item .item=${{ ...item, title: '<img src=x onerror=alert(1)>' }}></dk-agenda-item>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x');
  });
});

describe('viewer through @lit/context', () => {
  it('takes the viewer from a provider and follows its changes', async () => {
    const { ContextProvider } = await import('@lit/context');
    const { viewerContext } = await import('../src/shared/viewer.js');
    const host = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const provider = new ContextProvider(host, {
      context: viewerContext,
      initialValue: { id: 'p1', mayViewConfidential: false },
    });
    const el = document.createElement('dk-agenda-item');
    el.item = item;
    host.append(el);
    await el.updateComplete;
    expect(deepText(el)).not.to.contain('Ostajan tarjous');
    provider.setValue({ id: 'p1', mayViewConfidential: true });
    await el.updateComplete;
    expect(deepText(el)).to.contain('Ostajan tarjous');
  });
});
