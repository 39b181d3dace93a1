import type { AgendaItem, InteropDocument, Section, SectionKind, Vote } from './model.js';
import { RESOLUTION_CODES } from './labels.js';

export interface OpenDecisionOptions {
  /** Base URL of the API; resource URLs are built under it. */
  baseUrl?: string;
  /** ISO instant written to created_at/modified_at; omitted when not given. */
  modified?: string;
}

type Rec = Record<string, unknown>;

export interface OpenDecisionExport {
  organizations: Rec[];
  events: Rec[];
  cases: Rec[];
  actions: Rec[];
  vote_events: Rec[];
  persons: Rec[];
  memberships: Rec[];
}

/** content.type values of the 6Aika API ("decision, proposal, proceedings…"). */
const CONTENT_TYPE: Partial<Record<SectionKind, string>> = {
  summary: 'summary',
  background: 'background',
  draftDecision: 'proposal',
  proceedings: 'proceedings',
  decision: 'decision',
  preparers: 'preparers',
  attachments: 'attachments',
  supplementary: 'attachments',
  appeal: 'appeal',
  implementation: 'implementation',
  inform: 'inform',
  disqualification: 'disqualification',
  dissent: 'dissenting_opinion',
  history: 'history',
  votings: 'votes',
  notes: 'notes',
};

const escapeHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The restricted pseudo-HTML of the API: paragraphs only. */
export function toHypertext(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const POPOLO_OPTION = { jaa: 'yes', ei: 'no', tyhjä: 'abstain', poissa: 'absent' } as const;

/**
 * Export to the 6Aika Open Decision API (paatos.swagger.yaml 0.0.5, a Popolo profile): organisations,
 * events (meetings), cases, actions with contents, vote events with counts, persons and memberships.
 * Integer ids are assigned in document order; the source id is kept in `origin_id`.
 */
export function toOpenDecisionApi(doc: InteropDocument, options: OpenDecisionOptions = {}): OpenDecisionExport {
  const base = (options.baseUrl ?? 'https://digikokous.invalid/paatos/v1').replace(/\/+$/, '');
  const stamp = options.modified ? { created_at: options.modified, modified_at: options.modified } : {};
  const popoloStamp = options.modified ? { created_at: options.modified, updated_at: options.modified } : {};
  const source = doc.system;
  const seq = { organization: 0, event: 0, case: 0, action: 0 };
  const link = (kind: keyof typeof seq, id: number): string => `${base}/${kind}/${id}/`;

  const orgIds = new Map<string, number>();
  const organizations = doc.bodies.map((b) => {
    const id = ++seq.organization;
    orgIds.set(b.id, id);
    return {
      id,
      url: link('organization', id),
      data_source: source,
      origin_id: b.id,
      name: b.name.fi,
      classification: b.kind,
      events: [] as string[],
      ...stamp,
    };
  });
  const orgRef = (bodyId: string): Rec => {
    const id = orgIds.get(bodyId) ?? 0;
    const o = organizations.find((x) => x.id === id);
    return { id, url: link('organization', id), ...(o ? { name: o.name } : {}) };
  };

  const persons = doc.persons.map((p) => {
    const words = p.name.split(/\s+/);
    return {
      id: p.id,
      name: p.name,
      family_name: words[words.length - 1] ?? p.name,
      given_name: words.slice(0, -1).join(' '),
      sort_name: `${words[words.length - 1] ?? ''}, ${words.slice(0, -1).join(' ')}`,
      ...popoloStamp,
    };
  });
  const memberships: Rec[] = [];
  const seen = new Set<string>();
  for (const m of doc.meetings) {
    for (const a of m.attendance) {
      const key = `${m.bodyId}/${a.personId}/${a.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      memberships.push({
        id: key,
        label: a.roleText ?? a.role,
        role: a.role,
        person_id: a.personId,
        organization: orgRef(m.bodyId),
        ...popoloStamp,
      });
    }
  }

  const events: Rec[] = [];
  const cases: Rec[] = [];
  const actions: Rec[] = [];
  const voteEvents: Rec[] = [];
  const caseByRef = new Map<string, Rec>();
  for (const m of doc.meetings) {
    const eventId = ++seq.event;
    const eventUrl = link('event', eventId);
    const event: Rec = {
      id: eventId,
      url: eventUrl,
      data_source: source,
      origin_id: m.id,
      name: m.name || m.id,
      organization: orgRef(m.bodyId).url,
      actions: [] as string[],
      ...stamp,
    };
    if (m.date) {
      event.start_date = m.date;
      event.end_date = m.date;
    }
    events.push(event);
    (organizations.find((o) => o.id === orgIds.get(m.bodyId))?.events as string[] | undefined)?.push(eventUrl);
    for (const it of m.items) {
      const actionId = ++seq.action;
      const actionUrl = link('action', actionId);
      (event.actions as string[]).push(actionUrl);
      const caseRec = caseOf(it);
      (caseRec.actions as string[]).push(actionUrl);
      const action: Rec = {
        id: actionId,
        url: actionUrl,
        data_source: source,
        origin_id: it.id,
        title: it.title.fi,
        ordering: it.order,
        case: caseRec.url,
        event: eventUrl,
        contents: contentsOf(it.sections, it),
        attachments: it.attachments
          .filter((a) => a.url && /^https?:\/\//i.test(a.url))
          .map((a) => ({ url: a.url, name: a.name, data_source: source, origin_id: a.url, public: true, ...stamp })),
        ...stamp,
      };
      if (it.number) action.article_number = it.number;
      if (it.decision) action.resolution = RESOLUTION_CODES[it.decision.kind];
      actions.push(action);
      it.votes.forEach((v, i) => voteEvents.push(voteEventOf(v, i, it, m.bodyId, event, action)));
    }
  }

  function caseOf(it: AgendaItem): Rec {
    const key = it.caseRef ?? `item:${it.id}`;
    let c = caseByRef.get(key);
    if (!c) {
      const id = ++seq.case;
      c = {
        id,
        url: link('case', id),
        data_source: source,
        origin_id: key,
        title: it.title.fi,
        actions: [] as string[],
        attachments: [],
        ...stamp,
      };
      if (it.caseRef) c.register_id = it.caseRef;
      if (it.classification) c.function = it.classification;
      caseByRef.set(key, c);
      cases.push(c);
    }
    return c;
  }

  function contentsOf(sections: Section[], it: AgendaItem): Rec[] {
    const out: Rec[] = sections.map((s, i) => ({
      ordering: i,
      title: s.title,
      type: CONTENT_TYPE[s.kind] ?? 'notes',
      hypertext: toHypertext(s.text),
      data_source: source,
      origin_id: `${it.id}#${i}`,
      ...stamp,
    }));
    if (it.presenter)
      out.push({
        ordering: out.length,
        title: 'Esittelijä',
        type: 'presenter',
        hypertext: toHypertext(it.presenter),
        data_source: source,
        origin_id: `${it.id}#presenter`,
        ...stamp,
      });
    return out;
  }

  function voteEventOf(v: Vote, i: number, it: AgendaItem, bodyId: string, event: Rec, action: Rec): Rec {
    const counts = (Object.keys(v.counts) as (keyof typeof POPOLO_OPTION)[])
      .filter((k) => v.counts[k] !== undefined)
      .map((k) => ({ option: POPOLO_OPTION[k], value: v.counts[k] as number }));
    return {
      id: v.id,
      identifier: `${it.number ? `§ ${it.number} ` : ''}äänestys ${i + 1}`,
      organization_id: String(orgIds.get(bodyId) ?? ''),
      organization: orgRef(bodyId),
      legislative_session: { id: event.id, url: event.url, name: event.name },
      action: { id: action.id, url: action.url, title: action.title },
      result: v.result === 'approved' ? 'pass' : 'fail',
      counts,
      ...popoloStamp,
    };
  }

  return { organizations, events, cases, actions, vote_events: voteEvents, persons, memberships };
}
