// Confidential content never reaches a viewer who may not see it (JulkL 621/1999 22 § 2 mom, 23 §, 24 §, 25 §;
// KL 97 §, 98 §, 140 § 1 mom; HL 28 §). An attacker's view: for every fixture item and every role, the whole DOM
// (text, every attribute, every shadow root) and every property of every kit element are searched for the
// item's secrets, and searched again while the viewer's rights change back and forth.
import { describe, it } from 'vitest';
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import type { AgendaItem, LocalizedRichText, Publicity } from '@digikokous/meeting-schema';
import {
  councilAdditionalItem,
  councilItems,
  councilMeeting,
  councilMeetingLog,
  executiveMeeting,
  fullName,
  personById,
  socialWelfareSecrecy,
} from '@digikokous/meeting-schema/fixtures';
import { replay, type MeetingState } from '@digikokous/procedure';
import {
  agendaEntries,
  agendaItemView,
  voteView,
  type AccessQuery,
  type ItemViewOptions,
} from '../src/adapters/meeting-schema.js';
import '../src/agenda/define.js';
import '../src/agenda-item/define.js';
import '../src/vote-panel/define.js';
import type { DkAgenda } from '../src/agenda/agenda.js';
import type { DkAgendaItem } from '../src/agenda-item/agenda-item.js';
import type { DkVotePanel } from '../src/vote-panel/vote-panel.js';
import type { DkConfidential } from '../src/confidential/confidential.js';
import type { Viewer } from '../src/shared/viewer.js';

const nameOf = (id: string) => {
  const p = personById(id);
  return p ? fullName(p) : id;
};
const rich = (fi: string, sv?: string): LocalizedRichText => ({
  fi: [{ type: 'paragraph', content: [{ type: 'text', text: fi }] }],
  ...(sv ? { sv: [{ type: 'paragraph', content: [{ type: 'text', text: sv }] }] } : {}),
});
const secrecy29: Publicity = {
  status: 'salassa-pidettava',
  bases: [{ law: 'JulkL', section: '24', subsection: 1, point: 29, citation: 'JulkL 24 § 1 mom. 29 k' }],
};

/**
 * The attacker's item: a public item whose title, draft decision and decision are confidential parts (no public
 * title), with a confidential attachment of its own type, size and language whose accessible version is
 * confidential too, and a public background and attachment.
 */
const crafted: AgendaItem = {
  id: 'x-60',
  order: 20,
  sectionNumber: 60,
  title: { fi: 'Virkaan valitun Kalle Kuusiston palkkaneuvottelu', sv: 'Lönefórhandling med Kalle Kuusisto' },
  preparerIds: ['hallintojohtaja'],
  presenterId: 'kunnanjohtaja',
  draftDecision: rich('Kuusiston kuukausipalkaksi vahvistetaan 7 812 euroa.', 'Kuusistos lön fastställs.'),
  background: rich('Selostus on julkinen ja kaikkien nähtävissä.'),
  attachments: [
    {
      id: 'x-60-l1',
      name: { fi: 'Kuusiston palkkalaskelma', sv: 'Kuusistos lönekalkyl' },
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: 987_654,
      sha256: 'a'.repeat(64),
      language: 'sv',
      url: 'https://esimerkkila.example.fi/salainen/palkkalaskelma.xlsx',
      accessibleAlternativeId: 'x-60-l2',
      publicity: secrecy29,
    },
    {
      id: 'x-60-l2',
      name: { fi: 'Palkkalaskelman saavutettava versio' },
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: 55_555,
      sha256: 'b'.repeat(64),
      language: 'sv',
      url: 'https://esimerkkila.example.fi/salainen/palkkalaskelma.html',
      publicity: secrecy29,
    },
    {
      id: 'x-60-l3',
      name: { fi: 'Julkinen tehtävänkuvaus' },
      mediaType: 'application/pdf',
      size: 10_000,
      sha256: 'c'.repeat(64),
      language: 'fi',
      url: 'https://esimerkkila.example.fi/julkinen/tehtavankuvaus.pdf',
      publicity: { status: 'julkinen' },
    },
  ],
  additional: false,
  publicity: { status: 'julkinen' },
  partPublicity: {
    title: secrecy29,
    draftDecision: secrecy29,
    decision: secrecy29,
    background: { status: 'julkinen' },
  },
};

