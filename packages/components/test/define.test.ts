import { it, vi } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/shared/define.js';
import { DkAgenda } from '../src/agenda/agenda.js';
import '../src/define-all.js';
import { agendaItems, item } from './fixtures/data.js';

it('registers every tag once and is idempotent', async () => {
  for (const tag of [
    'dk-agenda',
    'dk-agenda-item',
    'dk-attendance',
    'dk-confidential',
    'dk-quorum-status',
    'dk-speaker-queue',
    'dk-vote-panel',
    'dk-vote-result',
  ]) {
    expect(customElements.get(tag), tag).to.not.equal(undefined);
  }
  await import('../src/agenda/define.js');
  defineElement('dk-agenda', DkAgenda);
  expect(customElements.get('dk-agenda')).to.equal(DkAgenda);
});

it('warns instead of throwing when another copy of the kit took the tag', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  class Other extends LitElement {}
  defineElement('dk-agenda', Other);
  expect(customElements.get('dk-agenda')).to.equal(DkAgenda);
  expect(warn.mock.calls.length).to.equal(1);
  warn.mockRestore();
});

it('registers a subclass when the class is already registered under another tag', () => {
  class Shared extends LitElement {}
  defineElement('dk-test-a', Shared);
  defineElement('dk-test-b', Shared);
  expect(customElements.get('dk-test-b')).to.not.equal(undefined);
  expect(customElements.get('dk-test-b')).to.not.equal(Shared);
});

it('reflows at 320 CSS px without horizontal scrolling (WCAG 1.4.10) and keeps 44 px targets', async () => {
  const el = await fixture<HTMLDivElement>(
    html`<div style="width:320px" lang="fi">
      <dk-agenda .items=${agendaItems}></dk-agenda>
      <dk-agenda-item .item=${item}></dk-agenda-item>
      <dk-quorum-status seats="43" present="30"></dk-quorum-status>
      <dk-speaker-queue
        .viewer=${{ id: 'p1', role: 'chair' }}
        .entries=${[{ id: 'e1', memberId: 'p2', name: 'Berg Bo', kind: 'puheenvuoro' }]}
      ></dk-speaker-queue>
      <dk-vote-result
        .result=${{ voteId: 'v', jaa: { label: 'Esittelijän ehdotus' }, ei: { label: 'Vastaehdotus' }, counts: { jaa: 3, ei: 2, tyhja: 0 } }}
      ></dk-vote-result>
    </div>`,
  );
  await new Promise((r) => setTimeout(r, 50));
  for (const child of el.children) expect(child.scrollWidth, child.tagName).to.be.at.most(320);
  // Every target is at least 44 × 44 CSS px (WCAG 2.5.5 AAA, beyond 2.5.8's 24 px).
  for (const child of el.children) {
    for (const target of child.shadowRoot!.querySelectorAll('button, label, summary')) {
      const box = target.getBoundingClientRect();
      expect(box.height, `${child.tagName} ${target.textContent}`).to.be.at.least(44);
      expect(box.width, `${child.tagName} ${target.textContent}`).to.be.at.least(44);
    }
  }
  await expect(el).to.be.accessible();
});

it('keeps text readable with WCAG 1.4.12 text spacing', async () => {
  const el = await fixture<HTMLDivElement>(
    html`<div style="width:320px; line-height:1.5; letter-spacing:0.12em; word-spacing:0.16em" lang="fi">
      <dk-agenda .items=${agendaItems}></dk-agenda>
    </div>`,
  );
  const agenda = el.querySelector('dk-agenda')!;
  expect(agenda.scrollWidth).to.be.at.most(320);
  for (const b of agenda.shadowRoot!.querySelectorAll('button'))
    expect(b.scrollHeight).to.be.at.most(b.clientHeight + 1);
});
