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
import type { BallotOption, ConfidentialityMark, LocalisedText, RichText } from '../shared/types.js';
import {
  CONFIDENTIAL_ITEM,
  confidentialityMark,
  isConfidential,
  maySee,
  type ItemPartName,
  type ViewerOptions,
} from './access.js';

/** Returns a person's display name for an id. */
export type NameOf = (personId: string) => string;

export {
  confidentialityMark,
  CONFIDENTIAL_ITEM,
  type AccessDecider,
  type AccessQuery,
  type ItemPartName,
  type ViewerOptions,
} from './access.js';

/** What the item's own publicity hides of every part that has no publicity of its own (JulkL 10 §). */
const inherited = (item: AgendaItem): Publicity | undefined =>
  isConfidential(item.publicity) ? item.publicity : undefined;

/** The publicity of the title: its own, or the item's when the whole item is confidential. */
const titlePublicity = (item: AgendaItem): Publicity | undefined =>
  isConfidential(item.partPublicity?.title)
    ? item.partPublicity!.title
    : item.publicity.status === 'salassa-pidettava'
      ? item.publicity
      : undefined;

/**
 * The title the viewer may see (KL 140 § 1 mom, JulkL 25 §): the real one when it is public or the viewer may
 * see it; otherwise the `publicTitle`, or a neutral mention, with the marking. A secret title never leaves here.
 */
function titleFor(
  item: AgendaItem,
  options: ViewerOptions | undefined,
  state: MeetingState | undefined,
): { title: LocalisedText; titleConfidentiality?: ConfidentialityMark } {
  const publicity = titlePublicity(item);
  const mark = confidentialityMark(publicity);
  if (!publicity || !mark) return { title: item.title };
  if (maySee({ itemId: item.id, part: 'title', publicity }, options, state))
    return { title: item.title, titleConfidentiality: mark };
  return { title: item.publicTitle ?? CONFIDENTIAL_ITEM, titleConfidentiality: mark };
}

/**
 * Whether the presenter is shown: the council (valtuusto) decides on the executive's proposal without a presenting
 * official (KL 39 §: the executive prepares the council's matters; the base proposal in the council is the
 * executive's, hallintosääntömalli [unverified]), so no "Esittelijä" for council items unless `showPresenter`.
 */
const hasPresenter = (state: MeetingState | undefined, options: ItemViewOptions): boolean =>
  options.showPresenter ?? (options.bodyKind ?? state?.body.kind) !== 'valtuusto';

/** Options of {@link agendaEntries} and {@link agendaItemView}: the viewer, and the body kind when no state is given. */
export interface ItemViewOptions extends ViewerOptions {
  /** The kind of the body (meeting-schema `BodyKind`); `valtuusto` has no presenter. Defaults to `state.body.kind`. */
  bodyKind?: string;
  /** Show or hide the presenter whatever the body kind (a hallintosääntö may differ). */
  showPresenter?: boolean;
}

/**
 * The agenda rows for the viewer, with states from the meeting state when given (KL 95 §; JulkL for the marks).
 * Without `options.viewer` the public view: a confidential title becomes the public title or a neutral mention.
 */
