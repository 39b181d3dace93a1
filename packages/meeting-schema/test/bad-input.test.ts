import { describe, expect, it } from 'vitest';
import { parseDocument, parseMeetingLog, parseMinutes, type MeetingEvent, type ParseResult } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const log = (): Json => structuredClone(fx.councilMeetingLog);
const minutes = (): Json => structuredClone(fx.councilMinutes);
const org = (): Json => structuredClone(fx.organisation);
const meeting = (): Json => structuredClone(fx.councilMeeting);

/** Index of the first event matching `pred` in the fixture log. */
function idx(pred: (e: MeetingEvent) => boolean): number {
  const i = fx.councilMeetingLog.events.findIndex(pred);
  if (i < 0) throw new Error('event not found');
  return i;
}
/** Inserts an event before index `at` and renumbers `seq` so only the intended rule breaks. */
function insert(l: Json, at: number, e: Json): Json {
  const prev = l.events[at - 1];
  l.events.splice(at, 0, { ...e, id: 'inserted-1', at: prev.at, actor: 'p001' });
  l.events.forEach((ev: Json, i: number) => (ev.seq = i + 1));
  return l;
}
const firstBallot = idx((e) => e.type === 'ballot-cast');
const firstVoteOpened = idx((e) => e.type === 'vote-opened');
const seconded = idx((e) => e.type === 'proposal-seconded');
const firstVoteClosed = idx((e) => e.type === 'vote-closed');
const LAST = fx.councilMeetingLog.events.length - 1;
const VOTE_ITEM = fx.councilMinutes.items.findIndex((i) => i.votes.length > 0);
const SECRET_ITEM = fx.councilMinutes.items.findIndex((i) => i.publicity.status === 'salassa-pidettava');
const ATTACH_ITEM = fx.councilMinutes.items.findIndex((i) => i.attachments.length > 0);

interface Case {
  name: string;
  run: () => ParseResult<unknown>;
  path: string;
  code: string;
}

