import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import type { Decision } from '@digikokous/meeting-schema';
import { appealDeadlines } from '@digikokous/procedure';
import '../src/decision/define.js';
import type { DkDecision } from '../src/decision/decision.js';

const para = (t: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: t }] }];
const decision: Decision = {
  id: 'd1',
  itemId: 'i1',
  kind: 'hyvaksytty-ehdotuksen-mukaisesti',
  text: { fi: para('Valtuusto hyväksyi talousarvion.'), sv: para('Fullmäktige godkände budgeten.') },
  appeal: {
    kind: 'kunnallisvalitus',
    periodDays: 30,
    authority: { fi: 'Helsingin hallinto-oikeus', sv: 'Helsingfors förvaltningsdomstol' },
  },
};
const root = (el: DkDecision) => el.shadowRoot!;

describe('dk-decision', () => {
  it('shows the notification day and the last day of a municipal appeal from the engine (KL 138 §, 140 §)', async () => {
    // Published Fri 2026-06-19 → notified 7 days later, Fri 2026-06-26; + 30 days = Sun 2026-07-26 → Mon 2026-07-27.
    const el = await fixture<DkDecision>(
      html`<dk-decision
        lang="fi"
        .deadlines=${appealDeadlines({ minutesPublishedOn: '2026-06-19' })}
        .decision=${decision}
      ></dk-decision>`,
    );
    const dl = root(el).querySelector('[part="deadlines"]')!;
    expect(dl.textContent).to.contain('26. kesäkuuta 2026');
    expect(dl.textContent).to.contain('7 päivän kuluttua pöytäkirjan julkaisemisesta (KL 140 §)');
    expect(dl.textContent).to.contain('27. heinäkuuta 2026');
    expect(dl.textContent).to.contain('määräaikalaki 5 §');
    expect(root(el).textContent).to.contain('Helsingin hallinto-oikeus');
    await expect(el).to.be.accessible();
  });

  it('a claim for rectification runs 14 days; in Swedish', async () => {
    const rect: Decision = {
      ...decision,
      appeal: { kind: 'oikaisuvaatimus', periodDays: 14, authority: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' } },
    };
    const el = await fixture<DkDecision>(
      html`<dk-decision
        lang="sv"
        notified-individually
        .deadlines=${appealDeadlines({ notifiedOn: '2026-03-02' })}
        .decision=${rect}
      ></dk-decision>`,
    );
    const dl = root(el).querySelector('[part="deadlines"]')!;
    expect(dl.textContent).to.contain('Begäran om omprövning senast');
    expect(dl.textContent).to.contain('16 mars 2026');
    // A party's own notification day: the publication rule is not stated.
    expect(dl.textContent).not.to.contain('KomL 140 §');
    expect(root(el).textContent).to.contain('Fullmäktige godkände budgeten.');
    await expect(el).to.be.accessible();
  });

  it('says when the deadlines are not yet known, and marks Finnish fallback text', async () => {
    const el = await fixture<DkDecision>(
      html`<dk-decision lang="en" .heading=${{ fi: '§ 5 Talousarvio' }} .decision=${decision}></dk-decision>`,
    );
    expect(root(el).querySelector('[part="deadlines"]')!.textContent).to.contain('once the minutes are published');
    expect(root(el).querySelector('h2 [lang="fi"]')!.textContent).to.equal('§ 5 Talousarvio');
    await expect(el).to.be.accessible();
  });

  it('states a prohibition of appeal with its legal basis', async () => {
    const el = await fixture<DkDecision>(
      html`<dk-decision
        lang="fi"
        .decision=${{ ...decision, appeal: { kind: 'muutoksenhakukielto', legalBasis: 'KL 136 §' } }}
      ></dk-decision>`,
    );
    expect(root(el).textContent).to.contain('(KL 136 §)');
    expect(root(el).querySelector('[part="deadlines"]')).to.equal(null);
  });
});
