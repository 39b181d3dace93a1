import type { MeetingState } from '@digikokous/procedure';
import type { Election, PresidingChangeReason } from '@digikokous/meeting-schema';
import type { ChairCommandIntent } from '../shared/meeting-events.js';
import type { LocalisedText } from '../shared/types.js';

/** A refusal as the engine gives it (`ProcedureError` of `@digikokous/procedure`): a code and a localised message. */
export interface CommandRefusal {
  code: string;
  message: { fi: string; en: string; sv?: string };
}

/**
 * Authorises a command without applying it: `procedure`'s `authorizeCommand`, or a dry run of `decide`. Returns the
 * refusal, or nothing when the command is allowed. The host fills in the actor (the authenticated chair) and the
 * instant; the component never does.
 */
export type AuthorizeCommand = (command: ChairCommandIntent) => CommandRefusal | null | undefined | void;

/** The chair's commands the console knows, grouped by what they concern. */
export type ChairCommandType =
  | 'open-meeting'
  | 'state-legality'
  | 'choose-minutes-checkers'
  | 'approve-agenda'
  | 'open-item'
  | 'close-discussion'
  | 'approve-voting-order'
  | 'open-vote'
  | 'close-vote'
  | 'count-election'
  | 'record-decision'
  | 'close-item'
  | 'start-break'
  | 'end-break'
  | 'change-presiding'
  | 'close-meeting';

/** One command as the console shows it: allowed, or refused with the engine's reason. */
export interface ChairCommandView {
  command: ChairCommandIntent & { type: ChairCommandType | (string & {}) };
  allowed: boolean;
  /** Why it is not allowed, from the engine (shown as text beside the button). */
  reason?: CommandRefusal['message'];
  /** Irreversible steps ask for a confirmation. */
  irreversible?: boolean;
  /** What the command concerns, e.g. the title of the next item (public title unless the viewer may see more). */
  subject?: LocalisedText | string;
}

/**
 * Commands that cannot be undone: closing the discussion, a vote, an item or the meeting, counting an election,
 * recording a decision.
 */
export const IRREVERSIBLE: ReadonlySet<string> = new Set([
  'close-discussion',
  'close-vote',
  'count-election',
  'record-decision',
  'close-item',
  'close-meeting',
]);

export interface ChairCommandOptions {
  /** The authorisation function; without one every command is refused (fail closed). */
  authorize?: AuthorizeCommand;
  /** The chair opening the meeting (the authenticated viewer). */
  chairId?: string;
  secretaryId?: string;
  /** Candidates for the minutes checkers, chosen by the body at the opening (KL 107 §; hallintosääntö). */
  minutesCheckerIds?: readonly string[];
  /** Whether the viewer may see confidential titles (JulkL 22 §); otherwise the public title is used. */
  mayViewConfidential?: boolean;
  /**
   * Changes of the presiding person the host offers (KL 102 §; hallintosääntö): e.g. the vice-chair when the chair
   * is disqualified in the item (HL 27 §), or the chair again. `name` is shown as the subject.
   */
  presidingChanges?: readonly { personId: string; reason: PresidingChangeReason; name?: string }[];
  /**
   * The current item's election to count (KL 105 §): its candidates and the ballots cast, collected by the host
   * (a closed ballot carries no voter). Offered as `count-election` until the item has an election recorded; the
   * engine counts it and draws a tie by lot from its injected random source.
   */
  election?: Pick<Election, 'title' | 'seatsToFill' | 'secretBallot' | 'candidates' | 'ballots'> & {
    electionId?: string;
  };
}

const NO_AUTHORIZE: CommandRefusal = {
  code: 'not-authorised',
  message: {
    fi: 'Oikeutta komentoon ei voitu tarkistaa.',
    sv: 'Rätten till kommandot kunde inte kontrolleras.',
    en: 'The right to give this command could not be checked.',
  },
};

/** The next item to open: the approved agenda's order (KL 95 §), else the meeting's, skipping items already opened. */
export function nextItemId(state: MeetingState): string | undefined {
  const ids =
    state.agenda?.itemIds ?? [...(state.meeting.items ?? [])].sort((a, b) => a.order - b.order).map((item) => item.id);
  return ids.find((id) => !state.items.has(id));
}

/**
 * The commands of the current state, each authorised through `options.authorize`: before the opening only opening
 * the meeting; on a break only ending it; between items the meeting's commands and opening the next item; within
 * an item the commands of its handling (KL 102 §: the chair leads the meeting and its order).
 */
export function chairCommands(state: MeetingState, options: ChairCommandOptions = {}): ChairCommandView[] {
  const wanted: { command: ChairCommandIntent; subject?: ChairCommandView['subject'] }[] = [];
  const add = (command: ChairCommandIntent, subject?: ChairCommandView['subject']) =>
    wanted.push(subject === undefined ? { command } : { command, subject });
  const presiding = () => {
    for (const p of options.presidingChanges ?? [])
      add({ type: 'change-presiding', personId: p.personId, reason: p.reason }, p.name ?? p.personId);
  };
  if (state.status === 'not-started') {
    add({
      type: 'open-meeting',
      chairId: options.chairId ?? '',
      mode: state.meeting.mode ?? 'lasnaolo',
      ...(options.secretaryId ? { secretaryId: options.secretaryId } : {}),
    });
  } else if (state.status === 'on-break') {
    add({ type: 'end-break' });
  } else if (state.status === 'open') {
    const item = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
    if (!item) {
      if (!state.legality) add({ type: 'state-legality', lawfullyConvened: true });
      if (options.minutesCheckerIds?.length && state.minutesCheckerIds.length === 0)
        add({ type: 'choose-minutes-checkers', personIds: [...options.minutesCheckerIds] });
      if (!state.agenda) {
        const items = [...(state.meeting.items ?? [])].sort((a, b) => a.order - b.order);
        add({
          type: 'approve-agenda',
          itemIds: items.filter((i) => !i.additional).map((i) => i.id),
          additionalItemIds: items.filter((i) => i.additional).map((i) => i.id),
        });
      }
      const next = nextItemId(state);
      if (next !== undefined) {
        const it = state.meeting.items?.find((i) => i.id === next);
        const confidential = it?.publicity && it.publicity.status !== 'julkinen';
        const title = it && (confidential && !options.mayViewConfidential ? it.publicTitle : it.title);
        add({ type: 'open-item', itemId: next }, title);
      }
      add({ type: 'start-break' });
      presiding();
      add({ type: 'close-meeting' });
    } else {
      add({ type: 'close-discussion' });
      add({ type: 'approve-voting-order' });
      add({ type: 'open-vote' });
      add({ type: 'close-vote' });
      if (options.election && item.elections.length === 0)
        add({ type: 'count-election', ...options.election }, options.election.title);
      add({ type: 'record-decision' });
      add({ type: 'close-item' });
      add({ type: 'start-break' });
      presiding();
    }
  }
  return wanted.map(({ command, subject }) => {
    const refusal = options.authorize ? options.authorize(command) : NO_AUTHORIZE;
    const view: ChairCommandView = { command, allowed: !refusal };
    if (refusal) view.reason = refusal.message;
    if (IRREVERSIBLE.has(command.type)) view.irreversible = true;
    if (subject !== undefined) view.subject = subject;
    return view;
  });
}
