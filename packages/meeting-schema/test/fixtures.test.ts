import { describe, expect, it } from 'vitest';
import {
  MeetingLogSchema,
  MeetingSchema,
  MinutesSchema,
  OrganisationSchema,
  parseDocument,
  parseMeetingLog,
  parseMinutes,
  seatRoles,
} from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

describe('fixtures validate', () => {
  it('organisation', () => {
    const r = parseDocument('Organisation', fx.organisation);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(OrganisationSchema.safeParse(fx.organisation).success).toBe(true);
  });
  it.each([
    ['councilMeeting', fx.councilMeeting],
    ['executiveMeeting', fx.executiveMeeting],
    ['electronicProcedureMeeting', fx.electronicProcedureMeeting],
  ])('%s', (_name, meeting) => {
    const r = parseDocument('Meeting', meeting);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(MeetingSchema.safeParse(meeting).success).toBe(true);
  });
  it.each(fx.cases.map((c) => [c.registerNumber, c] as const))('case %s', (_n, c) => {
    const r = parseDocument('Case', c);
    expect(r.success ? [] : r.errors).toEqual([]);
  });
  it('councilMeetingLog (object and JSON text)', () => {
    const r = parseMeetingLog(fx.councilMeetingLog);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(parseMeetingLog(JSON.stringify(fx.councilMeetingLog)).success).toBe(true);
    expect(MeetingLogSchema.safeParse(fx.councilMeetingLog).success).toBe(true);
  });
  it('councilMinutes (object and JSON text)', () => {
    const r = parseMinutes(fx.councilMinutes);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(parseMinutes(JSON.stringify(fx.councilMinutes)).success).toBe(true);
    expect(MinutesSchema.safeParse(fx.councilMinutes).success).toBe(true);
  });
  it('proportionalElection', () => {
    const r = parseDocument('Election', fx.proportionalElection);
    expect(r.success ? [] : r.errors).toEqual([]);
  });
  it('executiveMeetingLog and executiveMinutes', () => {
    const l = parseMeetingLog(fx.executiveMeetingLog);
    expect(l.success ? [] : l.errors).toEqual([]);
    const m = parseMinutes(fx.executiveMinutes);
    expect(m.success ? [] : m.errors).toEqual([]);
  });
  it('parsing returns equal data (nothing is lost or added)', () => {
    const r = parseMinutes(fx.councilMinutes);
    expect(r.success && r.data).toEqual(fx.councilMinutes);
    const l = parseMeetingLog(fx.councilMeetingLog);
    expect(l.success && l.data).toEqual(fx.councilMeetingLog);
  });
});

