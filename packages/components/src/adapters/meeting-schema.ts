/**
 * Adapters from the documents of `@digikokous/meeting-schema` and the state of `@digikokous/procedure`
 * (`replay` / `MeetingStore`) to the components' view models. Types only are imported from both packages,
 * so this module adds no zod, no jose and no engine code to a bundle. Names of people come from a
 * `nameOf(personId)` callback: the components never look people up themselves.
 */
import type { AgendaItem, Attachment, Publicity } from '@digikokous/meeting-schema';
import type { MeetingState, ProposalState, VoteState } from '@digikokous/procedure';
import type { AgendaEntry } from '../agenda/agenda.js';
import type { AgendaItemView, AttachmentView, ItemPart } from '../agenda-item/agenda-item.js';
import type { ParticipantView } from '../attendance/attendance.js';
import type { CurrentSpeaker, SpeakerEntry } from '../speaker-queue/speaker-queue.js';
import type { Ineligibility, VoteView } from '../vote-panel/vote-panel.js';
import type { VoteResultView } from '../vote-result/vote-result.js';
import type { ConfidentialityMark, LocalisedText } from '../shared/types.js';
import type { BallotOption } from '../shared/types.js';

/** Returns a person's display name for an id. */
export type NameOf = (personId: string) => string;

const confidential = (p: Publicity | undefined): p is Extract<Publicity, { bases: unknown }> =>
  p?.status === 'salassa-pidettava' || p?.status === 'osittain-salassa-pidettava';

/** The legal ground of a confidential publicity (JulkL 24 §, 25 §), or `undefined` when public. */
export function confidentialityMark(p: Publicity | undefined, part?: LocalisedText): ConfidentialityMark | undefined {
  if (!confidential(p)) return undefined;
  const basis = p.bases.map((b) => b.citation ?? `${b.law} ${b.section} §`).join(', ');
  return part ? { basis, part } : { basis };
}

/** The agenda rows, with states from the meeting state when given (KL 95 §; JulkL for the marks). */
export function agendaEntries(items: readonly AgendaItem[], state?: MeetingState, nameOf?: NameOf): AgendaEntry[] {
  const removed = new Set(state?.agenda?.removedItemIds ?? []);
  return items.map((item) => {
    const handled = state?.items.get(item.id);
    const decision = handled?.decision?.kind;
    const st: AgendaEntry['state'] = removed.has(item.id)
      ? 'removed'
      : state?.currentItemId === item.id
        ? 'current'
        : decision === 'poydalle'
          ? 'tabled'
          : handled?.closedAt
            ? 'handled'
            : 'upcoming';
    const secretParts =
      item.attachments.some((a) => confidential(a.publicity)) ||
      Object.values(item.partPublicity ?? {}).some((p) => confidential(p));
    const titleSecret = confidential(item.partPublicity?.title) || item.publicity.status === 'salassa-pidettava';
    const section = handled?.sectionNumber ?? item.sectionNumber;
    return {
      id: item.id,
      order: item.order,
      ...(section != null ? { section } : {}),
      title: titleSecret && item.publicTitle ? item.publicTitle : item.title,
      ...(item.presenterId && nameOf ? { presenter: nameOf(item.presenterId) } : {}),
      state: st,
      ...(item.publicity.status === 'salassa-pidettava'
        ? { confidentiality: 'confidential' as const }
        : item.publicity.status === 'osittain-salassa-pidettava' || secretParts
          ? { confidentiality: 'partly-confidential' as const }
          : {}),
      attachmentCount: item.attachments.length,
      ...(item.additional ? { additional: true } : {}),
    };
  });
}

function attachmentView(a: Attachment, all: readonly Attachment[]): AttachmentView {
  const alt = a.accessibleAlternativeId ? all.find((x) => x.id === a.accessibleAlternativeId) : undefined;
  const mark = confidentialityMark(a.publicity);
  return {
    id: a.id,
    name: a.name,
    mediaType: a.mediaType,
    size: a.size,
    ...(a.language ? { language: a.language } : {}),
    ...(a.url ? { href: a.url } : {}),
    ...(alt ? { accessible: { href: alt.url ?? `#${alt.id}` } } : {}),
    ...(mark ? { confidentiality: mark } : {}),
  };
}

