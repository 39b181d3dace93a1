// What a screen reader is given, read from Chromium's own accessibility tree (CDP), not from axe or the DOM:
// the tests the peers' open accessibility issues ask for (OpenSlides, Decidim): which label belongs to which
// ballot button, a vote opening announced once in a polite live region, presence changes announced.
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/vote-panel/define.js';
import '../src/attendance/define.js';
import '../src/agenda/define.js';
import type { DkVotePanel, VoteView } from '../src/vote-panel/vote-panel.js';
import type { DkAttendance, ParticipantView } from '../src/attendance/attendance.js';
import { FIRST_MESSAGE_DELAY } from '../src/shared/announce.js';
import { agendaItems } from './fixtures/data.js';
import { axTree, type AXNode } from './ax.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const vote = (id: string): VoteView => ({
  id,
  jaa: { label: { fi: 'Kunnanhallituksen ehdotus', sv: 'Kommunstyrelsens förslag', en: "The executive's proposal" } },
  ei: { label: { fi: 'Virtasen vastaehdotus', sv: 'Virtanens motförslag', en: "Virtanen's counter-proposal" } },
  state: 'open',
});

/** The text inside each live region of the tree: `[live, text]`. */
function liveRegions(nodes: AXNode[]): [string, string][] {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const regionOf = (n: AXNode): AXNode | undefined => {
    for (let p = n.parentId ? byId.get(n.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
      if (p.props.live && p.props.live !== 'off' && (p.role === 'status' || p.role === 'alert' || p.role === 'log'))
        return p;
    return undefined;
  };
  const regions = new Map<AXNode, string[]>();
  for (const n of nodes) {
    if (n.props.live && n.props.live !== 'off' && ['status', 'alert', 'log'].includes(n.role) && !regions.has(n))
      regions.set(n, []);
    if (n.role === 'StaticText') {
      const r = regionOf(n);
      if (r) regions.set(r, [...(regions.get(r) ?? []), n.name]);
    }
  }
  return [...regions].map(([r, t]) => [`${r.role}:${String(r.props.live)}`, t.join('')]);
}

describe('the accessibility tree in Chromium', () => {
  for (const [lang, jaa, ei, tyhja, proposalA, proposalB] of [
    ['fi', 'JAA', 'EI', 'TYHJÄ', 'Kunnanhallituksen ehdotus', 'Virtasen vastaehdotus'],
    ['sv', 'JA', 'NEJ', 'BLANK', 'Kommunstyrelsens förslag', 'Virtanens motförslag'],
    ['en', 'YES (JAA)', 'NO (EI)', 'ABSTAIN (TYHJÄ)', "The executive's proposal", "Virtanen's counter-proposal"],
  ] as const) {
    it(`every ballot control's name holds its option and the proposal it stands for (${lang})`, async () => {
      const el = await fixture<DkVotePanel>(
        html`<div lang=${lang}><dk-vote-panel .vote=${vote(`names-${lang}`)}></dk-vote-panel></div>`,
      );
      const radios = (await axTree()).filter((n) => n.role === 'radio');
      expect(radios.map((r) => r.name)).to.have.length(3);
      expect(radios[0]!.name).to.contain(jaa).and.to.contain(proposalA);
      expect(radios[1]!.name).to.contain(ei).and.to.contain(proposalB);
      expect(radios[2]!.name).to.contain(tyhja);
      expect(radios[0]!.name).not.to.contain(proposalB);
      expect(radios[1]!.name).not.to.contain(proposalA);
      // The confirmation button says what it confirms.
      const panel = el.querySelector('dk-vote-panel')!;
      panel.shadowRoot!.querySelectorAll('input')[1]!.click();
      await userEvent.click(panel.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!);
      await panel.updateComplete;
      const confirm = (await axTree()).find((n) => n.role === 'button' && n.props.focused === true);
      expect(confirm, 'focused confirm button').not.to.equal(undefined);
      expect(confirm!.name).to.contain(ei).and.to.contain(proposalB);
    });
  }

  it('announces a vote opened once, in one polite live region, also when the panel is mounted as it opens', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const mountPanel = async () => {
      const panel = document.createElement('dk-vote-panel');
      panel.vote = vote('mounted-open');
      host.append(panel);
      await panel.updateComplete;
      return panel;
    };
    const first = await mountPanel();
    // The region is in the tree, empty, before the message arrives: screen readers then read the change.
    expect(liveRegions(await axTree())).to.deep.equal([['status:polite', '']]);
    await sleep(FIRST_MESSAGE_DELAY + 100);
    await first.updateComplete;
    const said = liveRegions(await axTree()).filter(([, t]) => t.includes('Äänestys on alkanut.'));
    expect(said).to.deep.equal([['status:polite', 'Äänestys on alkanut.']]);
    // Mounted again (a role switch): not said a second time.
    first.remove();
    const again = await mountPanel();
    await sleep(FIRST_MESSAGE_DELAY + 100);
    await again.updateComplete;
    expect(liveRegions(await axTree()).filter(([, t]) => t.includes('alkanut'))).to.deep.equal([]);
    // The same panel re-rendering with the same open vote says nothing either.
    again.vote = { ...vote('mounted-open') };
    await again.updateComplete;
    expect(liveRegions(await axTree()).filter(([, t]) => t.includes('alkanut'))).to.deep.equal([]);
  });

  it('announces presence changes politely: arrivals, departures, disqualification, and the count', async () => {
    const people: ParticipantView[] = [
      { id: 'a', name: 'Aalto Aino', role: 'jasen', present: true, mode: 'paikan-paalla' },
      { id: 'b', name: 'Berg Bo', role: 'jasen', present: true, mode: 'etana' },
      { id: 'c', name: 'Caven Carl', role: 'jasen', present: false },
    ];
    const el = await fixture<DkAttendance>(html`<dk-attendance lang="fi" .participants=${people}></dk-attendance>`);
    await sleep(20);
    expect(liveRegions(await axTree())).to.deep.equal([['status:polite', '']]);
    el.participants = people.map((p) =>
      p.id === 'c' ? { ...p, present: true, mode: 'paikan-paalla' } : p.id === 'b' ? { ...p, present: false } : p,
    );
    await el.updateComplete;
    expect(liveRegions(await axTree())).to.deep.equal([
      ['status:polite', 'Berg Bo poistui. Caven Carl saapui. Läsnä 2 jäsentä.'],
    ]);
    el.participants = el.participants.map((p) => (p.id === 'a' ? { ...p, disqualified: true } : p));
    await el.updateComplete;
    expect(liveRegions(await axTree())).to.deep.equal([
      ['status:polite', 'Aalto Aino on esteellinen tässä asiassa. Läsnä 1 jäsen.'],
    ]);
    // Re-setting the same list says nothing new.
    el.participants = [...el.participants];
    await el.updateComplete;
    expect(liveRegions(await axTree())[0]![1]).to.equal('Aalto Aino on esteellinen tässä asiassa. Läsnä 1 jäsen.');
  });

  it('the agenda is a listbox of options with the current one marked, one of them focusable', async () => {
    await fixture(html`<dk-agenda lang="fi" .items=${agendaItems}></dk-agenda>`);
    const nodes = await axTree();
    const listbox = nodes.filter((n) => n.role === 'listbox');
    expect(listbox.map((n) => n.name)).to.deep.equal(['Esityslista']);
    const options = nodes.filter((n) => n.role === 'option');
    expect(options).to.have.length(agendaItems.length);
    expect(options.map((o) => o.name)[1])
      .to.contain('Pöytäkirjantarkastajien valinta')
      .and.to.contain('Käsittelyssä nyt');
    expect(options.every((o) => o.props.selected === false)).to.equal(true);
  });

  it('keeps table semantics when a table is stacked at 320 px', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="width:320px" lang="fi">
        <dk-attendance
          .participants=${[{ id: 'a', name: 'Aalto Aino', role: 'jasen', present: true, mode: 'etana' }]}
        ></dk-attendance>
      </div>`,
    );
    const el = host.querySelector('dk-attendance')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('tr')!).display).to.equal('block');
    const nodes = await axTree();
    expect(nodes.filter((n) => n.role === 'table').map((n) => n.name)).to.deep.equal(['Osallistujat']);
    expect(nodes.filter((n) => n.role === 'columnheader')).to.have.length(7);
    expect(nodes.find((n) => n.role === 'rowheader')!.name).to.equal('Aalto Aino');
    // The stacked labels are drawn for the eye only: the cell's name is its value, not "Läsnäolo etänä".
    const cells = nodes.filter((n) => n.role === 'cell').map((n) => n.name);
    expect(cells.some((c) => c.includes('Läsnäolo'))).to.equal(false);
  });
});
