import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/vote-result/define.js';
import type { DkVoteResult, VoteResultView } from '../src/vote-result/vote-result.js';

const base: VoteResultView = {
  voteId: 'v1',
  jaa: { label: { fi: 'Esittelijän ehdotus', sv: 'Föredragandens förslag', en: "Presenter's proposal" } },
  ei: { label: { fi: 'Virtasen vastaehdotus', sv: 'Virtanens motförslag', en: "Virtanen's proposal" } },
  counts: { jaa: 25, ei: 14, tyhja: 2, absent: 2 },
};
const summary = (el: DkVoteResult) => el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();

describe('dk-vote-result', () => {
  it('states the result in words, in a table and as a chart with a text alternative', async () => {
    const el = await fixture<DkVoteResult>(html`<dk-vote-result lang="fi" .result=${base}></dk-vote-result>`);
    expect(summary(el)).to.equal('Voitti Jaa: Esittelijän ehdotus. Jaa 25, ei 14, tyhjä 2, poissa 2.');
    const cells = [...el.shadowRoot!.querySelectorAll('[part="table"] td')].map((td) => td.textContent);
    expect(cells).to.deep.equal(['25', '14', '2', '2']);
    const chart = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.contain('Voitti Jaa');
    const widths = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.be.greaterThan(widths[1]!);
    await expect(el).to.be.accessible();
  });

  it('states a tie decided by the chair', async () => {
    const el = await fixture<DkVoteResult>(
      html`<dk-vote-result
        lang="fi"
        .result=${{ ...base, counts: { jaa: 20, ei: 20, tyhja: 1 }, chairOption: 'ei' }}
      ></dk-vote-result>`,
    );
    expect(summary(el)).to.equal(
      'Äänet menivät tasan (20–20). Puheenjohtajan ääni ratkaisi (KL 104 § 2 mom). Voitti Ei: Virtasen vastaehdotus. Jaa 20, ei 20, tyhjä 1.',
    );
    await expect(el).to.be.accessible();
  });

  it('counts a roll call and lists each member, in Swedish', async () => {
    const rollCall = [
      { memberId: 'a', name: 'Aalto Anna', group: 'KOK', option: 'jaa' },
      { memberId: 'b', name: 'Berg Bo', group: 'SFP', option: 'ei' },
      { memberId: 'c', name: 'Candé Cecilia', group: 'SDP', option: 'jaa' },
      { memberId: 'd', name: 'Dahl David', group: 'KESK', option: 'absent' },
    ] as const;
    const el = await fixture<DkVoteResult>(
      html`<dk-vote-result
        lang="sv"
        .result=${{ ...base, title: 'Omröstning med namnupprop', counts: undefined, rollCall: [...rollCall] }}
      ></dk-vote-result>`,
    );
    expect(summary(el)).to.equal('Vann: Ja, Föredragandens förslag. Ja 2, nej 1, blanka 0, frånvarande 1.');
    const rows = [...el.shadowRoot!.querySelectorAll('[part="roll-call"] tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Aalto Anna KOK Ja',
      'Berg Bo SFP Nej',
      'Candé Cecilia SDP Ja',
      'Dahl David KESK Frånvarande',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says so when a tie has no recorded chair ballot, in English', async () => {
    const el = await fixture<DkVoteResult>(
      html`<dk-vote-result lang="en" .result=${{ ...base, counts: { jaa: 3, ei: 3, tyhja: 0 } }}></dk-vote-result>`,
    );
    expect(summary(el)).to.contain("the chair's ballot is not recorded");
    await expect(el).to.be.accessible();
  });
});