describe('fixtures tell the story the issue asks for', () => {
  it("the proportional election elects the top comparison numbers (D'Hondt over list votes, Vaalilaki 89 §)", () => {
    const e = fx.proportionalElection;
    const votesOf = new Map(e.listTallies?.map((t) => [t.listId, t.votes]));
    expect(e.ballots).toHaveLength(43);
    for (const l of e.lists ?? [])
      expect(e.ballots.filter((b) => b.listId === l.id)).toHaveLength(votesOf.get(l.id) ?? -1);
    const ranked = [...(e.comparisonNumbers ?? [])].sort(
      (a, b) => b.value.numerator * a.value.denominator - a.value.numerator * b.value.denominator,
    );
    expect(
      ranked
        .slice(0, e.seatsToFill)
        .map((c) => c.candidateId)
        .sort(),
    ).toEqual([...e.electedIds].sort());
    for (const l of e.lists ?? [])
      l.candidateIds.forEach((c, k) =>
        expect(e.comparisonNumbers?.find((n) => n.candidateId === c)?.value).toEqual({
          numerator: votesOf.get(l.id),
          denominator: k + 1,
        }),
      );
  });
  const seatHolders = (bodyId: string) =>
    fx.memberships.filter((m) => m.bodyId === bodyId && seatRoles.includes(m.role) && m.end === undefined);

  it('a fictional municipality with a valid business ID check digit', () => {
    expect(fx.municipality.name.fi).toContain('Esimerkkilä');
    expect(fx.municipality.name.sv).toContain('Exempelby');
    expect(fx.municipality.businessId).toMatch(/^\d{7}-\d$/);
  });
  it('a 43-seat council, an 11-member executive and two committees', () => {
    expect(fx.council.seats).toBe(43);
    expect(seatHolders(fx.council.id)).toHaveLength(43);
    expect(fx.executive.seats).toBe(11);
    expect(seatHolders(fx.executive.id)).toHaveLength(11);
    expect(fx.bodies.filter((b) => b.kind === 'lautakunta')).toHaveLength(2);
  });
  it('personal deputies of the executive deputise for members of the executive', () => {
    const deps = fx.memberships.filter((m) => m.bodyId === fx.executive.id && m.role === 'varajasen');
    expect(deps).toHaveLength(11);
    for (const d of deps) expect(fx.executiveMemberIds).toContain(d.deputyFor);
  });
  it('people carry no henkilötunnus', () => {
    for (const p of fx.people) expect(Object.keys(p)).not.toContain('hetu');
    expect(JSON.stringify(fx.organisation)).not.toMatch(/\d{6}[-+A]\d{3}[0-9A-Y]/);
  });
  it('council meeting: about a dozen items, confidential item, vote with three counter-proposals, election, disqualification, dissent', () => {
    const items = fx.councilMinutes.items;
    expect(fx.councilMeeting.items.length).toBeGreaterThanOrEqual(12);
    const secret = items.find((i) => i.publicity.status === 'salassa-pidettava');
    expect(secret?.publicity.status === 'salassa-pidettava' && secret.publicity.bases[0]?.citation).toBe(
      'JulkL 24 § 1 mom. 25 k',
    );
    const voted = items.find((i) => i.proposals.filter((p) => p.kind === 'vastaehdotus').length === 3);
    expect(voted?.votes.length).toBe(3);
    expect(voted?.dissents.length).toBeGreaterThanOrEqual(1);
    expect(items.some((i) => i.elections.length > 0 && i.elections[0]?.lots.length === 1)).toBe(true);
    expect(items.some((i) => i.disqualifications.some((d) => d.disqualified))).toBe(true);
    expect(items.some((i) => i.additional)).toBe(true);
  });
  it('the log runs from opening to closing and covers the proceedings', () => {
    const types = fx.councilMeetingLog.events.map((e) => e.type);
    expect(types[0]).toBe('meeting-opened');
    expect(types[types.length - 1]).toBe('meeting-closed');
    for (const t of [
      'ballot-cast',
      'vote-closed',
      'election-held',
      'lot-drawn',
      'disqualification-declared',
      'dissent-recorded',
      'break-started',
      'voting-order-approved',
    ] as const)
      expect(types).toContain(t);
    const decided = fx.councilMeetingLog.events.filter((e) => e.type === 'decision-recorded').length;
    expect(decided).toBe(fx.councilMinutes.items.length);
  });
  it('the vote tallies in the minutes equal the ballots in the log', () => {
    for (const item of fx.councilMinutes.items)
      for (const v of item.votes) {
        const ballots = fx.councilMeetingLog.events.filter(
          (e) => e.type === 'ballot-cast' && e.payload.voteId === v.id,
        );
        expect(ballots).toHaveLength(v.ballots.length);
        const closed = fx.councilMeetingLog.events.find((e) => e.type === 'vote-closed' && e.payload.voteId === v.id);
        expect(closed?.type === 'vote-closed' && closed.payload.counts).toEqual(v.counts);
      }
  });
  it('a hybrid executive meeting and an electronic decision procedure with its deadline', () => {
    expect(fx.executiveMeeting.mode).toBe('hybridi');
    const modes = new Set(fx.executiveMinutes.attendance.filter((a) => a.status === 'lasna').map((a) => a.mode));
    expect(modes).toEqual(new Set(['paikan-paalla', 'etana']));
    expect(fx.executiveMinutes.attendance.some((a) => a.absentDuringItemIds.length > 0)).toBe(true);
    expect(fx.electronicProcedureMeeting.mode).toBe('sahkoinen-paatoksentekomenettely');
    expect(fx.electronicProcedureMeeting.electronicProcedure?.deadline).toMatch(/\+03:00$/);
  });
});

describe('written minutes fields (proceedings, legality text, language)', () => {
  const para = (text: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }];
  it('accepts the written proceedings of a §, the legality text and the language', () => {
    const m = structuredClone(fx.councilMinutes);
    m.language = 'sv';
    m.legalityAndQuorum.text = { fi: para('Kokous todettiin laillisesti koolle kutsutuksi.'), sv: para('Lagligt.') };
    const item = m.items[0]!;
    item.proceedings = { fi: para('Ehdotusta kannatti valtuutettu A.'), sv: para('Förslaget understöddes.') };
    const r = parseMinutes(m);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(r.success && r.data.items[0]?.proceedings?.sv).toEqual(para('Förslaget understöddes.'));
  });
  it('rejects proceedings that are not rich text and a language outside fi/sv', () => {
    const bad = structuredClone(fx.councilMinutes) as unknown as {
      language: string;
      items: { proceedings: unknown }[];
    };
    bad.items[0]!.proceedings = '<p>raw html</p>';
    bad.language = 'de';
    const r = parseMinutes(bad);
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.errors.map((e) => e.path);
    expect(paths).toContain('/items/0/proceedings');
    expect(paths).toContain('/language');
  });
});

describe('council fixture corrections', () => {
  it('§ 52: the technical director who speaks is recorded present (as an expert without a vote)', () => {
    const events = fx.councilMeetingLog.events;
    const speech = events.findIndex((e) => e.type === 'speaker-requested' && e.payload.personId === 'tekninen-johtaja');
    expect(speech).toBeGreaterThan(0);
    const arrival = events.findIndex(
      (e) =>
        e.type === 'attendance-changed' && e.payload.personId === 'tekninen-johtaja' && e.payload.status === 'lasna',
    );
    expect(arrival).toBeGreaterThanOrEqual(0);
    expect(arrival).toBeLessThan(speech);
    const rec = fx.councilMinutes.attendance.find((a) => a.personId === 'tekninen-johtaja');
    expect(rec).toMatchObject({ role: 'asiantuntija', votingRight: false });
  });
  it('§ 55: the resignation decision inflects the names correctly (Hirvoselle, Halosen)', () => {
    const text = JSON.stringify(fx.councilMinutes.items.map((i) => i.decision.text));
    expect(text).toContain('Olli Hirvoselle');
    expect(text).not.toContain('Hirvonenlle');
    expect(text).toContain('varavaltuutetun Sofia Halosen nousevan');
  });
});