const finalState = replay(councilMeeting, councilMeetingLog.events);
const craftedDecision = rich('Kuusisto hyväksyi palkkatarjouksen 7 812 euroa.');
const confidentialWhole = councilItems.find((i) => i.id === 'kv-2026-5-9')!;

/** The final council state, with a decision for the crafted item and `disqualifiedId` disqualified in § 53. */
function stateWith(disqualifiedId?: string): MeetingState {
  const items = new Map(finalState.items);
  const nine = items.get(confidentialWhole.id)!;
  if (disqualifiedId)
    items.set(nine.itemId, { ...nine, disqualified: new Set([...nine.disqualified, disqualifiedId]) });
  items.set(crafted.id, {
    ...nine,
    itemId: crafted.id,
    sectionNumber: 60,
    disqualified: disqualifiedId ? new Set([disqualifiedId]) : new Set(),
    decision: { ...nine.decision!, text: craftedDecision },
  });
  return { ...finalState, items };
}

const allItems: AgendaItem[] = [...councilItems, councilAdditionalItem, ...executiveMeeting.items, crafted];
const isSecret = (p: Publicity | undefined) =>
  p?.status === 'salassa-pidettava' || p?.status === 'osittain-salassa-pidettava';

function runs(value: LocalizedRichText | { fi: string; sv?: string } | undefined): string[] {
  if (value && typeof value.fi === 'string') return [value.fi, ...(typeof value.sv === 'string' ? [value.sv] : [])];
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as { text?: unknown };
      if (typeof n.text === 'string') out.push(n.text);
      Object.values(node).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** The secrets of an item, read from the schema independently of the adapters. */
function secretsOf(item: AgendaItem, state: MeetingState): string[] {
  const itemSecret = isSecret(item.publicity) ? item.publicity : undefined;
  const partSecret = (key: 'background' | 'draftDecision' | 'decision') => {
    const own = item.partPublicity?.[key];
    return own ? isSecret(own) : Boolean(itemSecret);
  };
  const out: string[] = [];
  if (isSecret(item.partPublicity?.title) || item.publicity.status === 'salassa-pidettava')
    out.push(item.title.fi, ...(item.title.sv ? [item.title.sv] : []));
  if (partSecret('background')) out.push(...runs(item.background));
  if (partSecret('draftDecision')) out.push(...runs(item.draftDecision));
  if (partSecret('decision')) out.push(...runs(state.items.get(item.id)?.decision?.text));
  for (const a of item.attachments)
    if (isSecret(a.publicity)) out.push(a.name.fi, ...(a.name.sv ? [a.name.sv] : []), ...(a.url ? [a.url] : []));
  return [...new Set(out.filter((s) => s.length >= 6))];
}

/** JSON of any value, Maps and Sets included, DOM nodes left out; never throws. */
function dump(value: unknown): string {
  const seen = new WeakSet();
  try {
    return (
      JSON.stringify(value, (_k, v: unknown) => {
        if (v instanceof Node) return undefined;
        if (v instanceof Map) return [...v.entries()];
        if (v instanceof Set) return [...v];
        if (v && typeof v === 'object') {
          if (seen.has(v)) return undefined;
          seen.add(v);
        }
        return v;
      }) ?? ''
    );
  } catch {
    return String(value);
  }
}

/** Everything an attacker can read in a subtree: text, attributes, shadow roots and kit elements' properties. */
function everything(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.COMMENT_NODE) out.push(n.textContent ?? '');
    if (n instanceof Element) {
      for (const a of n.attributes) out.push(a.value);
      if (n.localName.startsWith('dk-')) {
        const ctor = n.constructor as typeof ReactiveElement;
        for (const key of ctor.elementProperties.keys())
          out.push(dump((n as unknown as Record<PropertyKey, unknown>)[key]));
        for (const key of Object.getOwnPropertyNames(n)) out.push(dump((n as unknown as Record<string, unknown>)[key]));
      }
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out.join('\n');
}

const roles: Record<string, { viewer?: Viewer; disqualified?: string; sees: boolean }> = {
  'the public (no viewer)': { sees: false },
  'the public (role public, even with the flag set)': {
    viewer: { role: 'public', mayViewConfidential: true },
    sees: false,
  },
  'a member without the right': { viewer: { id: 'p002', role: 'member' }, sees: false },
  'a member': { viewer: { id: 'p001', role: 'member', mayViewConfidential: true }, sees: true },
  'a member disqualified in the item (HL 28 §, in the viewer)': {
    viewer: { id: 'p001', role: 'member', mayViewConfidential: true, disqualifiedIn: allItems.map((i) => i.id) },
    sees: false,
  },
  'a member disqualified in the item (in the replayed state)': {
    viewer: { id: 'p001', role: 'member', mayViewConfidential: true },
    disqualified: 'p001',
    sees: false,
  },
  'the secretary': { viewer: { id: 'hallintojohtaja', role: 'secretary', mayViewConfidential: true }, sees: true },
};

async function mount(options: ItemViewOptions, state: MeetingState, item: AgendaItem) {
  const host = await fixture<HTMLDivElement>(
    html`<div lang="fi">
      <dk-agenda .items=${agendaEntries(allItems, state, nameOf, options)}></dk-agenda>
      <dk-agenda-item .item=${agendaItemView(item, nameOf, state, options)} .viewer=${options.viewer}></dk-agenda-item>
    </div>`,
  );
  const el = host.querySelector('dk-agenda-item')!;
  await el.updateComplete;
  await Promise.all(
    [...el.shadowRoot!.querySelectorAll('dk-confidential')].map((c) => (c as DkConfidential).updateComplete),
  );
  await host.querySelector('dk-agenda')!.updateComplete;
  return host;
}

const secretItems = allItems.filter((i) => secretsOf(i, stateWith()).length > 0);

describe('viewer objects are replaced, not mutated', () => {
  it('freezes the viewer in development builds and warns once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const viewer: Viewer = { id: 'p001', role: 'member', mayViewConfidential: true, disqualifiedIn: ['x'] };
      const el = await fixture<DkAgendaItem>(html`<dk-agenda-item .viewer=${viewer}></dk-agenda-item>`);
      expect(Object.isFrozen(viewer)).to.equal(true);
      expect(Object.isFrozen(viewer.disqualifiedIn)).to.equal(true);
      expect(() => {
        (viewer as { mayViewConfidential?: boolean }).mayViewConfidential = false;
      }).to.throw(TypeError);
      el.viewer = { ...viewer, mayViewConfidential: false };
      await el.updateComplete;
      expect(el.viewer.mayViewConfidential).to.equal(false);
    } finally {
      console.warn = warn;
    }
    // Once per page (this describe runs first in the file's own page).
    expect(warnings.filter((w) => w.includes('frozen in development builds'))).to.have.length(1);
  });
});

