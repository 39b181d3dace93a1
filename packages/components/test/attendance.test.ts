import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/attendance/define.js';
import '../src/quorum-status/define.js';
import { countPresent, type DkAttendance, type ParticipantView } from '../src/attendance/attendance.js';
import type { DkQuorumStatus } from '../src/quorum-status/quorum-status.js';

const people: ParticipantView[] = [
  {
    id: 'p1',
    name: 'Aalto Anna',
    role: 'puheenjohtaja',
    group: 'KOK',
    present: true,
    mode: 'paikan-paalla',
    arrivedAt: '2026-03-16T18:00:00+02:00',
  },
  {
    id: 'p2',
    name: 'Berg Bo',
    role: 'jasen',
    group: 'SFP',
    present: true,
    mode: 'etana',
    arrivedAt: '2026-03-16T18:05:00+02:00',
  },
  {
    id: 'p3',
    name: 'Candé Cecilia',
    role: 'jasen',
    group: 'SDP',
    present: true,
    mode: 'paikan-paalla',
    disqualified: true,
  },
  { id: 'p4', name: 'Dahl David', role: 'jasen', group: 'KESK', present: false },
  {
    id: 'p5',
    name: 'Eskola Eeva',
    role: 'varajasen',
    group: 'KESK',
    present: true,
    mode: 'paikan-paalla',
    deputyFor: 'Dahl David',
    leftAt: '2026-03-16T20:30:00+02:00',
  },
  { id: 'p6', name: 'Forsman Frans', role: 'esittelija', present: true, mode: 'paikan-paalla' },
];

describe('dk-attendance', () => {
  it('lists participants with role, group, mode, times and disqualification', async () => {
    const el = await fixture<DkAttendance>(html`<dk-attendance lang="fi" .participants=${people}></dk-attendance>`);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).to.equal('Aalto Anna puheenjohtaja KOK paikan päällä 18.00');
    expect(rows[1]).to.contain('etäyhteydellä');
    expect(rows[3]).to.contain('poissa');
    expect(rows[2]).to.contain('esteellinen');
    expect(rows[4]).to.contain('varajäsen (varalla: Dahl David)');
    expect(rows[4]).to.contain('20.30');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim()).to.equal(
      'Läsnä 3 jäsentä (paikalla 2, etänä 1), poissa 2.',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish and English', async () => {
    const sv = await fixture<DkAttendance>(html`<dk-attendance lang="sv" .participants=${people}></dk-attendance>`);
    expect(sv.shadowRoot!.textContent).to.contain('på distans');
    expect(sv.shadowRoot!.textContent).to.contain('jävig');
    await expect(sv).to.be.accessible();
    const en = await fixture<DkAttendance>(html`<dk-attendance lang="en" .participants=${people}></dk-attendance>`);
    expect(en.shadowRoot!.textContent).to.contain('deputy member (deputising for Dahl David)');
    await expect(en).to.be.accessible();
  });

  it('counts only seat holders present and not disqualified (KL 103 § 3 mom, HL 27 §)', () => {
    expect(countPresent(people)).to.equal(3);
  });
});

describe('dk-quorum-status', () => {
  it('states quorum in words for the council', async () => {
    const el = await fixture<DkQuorumStatus>(
      html`<dk-quorum-status lang="fi" seats="43" present="29"></dk-quorum-status>`,
    );
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal(
      'Päätösvaltainen: 29/43, vaaditaan 29',
    );
    el.present = 28;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal(
      'Ei päätösvaltainen: 28/43, vaaditaan 29',
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Ei päätösvaltainen: 28/43, vaaditaan 29',
    );
    await expect(el).to.be.accessible();
  });

  it('uses more than half for other bodies and counts participants, in Swedish', async () => {
    const el = await fixture<DkQuorumStatus>(
      html`<dk-quorum-status lang="sv" seats="5" body-kind="lautakunta" .participants=${people}></dk-quorum-status>`,
    );
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Beslutför: 3/5, krävs 3');
    await expect(el).to.be.accessible();
  });

  it('states nothing quorate for a body without seats', async () => {
    const el = await fixture<DkQuorumStatus>(
      html`<dk-quorum-status lang="fi" seats="0" present="0"></dk-quorum-status>`,
    );
    expect(el.quorate).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Ei päätösvaltainen');
  });

  it('does not announce when the count changes but quorum does not', async () => {
    const el = await fixture<DkQuorumStatus>(
      html`<dk-quorum-status lang="en" seats="11" body-kind="lautakunta" present="9"></dk-quorum-status>`,
    );
    el.present = 8;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Quorate: 8/11, 6 required');
  });

  it('requires two thirds of the council and more than half of other bodies, for every size 3–79 (KL 103 §)', async () => {
    const el = await fixture<DkQuorumStatus>(html`<dk-quorum-status lang="fi"></dk-quorum-status>`);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 79 }), fc.boolean(), fc.nat(), async (n, council, p) => {
        const present = p % (n + 1);
        el.seats = n;
        el.bodyKind = council ? 'valtuusto' : 'lautakunta';
        el.present = present;
        await el.updateComplete;
        const expected = council ? 3 * present >= 2 * n : 2 * present > n;
        const text = el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
        return (
          el.quorate === expected &&
          text.startsWith(expected ? 'Päätösvaltainen' : 'Ei päätösvaltainen') &&
          text.includes(`${present}/${n}`)
        );
      }),
      { numRuns: 300 },
    );
  });
});
