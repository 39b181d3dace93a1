import type { AgendaItem, Attachment, InteropDocument, Meeting, Vote } from './model.js';
import { DECISION_LABELS } from './labels.js';

export interface OParlOptions {
  /** Base URL of the OParl API; object ids are built under it. */
  baseUrl?: string;
  /** Name of the municipality (OParl Body). */
  municipality?: string;
  /** ISO instant written to `created`/`modified`; omitted when not given (no clock is read). */
  modified?: string;
  /** Licence URL of the data. */
  license?: string;
}

/** One object of the export, as a plain JSON record (OParl 1.1, draft-07 schemas). */
export type OParlObject = Record<string, unknown> & { id: string; type: string };

export interface OParlExport {
  system: OParlObject;
  body: OParlObject;
  organizations: OParlObject[];
  persons: OParlObject[];
  memberships: OParlObject[];
  meetings: OParlObject[];
  papers: OParlObject[];
  files: OParlObject[];
}

const T = (t: string): string => `https://schema.oparl.org/1.1/${t}`;
/** Vendor prefix for properties OParl lacks (OParl 1.1 § 3 "Herstellerspezifische Erweiterungen"). */
export const OPARL_VENDOR_PREFIX = 'digikokous';

const isAbsoluteUrl = (u: string | undefined): u is string => !!u && /^https?:\/\/[^\s]+$/i.test(u);

function voteSummary(v: Vote): string {
  const c = v.counts;
  const parts = [`jaa ${c.jaa}`, `ei ${c.ei}`];
  if (c.tyhjä !== undefined) parts.push(`tyhjää ${c.tyhjä}`);
  if (c.poissa !== undefined) parts.push(`poissa ${c.poissa}`);
  return `Äänestys (${parts.join(', ')}): ${v.result === 'approved' ? 'ehdotus hyväksyttiin' : 'ehdotus hylättiin'}.`;
}

/**
 * Export to OParl 1.1. OParl has no vote, proposal or attendance-time objects (OParl/spec #48, #171),
 * so vote counts go into `resolutionText` and the structured proceedings into vendor-prefixed
 * properties; Swedish names go into `digikokous:nameSv`.
 */
