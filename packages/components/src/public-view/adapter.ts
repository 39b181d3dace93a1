import type { MeetingState } from '@digikokous/procedure';
import type { AgendaItem } from '@digikokous/meeting-schema';
import type { LocalisedText } from '../shared/types.js';
import type { PublicItemView, PublicMeetingView } from './public-view.js';

function publicItem(item: AgendaItem | undefined, sectionNumber: number | undefined): PublicItemView {
  // Only the public title is ever copied; a confidential item's `title` never enters the view model (JulkL 22 §).
  const confidential = item === undefined || item.publicity.status !== 'julkinen';
  const view: PublicItemView = {};
  if (sectionNumber !== undefined) view.sectionNumber = sectionNumber;
  const t: LocalisedText | undefined = confidential ? item?.publicTitle : (item.publicTitle ?? item.title);
  if (t) view.publicTitle = { ...t };
  if (confidential) view.closed = true;
  return view;
}

/**
 * The public's view of a replayed meeting for `<dk-public-view>`: public titles only, nothing of a confidential
 * item but its public title or a mention, the current speaker and vote of a public item, and the results of the
 * public items decided.
 */
export function publicView(
  state: MeetingState,
  items: readonly AgendaItem[],
  nameOf: (personId: string) => string,
  meetingTitle: LocalisedText,
): PublicMeetingView {
  const byId = new Map(items.map((i) => [i.id, i]));
  const view: PublicMeetingView = { meetingTitle, status: state.status, results: [] };
  const current = state.currentItemId === null ? undefined : state.items.get(state.currentItemId);
  if (current) {
    const item = publicItem(byId.get(current.itemId), current.sectionNumber);
    view.item = item;
    if (!item.closed) {
      const speaking = current.speakers.find((s) => s.grantedAt && !s.endedAt);
      if (speaking) view.speaker = { name: nameOf(speaking.personId), kind: speaking.kind };
      const vote = current.votes.at(-1);
      if (vote) {
        const closed = vote.closed;
        view.vote = closed
          ? {
              state: 'closed',
              counts: { jaa: closed.counts.jaa, ei: closed.counts.ei, tyhja: closed.counts.tyhja },
              result: closed.result,
            }
          : { state: 'open' };
      }
    }
  }
  for (const id of state.itemOrder) {
    const it = state.items.get(id);
    const src = byId.get(id);
    if (!it?.decision || !src || src.publicity.status !== 'julkinen') continue;
    view.results.push({ ...publicItem(src, it.sectionNumber), decision: it.decision.kind });
  }
  return view;
}