const cases: Case[] = [
  // ---- meeting log: structure
  { name: 'log is a number', run: () => parseMeetingLog(42), path: '', code: 'invalid_type' },
  { name: 'log is null', run: () => parseMeetingLog(null), path: '', code: 'invalid_type' },
  {
    name: 'missing schemaVersion',
    run: () => parseMeetingLog((({ schemaVersion: _s, ...r }) => r)(log())),
    path: '/schemaVersion',
    code: 'required',
  },
  {
    name: 'unsupported schemaVersion',
    run: () => parseMeetingLog({ ...log(), schemaVersion: '2.0' }),
    path: '/schemaVersion',
    code: 'invalid_value',
  },
  {
    name: 'events is an object',
    run: () => parseMeetingLog({ ...log(), events: {} }),
    path: '/events',
    code: 'invalid_type',
  },
  {
    name: 'missing meetingId',
    run: () => parseMeetingLog((({ meetingId: _m, ...r }) => r)(log())),
    path: '/meetingId',
    code: 'required',
  },
  {
    name: 'unknown event type',
    run: () => parseMeetingLog(((l) => ((l.events[3].type = 'meeting-exploded'), l))(log())),
    path: '/events/3/type',
    code: 'invalid_discriminator',
  },
  {
    name: 'instant without offset',
    run: () => parseMeetingLog(((l) => ((l.events[3].at = '2026-06-15T18:00:00'), l))(log())),
    path: '/events/3/at',
    code: 'invalid_format',
  },
  {
    name: 'impossible calendar date in instant',
    run: () => parseMeetingLog(((l) => ((l.events[3].at = '2026-02-30T18:00:00+02:00'), l))(log())),
    path: '/events/3/at',
    code: 'invalid_format',
  },
  {
    name: 'instant as epoch number',
    run: () => parseMeetingLog(((l) => ((l.events[3].at = 1781535600000), l))(log())),
    path: '/events/3/at',
    code: 'invalid_type',
  },
  {
    name: 'negative seq',
    run: () => parseMeetingLog(((l) => ((l.events[0].seq = -1), l))(log())),
    path: '/events/0/seq',
    code: 'too_small',
  },
  {
    name: 'fractional seq',
    run: () => parseMeetingLog(((l) => ((l.events[3].seq = 3.5), l))(log())),
    path: '/events/3/seq',
    code: 'invalid_type',
  },
  {
    name: 'seq not strictly increasing',
    run: () => parseMeetingLog(((l) => ((l.events[4].seq = l.events[3].seq), l))(log())),
    path: '/events/4/seq',
    code: 'seq_not_increasing',
  },
  {
    name: 'time goes backwards',
    run: () => parseMeetingLog(((l) => ((l.events[4].at = '2026-06-15T17:00:00+03:00'), l))(log())),
    path: '/events/4/at',
    code: 'time_goes_backwards',
  },
  {
    name: 'duplicate event id',
    run: () => parseMeetingLog(((l) => ((l.events[4].id = l.events[3].id), l))(log())),
    path: '/events/4/id',
    code: 'duplicate_id',
  },
  {
    name: 'actor id with markup',
    run: () => parseMeetingLog(((l) => ((l.events[3].actor = '<img onerror=x>'), l))(log())),
    path: '/events/3/actor',
    code: 'invalid_format',
  },
  {
    name: 'empty id',
    run: () => parseMeetingLog(((l) => ((l.events[3].id = ''), l))(log())),
    path: '/events/3/id',
    code: 'too_small',
  },
  {
    name: 'unknown payload key (hetu)',
    run: () => parseMeetingLog(((l) => ((l.events[1].payload.hetu = '010101-123N'), l))(log())),
    path: '/events/1/payload/hetu',
    code: 'unknown_key',
  },
  {
    name: 'missing payload',
    run: () => parseMeetingLog(((l) => (delete l.events[2].payload, l))(log())),
    path: '/events/2/payload',
    code: 'required',
  },
  {
    name: 'ballot option not jaa/ei/tyhja',
    run: () => parseMeetingLog(((l) => ((l.events[firstBallot].payload.option = 'maybe'), l))(log())),
    path: `/events/${firstBallot}/payload/option`,
    code: 'invalid_value',
  },
  // ---- meeting log: cross-event rules
  {
    name: 'ballot from an absent member',
    run: () => parseMeetingLog(((l) => ((l.events[firstBallot].payload.personId = 'p010'), l))(log())),
    path: `/events/${firstBallot}/payload/personId`,
    code: 'ballot_from_absent',
  },
  {
    name: 'ballot from a disqualified member',
    run: () => {
      const l = log();
      const voteItem = l.events[firstVoteOpened].payload.itemId;
      const voter = l.events[firstBallot].payload.personId;
      insert(l, firstVoteOpened, {
        type: 'disqualification-declared',
        payload: {
          itemId: voteItem,
          disqualificationId: 'x1',
          personId: voter,
          ground: 'asianosainen',
          declaredBy: 'itse',
          decidedByBody: true,
          disqualified: true,
        },
      });
      return parseMeetingLog(l);
    },
    path: `/events/${firstBallot + 1}/payload/personId`,
    code: 'ballot_from_disqualified',
  },
  {
    name: 'two ballots from one person',
    run: () =>
      parseMeetingLog(insert(log(), firstBallot + 1, structuredClone(fx.councilMeetingLog.events[firstBallot]))),
    path: `/events/${firstBallot + 1}/payload/personId`,
    code: 'duplicate_ballot',
  },
  {
    name: 'ballot in a vote that is not open',
    run: () => parseMeetingLog(((l) => ((l.events[firstBallot].payload.voteId = 'no-such-vote'), l))(log())),
    path: `/events/${firstBallot}/payload/voteId`,
    code: 'vote_not_open',
  },
  {
    name: 'seconder is the proposer',
    run: () => {
      const l = log();
      const pid = l.events[seconded].payload.proposalId;
      const made = l.events.find((e: Json) => e.type === 'proposal-made' && e.payload.proposalId === pid);
      l.events[seconded].payload.seconderId = made.payload.proposerId;
      return parseMeetingLog(l);
    },
    path: `/events/${seconded}/payload/seconderId`,
    code: 'seconder_is_proposer',
  },
  {
    name: 'seconding a proposal never made',
    run: () => parseMeetingLog(((l) => ((l.events[seconded].payload.proposalId = 'ghost'), l))(log())),
    path: `/events/${seconded}/payload/proposalId`,
    code: 'unknown_proposal',
  },
  {
    name: 'event after the meeting was closed',
    run: () =>
      parseMeetingLog(
        ((l) => (
          l.events.push({
            ...l.events[LAST],
            id: 'late',
            seq: l.events[LAST].seq + 1,
            type: 'break-started',
            payload: {},
          }),
          l
        ))(log()),
      ),
    path: `/events/${LAST + 1}/type`,
    code: 'event_after_close',
  },
  {
    name: 'meeting opened twice',
    run: () => parseMeetingLog(insert(log(), 2, structuredClone(fx.councilMeetingLog.events[0]))),
    path: '/events/2/type',
    code: 'opened_twice',
  },
  {
    name: 'log of another meeting',
    run: () => parseMeetingLog({ ...log(), meetingId: 'kv-2026-6' }),
    path: '/events/0/payload/meetingId',
    code: 'meeting_id_mismatch',
  },
  {
    name: 'a lost connection recorded as an arrival (KL 99 §)',
    run: () => {
      const l = log();
      const i = l.events.findIndex((e: Json) => e.type === 'attendance-changed' && e.payload.status === 'lasna');
      l.events[i].payload.cause = 'connection-lost';
      return parseMeetingLog(l);
    },
    path: `/events/${idx((e) => e.type === 'attendance-changed' && e.payload.status === 'lasna')}/payload/cause`,
    code: 'attendance_cause_mismatch',
  },
  {
    name: 'a restored connection recorded as a departure (KL 99 §)',
    run: () => {
      const l = log();
      const i = l.events.findIndex((e: Json) => e.type === 'attendance-changed' && e.payload.status === 'poissa');
      l.events[i].payload.cause = 'connection-restored';
      return parseMeetingLog(l);
    },
    path: `/events/${idx((e) => e.type === 'attendance-changed' && e.payload.status === 'poissa')}/payload/cause`,
    code: 'attendance_cause_mismatch',
  },
  {
    name: 'closing counts differ from ballots cast',
    run: () => parseMeetingLog(((l) => (l.events[firstVoteClosed].payload.counts.ei++, l))(log())),
    path: `/events/${firstVoteClosed}/payload/counts/ei`,
    code: 'count_mismatch',
  },
  {
    name: 'tie without the chair deciding',
    run: () =>
      parseMeetingLog(
        ((l) => {
          const p = l.events[firstVoteClosed].payload;
          p.counts = { jaa: 5, ei: 5, tyhja: 0, poissa: 0 };
          return l;
        })(log()),
      ),
    path: `/events/${firstVoteClosed}/payload/castingVote`,
    code: 'casting_vote_required',
  },
  {
    name: 'result contradicts the counts',
    run: () =>
      parseMeetingLog(
        ((l) => {
          const p = l.events[firstVoteClosed].payload;
          p.result = p.result === 'jaa' ? 'ei' : 'jaa';
          return l;
        })(log()),
      ),
    path: `/events/${firstVoteClosed}/payload/result`,
    code: 'result_mismatch',
  },
  {
    name: 'winner is not the proposal of the result',
    run: () =>
      parseMeetingLog(
        ((l) => ((l.events[firstVoteClosed].payload.winningProposalId = 'kv-2026-5-6-vastaehdotus-b'), l))(log()),
      ),
    path: `/events/${firstVoteClosed}/payload/winningProposalId`,
    code: 'winner_mismatch',
  },
  {
    name: 'vote on a proposal never made',
    run: () => parseMeetingLog(((l) => ((l.events[firstVoteOpened].payload.question.ei = 'ghost'), l))(log())),
    path: `/events/${firstVoteOpened}/payload/question/ei`,
    code: 'unknown_proposal',
  },
  {
    name: 'ballot names another item than its vote',
    run: () => parseMeetingLog(((l) => ((l.events[firstBallot].payload.itemId = 'kv-2026-5-1'), l))(log())),
    path: `/events/${firstBallot}/payload/itemId`,
    code: 'wrong_item',
  },
  {
    name: 'closing a vote that was never opened',
    run: () => parseMeetingLog(((l) => ((l.events[firstVoteClosed].payload.voteId = 'ghost'), l))(log())),
    path: `/events/${firstVoteClosed}/payload/voteId`,
    code: 'vote_not_open',
  },
  {
    name: 'two items opened under one § number',
    run: () => {
      const l = log();
      const opened = l.events.map((e: Json, i: number) => [e, i]).filter(([e]: [Json]) => e.type === 'item-opened');
      opened[1][0].payload.sectionNumber = opened[0][0].payload.sectionNumber;
      return parseMeetingLog(l);
    },
    path: `/events/${fx.councilMeetingLog.events.findIndex((e, i) => e.type === 'item-opened' && i > idx((x) => x.type === 'item-opened'))}/payload/sectionNumber`,
    code: 'duplicate_section_number',
  },
  // ---- hostile input
  {
    name: '__proto__ key (JSON text)',
    run: () => parseMeetingLog('{"schemaVersion":"1.0","meetingId":"m","events":[{"__proto__":{"polluted":1}}]}'),
    path: '/events/0/__proto__',
    code: 'forbidden_key',
  },
  {
    name: 'constructor key',
    run: () => parseMeetingLog({ ...log(), constructor: { prototype: {} } }),
    path: '/constructor',
    code: 'forbidden_key',
  },
  {
    name: 'prototype key',
    run: () => parseMinutes({ ...minutes(), prototype: 1 }),
    path: '/prototype',
    code: 'forbidden_key',
  },
  {
    name: 'deep nesting',
    run: () => {
      let v: Json = 'x';
      for (let i = 0; i < 10_000; i++) v = [v];
      return parseMeetingLog({ ...log(), events: v });
    },
    path: '/events' + '/0'.repeat(63),
    code: 'too_deep',
  },
  {
    name: 'huge string',
    run: () => parseMeetingLog({ ...log(), meetingId: 'x'.repeat(2_000_000) }),
    path: '/meetingId',
    code: 'string_too_long',
  },
  { name: 'invalid JSON text', run: () => parseMeetingLog('{"schemaVersion": "1.0",'), path: '', code: 'invalid_json' },
  {
    name: 'JSON text over the limit',
    run: () => parseMeetingLog(JSON.stringify(log()), { maxTextLength: 1000 }),
    path: '',
    code: 'text_too_long',
  },
  {
    name: 'non-plain object (Date)',
    run: () => parseMeetingLog({ ...log(), meetingId: new Date(0) }),
    path: '/meetingId',
    code: 'not_plain_object',
  },
  {
    name: 'accessor property',
    run: () => {
      const l = log();
      Object.defineProperty(l, 'meetingId', { get: () => 'kv', enumerable: true });
      return parseMeetingLog(l);
    },
    path: '/meetingId',
    code: 'accessor_property',
  },
  { name: 'too many values', run: () => parseMeetingLog(log(), { maxNodes: 100 }), path: '', code: 'too_many_values' },
  // ---- minutes
  {
    name: 'duplicate § number',
    run: () => parseMinutes(((m) => ((m.items[1].sectionNumber = m.items[0].sectionNumber), m))(minutes())),
    path: '/items/1/sectionNumber',
    code: 'duplicate_section_number',
  },
  {
    name: '§ number zero',
    run: () => parseMinutes(((m) => ((m.items[1].sectionNumber = 0), m))(minutes())),
    path: '/items/1/sectionNumber',
    code: 'too_small',
  },
  {
    name: 'ballot in minutes from an absent member',
    run: () => parseMinutes(((m) => ((m.items[VOTE_ITEM].votes[0].ballots[0].personId = 'p010'), m))(minutes())),
    path: `/items/${VOTE_ITEM}/votes/0/ballots/0/personId`,
    code: 'ballot_from_absent',
  },
  {
    name: 'ballot in minutes from a disqualified member',
    run: () => {
      const m = minutes();
      const it = m.items[VOTE_ITEM];
      it.disqualifications.push({
        id: 'd1',
        itemId: it.itemId,
        personId: it.votes[0].ballots[0].personId,
        ground: 'hyoty-tai-haitta',
        declaredBy: 'muu',
        decidedByBody: true,
        disqualified: true,
      });
      return parseMinutes(m);
    },
    path: `/items/${VOTE_ITEM}/votes/0/ballots/0/personId`,
    code: 'ballot_from_disqualified',
  },
  {
    name: 'vote count does not match ballots',
    run: () => parseMinutes(((m) => (m.items[VOTE_ITEM].votes[0].counts.jaa++, m))(minutes())),
    path: `/items/${VOTE_ITEM}/votes/0/counts/jaa`,
    code: 'count_mismatch',
  },
  {
    name: 'casting vote without a tie',
    run: () => parseMinutes(((m) => ((m.items[VOTE_ITEM].votes[0].castingVote = true), m))(minutes())),
    path: `/items/${VOTE_ITEM}/votes/0/castingVote`,
    code: 'casting_vote_without_tie',
  },
  {
    name: 'winning proposal contradicts the result',
    run: () =>
      parseMinutes(
        ((m) => ((m.items[VOTE_ITEM].votes[0].winningProposalId = m.items[VOTE_ITEM].votes[0].question.ei), m))(
          minutes(),
        ),
      ),
    path: `/items/${VOTE_ITEM}/votes/0/winningProposalId`,
    code: 'winner_mismatch',
  },
  {
    name: 'vote question names an unknown proposal',
    run: () => parseMinutes(((m) => ((m.items[VOTE_ITEM].votes[0].question.jaa = 'nope'), m))(minutes())),
    path: `/items/${VOTE_ITEM}/votes/0/question/jaa`,
    code: 'unknown_proposal',
  },
  {
    name: 'seconder is the proposer (minutes)',
    run: () =>
      parseMinutes(
        ((m) => ((m.items[VOTE_ITEM].proposals[1].seconderIds[0] = m.items[VOTE_ITEM].proposals[1].proposerId), m))(
          minutes(),
        ),
      ),
    path: `/items/${VOTE_ITEM}/proposals/1/seconderIds/0`,
    code: 'seconder_is_proposer',
  },
  {
    name: 'counter-proposal without proposer',
    run: () => parseMinutes(((m) => (delete m.items[VOTE_ITEM].proposals[1].proposerId, m))(minutes())),
    path: `/items/${VOTE_ITEM}/proposals/1/proposerId`,
    code: 'proposer_required',
  },
  {
    name: 'decision based on a proposal of another item',
    run: () => parseMinutes(((m) => ((m.items[0].decision.basedOnProposalId = 'kv-2026-5-6-pohja'), m))(minutes())),
    path: '/items/0/decision/basedOnProposalId',
    code: 'unknown_proposal',
  },
  {
    name: 'decision cites a vote not held in the item',
    run: () => parseMinutes(((m) => ((m.items[0].decision.voteIds = ['kv-2026-5-6-a1']), m))(minutes())),
    path: '/items/0/decision/voteIds/0',
    code: 'unknown_vote',
  },
  {
    name: 'decision cites an election not held in the item',
    run: () => parseMinutes(((m) => ((m.items[0].decision.electionId = 'kv-2026-5-7-vaali'), m))(minutes())),
    path: '/items/0/decision/electionId',
    code: 'unknown_election',
  },
  {
    name: 'entry of another item',
    run: () => parseMinutes(((m) => ((m.items[VOTE_ITEM].proposals[0].itemId = 'other-item'), m))(minutes())),
    path: `/items/${VOTE_ITEM}/proposals/0/itemId`,
    code: 'wrong_item',
  },
  {
    name: 'confidential item without a basis',
    run: () =>
      parseMinutes(((m) => ((m.items[SECRET_ITEM].publicity = { status: 'salassa-pidettava' }), m))(minutes())),
    path: `/items/${SECRET_ITEM}/publicity/bases`,
    code: 'required',
  },
  {
    name: 'confidential with an empty basis list',
    run: () => parseMinutes(((m) => ((m.items[SECRET_ITEM].publicity.bases = []), m))(minutes())),
    path: `/items/${SECRET_ITEM}/publicity/bases`,
    code: 'too_small',
  },
  {
    name: 'secrecy ground contradicts the point',
    run: () =>
      parseMinutes(((m) => ((m.items[SECRET_ITEM].publicity.bases[0].ground = 'julkl-24-1-32'), m))(minutes())),
    path: `/items/${SECRET_ITEM}/publicity/bases/0/ground`,
    code: 'ground_mismatch',
  },
  {
    name: 'unknown publicity status',
    run: () => parseMinutes(((m) => ((m.items[0].publicity = { status: 'top-secret' }), m))(minutes())),
    path: '/items/0/publicity/status',
    code: 'invalid_discriminator',
  },
  {
    name: 'unknown decision kind',
    run: () => parseMinutes(((m) => ((m.items[0].decision.kind = 'approved-ish'), m))(minutes())),
    path: '/items/0/decision/kind',
    code: 'invalid_value',
  },
  {
    name: 'raw HTML block in rich text',
    run: () =>
      parseMinutes(
        ((m) => ((m.items[0].decision.text.fi[0] = { type: 'html', html: '<script>alert(1)</script>' }), m))(minutes()),
      ),
    path: '/items/0/decision/text/fi/0/type',
    code: 'invalid_discriminator',
  },
  {
    name: 'javascript: link',
    run: () =>
      parseMinutes(
        ((m) => (
          m.items[0].decision.text.fi.push({
            type: 'paragraph',
            content: [{ type: 'link', href: 'javascript:alert(1)', content: [{ type: 'text', text: 'x' }] }],
          }),
          m
        ))(minutes()),
      ),
    path: '/items/0/decision/text/fi/1/content/0/href',
    code: 'invalid_format',
  },
  {
    name: 'unknown inline mark',
    run: () => parseMinutes(((m) => ((m.items[0].decision.text.fi[0].content[0].marks = ['blink']), m))(minutes())),
    path: '/items/0/decision/text/fi/0/content/0/marks/0',
    code: 'invalid_value',
  },
  {
    name: 'attachment digest not SHA-256 hex',
    run: () => parseMinutes(((m) => ((m.items[ATTACH_ITEM].attachments[0].sha256 = 'ABC'), m))(minutes())),
    path: `/items/${ATTACH_ITEM}/attachments/0/sha256`,
    code: 'invalid_format',
  },
  {
    name: 'attachment media type not allowed',
    run: () => parseMinutes(((m) => ((m.items[ATTACH_ITEM].attachments[0].mediaType = 'text/html'), m))(minutes())),
    path: `/items/${ATTACH_ITEM}/attachments/0/mediaType`,
    code: 'invalid_value',
  },
  {
    name: 'negative attachment size',
    run: () => parseMinutes(((m) => ((m.items[ATTACH_ITEM].attachments[0].size = -1), m))(minutes())),
    path: `/items/${ATTACH_ITEM}/attachments/0/size`,
    code: 'too_small',
  },
  {
    name: 'prohibition of appeal without legal basis',
    run: () => parseMinutes(((m) => ((m.items[0].decision.appeal = { kind: 'muutoksenhakukielto' }), m))(minutes())),
    path: '/items/0/decision/appeal/legalBasis',
    code: 'required',
  },
  {
    name: 'rectification period not 14 days',
    run: () =>
      parseMinutes(
        ((m) => (
          (m.items[0].decision.appeal = { kind: 'oikaisuvaatimus', periodDays: 30, authority: { fi: 'KH' } }),
          m
        ))(minutes()),
      ),
    path: '/items/0/decision/appeal/periodDays',
    code: 'invalid_value',
  },
  {
    name: 'minutes checker who did not attend',
    run: () => parseMinutes(((m) => ((m.minutesCheckerIds[0] = 'p999'), m))(minutes())),
    path: '/minutesCheckerIds/0',
    code: 'checker_not_attendee',
  },
  {
    name: 'dissent from a disqualified person',
    run: () =>
      parseMinutes(
        ((m) => {
          const it = m.items[VOTE_ITEM];
          it.disqualifications.push({
            id: 'd2',
            itemId: it.itemId,
            personId: it.dissents[0].personId,
            ground: 'asianosainen',
            declaredBy: 'itse',
            decidedByBody: true,
            disqualified: false,
          });
          it.disqualifications[it.disqualifications.length - 1].disqualified = true;
          it.votes = [];
          return m;
        })(minutes()),
      ),
    path: `/items/${VOTE_ITEM}/dissents/0/personId`,
    code: 'dissent_from_disqualified',
  },
  {
    name: 'publication over http',
    run: () => parseMinutes(((m) => ((m.publication.url = 'http://esimerkkila.example.fi/'), m))(minutes())),
    path: '/publication/url',
    code: 'invalid_format',
  },
  {
    name: 'redaction pointer not a JSON Pointer',
    run: () => parseMinutes(((m) => ((m.publication.redactions[0].pointer = 'items.8'), m))(minutes())),
    path: '/publication/redactions/0/pointer',
    code: 'invalid_format',
  },
  {
    name: 'month 13',
    run: () => parseMinutes(((m) => ((m.publication.personalDataUntil = '2026-13-01'), m))(minutes())),
    path: '/publication/personalDataUntil',
    code: 'invalid_format',
  },
  {
    name: 'date with a time',
    run: () => parseMinutes(((m) => ((m.checkedOn = '2026-06-18T10:00:00Z'), m))(minutes())),
    path: '/checkedOn',
    code: 'invalid_format',
  },
  {
    name: 'henkilötunnus on an attendance record',
    run: () => parseMinutes(((m) => ((m.attendance[0].hetu = '010101-123N'), m))(minutes())),
    path: '/attendance/0/hetu',
    code: 'unknown_key',
  },
  {
    name: 'title with control characters',
    run: () => parseMinutes(((m) => ((m.items[0].title.fi = 'a\u0000b'), m))(minutes())),
    path: '/items/0/title/fi',
    code: 'invalid_format',
  },
  {
    name: 'empty Finnish title',
    run: () => parseMinutes(((m) => ((m.items[0].title.fi = ''), m))(minutes())),
    path: '/items/0/title/fi',
    code: 'too_small',
  },
  {
    name: 'unknown language in localised text',
    run: () => parseMinutes(((m) => ((m.items[0].title.de = 'Titel'), m))(minutes())),
    path: '/items/0/title/de',
    code: 'unknown_key',
  },
  {
    name: 'boolean given as string',
    run: () => parseMinutes(((m) => ((m.meeting.public = 'true'), m))(minutes())),
    path: '/meeting/public',
    code: 'invalid_type',
  },
  {
    name: 'list ballot for an unknown list',
    run: () =>
      parseDocument(
        'Election',
        ((e) => ((e.ballots[0].listId = 'lista-9'), e))(structuredClone(fx.proportionalElection) as Json),
      ),
    path: '/ballots/0/listId',
    code: 'unknown_list',
  },
  {
    name: 'elected person not a candidate',
    run: () =>
      parseDocument(
        'Election',
        ((e) => ((e.electedIds[0] = 'p001'), e))(structuredClone(fx.proportionalElection) as Json),
      ),
    path: '/electedIds/0',
    code: 'unknown_candidate',
  },
  {
    name: 'comparison number with zero denominator',
    run: () =>
      parseDocument(
        'Election',
        ((e) => ((e.comparisonNumbers[0].value.denominator = 0), e))(structuredClone(fx.proportionalElection) as Json),
      ),
    path: '/comparisonNumbers/0/value/denominator',
    code: 'too_small',
  },
  {
    name: 'comparison number as a float',
    run: () =>
      parseDocument(
        'Election',
        ((e) => ((e.comparisonNumbers[0].value.numerator = 7.5), e))(structuredClone(fx.proportionalElection) as Json),
      ),
    path: '/comparisonNumbers/0/value/numerator',
    code: 'invalid_type',
  },
  {
    name: 'council stated quorate without two thirds present',
    run: () => parseMinutes(((m) => ((m.legalityAndQuorum.membersPresent = 28), m))(minutes())),
    path: '/legalityAndQuorum/quorate',
    code: 'quorum_mismatch',
  },
  {
    name: 'more present than seats',
    run: () => parseMinutes(((m) => ((m.legalityAndQuorum.membersPresent = 44), m))(minutes())),
    path: '/legalityAndQuorum/membersPresent',
    code: 'more_present_than_seats',
  },
  // ---- organisation and meeting
  {
    name: 'business ID check digit',
    run: () => parseDocument('Organisation', ((o) => ((o.municipality.businessId = '1234567-2'), o))(org())),
    path: '/municipality/businessId',
    code: 'invalid_business_id',
  },
  {
    name: 'municipality code not three digits',
    run: () => parseDocument('Organisation', ((o) => ((o.municipality.municipalityCode = '99'), o))(org())),
    path: '/municipality/municipalityCode',
    code: 'invalid_format',
  },
  {
    name: 'henkilötunnus on a person',
    run: () => parseDocument('Organisation', ((o) => ((o.people[0].hetu = '010101-123N'), o))(org())),
    path: '/people/0/hetu',
    code: 'unknown_key',
  },
  {
    name: 'deputy for a member of another body',
    run: () => {
      const o = org();
      const i = o.memberships.findIndex((m: Json) => m.bodyId === 'kunnanhallitus' && m.role === 'varajasen');
      o.memberships[i].deputyFor = 'p058'; // a member of the education committee
      return parseDocument('Organisation', o);
    },
    path:
      '/memberships/' +
      fx.memberships.findIndex((m) => m.bodyId === 'kunnanhallitus' && m.role === 'varajasen') +
      '/deputyFor',
    code: 'deputy_not_member_of_same_body',
  },
  {
    name: 'deputyFor on a full member',
    run: () => parseDocument('Organisation', ((o) => ((o.memberships[1].deputyFor = 'p001'), o))(org())),
    path: '/memberships/1/deputyFor',
    code: 'deputy_for_requires_deputy_role',
  },
  {
    name: 'membership of an unknown person',
    run: () => parseDocument('Organisation', ((o) => ((o.memberships[1].personId = 'p999'), o))(org())),
    path: '/memberships/1/personId',
    code: 'unknown_reference',
  },
  {
    name: 'more seat holders than seats',
    run: () => parseDocument('Organisation', ((o) => ((o.bodies[0].seats = 42), o))(org())),
    path: '/bodies/0/seats',
    code: 'seats_exceeded',
  },
  {
    name: 'unknown body kind',
    run: () => parseDocument('Organisation', ((o) => ((o.bodies[0].kind = 'parliament'), o))(org())),
    path: '/bodies/0/kind',
    code: 'invalid_value',
  },
  {
    name: 'unknown role',
    run: () => parseDocument('Organisation', ((o) => ((o.memberships[0].role = 'king'), o))(org())),
    path: '/memberships/0/role',
    code: 'invalid_value',
  },
  {
    name: 'membership ends before it starts',
    run: () => parseDocument('Organisation', ((o) => ((o.memberships[0].end = '2020-01-01'), o))(org())),
    path: '/memberships/0/end',
    code: 'end_before_start',
  },
  {
    name: 'electronic procedure without deadline',
    run: () => parseDocument('Meeting', ((m) => ((m.mode = 'sahkoinen-paatoksentekomenettely'), m))(meeting())),
    path: '/electronicProcedure',
    code: 'electronic_procedure_window_required',
  },
  {
    name: 'duplicate agenda order',
    run: () => parseDocument('Meeting', ((m) => ((m.items[2].order = m.items[1].order), m))(meeting())),
    path: '/items/2/order',
    code: 'duplicate_order',
  },
  {
    name: 'unknown meeting state',
    run: () => parseDocument('Meeting', ((m) => ((m.state = 'partying'), m))(meeting())),
    path: '/state',
    code: 'invalid_value',
  },
  {
    name: 'stream over http',
    run: () => parseDocument('Meeting', ((m) => ((m.stream.url = 'http://x.example/'), m))(meeting())),
    path: '/stream/url',
    code: 'invalid_format',
  },
  { name: 'unknown schema name', run: () => parseDocument('Nope' as 'Meeting', {}), path: '', code: 'unknown_schema' },
];

describe('bad input fails with the right path and code', () => {
  it('has at least 40 distinct kinds', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = c.run();
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toContain(`${c.path} ${c.code}`);
    for (const e of r.errors) {
      expect(e.message.fi.length).toBeGreaterThan(0);
      expect(e.message.en.length).toBeGreaterThan(0);
      expect(e.path === '' || e.path.startsWith('/')).toBe(true);
    }
  });
});

describe('the fixture itself passes (so each case above breaks exactly what it says)', () => {
  it('base documents are valid', () => {
    expect(parseMeetingLog(log()).success).toBe(true);
    expect(parseMinutes(minutes()).success).toBe(true);
    expect(parseDocument('Organisation', org()).success).toBe(true);
    expect(parseDocument('Meeting', meeting()).success).toBe(true);
  });
});