const PART_LABELS = {
  draftDecision: { fi: 'Päätösehdotus', sv: 'Beslutsförslag', en: 'Draft decision' },
  background: { fi: 'Selostus', sv: 'Beskrivning', en: 'Background' },
};

/**
 * One item for `<dk-agenda-item>`. A part is marked confidential by its own publicity or, when the whole
 * item is confidential, by the item's (JulkL 10 §: only the secret parts are withheld).
 */
export function agendaItemView(item: AgendaItem, nameOf: NameOf, state?: MeetingState): AgendaItemView {
  const whole = item.publicity.status === 'salassa-pidettava' ? item.publicity : undefined;
  const part = (key: 'draftDecision' | 'background'): ItemPart | undefined => {
    const content = item[key];
    if (!content) return undefined;
    const mark = confidentialityMark(item.partPublicity?.[key] ?? whole, PART_LABELS[key]);
    return mark ? { content, confidentiality: mark } : { content };
  };
  const handled = state?.items.get(item.id);
  const draftDecision = part('draftDecision');
  const background = part('background');
  const section = handled?.sectionNumber ?? item.sectionNumber;
  return {
    id: item.id,
    order: item.order,
    ...(section != null ? { section } : {}),
    title: item.title,
    ...(item.registerNumber ? { caseNumber: item.registerNumber } : {}),
    ...(item.presenterId ? { presenter: nameOf(item.presenterId) } : {}),
    preparers: item.preparerIds.map(nameOf),
    ...(draftDecision ? { draftDecision } : {}),
    ...(background ? { background } : {}),
    attachments: item.attachments.map((a) => attachmentView(a, item.attachments)),
    ...(handled?.decision ? { decision: handled.decision.text } : {}),
  };
}

/** The participants with attendance and disqualification in the current item (KL 103 §, HL 27 §). */
export function participantsView(
  state: MeetingState,
  nameOf: NameOf,
  groupOf?: (personId: string) => string | undefined,
): ParticipantView[] {
  const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
  return [...state.attendance.values()].map((a) => {
    const first = a.periods[0];
    const last = a.periods[a.periods.length - 1];
    const group = groupOf?.(a.personId);
    return {
      id: a.personId,
      name: nameOf(a.personId),
      role: (a.role ?? 'muu-lasnaolija') as ParticipantView['role'],
      ...(group ? { group } : {}),
      present: a.present,
      ...(a.mode ? { mode: a.mode } : {}),
      ...(first ? { arrivedAt: first.from } : {}),
      ...(!a.present && last?.to ? { leftAt: last.to } : {}),
      ...(item?.disqualified.has(a.personId) ? { disqualified: true } : {}),
      ...(a.substituteFor ? { deputyFor: nameOf(a.substituteFor) } : {}),
    };
  });
}

/** The speaker queue and the current speaker of the current item. */
export function speakerQueueView(
  state: MeetingState,
  nameOf: NameOf,
): { entries: SpeakerEntry[]; current?: CurrentSpeaker } {
  const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
  const speakers = item?.speakers ?? [];
  const entries = speakers
    .filter((s) => !s.grantedAt && !s.endedAt)
    .map((s) => ({
      id: s.entryId,
      memberId: s.personId,
      name: nameOf(s.personId),
      kind: s.kind,
      requestedAt: s.requestedAt,
    }));
  const speaking = speakers.find((s) => s.grantedAt && !s.endedAt);
  return speaking
    ? {
        entries,
        current: {
          entryId: speaking.entryId,
          memberId: speaking.personId,
          name: nameOf(speaking.personId),
          kind: speaking.kind,
          startedAt: speaking.grantedAt!,
        },
      }
    : { entries };
}

