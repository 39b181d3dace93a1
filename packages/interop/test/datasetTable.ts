import type { MeetingDataset } from '../src/dataset.js';

type Row = [label: string, count: (d: MeetingDataset) => string];

const of = (n: number, total: number): string => (total === 0 ? '–' : `${n}/${total}`);
const items = (d: MeetingDataset) => d.meetings.flatMap((m) => m.items);
const atts = (d: MeetingDataset) => items(d).flatMap((i) => i.attachments);
const recs = (d: MeetingDataset) => d.attendance.flatMap((a) => a.records);
const count = <T>(list: T[], f: (x: T) => unknown): string => of(list.filter(f).length, list.length);

/** Rows of the "which meeting-schema fields each system fills" table, computed from the datasets. */
const ROWS: Row[] = [
  ['`Body` records', (d) => String(d.bodies.length)],
  ['`Body.kind`', (d) => count(d.bodies, (b) => b.kind)],
  ['`Body.seats`, `Body.term` (relaxed)', (d) => count(d.bodies, (b) => b.seats ?? b.term)],
  ['`Person` records', (d) => String(d.people.length)],
  ['`Membership` records (from attendance lists)', (d) => String(d.memberships.length)],
  ['`Membership.start` (relaxed)', (d) => count(d.memberships, (m) => m.start)],
  ['`Meeting` records', (d) => String(d.meetings.length)],
  ['`Meeting.year`', (d) => count(d.meetings, (m) => m.year)],
  ['`Meeting.number` (relaxed)', (d) => count(d.meetings, (m) => m.number)],
  ['`Meeting.startsAt` (relaxed)', (d) => count(d.meetings, (m) => m.startsAt)],
  ['`Meeting.endsAt`, `Meeting.location`', (d) => count(d.meetings, (m) => m.endsAt ?? m.location)],
  ['`Meeting.mode`, `Meeting.public` (relaxed)', (d) => count(d.meetings, (m) => m.mode ?? m.public)],
  ['`AgendaItem` records', (d) => String(items(d).length)],
  ['`AgendaItem.sectionNumber` (§)', (d) => count(items(d), (i) => i.sectionNumber)],
  ['`AgendaItem.registerNumber`', (d) => count(items(d), (i) => i.registerNumber)],
  ['`AgendaItem.caseId` → `Case`', (d) => count(items(d), (i) => i.caseId)],
  ['`AgendaItem.presenterId`', (d) => count(items(d), (i) => i.presenterId)],
  ['`AgendaItem.preparerIds` (non-empty)', (d) => count(items(d), (i) => i.preparerIds.length)],
  ['`AgendaItem.background`', (d) => count(items(d), (i) => i.background)],
  ['`AgendaItem.draftDecision`', (d) => count(items(d), (i) => i.draftDecision)],
  ['`AgendaItem.publicity` (relaxed)', (d) => count(items(d), (i) => i.publicity)],
  ['`Attachment` records', (d) => String(atts(d).length)],
  ['`Attachment.url` (https only)', (d) => count(atts(d), (a) => a.url)],
  ['`Attachment.mediaType` (relaxed)', (d) => count(atts(d), (a) => a.mediaType)],
  ['`Attachment.size`, `.sha256` (relaxed)', (d) => count(atts(d), (a) => a.size ?? a.sha256)],
  ['`Case` records', (d) => String(d.cases.length)],
  ['`Case.taskClassification`', (d) => count(d.cases, (c) => c.taskClassification)],
  ['`AttendanceRecord` records', (d) => String(recs(d).length)],
  ['`AttendanceRecord.arrivedAt` / `.leftAt`', (d) => count(recs(d), (r) => r.arrivedAt ?? r.leftAt)],
  ['`Proposal` (pohjaehdotus)', (d) => String(d.proposals.filter((p) => p.kind === 'pohjaehdotus').length)],
  ['`Proposal` (others, with proposer)', (d) => String(d.proposals.filter((p) => p.kind !== 'pohjaehdotus').length)],
  [
    '`Proposal.seconderIds` (non-empty)',
    (d) =>
      count(
        d.proposals.filter((p) => p.kind !== 'pohjaehdotus'),
        (p) => p.seconderIds.length,
      ),
  ],
  ['`Vote` records', (d) => String(d.votes.length)],
  [
    '`Vote.result`, `.castingVote`',
    (d) => count(d.votes, (v) => v.result !== undefined && v.castingVote !== undefined),
  ],
  ['`Vote.winningProposalId`', (d) => count(d.votes, (v) => v.winningProposalId)],
  ['`Vote.ballots` (named)', (d) => count(d.votes, (v) => v.ballots.length)],
  ['`Vote.method`, `.question` (relaxed)', (d) => count(d.votes, (v) => v.method ?? v.question)],
  ['`Decision` records', (d) => String(d.decisions.length)],
  ['`Disqualification` / `Dissent` records', (d) => `${d.disqualifications.length} / ${d.dissents.length}`],
  ['`unmapped-text` warnings (text kept)', (d) => String(d.warnings.filter((w) => w.code === 'unmapped-text').length)],
  [
    '`garbled-text` warnings (text kept as extracted)',
    (d) => String(d.warnings.filter((w) => w.code === 'garbled-text').length),
  ],
];

/** The columns of the table: the shipped publications, in this order. */
export const TABLE_COLUMNS = [
  ['dynasty', 'Dynasty (Espoo, static)'],
  ['dynasty10', 'Dynasty 10 (constructed)'],
  ['tweb', 'Tweb (Oulu, lists + item PDFs)'],
  ['nykarleby', 'Tweb (Nykarleby, whole-meeting PDFs)'],
  ['casem', 'CaseM (Mikkeli)'],
] as const;

/** The Markdown table for docs/systems-comparison.md. */
export function datasetTable(sets: Record<(typeof TABLE_COLUMNS)[number][0], MeetingDataset>): string {
  const lines = [
    `| meeting-schema field (dataset) | ${TABLE_COLUMNS.map(([, l]) => l).join(' | ')} |`,
    `|---|${TABLE_COLUMNS.map(() => '---').join('|')}|`,
  ];
  for (const [label, f] of ROWS) lines.push(`| ${label} | ${TABLE_COLUMNS.map(([k]) => f(sets[k])).join(' | ')} |`);
  return lines.join('\n');
}
