/**
 * What the app adds to a chair's command before sending it, and the local dry run that explains a refusal. The
 * console (`dk-chair-console`) emits intents without an actor or an instant; the service fills the actor from the
 * session. The app completes what the municipality's practice adds (the section number when an item opens, the
 * chair's "voidaanko yksimielisesti hyväksyä" when a decision is stated with the discussion still open) and asks
 * the same procedure functions the service asks, so a disabled command says why in words (the service decides
 * again and is the authority).
 */
import type { Meeting } from '@digikokous/meeting-schema';
import {
  authorizeCommand,
  decide,
  isProcedureError,
  type DecideOptions,
  type MeetingCommand,
  type MeetingState,
  type ProcedureError,
} from '@digikokous/procedure';

export type Intent = Record<string, unknown> & { type: string };

/** The command the app sends for a console intent. */
export function completeChairIntent(state: MeetingState, meeting: Meeting, intent: Intent): Intent {
  if (intent.type === 'open-item') {
    const item = meeting.items.find((i) => i.id === intent.itemId);
    return item?.sectionNumber === undefined ? intent : { ...intent, sectionNumber: item.sectionNumber };
  }
  if (intent.type === 'approve-agenda') {
    // The agenda is the whole order of business, the additional items (KL 94 §: added by the body's decision)
    // in their place and also named as additional, as in a municipal minute.
    const items = [...meeting.items].sort((a, b) => a.order - b.order);
    return {
      ...intent,
      itemIds: items.map((i) => i.id),
      additionalItemIds: items.filter((i) => i.additional).map((i) => i.id),
    };
  }
  if (intent.type === 'record-decision') {
    const item = state.currentItemId ? state.items.get(state.currentItemId) : undefined;
    // KL 104 §: with the discussion open a decision can only be the chair's unanimous one, which closes it.
    if (item && item.discussionClosedAt === undefined) return { ...intent, unanimous: true };
  }
  return intent;
}

/** The procedure's answer for `command` given by `actor` now: who may (`authorizeCommand`), then whether (`decide`). */
export function dryRun(
  state: MeetingState,
  actor: string,
  command: Intent,
  options: DecideOptions = {},
): ProcedureError | undefined {
  const at = new Date(Math.max(Date.now(), Date.parse(state.lastAt ?? '1970-01-01T00:00:00Z'))).toISOString();
  const full = { ...command, actor, at } as unknown as MeetingCommand;
  const who = authorizeCommand(state, full);
  if (who) return who;
  const r = decide(state, full, options);
  return isProcedureError(r) ? r : undefined;
}

/** The base proposal (pohjaehdotus) of an item: its draft decision as plain text (KL 104 §: the presenter's). */
export function baseProposalText(meeting: Meeting, itemId: string): { fi: string; sv?: string } | undefined {
  const item = meeting.items.find((i) => i.id === itemId);
  if (!item?.draftDecision) return undefined;
  const d = item.draftDecision as { fi?: unknown; sv?: unknown };
  const fi = plain(d.fi);
  if (!fi) return undefined;
  const sv = plain(d.sv);
  return sv ? { fi, sv } : { fi };
}

function plain(rich: unknown): string {
  if (typeof rich === 'string') return rich;
  if (Array.isArray(rich))
    return rich.map(plain).join(rich.every((n) => (n as { type?: string })?.type === 'paragraph') ? '\n' : '');
  if (rich && typeof rich === 'object') {
    const n = rich as { text?: string; content?: unknown };
    return n.text ?? plain(n.content ?? '');
  }
  return '';
}
