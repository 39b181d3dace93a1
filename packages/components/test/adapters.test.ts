import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import {
  councilItems,
  councilMeeting,
  councilMeetingLog,
  fullName,
  personById,
} from '@digikokous/meeting-schema/fixtures';
import { replay } from '@digikokous/procedure';
import {
  agendaEntries,
  agendaItemView,
  ballotOf,
  ineligibility,
  participantsView,
  speakerQueueView,
  voteResultView,
  voteView,
} from '../src/adapters/meeting-schema.js';
import '../src/agenda-item/define.js';
import type { DkAgendaItem } from '../src/agenda-item/agenda-item.js';
import { deepText } from './helpers.js';

const nameOf = (id: string) => {
  const p = personById(id);
  return p ? fullName(p) : id;
};
const events = councilMeetingLog.events;
const upTo = (type: string, nth = 1) => {
  let seen = 0;
  const i = events.findIndex((e) => e.type === type && ++seen === nth);
  return replay(councilMeeting, events.slice(0, i + 1));
};

describe('meeting-schema adapters', () => {
  it('derives agenda states from the replayed council log', () => {
    const state = upTo('vote-opened');
    const rows = agendaEntries(councilItems, state, nameOf);
    const current = rows.filter((r) => r.state === 'current');
    expect(current.map((r) => r.id)).to.deep.equal([state.currentItemId]);
    expect(rows.find((r) => r.id === 'kv-2026-5-4')!.state).to.equal('handled');
    expect(rows.find((r) => r.id === 'kv-2026-5-9')!.confidentiality).to.equal('confidential');
    expect(rows.find((r) => r.id === 'kv-2026-5-9')!.title).to.deep.include({ fi: 'Vahingonkorvausvaatimus' });
  });

  it('frames the open vote and knows who may vote', () => {
    const state = upTo('vote-opened');
    const vote = voteView(state, nameOf)!;
    expect(vote.state).to.equal('open');
    expect(vote.id).to.equal('kv-2026-5-6-a1');
    expect(JSON.stringify(vote.jaa.label)).to.contain('vastaehdotus');
    expect(ballotOf(state, 'p001')).to.equal(undefined);
    expect(ineligibility(state, 'p001')).to.equal(undefined);
    expect(ineligibility(state, 'kunnanjohtaja')).to.equal('no-voting-right');
    expect(ineligibility(state, 'nobody')).to.equal('absent');
    const participants = participantsView(state, nameOf);
    expect(participants.filter((p) => p.present).length).to.be.greaterThan(40);
    expect(participants.find((p) => p.id === 'p044')!.deputyFor).to.equal(nameOf('p010'));
  });

  it('gives the closed vote result with the roll call, counts matching the ballots', () => {
    const state = upTo('vote-closed');
    const result = voteResultView(state, nameOf)!;
    const count = (o: string) => result.rollCall!.filter((b) => b.option === o).length;
    expect(result.counts!.jaa).to.equal(count('jaa'));
    expect(result.counts!.ei).to.equal(count('ei'));
    expect(result.counts!.tyhja).to.equal(count('tyhja'));
    expect(result.winner).to.equal(result.counts!.jaa > result.counts!.ei ? 'jaa' : 'ei');
  });

  it('lists requests to speak and the current speaker', () => {
    const state = upTo('speaker-granted', 2);
    const { entries, current } = speakerQueueView(state, nameOf);
    expect(current!.memberId).to.equal('p013');
    expect(entries.every((e) => e.memberId !== 'p013')).to.equal(true);
  });

  it('leaves a withdrawn request to speak out of the queue, so the member can ask again', () => {
    const i = events.findIndex((e) => e.type === 'speaker-requested');
    const requested = events[i]! as Extract<(typeof events)[number], { type: 'speaker-requested' }>;
    const { itemId, entryId, personId } = requested.payload;
    const withdrawn = {
      id: 'test-withdrawn',
      seq: requested.seq + 1,
      at: requested.at,
      actor: personId,
      type: 'speaker-withdrawn',
      payload: { itemId, entryId, by: 'pyytaja' },
    } as unknown as (typeof events)[number];
    const before = speakerQueueView(replay(councilMeeting, events.slice(0, i + 1)), nameOf);
    expect(before.entries.map((e) => e.id)).to.include(entryId);
    const after = speakerQueueView(replay(councilMeeting, [...events.slice(0, i + 1), withdrawn]), nameOf);
    expect(after.entries.map((e) => e.id)).not.to.include(entryId);
    expect(after.current).to.equal(undefined);
  });

  it('renders a confidential fixture item without its secret parts, and its schema rich text', async () => {
    const item = councilItems.find((i) => i.id === 'kv-2026-5-9')!;
    const el = await fixture<DkAgendaItem>(
      html`<dk-agenda-item lang="fi" .item=${agendaItemView(item, nameOf)}></dk-agenda-item>`,
    );
    const all = deepText(el);
    expect(all).to.contain('SALASSA PIDETTÄVÄ');
    expect(all).to.contain('JulkL 24 § 1 mom. 25 k');
    expect(all).not.to.contain('Valtuusto hylkää vahingonkorvausvaatimuksen.');
    expect(all).not.to.contain('Selvitys asiakkaan tilanteesta');
    await expect(el).to.be.accessible();
    const open = councilItems.find((i) => i.id === 'kv-2026-5-6')!;
    const el2 = await fixture<DkAgendaItem>(
      html`<dk-agenda-item lang="fi" .item=${agendaItemView(open, nameOf)}></dk-agenda-item>`,
    );
    expect(el2.shadowRoot!.textContent).to.contain('Valtuusto myöntää koulukeskuksen peruskorjaukseen 4,2 milj. euron');
    expect(el2.shadowRoot!.querySelectorAll('section p').length).to.be.greaterThan(2);
  });

  it('drops links with a scheme outside the allow-list', async () => {
    const hostile = {
      id: 'x',
      order: 1,
      title: 'Testi',
      background: {
        fi: [
          {
            type: 'paragraph',
            content: [{ type: 'link', href: 'javascript:alert(1)', content: [{ type: 'text', text: 'klikkaa' }] }],
          },
        ],
      },
    };
    const el = await fixture<DkAgendaItem>(html`<dk-agenda-item lang="fi" .item=${hostile}></dk-agenda-item>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('klikkaa');
  });
});
