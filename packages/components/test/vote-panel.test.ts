import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/vote-panel/define.js';
import type { DkVotePanel, VoteView } from '../src/vote-panel/vote-panel.js';
import { activeDeep } from './helpers.js';

const vote: VoteView = {
  id: 'v1',
  title: { fi: 'Äänestys 1', sv: 'Omröstning 1', en: 'Vote 1' },
  jaa: {
    label: { fi: 'Esittelijän ehdotus', sv: 'Föredragandens förslag', en: "The presenter's proposal" },
    text: 'Kiinteistö myydään.',
  },
  ei: {
    label: { fi: 'Virtasen vastaehdotus', sv: 'Virtanens motförslag', en: "Virtanen's counter-proposal" },
    text: 'Kiinteistöä ei myydä.',
  },
  state: 'open',
  allowChange: true,
};

const root = (el: DkVotePanel) => el.shadowRoot!;

async function tabUntil(match: (el: Element) => boolean, max = 12): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const active = activeDeep();
    if (active && match(active)) return active;
  }
  throw new Error('focus never reached the target');
}

describe('dk-vote-panel', () => {
  it('frames the question as JAA = A, EI = B with both texts reachable', async () => {
    const el = await fixture<DkVotePanel>(html`<dk-vote-panel lang="fi" .vote=${vote}></dk-vote-panel>`);
    expect(root(el).querySelector('.frame')!.textContent).to.equal(
      'JAA = Esittelijän ehdotus, EI = Virtasen vastaehdotus',
    );
    const details = root(el).querySelectorAll('details');
    expect(details.length).to.equal(2);
    expect(details[1]!.textContent).to.contain('Kiinteistöä ei myydä.');
    expect(el.panelState).to.equal('open');
    await expect(el).to.be.accessible();
  });

  it('is reached and a ballot is cast with the keyboard, with a confirmation step', async () => {
    const el = await fixture<DkVotePanel>(html`<dk-vote-panel lang="fi" .vote=${vote}></dk-vote-panel>`);
    const first = await tabUntil((a) => a instanceof HTMLInputElement && a.type === 'radio');
    expect((first as HTMLInputElement).value).to.equal('jaa');
    await userEvent.keyboard('{ArrowDown}');
    expect((activeDeep() as HTMLInputElement).value).to.equal('ei');
    expect((activeDeep() as HTMLInputElement).checked).to.equal(true);
    await userEvent.tab();
    expect(activeDeep()!.textContent).to.contain('Jatka vahvistamaan');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirm"]')!.textContent).to.contain('EI – Virtasen vastaehdotus');
    expect(activeDeep()!.id).to.equal('confirm');
    await expect(el).to.be.accessible();
    const pending = oneEvent(el, 'dk-ballot');
    await userEvent.keyboard('{Enter}');
    const event = (await pending) as CustomEvent<{ voteId: string; option: string }>;
    expect(event.detail).to.deep.equal({ voteId: 'v1', option: 'ei' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.panelState).to.equal('cast');
    expect(el.ballot).to.equal('ei');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain(
      'Äänesi on annettu: EI – Virtasen vastaehdotus',
    );
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Äänesi on annettu');
    expect(activeDeep()!.getAttribute('part')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('asks for a choice before confirming and can go back', async () => {
    const el = await fixture<DkVotePanel>(html`<dk-vote-panel lang="en" .vote=${vote}></dk-vote-panel>`);
    const next = root(el).querySelector<HTMLButtonElement>('.actions button')!;
    next.click();
    await el.updateComplete;
    expect(root(el).querySelector('#error')!.textContent).to.equal('Choose one of the options first.');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLInputElement>('input[value="tyhja"]')!.click();
    next.click();
    await el.updateComplete;
    root(el).querySelectorAll<HTMLButtonElement>('[part="confirm"] button')[1]!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(root(el).querySelector<HTMLInputElement>('input[value="tyhja"]')!.checked).to.equal(true);
  });

  it('lets the ballot be changed while open when the rules allow, and not otherwise', async () => {
    const el = await fixture<DkVotePanel>(html`<dk-vote-panel lang="fi" ballot="jaa" .vote=${vote}></dk-vote-panel>`);
    const change = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Muuta ääntä'))!;
    change.click();
    await el.updateComplete;
    expect(el.panelState).to.equal('open');
    expect(root(el).querySelector<HTMLInputElement>('input[value="jaa"]')!.checked).to.equal(true);
    el.vote = { ...vote, allowChange: false };
    el.ballot = 'ei';
    await el.updateComplete;
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent!.includes('Muuta ääntä'))).to.equal(
      false,
    );
  });

  it('keeps the choice open when a listener refuses the ballot', async () => {
    const el = await fixture<DkVotePanel>(
      html`<dk-vote-panel .vote=${vote} @dk-ballot=${(e: Event) => e.preventDefault()}></dk-vote-panel>`,
    );
    root(el).querySelector<HTMLInputElement>('input[value="jaa"]')!.click();
    root(el).querySelector<HTMLButtonElement>('.actions button')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('#confirm')!.click();
    await el.updateComplete;
    expect(el.ballot).to.equal(undefined);
    expect(el.panelState).to.equal('open');
  });

  for (const [state, lang, expected] of [
    ['not-open', 'fi', 'Äänestys ei ole vielä alkanut.'],
    ['closed', 'sv', 'Omröstningen är avslutad.'],
  ] as const) {
    it(`states ${state} in text`, async () => {
      const el = await fixture<DkVotePanel>(
        html`<dk-vote-panel lang=${lang} .vote=${{ ...vote, state }}></dk-vote-panel>`,
      );
      expect(root(el).querySelector('[part="status"]')!.textContent).to.contain(expected);
      expect(root(el).querySelector('input')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('announces the opening and closing through a polite status region', async () => {
    const el = await fixture<DkVotePanel>(
      html`<dk-vote-panel lang="fi" .vote=${{ ...vote, id: 'v-announce', state: 'not-open' }}></dk-vote-panel>`,
    );
    el.vote = { ...vote, id: 'v-announce', state: 'open' };
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Äänestys on alkanut.');
    el.vote = { ...vote, id: 'v-announce', state: 'closed' };
    el.ballot = 'jaa';
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Äänestys on päättynyt.');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('Äänesi: JAA – Esittelijän ehdotus.');
  });

  for (const [reason, expected] of [
    ['absent', 'et ole läsnä'],
    ['disqualified', 'olet esteellinen'],
    ['no-voting-right', 'ei ole äänioikeutta'],
  ] as const) {
    it(`shows why the viewer may not vote: ${reason}`, async () => {
      const el = await fixture<DkVotePanel>(
        html`<dk-vote-panel lang="fi" ineligible=${reason} .vote=${vote}></dk-vote-panel>`,
      );
      expect(root(el).querySelector('[part="status"]')!.textContent).to.contain(expected);
      expect(root(el).querySelector('input, [part="confirm"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('takes the missing voting right from the viewer', async () => {
    const el = await fixture<DkVotePanel>(
      html`<dk-vote-panel lang="en" .viewer=${{ id: 'x', votingRight: false }} .vote=${vote}></dk-vote-panel>`,
    );
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('no voting right');
  });

  it('has option targets of at least 44 × 44 CSS px', async () => {
    const el = await fixture<DkVotePanel>(
      html`<div style="width:320px"><dk-vote-panel .vote=${vote}></dk-vote-panel></div>`,
    );
    const panel = el.querySelector('dk-vote-panel')!;
    for (const target of panel.shadowRoot!.querySelectorAll('label, button, summary')) {
      const box = target.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    }
    expect(panel.scrollWidth).to.be.at.most(320);
  });
});