export function toOParl(doc: InteropDocument, options: OParlOptions = {}): OParlExport {
  const base = (options.baseUrl ?? 'https://digikokous.invalid/oparl/1.1').replace(/\/+$/, '');
  const url = (kind: string, id: string): string => `${base}/${kind}/${encodeURIComponent(id)}`;
  const stamp = options.modified ? { created: options.modified, modified: options.modified } : {};
  const lic = options.license ? { license: options.license } : {};
  const bodyUrl = `${base}/body/0`;
  const files: OParlObject[] = [];
  const fileFor = (a: Attachment, key: string, back: Record<string, string[]>): OParlObject | undefined => {
    if (!isAbsoluteUrl(a.url)) return undefined;
    const f: OParlObject = {
      id: url('file', key),
      type: T('File'),
      name: a.name,
      fileName: decodeURIComponent(a.url.split(/[/?=]/).pop() ?? a.name),
      accessUrl: a.url,
      ...(a.mediaType ? { mimeType: a.mediaType } : {}),
      ...back,
      ...stamp,
    };
    files.push(f);
    return f;
  };

  const organizations = doc.bodies.map((b) => ({
    id: url('organization', b.id),
    type: T('Organization'),
    body: bodyUrl,
    name: b.name.fi,
    organizationType: 'Gremium',
    classification: b.kind,
    meeting: `${url('organization', b.id)}/meetings`,
    ...(b.name.sv ? { [`${OPARL_VENDOR_PREFIX}:nameSv`]: b.name.sv } : {}),
    ...stamp,
  }));

  const memberships: OParlObject[] = [];
  const personMemberships = new Map<string, string[]>();
  for (const m of doc.meetings) {
    for (const a of m.attendance) {
      if (a.group !== 'member') continue;
      const id = `${m.bodyId}-${a.personId}`;
      if (memberships.some((x) => x.id === url('membership', id))) continue;
      memberships.push({
        id: url('membership', id),
        type: T('Membership'),
        person: url('person', a.personId),
        organization: url('organization', m.bodyId),
        role: a.role,
        votingRight: a.role !== 'sihteeri' && a.role !== 'esittelijä',
        ...stamp,
      });
      personMemberships.set(a.personId, [...(personMemberships.get(a.personId) ?? []), url('membership', id)]);
    }
  }
  const persons = doc.persons.map((p) => {
    const words = p.name.split(/\s+/);
    return {
      id: url('person', p.id),
      type: T('Person'),
      body: bodyUrl,
      name: p.name,
      familyName: words[words.length - 1] ?? p.name,
      givenName: words.slice(0, -1).join(' '),
      ...(p.titles.length ? { status: p.titles } : {}),
      ...stamp,
    };
  });

  const papers: OParlObject[] = [];
  const meetings = doc.meetings.map((m) => {
    const meetingUrl = url('meeting', m.id);
    const minutes = m.files.find((f) => /pöytäkirja/i.test(f.name) && /pdf/i.test(f.mediaType ?? ''));
    const minutesFile = minutes ? fileFor(minutes, `${m.id}-minutes`, { meeting: [meetingUrl] }) : undefined;
    const aux = m.files
      .filter((f) => f !== minutes)
      .map((f, i) => fileFor(f, `${m.id}-f${i}`, { meeting: [meetingUrl] }))
      .filter((f): f is OParlObject => !!f);
    const agendaItem = m.items.map((it) => agendaItemOf(it, m, meetingUrl));
    const meeting: OParlObject = {
      id: meetingUrl,
      type: T('Meeting'),
      name: m.name || m.id,
      meetingState: m.document === 'minutes' ? 'durchgeführt' : 'eingeladen',
      cancelled: false,
      organization: [url('organization', m.bodyId)],
      participant: m.attendance.map((a) => url('person', a.personId)),
      agendaItem,
      ...(m.start ? { start: m.start } : {}),
      ...(minutesFile ? { resultsProtocol: minutesFile } : {}),
      ...(aux.length ? { auxiliaryFile: aux } : {}),
      ...(m.attendance.some((a) => a.arrivedAt || a.leftAt)
        ? {
            [`${OPARL_VENDOR_PREFIX}:attendance`]: m.attendance.map((a) => ({
              person: url('person', a.personId),
              role: a.role,
              ...(a.arrivedAt ? { arrivedAt: a.arrivedAt } : {}),
              ...(a.leftAt ? { leftAt: a.leftAt } : {}),
            })),
          }
        : {}),
      ...(m.date ? { [`${OPARL_VENDOR_PREFIX}:date`]: m.date } : {}),
      ...lic,
      ...stamp,
    };
    return meeting;
  });

  function agendaItemOf(it: AgendaItem, m: Meeting, meetingUrl: string): OParlObject {
    const itemUrl = url('agendaitem', it.id);
    const paperUrl = url('paper', it.id);
    const consultationUrl = url('consultation', it.id);
    const attachments = it.attachments
      .map((a, i) => fileFor(a, `${it.id}-a${i}`, { agendaItem: [itemUrl], paper: [paperUrl] }))
      .filter((f): f is OParlObject => !!f);
    papers.push({
      id: paperUrl,
      type: T('Paper'),
      body: bodyUrl,
      name: it.title.fi,
      ...(it.caseRef ? { reference: it.caseRef } : {}),
      ...(m.date ? { date: m.date } : {}),
      ...(attachments.length ? { auxiliaryFile: attachments } : {}),
      consultation: [
        {
          id: consultationUrl,
          type: T('Consultation'),
          paper: paperUrl,
          agendaItem: itemUrl,
          meeting: meetingUrl,
          organization: [url('organization', m.bodyId)],
          authoritative: !!it.decision,
          role: it.decision ? 'Entscheidung' : 'Beratung',
          ...stamp,
        },
      ],
      ...stamp,
    });
    const resolution = [it.decision?.text ?? '', ...it.votes.map(voteSummary)].filter(Boolean).join('\n\n');
    return {
      id: itemUrl,
      type: T('AgendaItem'),
      meeting: meetingUrl,
      order: it.order,
      name: it.title.fi,
      public: true,
      consultation: consultationUrl,
      ...(it.number ? { number: it.number } : {}),
      ...(it.decision ? { result: DECISION_LABELS[it.decision.kind] } : {}),
      ...(resolution ? { resolutionText: resolution } : {}),
      ...(attachments.length ? { auxiliaryFile: attachments } : {}),
      ...(it.title.sv ? { [`${OPARL_VENDOR_PREFIX}:nameSv`]: it.title.sv } : {}),
      ...(it.proposals.length ? { [`${OPARL_VENDOR_PREFIX}:proposals`]: it.proposals } : {}),
      ...(it.votes.length ? { [`${OPARL_VENDOR_PREFIX}:votes`]: it.votes.map(({ ballots: _b, ...v }) => v) } : {}),
      ...(it.decision ? { [`${OPARL_VENDOR_PREFIX}:decisionKind`]: it.decision.kind } : {}),
      ...stamp,
    };
  }

  const body: OParlObject = {
    id: bodyUrl,
    type: T('Body'),
    system: `${base}/system`,
    name: options.municipality ?? 'Kunta',
    organization: `${base}/body/0/organizations`,
    person: `${base}/body/0/persons`,
    meeting: `${base}/body/0/meetings`,
    paper: `${base}/body/0/papers`,
    legislativeTerm: [],
    ...lic,
    ...stamp,
  };
  const system: OParlObject = {
    id: `${base}/system`,
    type: T('System'),
    oparlVersion: 'https://schema.oparl.org/1.1/',
    body: `${base}/bodies`,
    name: `Digikokous OParl (${doc.system})`,
    product: 'https://github.com/digikokous/digikokous-kit',
    ...stamp,
  };
  return { system, body, organizations, persons, memberships, meetings, papers, files };
}