export function agendaEntries(
  items: readonly AgendaItem[],
  state?: MeetingState,
  nameOf?: NameOf,
  options: ItemViewOptions = {},
): AgendaEntry[] {
  const removed = new Set(state?.agenda?.removedItemIds ?? []);
  const presenters = hasPresenter(state, options);
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
      item.attachments.some((a) => isConfidential(a.publicity)) ||
      Object.values(item.partPublicity ?? {}).some((p) => isConfidential(p));
    const section = handled?.sectionNumber ?? item.sectionNumber;
    return {
      id: item.id,
      order: item.order,
      ...(section != null ? { section } : {}),
      title: titleFor(item, options, state).title,
      ...(presenters && item.presenterId && nameOf ? { presenter: nameOf(item.presenterId) } : {}),
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

const ATTACHMENT_PART = { fi: 'Liite', sv: 'Bilaga', en: 'Attachment' };

function attachmentView(
  a: Attachment,
  item: AgendaItem,
  options: ViewerOptions | undefined,
  state: MeetingState | undefined,
): AttachmentView {
  const visible = (x: Attachment) =>
    !isConfidential(x.publicity) ||
    maySee({ itemId: item.id, part: 'attachment', attachmentId: x.id, publicity: x.publicity }, options, state);
  const mark = confidentialityMark(a.publicity, ATTACHMENT_PART);
  // Withheld: the marking and its ground only. No name, URL, type, size, language or alternative version.
  if (mark && !visible(a)) return { id: a.id, withheld: true, confidentiality: mark };
  const alt = a.accessibleAlternativeId ? item.attachments.find((x) => x.id === a.accessibleAlternativeId) : undefined;
  return {
    id: a.id,
    name: a.name,
    mediaType: a.mediaType,
    size: a.size,
    ...(a.language ? { language: a.language } : {}),
    ...(a.url ? { href: a.url } : {}),
    ...(alt && visible(alt) ? { accessible: { href: alt.url ?? `#${alt.id}` } } : {}),
    ...(mark ? { confidentiality: mark } : {}),
  };
}

const PART_LABELS = {
  draftDecision: { fi: 'Päätösehdotus', sv: 'Beslutsförslag', en: 'Draft decision' },
  background: { fi: 'Selostus', sv: 'Beskrivning', en: 'Background' },
  decision: { fi: 'Päätös', sv: 'Beslut', en: 'Decision' },
};

/**
 * One item for `<dk-agenda-item>`, built for `options.viewer` (the public view without one). A part is
 * confidential by its own publicity or by the item's (JulkL 10 §: only the secret parts are withheld). A part
 * the viewer may not see is `{ confidentiality, withheld: true }` with no content; a secret title becomes the
 * `publicTitle` or a neutral mention (see {@link agendaEntries}). Build a new view when the viewer changes.
 */
export function agendaItemView(
  item: AgendaItem,
  nameOf: NameOf,
  state?: MeetingState,
  options: ItemViewOptions = {},
): AgendaItemView {
  const whole = inherited(item);
  const handled = state?.items.get(item.id);
  const part = (
    key: 'draftDecision' | 'background' | 'decision',
    content: RichText | undefined,
  ): ItemPart | undefined => {
    if (!content) return undefined;
    const own = item.partPublicity?.[key];
    const publicity = own ? (isConfidential(own) ? own : undefined) : whole;
    const mark = confidentialityMark(publicity, PART_LABELS[key]);
    if (!publicity || !mark) return { content };
    return maySee({ itemId: item.id, part: key, publicity }, options, state)
      ? { content, confidentiality: mark }
      : { confidentiality: mark, withheld: true };
  };
  const draftDecision = part('draftDecision', item.draftDecision);
  const background = part('background', item.background);
  const decision = part('decision', handled?.decision?.text);
  const section = handled?.sectionNumber ?? item.sectionNumber;
  return {
    id: item.id,
    order: item.order,
    ...(section != null ? { section } : {}),
    ...titleFor(item, options, state),
    ...(item.registerNumber ? { caseNumber: item.registerNumber } : {}),
    ...(item.presenterId && hasPresenter(state, options) ? { presenter: nameOf(item.presenterId) } : {}),
    preparers: item.preparerIds.map(nameOf),
    ...(draftDecision ? { draftDecision } : {}),
    ...(background ? { background } : {}),
    attachments: item.attachments.map((a) => attachmentView(a, item, options, state)),
    ...(decision ? { decision } : {}),
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
  // A request its maker or the chair withdrew is no longer in the queue (the member may ask again).
  const entries = speakers
    .filter((s) => !s.grantedAt && !s.endedAt && s.withdrawnAt === undefined)
    .map((s) => ({
      id: s.entryId,
      memberId: s.personId,
      name: nameOf(s.personId),
      kind: s.kind,
      requestedAt: s.requestedAt,
    }));
  const speaking = speakers.find((s) => s.grantedAt && !s.endedAt && s.withdrawnAt === undefined);
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

/**
 * The latest vote of the current item for `<dk-vote-panel>` (KL 104 § 1 mom: JAA = A, EI = B). In a confidential
 * item the proposal texts and the question are the item's secret draft decision in other words: they are left
 * out unless `options.viewer` may see the item's confidential parts (JulkL 22 §); the labels stay.
 */
export function voteView(
  state: MeetingState,
  nameOf: NameOf,
  options: { allowChange?: boolean } & ViewerOptions = {},
): VoteView | undefined {
  const found = currentVote(state);
  if (!found) return undefined;
  const { vote, proposals } = found;
  const a = proposals.find((p) => p.id === vote.question.jaa);
  const b = proposals.find((p) => p.id === vote.question.ei);
  const open = proposalsVisible(state, options);
  return {
    id: vote.voteId,
    ...(open && vote.question.text ? { title: vote.question.text } : {}),
    jaa: { label: proposalLabel(a, nameOf), ...(open && a ? { text: a.text } : {}) },
    ei: { label: proposalLabel(b, nameOf), ...(open && b ? { text: b.text } : {}) },
    state: vote.closed ? 'closed' : 'open',
    ...(options.allowChange ? { allowChange: true } : {}),
  };
}

/** Whether the proposals of the current item may be shown: always in a public item, else as its draft decision. */
function proposalsVisible(state: MeetingState, options: ViewerOptions): boolean {
  const itemId = state.currentItemId;
  const item = itemId ? state.meeting.items?.find((i) => i.id === itemId) : undefined;
  // An item the state does not know is treated as confidential: the texts are withheld (fails closed).
  if (!itemId || !item) return maySee({ itemId: itemId ?? '', part: 'proposal', publicity: UNKNOWN }, options, state);
  const own = item.partPublicity?.draftDecision;
  const publicity = own ? (isConfidential(own) ? own : undefined) : inherited(item);
  return !publicity || maySee({ itemId: item.id, part: 'proposal' satisfies ItemPartName, publicity }, options, state);
}

const UNKNOWN: Publicity = {
  status: 'salassa-pidettava',
  bases: [{ law: 'JulkL', section: '22', citation: 'JulkL 22 §' }],
};

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
