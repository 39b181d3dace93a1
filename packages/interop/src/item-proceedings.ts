import type { AgendaItem, Meeting, SectionKind } from './model.js';
import type { NameResolver } from './names.js';
import { parseProceedings, type ProceedingsResult } from './proceedings.js';
import {
  applyAttendanceChanges,
  findAttendanceChanges,
  findDisqualifications,
  findDissents,
  makeDecision,
} from './sections.js';
import { helsinkiInstant } from './time.js';

/**
 * Read what the minutes tell of an item's handling (proposals, votes, disqualifications, dissents, arrivals and
 * departures, the decision) from its sections into the item, the same way for every importer. The meeting's
 * attendance gets the arrival and departure times (KL 107 §: the minutes record attendance). Returns the
 * proceedings' result so that the importer can warn of names it could not resolve.
 */
export function readItemProceedings(
  item: AgendaItem,
  names: NameResolver,
  options: {
    /** The sections read as proceedings; Tweb prints the handling inside the decision section too. */
    kinds: readonly SectionKind[];
    /** Split paragraphs into sentences (PDF text runs whole paragraphs together). */
    sentences?: boolean;
    /** The meeting the item belongs to, when known (its date times the attendance changes). */
    meeting?: Meeting | undefined;
  },
): ProceedingsResult {
  const proceedings = item.sections.filter((s) => options.kinds.includes(s.kind)).flatMap((s) => s.text.split('\n\n'));
  const result = parseProceedings(proceedings, names, item.id, options.sentences ? { sentences: true } : {});
  item.proposals = result.proposals;
  item.votes = result.votes;
  item.disqualifications = findDisqualifications(proceedings, names);
  item.dissents = findDissents(proceedings, names);
  const changes = findAttendanceChanges(proceedings, names, options.meeting?.date ?? '', helsinkiInstant);
  if (changes.length) {
    item.attendanceChanges = changes;
    if (options.meeting) applyAttendanceChanges(options.meeting, changes);
  }
  const decision = item.sections.find((s) => s.kind === 'decision');
  if (decision?.text) item.decision = makeDecision(decision.text, item.proposals, item.votes);
  return result;
}
