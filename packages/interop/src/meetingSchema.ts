import type {
  AttendanceRecord,
  Decision as MsDecision,
  DecisionKind as MsDecisionKind,
  Person as MsPerson,
  Proposal as MsProposal,
  ProposalKind as MsProposalKind,
  Role,
} from '@digikokous/meeting-schema';
import type { AttendanceRole, DecisionKind, InteropDocument, ProposalKind } from './model.js';

/**
 * The parts of an import that meeting-schema can hold without inventing data: persons, attendance
 * records, proposals (with the päätösehdotus as the base proposal) and decisions.
 *
 * Meetings, agenda items, attachments, bodies, memberships and votes are not projected: their
 * meeting-schema forms require facts the public sources do not publish (meeting number and mode,
 * attachment size and SHA-256, body seats and term, membership start date, voting method). Those
 * stay in the interop document, which also keeps every record's provenance.
 */
export interface MeetingSchemaRecords {
  persons: MsPerson[];
  attendance: { meetingId: string; records: AttendanceRecord[] }[];
  proposals: MsProposal[];
  decisions: MsDecision[];
}

/** @internal */
export const ROLE: Record<AttendanceRole, Role> = {
  puheenjohtaja: 'puheenjohtaja',
  varapuheenjohtaja: 'varapuheenjohtaja',
  jäsen: 'jasen',
  varajäsen: 'varajasen',
  esittelijä: 'esittelija',
  sihteeri: 'sihteeri',
  asiantuntija: 'asiantuntija',
  muu: 'muu-lasnaolija',
};

/** @internal */
export const PROPOSAL_KIND: Record<ProposalKind, MsProposalKind> = {
  base: 'pohjaehdotus',
  amendment: 'muutosehdotus',
  addition: 'toivomusponsi',
  counter: 'vastaehdotus',
  rejection: 'hylkaysehdotus',
  tabling: 'poydallepano',
  referral: 'palautus',
};

/** @internal */
export const DECISION_KIND: Record<Exclude<DecisionKind, 'unknown'>, MsDecisionKind> = {
  'approved-as-proposed': 'hyvaksytty-ehdotuksen-mukaisesti',
  'approved-after-vote': 'hyvaksytty-aanestyksen-jalkeen',
  'approved-as-amended': 'hyvaksytty-muutettuna',
  rejected: 'hylatty',
  returned: 'palautettu-valmisteltavaksi',
  tabled: 'poydalle',
  noted: 'merkitty-tiedoksi',
  removed: 'poistettu',
  election: 'vaali',
};

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** @internal A meeting-schema id from an interop id. */
export const idOf = (s: string): string => {
  let t = s.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  // A long id keeps its start and a hash of the whole, so that two long ids never collide by a cut.
  if (t.length > 128) t = `${t.slice(0, 110)}-${fnv1a(s)}`;
  return SAFE_ID.test(t) ? t : `x${t}`.slice(0, 128);
};

/** 64-bit FNV-1a of a string's UTF-16 code units, as 16 hex digits (an id suffix, not a security hash). */
function fnv1a(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/** @internal */
export function richText(text: string): MsDecision['text'] {
  const paras = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { fi: paras.map((p) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: p }] })) };
}

/** Project an interop document onto meeting-schema records (see the type for what is left out). */
export function toMeetingSchemaRecords(doc: InteropDocument): MeetingSchemaRecords {
  const personIdByName = new Map<string, string>();
  const persons: MsPerson[] = doc.persons.map((p) => {
    const words = p.name.split(/\s+/);
    personIdByName.set(p.name, idOf(p.id));
    const person: MsPerson = {
      id: idOf(p.id),
      givenName: words.slice(0, -1).join(' ') || p.name,
      familyName: words[words.length - 1] ?? p.name,
    };
    if (p.titles[0]) person.title = { fi: p.titles[0] };
    return person;
  });
  const attendance = doc.meetings
    .filter((m) => m.attendance.length > 0)
    .map((m) => ({
      meetingId: idOf(m.id),
      records: m.attendance.map((a) => {
        const r: AttendanceRecord = {
          personId: idOf(a.personId),
          name: a.name,
          role: ROLE[a.role],
          votingRight: a.group === 'member' && a.role !== 'sihteeri',
          status: 'lasna',
          absentDuringItemIds: [],
        };
        if (a.arrivedAt) r.arrivedAt = a.arrivedAt;
        if (a.leftAt) r.leftAt = a.leftAt;
        return r;
      }),
    }));
  const proposals: MsProposal[] = [];
  const decisions: MsDecision[] = [];
  for (const m of doc.meetings) {
    for (const it of m.items) {
      const itemId = idOf(it.id);
      const draft = it.sections.find((s) => s.kind === 'draftDecision');
      if (draft?.text)
        proposals.push({
          id: `${itemId}-base`,
          itemId,
          kind: 'pohjaehdotus',
          seconderIds: [],
          text: { fi: draft.text.slice(0, 100_000) },
        });
      for (const p of it.proposals) {
        const proposerId = p.proposer ? personIdByName.get(p.proposer) : undefined;
        // A proposal whose proposer is not a known person cannot be expressed (proposerId is an id).
        if (!proposerId) continue;
        const seconderIds = [
          ...new Set(p.seconders.map((s) => personIdByName.get(s)).filter((s): s is string => !!s && s !== proposerId)),
        ];
        proposals.push({
          id: idOf(p.id),
          itemId,
          kind: PROPOSAL_KIND[p.kind],
          proposerId,
          seconderIds,
          text: { fi: (p.text ?? p.label ?? p.kind).slice(0, 100_000) || p.kind },
          ...(p.status === 'withdrawn' ? { withdrawn: true } : {}),
        });
      }
      if (it.decision && it.decision.kind !== 'unknown' && it.decision.text.trim()) {
        decisions.push({
          id: `${itemId}-decision`,
          itemId,
          kind: DECISION_KIND[it.decision.kind],
          text: richText(it.decision.text),
        });
      }
    }
  }
  return { persons, attendance, proposals, decisions };
}
