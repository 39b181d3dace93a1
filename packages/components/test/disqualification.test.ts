import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/disqualification/define.js';
import { applicableGrounds, type DkDisqualification } from '../src/disqualification/disqualification.js';
import { activeDeep } from './helpers.js';

const root = (el: DkDisqualification) => el.shadowRoot!;

describe('dk-disqualification', () => {
  it('never offers HL 28 § 1 mom 6 kohta in a municipality (KL 97 § 4 mom)', () => {
    expect(applicableGrounds('lautakunta')).not.to.include('viraston-hallitus');
    // KL 97 § 1 mom: a councillor in the council only for matters concerning them or a close person personally.
    expect(applicableGrounds('valtuusto')).to.deep.equal(['asianosainen', 'hyoty-tai-haitta']);
  });

  it('lets a member declare their own disqualification with the keyboard (KL 97 § 5 mom)', async () => {
    const el = await fixture<DkDisqualification>(
      html`<dk-disqualification lang="fi" body-kind="valtuusto" .viewer=${{ id: 'p003' }}></dk-disqualification>`,
    );
    const options = [...root(el).querySelectorAll('#ground option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['asianosaisjäävi (HL 28 § 1 mom. 1 k)', 'intressijäävi (HL 28 § 1 mom. 3 k)']);
    root(el).querySelector<HTMLSelectElement>('#ground')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('Veljeni yritys on hakijana.');
    await userEvent.tab();
    expect(activeDeep()!.textContent).to.contain('Ilmoita olevani esteellinen');
    const pending = oneEvent(el, 'dk-disqualification');
    await userEvent.keyboard('{Enter}');
    expect(((await pending) as CustomEvent).detail).to.deep.equal({
      personId: 'p003',
      ground: 'hyoty-tai-haitta',
      declaredBy: 'itse',
      disqualified: true,
      reason: 'Veljeni yritys on hakijana.',
    });
    await expect(el).to.be.accessible();
  });

  it("records the body's decision for a member (HL 29 §) and lists that the member leaves (HL 27 §)", async () => {
    const el = await fixture<DkDisqualification>(
      html`<dk-disqualification
        lang="sv"
        mode="decide"
        .members=${[
          { id: 'a', name: 'Aino Virtanen' },
          { id: 'b', name: 'Eero Korhonen' },
        ]}
        .disqualifications=${[{ personId: 'a', name: 'Aino Virtanen', ground: 'asianosainen', declaredBy: 'itse', disqualified: true }]}
      ></dk-disqualification>`,
    );
    expect(root(el).querySelector('[part="list"]')!.textContent).to.contain('jävig, har avlägsnat sig');
    root(el).querySelector<HTMLSelectElement>('#person')!.value = 'b';
    root(el).querySelector<HTMLInputElement>('input[value="no"]')!.click();
    const pending = oneEvent(el, 'dk-disqualification');
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const detail = ((await pending) as CustomEvent).detail;
    expect(detail).to.deep.equal({ personId: 'b', ground: 'asianosainen', declaredBy: 'muu', disqualified: false });
    await expect(el).to.be.accessible();
  });

  it('shows no declaration form to a viewer without an identity', async () => {
    const el = await fixture<DkDisqualification>(html`<dk-disqualification lang="en"></dk-disqualification>`);
    expect(root(el).querySelector('form')).to.equal(null);
    expect(root(el).textContent).to.contain('nor be present (HL 27 §)');
  });
});