const KIND_LABELS: Record<string, LocalisedText> = {
  pohjaehdotus: { fi: 'pohjaehdotus', sv: 'grundförslag', en: 'base proposal' },
  vastaehdotus: { fi: 'vastaehdotus', sv: 'motförslag', en: 'counter-proposal' },
  muutosehdotus: { fi: 'muutosehdotus', sv: 'ändringsförslag', en: 'amendment' },
  hylkaysehdotus: { fi: 'hylkäysehdotus', sv: 'förkastningsförslag', en: 'proposal to reject' },
  poydallepano: { fi: 'pöydällepanoehdotus', sv: 'förslag om bordläggning', en: 'proposal to table' },
  palautus: { fi: 'palautusehdotus', sv: 'förslag om återremiss', en: 'proposal to refer back' },
};

/** A proposal's label: its kind and, for a member's proposal, the proposer ("Virtasen vastaehdotus" style). */
export function proposalLabel(p: ProposalState | undefined, nameOf: NameOf): LocalisedText {
  if (!p) return { fi: '–' };
  const kind = KIND_LABELS[p.kind] ?? { fi: p.kind };
  if (!p.proposerId) return kind;
  const who = nameOf(p.proposerId);
  return { fi: `${kind.fi} (${who})`, sv: `${kind.sv ?? kind.fi} (${who})`, en: `${kind.en ?? kind.fi} (${who})` };
}

function currentVote(state: MeetingState): { vote: VoteState; proposals: ProposalState[] } | undefined {
  const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
  const vote = item?.votes[item.votes.length - 1];
  return item && vote ? { vote, proposals: item.proposals } : undefined;
}

/** The latest vote of the current item for `<dk-vote-panel>` (KL 104 § 1 mom: JAA = A, EI = B). */
export function voteView(
  state: MeetingState,
  nameOf: NameOf,
  options: { allowChange?: boolean } = {},
): VoteView | undefined {
  const found = currentVote(state);
  if (!found) return undefined;
  const { vote, proposals } = found;
  const a = proposals.find((p) => p.id === vote.question.jaa);
  const b = proposals.find((p) => p.id === vote.question.ei);
  return {
    id: vote.voteId,
    ...(vote.question.text ? { title: vote.question.text } : {}),
    jaa: { label: proposalLabel(a, nameOf), ...(a ? { text: a.text } : {}) },
    ei: { label: proposalLabel(b, nameOf), ...(b ? { text: b.text } : {}) },
    state: vote.closed ? 'closed' : 'open',
    ...(options.allowChange ? { allowChange: true } : {}),
  };
}

/** The viewer's ballot in the latest vote of the current item. */
export function ballotOf(state: MeetingState, personId: string): BallotOption | undefined {
  return currentVote(state)?.vote.ballots.get(personId);
}

/** Why a person may not vote in the current item: absent, disqualified (HL 27 §) or no voting right. */
export function ineligibility(state: MeetingState, personId: string): Ineligibility | undefined {
  const a = state.attendance.get(personId);
  if (!a || !a.present) return 'absent';
  if (!a.votingRight) return 'no-voting-right';
  const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
  if (item?.disqualified.has(personId)) return 'disqualified';
  return undefined;
}

/** The result of the latest closed vote of the current item, with the roll call (KL 104 § 2 mom). */
export function voteResultView(
  state: MeetingState,
  nameOf: NameOf,
  groupOf?: (personId: string) => string | undefined,
): VoteResultView | undefined {
  const found = currentVote(state);
  if (!found?.vote.closed) return undefined;
  const { vote, proposals } = found;
  const c = vote.closed!;
  return {
    voteId: vote.voteId,
    jaa: {
      label: proposalLabel(
        proposals.find((p) => p.id === vote.question.jaa),
        nameOf,
      ),
    },
    ei: {
      label: proposalLabel(
        proposals.find((p) => p.id === vote.question.ei),
        nameOf,
      ),
    },
    counts: { jaa: c.counts.jaa, ei: c.counts.ei, tyhja: c.counts.tyhja, absent: c.counts.poissa },
    winner: c.result,
    decidedByChair: c.castingVote,
    rollCall: [...vote.ballots].map(([personId, option]) => {
      const group = groupOf?.(personId);
      return { memberId: personId, name: nameOf(personId), ...(group ? { group } : {}), option };
    }),
  };
}