describe('confidential content by viewer (JulkL 22–25 §)', () => {
  it('the fixtures hold secrets to look for (§ 53 and the crafted item)', () => {
    expect(secretItems.map((i) => i.id)).to.include.members(['kv-2026-5-9', crafted.id]);
    expect(secretsOf(crafted, stateWith())).to.include('Kuusisto hyväksyi palkkatarjouksen 7 812 euroa.');
  });

  for (const [role, { viewer, disqualified, sees }] of Object.entries(roles)) {
    it(`${role}: ${sees ? 'sees' : 'finds nowhere'} the secrets of every fixture item`, async () => {
      const state = stateWith(disqualified);
      for (const item of allItems) {
        const secrets = secretsOf(item, state);
        const host = await mount(viewer ? { viewer } : {}, state, item);
        const all = everything(host);
        for (const secret of secrets) {
          if (sees) expect(all, `${item.id}: ${secret}`).to.contain(secret);
          else expect(all, `${item.id} leaks "${secret}"`).not.to.contain(secret);
        }
        if (!sees && secrets.length) expect(all, item.id).to.contain('SALASSA PIDETTÄVÄ');
      }
    });
  }

  it('a withheld attachment has no name, URL, type, size, language or accessible version, in the model or the DOM', async () => {
    const view = agendaItemView(crafted, nameOf, stateWith());
    const [secret, alternative, open] = view.attachments!;
    expect(secret).to.deep.equal({
      id: 'x-60-l1',
      withheld: true,
      confidentiality: { basis: 'JulkL 24 § 1 mom. 29 k', part: { fi: 'Liite', sv: 'Bilaga', en: 'Attachment' } },
    });
    expect(Object.keys(alternative!).sort()).to.deep.equal(['confidentiality', 'id', 'withheld']);
    expect(open!.href).to.equal('https://esimerkkila.example.fi/julkinen/tehtavankuvaus.pdf');
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const host = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><dk-agenda-item .item=${view}></dk-agenda-item></div>`,
      );
      const el = host.querySelector('dk-agenda-item')!;
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(3);
      for (const row of rows.slice(0, 2)) {
        expect(row.querySelectorAll('a')).to.have.length(0);
        expect(row.querySelector('dk-confidential')).not.to.equal(null);
      }
      const text = everything(host);
      expect(text).not.to.match(
        /XLSX|DOCX|987|55[,.\s]?6|ruotsi|svenska|Swedish|saavutettava versio|tillgänglig version/i,
      );
    }
  });

  it('a secret title becomes the public title, or a neutral mention with the marking, in the agenda and the item (KL 140 §)', async () => {
    const rows = agendaEntries(allItems, stateWith(), nameOf);
    expect(rows.find((r) => r.id === 'kv-2026-5-9')!.title).to.deep.equal(confidentialWhole.publicTitle);
    expect(rows.find((r) => r.id === crafted.id)!.title).to.deep.equal({
      fi: 'Salassa pidettävä asia',
      sv: 'Sekretessbelagt ärende',
      en: 'Confidential item',
    });
    const view = agendaItemView(crafted, nameOf, stateWith());
    expect(view.titleConfidentiality!.basis).to.equal('JulkL 24 § 1 mom. 29 k');
    const host = await fixture<HTMLDivElement>(
      html`<div lang="sv"><dk-agenda-item .item=${view}></dk-agenda-item></div>`,
    );
    const header = host.querySelector('dk-agenda-item')!.shadowRoot!.querySelector('header')!;
    expect(header.textContent).to.contain('Sekretessbelagt ärende');
    expect(header.textContent).to.contain('SEKRETESSBELAGD');
    expect(header.textContent).to.contain('JulkL 24 § 1 mom. 29 k');
    await expect(host).to.be.accessible();
  });

  it('the host’s access decision (decideAccess) narrows, never widens, and a throwing decider refuses', async () => {
    const member: Viewer = { id: 'p001', role: 'member', mayViewConfidential: true };
    const asked: AccessQuery[] = [];
    const refuse = (q: AccessQuery) => (asked.push(q), { allow: false, reason: 'disqualified' });
    const secrets = secretsOf(crafted, stateWith());
    const denied = dump(agendaItemView(crafted, nameOf, stateWith(), { viewer: member, access: refuse }));
    for (const s of secrets) expect(denied).not.to.contain(s);
    expect(asked.map((q) => q.part)).to.include.members(['title', 'draftDecision', 'decision', 'attachment']);
    expect(asked.every((q) => q.itemId === crafted.id && q.publicity.status === 'salassa-pidettava')).to.equal(true);
    const thrown = dump(
      agendaItemView(crafted, nameOf, stateWith(), {
        viewer: member,
        access: () => {
          throw new Error('store down');
        },
      }),
    );
    for (const s of secrets) expect(thrown).not.to.contain(s);
    const truthy = dump(
      agendaItemView(crafted, nameOf, stateWith(), {
        viewer: member,
        access: () => ({ allow: 'yes' }) as unknown as { allow: boolean },
      }),
    );
    for (const s of secrets) expect(truthy).not.to.contain(s);
    // Allowing does not widen: a viewer without the right still gets the public view.
    const widened = dump(agendaItemView(crafted, nameOf, stateWith(), { viewer: { id: 'p002' }, access: () => true }));
    for (const s of secrets) expect(widened).not.to.contain(s);
    const allowed = dump(
      agendaItemView(crafted, nameOf, stateWith(), { viewer: member, access: () => ({ allow: true }) }),
    );
    for (const s of secrets) expect(allowed).to.contain(s);
  });

  it('rights changing back and forth: nothing of the last viewer stays in the DOM or the properties', async () => {
    const state = stateWith('p009');
    const member: Viewer = { id: 'p001', role: 'member', mayViewConfidential: true };
    const disqualifiedMember: Viewer = { id: 'p009', role: 'member', mayViewConfidential: true };
    const sequence: [Viewer | undefined, boolean][] = [
      [member, true],
      [undefined, false],
      [member, true],
      [disqualifiedMember, false],
      [{ id: 'hallintojohtaja', role: 'secretary', mayViewConfidential: true }, true],
      [{ ...member, mayViewConfidential: false }, false],
    ];
    const host = await fixture<HTMLDivElement>(
      html`<div lang="fi">
        <dk-agenda></dk-agenda>
        <dk-agenda-item></dk-agenda-item>
        <dk-agenda-item></dk-agenda-item>
      </div>`,
    );
    const agenda = host.querySelector<DkAgenda>('dk-agenda')!;
    const [whole, parts] = [...host.querySelectorAll<DkAgendaItem>('dk-agenda-item')];
    const secrets = [...secretsOf(confidentialWhole, state), ...secretsOf(crafted, state)];
    for (const [viewer, sees] of sequence) {
      const options = viewer ? { viewer } : {};
      agenda.items = agendaEntries(allItems, state, nameOf, options);
      whole!.viewer = viewer;
      whole!.item = agendaItemView(confidentialWhole, nameOf, state, options);
      parts!.viewer = viewer;
      parts!.item = agendaItemView(crafted, nameOf, state, options);
      await Promise.all([agenda.updateComplete, whole!.updateComplete, parts!.updateComplete]);
      const inner = [...host.querySelectorAll('dk-agenda-item')].flatMap((e) => [
        ...e.shadowRoot!.querySelectorAll<DkConfidential>('dk-confidential'),
      ]);
      await Promise.all(inner.map((c) => c.updateComplete));
      const all = everything(host);
      for (const s of secrets) {
        if (sees) expect(all, `${viewer?.role}: ${s}`).to.contain(s);
        else expect(all, `${viewer?.id ?? 'public'} still holds "${s}"`).not.to.contain(s);
      }
    }
  });

  it('a confidential item’s proposals are withheld from the vote panel of the public (the draft decision in other words)', async () => {
    let seen = 0;
    const i = councilMeetingLog.events.findIndex((e) => e.type === 'vote-opened' && ++seen === 1);
    const open = replay(councilMeeting, councilMeetingLog.events.slice(0, i + 1));
    const secret: MeetingState = {
      ...open,
      meeting: {
        ...open.meeting,
        items: open.meeting.items!.map((it) =>
          it.id === open.currentItemId ? { ...it, publicity: socialWelfareSecrecy } : it,
        ),
      },
    };
    const current = open.items.get(open.currentItemId!)!;
    const { question } = current.votes.at(-1)!;
    const texts = current.proposals
      .filter((p) => p.id === question.jaa || p.id === question.ei)
      .flatMap((p) => runs(p.text));
    expect(texts.length).to.be.greaterThan(0);
    const publicVote = voteView(secret, nameOf)!;
    const panel = await fixture<DkVotePanel>(html`<dk-vote-panel lang="fi" .vote=${publicVote}></dk-vote-panel>`);
    const all = everything(panel);
    for (const t of texts.filter((t) => t.length >= 6)) expect(all).not.to.contain(t);
    const memberVote = voteView(secret, nameOf, { viewer: { id: 'p001', role: 'member', mayViewConfidential: true } })!;
    for (const t of texts) expect(dump(memberVote)).to.contain(t);
    // A public item's proposals stay public.
    for (const t of texts) expect(dump(voteView(open, nameOf))).to.contain(t);
  });

  it('dk-confidential keeps no content it may not show', async () => {
    const el = await fixture<DkConfidential>(
      html`<dk-confidential basis="JulkL 24 § 1 mom. 25 k" .content=${'Asiakkaan diagnoosi'}></dk-confidential>`,
    );
    expect(everything(el.parentNode!)).not.to.contain('Asiakkaan diagnoosi');
    expect(el.content).to.equal('');
    el.content = 'Asiakkaan diagnoosi';
    el.allowed = true;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Asiakkaan diagnoosi');
    el.allowed = false;
    await el.updateComplete;
    expect(everything(el.parentNode!)).not.to.contain('Asiakkaan diagnoosi');
  });
});
