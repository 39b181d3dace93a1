/** Large but valid documents for the benchmark, grown from the council fixtures. */
import { councilMeetingLog, councilMinutes } from '../src/fixtures/index.js';
import type { MeetingLog, Minutes } from '../src/index.js';

/** Minutes with `n` items: the 13 fixture items repeated under fresh ids and § numbers. */
export function bigMinutes(n: number): Minutes {
  const src = councilMinutes.items;
  const items: Minutes['items'] = [];
  for (let i = 0; i < n; i++) {
    const base = src[i % src.length] as Minutes['items'][number];
    const oldId = base.itemId;
    const newId = `big-${i + 1}`;
    const text = JSON.stringify(base).replace(new RegExp(`"${oldId}(?=[-"])`, 'g'), `"${newId}`);
    const item = JSON.parse(text) as Minutes['items'][number];
    item.sectionNumber = i + 1;
    item.order = i + 1;
    items.push(item);
  }
  return { ...councilMinutes, publication: undefined, items } as Minutes;
}

/** Formats epoch milliseconds as an ISO instant at +03:00. */
function at(ms: number): string {
  return new Date(ms + 3 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+03:00');
}

/** A log of `n` events: the fixture meeting's proceedings replayed day after day, opened once and closed once. */
export function bigLog(n: number): MeetingLog {
  const src = councilMeetingLog.events;
  const first = src[0] as MeetingLog['events'][number];
  const last = src[src.length - 1] as MeetingLog['events'][number];
  const body = src.slice(1, -1);
  const events: MeetingLog['events'] = [{ ...first, id: 'e1', seq: 1 }];
  for (let k = 0; events.length < n - 1; k++)
    for (const e of body) {
      if (events.length >= n - 1) break;
      const seq = events.length + 1;
      events.push({ ...e, id: `e${seq}`, seq, at: at(Date.parse(e.at) + k * 86_400_000) });
    }
  const end = Date.parse((events[events.length - 1] as MeetingLog['events'][number]).at) + 60_000;
  events.push({ ...last, id: `e${n}`, seq: n, at: at(end) });
  return { ...councilMeetingLog, events };
}
