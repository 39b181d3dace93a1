import { beforeAll, describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { parseMeetingDataset, type MeetingDataset } from '../src/dataset.js';
import { importDynasty } from '../src/dynasty.js';
import { fromMeetingDataset } from '../src/fromDataset.js';
import type { InteropDocument } from '../src/model.js';
import { toOParl, type OParlExport, type OParlObject } from '../src/oparl.js';
import { toOpenDecisionApi, type OpenDecisionExport } from '../src/openDecision.js';
import { toMeetingDataset } from '../src/toDataset.js';
import { importTweb } from '../src/tweb.js';
import { fixtureFiles, oparlValidator, openDecisionValidator, OPEN_DECISION_KINDS } from './helpers.js';

const SYSTEMS = ['dynasty', 'casem', 'tweb'] as const;
type System = (typeof SYSTEMS)[number];
const direct: Partial<Record<System, InteropDocument>> = {};
const sets: Partial<Record<System, MeetingDataset>> = {};
beforeAll(async () => {
  for (const s of SYSTEMS) {
    const files = await fixtureFiles(s);
    const { dataset, ...doc } =
      s === 'dynasty' ? importDynasty(files) : s === 'casem' ? importCaseM(files) : await importTweb(files);
    direct[s] = doc;
    // Through JSON, as a vendor's file would come.
    sets[s] = JSON.parse(JSON.stringify(dataset)) as MeetingDataset;
  }
});

function fromSet(s: System | MeetingDataset): InteropDocument {
  const r = fromMeetingDataset(typeof s === 'string' ? sets[s] : s);
  if (!r.success) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.document;
}

const typeName = (o: OParlObject): string => o.type.replace('https://schema.oparl.org/1.1/', '');
const allObjects = (e: OParlExport): OParlObject[] => [
  e.system,
  e.body,
  ...e.organizations,
  ...e.persons,
  ...e.memberships,
  ...e.meetings,
  ...e.papers,
  ...e.files,
];
const items = (e: OParlExport): OParlObject[] => e.meetings.flatMap((m) => m.agendaItem as OParlObject[]);
const pick = (o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

/*
 * Differences between the direct export (interop document of the importer) and the export through
 * the dataset that are accepted, because toMeetingDataset keeps them only as warnings or not at all:
 * - whole-meeting files (minutes PDF → OParl resultsProtocol/auxiliaryFile) and attachment links
 *   that are not https (Dynasty's and Tweb's http links) → fewer OParl File objects and 6Aika attachments;
 * - sections other than Selostus, Päätösehdotus and Päätös (Käsittely, Muutoksenhaku …) → fewer 6Aika contents;
 * - the presenter's title ("kaupunginjohtaja Timo Halonen" → "Timo Halonen"); the role as written
 *   (6Aika membership label); the meeting name's surrounding whitespace; a nameless body's name (its id);
 * - a proposal's label and its status (only withdrawn / approved by a vote / seconded can be read back);
 * - a vote's sentence (written from the counts) and, for a proposal that lost, which proposal was voted on.
 * Everything else compared below is equal.
 */
const OPARL_ITEM_KEYS = ['id', 'order', 'number', 'name', 'result', 'resolutionText', 'digikokous:decisionKind'];
const PROPOSAL_KEYS = ['id', 'kind', 'proposer', 'seconders', 'text'];
const VOTE_KEYS = ['id', 'counts', 'result', 'question', 'castingVote'];

describe('fromMeetingDataset: import → dataset → interop → OParl / 6Aika', () => {
  for (const s of SYSTEMS) {
    it(`${s}: every OParl object validates against the official schemas and the kept facts equal the direct path`, async () => {
      const ajv = await oparlValidator();
      const opts = { baseUrl: 'https://kunta.example/oparl/v1', modified: '2026-01-01T00:00:00+02:00' };
      const back = toOParl(fromSet(s), opts);
      for (const o of allObjects(back))
        if (!ajv.validate(`${typeName(o)}.json`, o)) throw new Error(`${o.id}: ${JSON.stringify(ajv.errors)}`);
      const want = toOParl(direct[s] as InteropDocument, opts);

      const named = (o: OParlObject[]): unknown[] => o.map((x) => pick(x, ['id', 'classification', 'name']));
      const namedBodies = want.organizations.filter((o) => o.name !== '');
      expect(named(back.organizations.filter((o) => namedBodies.some((b) => b.id === o.id)))).toEqual(
        named(namedBodies),
      );
      expect(back.persons.map((p) => pick(p, ['id', 'name']))).toEqual(
        want.persons.map((p) => pick(p, ['id', 'name'])),
      );
      expect(back.memberships.map((m) => pick(m, ['id', 'person', 'organization', 'role']))).toEqual(
        want.memberships.map((m) => pick(m, ['id', 'person', 'organization', 'role'])),
      );
      const meetingKeys = ['id', 'start', 'digikokous:date', 'organization', 'participant', 'meetingState'];
      expect(back.meetings.map((m) => pick(m, meetingKeys))).toEqual(want.meetings.map((m) => pick(m, meetingKeys)));
      expect(back.meetings.map((m) => String(m.name).trim())).toEqual(want.meetings.map((m) => String(m.name).trim()));
      expect(items(back).length).toBeGreaterThan(0);
      expect(items(back).map((i) => pick(i, OPARL_ITEM_KEYS))).toEqual(
        items(want).map((i) => pick(i, OPARL_ITEM_KEYS)),
      );
      const proposals = (e: OParlExport): unknown[] =>
        items(e).flatMap((i) =>
          ((i['digikokous:proposals'] ?? []) as Record<string, unknown>[]).map((p) => pick(p, PROPOSAL_KEYS)),
        );
      expect(proposals(back)).toEqual(proposals(want));
      const votes = (e: OParlExport): unknown[] =>
        items(e).flatMap((i) =>
          ((i['digikokous:votes'] ?? []) as Record<string, unknown>[]).map((v) => pick(v, VOTE_KEYS)),
        );
      expect(votes(back)).toEqual(votes(want));
      // The https attachment links survive; the others are in the dataset's warnings.
      const files = (e: OParlExport): unknown[] =>
        e.files.filter((f) => String(f.accessUrl).startsWith('https:') && f.paper).map((f) => f.accessUrl);
      expect(files(back)).toEqual(files(want));
    });

    it(`${s}: every 6Aika resource matches the Swagger definitions and the kept facts equal the direct path`, async () => {
      const { ajv } = await openDecisionValidator();
      const back = toOpenDecisionApi(fromSet(s), { modified: '2026-01-01T00:00:00+02:00' });
      const want = toOpenDecisionApi(direct[s] as InteropDocument, { modified: '2026-01-01T00:00:00+02:00' });
      const KINDS = OPEN_DECISION_KINDS;
      for (const [key, def] of Object.entries(KINDS))
        for (const r of back[key as keyof typeof KINDS])
          if (!ajv.validate(`paatos#/definitions/${def}`, r))
            throw new Error(`${key} ${JSON.stringify(r).slice(0, 200)}: ${JSON.stringify(ajv.errors)}`);
      const cmp = (k: keyof OpenDecisionExport, keys: string[]): void =>
        expect(
          back[k].map((r) => pick(r, keys)),
          k,
        ).toEqual(want[k].map((r) => pick(r, keys)));
      cmp('events', ['id', 'origin_id', 'start_date', 'end_date', 'organization', 'actions', 'data_source']);
      cmp('actions', ['id', 'origin_id', 'title', 'ordering', 'case', 'event', 'article_number', 'resolution']);
      cmp('cases', ['id', 'origin_id', 'register_id', 'function', 'title']);
      cmp('vote_events', ['id', 'identifier', 'organization', 'legislative_session', 'action', 'result', 'counts']);
      cmp('persons', ['id', 'name', 'family_name', 'given_name']);
      cmp('memberships', ['id', 'role', 'person_id', 'organization']);
      // Päätösehdotus and Päätös come back as the same 6Aika contents: all Päätösehdotus sections of
      // an item as one (toMeetingDataset joins them), the first Päätös (a second Päätös section of a
      // Tweb item is not in the dataset, whose Decision has one text).
      const texts = (e: OpenDecisionExport, type: string): string[][] =>
        e.actions.map((a) =>
          (a.contents as { type: string; hypertext: string }[]).filter((c) => c.type === type).map((c) => c.hypertext),
        );
      expect(texts(back, 'decision')).toEqual(texts(want, 'decision').map((t) => t.slice(0, 1)));
      expect(texts(back, 'proposal')).toEqual(texts(want, 'proposal').map((t) => (t.length ? [t.join('')] : [])));
    });
  }

  it('Espoo KH 8.5.2017 § 127: votes 9–6 etc., proposals and seconders survive the round trip', () => {
    const doc = fromSet('dynasty');
    const oparl = toOParl(doc);
    const m = oparl.meetings.find((x) => String(x.id).endsWith('/dynasty-2017406946')) as OParlObject;
    const item = (m.agendaItem as OParlObject[]).find((i) => i.number === '127') as OParlObject;
    expect(item.result).toBe('Hyväksytty muutettuna');
    expect(item.resolutionText).toContain('Äänestys (jaa 3, ei 11, tyhjää 1): ehdotus hyväksyttiin.');
    expect(item.resolutionText).toContain('Äänestys (jaa 9, ei 6): ehdotus hylättiin.');
    expect((item['digikokous:votes'] as unknown[]).length).toBe(5);
    expect((item['digikokous:proposals'] as { proposer?: string; seconders: string[] }[]).length).toBe(9);
    expect(
      (item['digikokous:proposals'] as { kind: string; proposer?: string; seconders: string[] }[]).filter(
        (p) => p.kind === 'amendment' && p.proposer === 'Tiina Elo' && p.seconders.includes('Saara Hyrkkö'),
      ),
    ).toHaveLength(5);
    expect(m.start).toBe('2017-05-08T15:30:00+03:00');
    expect(m['digikokous:date']).toBe('2017-05-08');
    expect(
      (m['digikokous:attendance'] as { arrivedAt?: string }[]).some((a) => a.arrivedAt === '2017-05-08T16:53:00+03:00'),
    ).toBe(true);
    const api = toOpenDecisionApi(doc);
    const v = api.vote_events.filter((x) => String(x.identifier).startsWith('§ 127'));
    expect(v.map((x) => (x.counts as { value: number }[]).map((c) => c.value))).toEqual([
      [9, 6],
      [3, 11, 1],
      [8, 7],
      [10, 5],
      [10, 1],
    ]);
    expect(v.map((x) => x.result)).toEqual(['fail', 'pass', 'fail', 'fail', 'fail']);
    expect(api.actions.find((a) => a.origin_id === 'dynasty-2017406946-3')).toMatchObject({
      article_number: '127',
      resolution: 'PASSED_MODIFIED',
    });
    expect(api.cases.find((c) => c.register_id === '730/2017')).toBeTruthy();
  });

  for (const s of SYSTEMS)
    it(`${s}: the records keep the importer's provenance and the document goes back to the same dataset records`, () => {
      const d = sets[s] as MeetingDataset;
      const r = fromMeetingDataset(d);
      if (!r.success) throw new Error('invalid');
      // An importer's dataset converts without loss the view could hold: no warnings of its own.
      expect(r.warnings).toEqual([]);
      expect(r.document.system).toBe(s);
      expect(r.document.warnings).toHaveLength(d.warnings.length);
      const provs = [
        ...r.document.bodies.flatMap((b) => b.provenance),
        ...r.document.meetings.flatMap((m) => [m.provenance, ...m.items.map((i) => i.provenance)]),
      ];
      for (const p of provs) expect(p.system).toBe(s);
      const again = toMeetingDataset(r.document);
      const parsed = parseMeetingDataset(JSON.parse(JSON.stringify(again)));
      if (!parsed.success) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
      for (const k of ['bodies', 'people', 'memberships', 'cases', 'meetings', 'attendance', 'decisions'] as const)
        expect(again[k], k).toEqual(d[k]);
      expect(again.proposals).toEqual(d.proposals);
      // A vote keeps everything but the winner of one that the voted proposal lost (see above).
      const strip = (v: MeetingDataset['votes'][number]): unknown => ({ ...v, winningProposalId: undefined });
      expect(again.votes.map(strip)).toEqual(d.votes.map(strip));
      const key = (p: MeetingDataset['provenance'][number]): string => JSON.stringify(p);
      expect(new Set(again.provenance.map(key))).toEqual(new Set(d.provenance.map(key)));
    });
});

describe('fromMeetingDataset: what the interop view cannot hold', () => {
  it('comes back as warnings with a location, and records without provenance get a meeting-schema origin', () => {
    const d = structuredClone(sets.dynasty as MeetingDataset);
    const m = d.meetings.find((x) => x.id === 'dynasty-2017406946');
    if (!m) throw new Error('fixture meeting missing');
    const body = d.bodies.find((b) => b.id === m.bodyId);
    if (!body) throw new Error('fixture body missing');
    body.seats = 15;
    body.kind = 'valiokunta';
    const person = d.people[0];
    if (!person) throw new Error('no people');
    person.party = 'KOK';
    m.mode = 'lasnaolo';
    m.public = true;
    m.location = { name: { fi: 'Valtuustotalo' } };
    const item = m.items.find((i) => i.sectionNumber === 127);
    if (!item) throw new Error('no § 127');
    item.publicity = { status: 'julkinen' };
    item.background = {
      fi: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lihavoitu', marks: ['bold'] }] }],
      sv: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bakgrund' }] }],
    };
    const vote = d.votes.find((v) => v.itemId === item.id);
    if (!vote) throw new Error('no vote');
    vote.method = 'nimenhuuto';
    const att = d.attendance.find((a) => a.meetingId === m.id);
    const rec = att?.records[0];
    if (!rec) throw new Error('no attendance');
    att.records.push({ ...rec, personId: d.people[1]?.id ?? 'x', name: 'Poissa Oleva', status: 'poissa' });
    // A membership in a body where the person never attended.
    d.memberships.push({ id: 'ms-extra', personId: person.id, bodyId: 'dynasty-kh', role: 'jasen', votingRight: true });
    if (!d.bodies.some((b) => b.id === 'dynasty-kh')) d.bodies.push({ id: 'dynasty-kh', name: { fi: 'KH' } });
    // The meeting loses its provenance: a vendor's record.
    d.provenance = d.provenance.filter((p) => !(p.collection === 'meetings' && p.id === m.id));

    const r = fromMeetingDataset(d, { file: 'vendor.json' });
    if (!r.success) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    const at = (loc: string): { text?: string; message: { fi: string; en: string } } | undefined =>
      r.warnings.find((w) => w.location === loc);
    expect(at(`bodies/${body.id} › seats`)?.text).toBe('15');
    expect(at(`bodies/${body.id} › kind`)?.text).toBe('valiokunta');
    expect(r.document.bodies.find((b) => b.id === body.id)?.kind).toBe('muu');
    expect(at(`people/${person.id} › party`)?.text).toBe('KOK');
    expect(at(`meetings/${m.id} › mode`)?.text).toBe('lasnaolo');
    expect(at(`meetings/${m.id} › public`)?.text).toBe('true');
    expect(at(`meetings/${m.id} › location`)?.text).toContain('Valtuustotalo');
    expect(at(`meetings/${m.id}/items/${item.id} › publicity`)?.text).toContain('julkinen');
    expect(at(`meetings/${m.id}/items/${item.id} › background`)?.message.en).toMatch(/formatting/);
    expect(at(`meetings/${m.id}/items/${item.id} › background › sv`)?.text).toBe('Bakgrund');
    expect(at(`votes/${vote.id} › method`)?.text).toBe('nimenhuuto');
    expect(at(`meetings/${m.id} › attendance › ${d.people[1]?.id}`)?.text).toContain('Poissa Oleva');
    expect(at('memberships/ms-extra')?.text).toContain('dynasty-kh');
    for (const w of r.warnings) {
      expect(w.code).toBe('unmapped-text');
      expect(w.message.fi && w.message.en).toBeTruthy();
    }
    // The warnings are also in the document, after the dataset's own.
    expect(r.document.warnings.slice(d.warnings.length)).toEqual(r.warnings);
    const meeting = r.document.meetings.find((x) => x.id === m.id);
    expect(meeting?.provenance).toEqual({ system: 'meeting-schema', file: 'vendor.json', sourceId: m.id });
    expect(meeting?.attendance.some((a) => a.name === 'Poissa Oleva')).toBe(false);
    expect(meeting?.items.find((i) => i.number === '127')?.sections[0]).toEqual({
      kind: 'background',
      title: 'Selostus',
      text: 'Lihavoitu',
    });
    // …and that origin is not written back as a source system's provenance.
    const again = toMeetingDataset(r.document);
    expect(again.provenance.some((p) => p.collection === 'meetings' && p.id === m.id)).toBe(false);
    expect(parseMeetingDataset(JSON.parse(JSON.stringify(again))).success).toBe(true);
  });

  it('a vote whose winner and question are unknown gets a derived result, reported as a warning', () => {
    const d = structuredClone(sets.dynasty as MeetingDataset);
    const v = d.votes.find((x) => x.counts.jaa === 3 && x.counts.ei === 11);
    if (!v) throw new Error('no 3–11 vote');
    delete v.winningProposalId;
    const r = fromMeetingDataset(d);
    if (!r.success) throw new Error('invalid');
    expect(r.warnings.map((w) => w.location)).toEqual([`votes/${v.id} › result`]);
    expect(r.warnings[0]?.text).toBe('ei');
    const back = r.document.meetings
      .flatMap((m) => m.items)
      .flatMap((i) => i.votes)
      .find((x) => x.id === v.id);
    // Base proposal "jaa", the amendment "ei": 11 ei votes approve the amendment.
    expect(back).toMatchObject({ result: 'approved', counts: { jaa: 3, ei: 11, tyhjä: 1 } });
    expect(back?.proposalId).toBeUndefined();
  });

  it('a dataset with only a year and no dated title keeps the meeting undated, with a warning', () => {
    const d = structuredClone(sets.casem as MeetingDataset);
    const m = d.meetings[0];
    if (!m) throw new Error('no meeting');
    m.title = { fi: 'Kokous' };
    const r = fromMeetingDataset(d);
    if (!r.success) throw new Error('invalid');
    expect(r.document.meetings[0]?.date).toBe('');
    expect(r.warnings.find((w) => w.location === `meetings/${m.id} › year`)?.text).toBe(String(m.year));
  });
});

describe('fromMeetingDataset: hostile input', () => {
  const deepArray = (n: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = [v];
    return v;
  };
  it('returns bilingual errors with a path for garbage, deep nesting and __proto__ keys, never throwing', () => {
    const valid = JSON.stringify(sets.casem);
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'not json {',
      '[]',
      [],
      { format: 'digikokous-meeting-dataset' },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      JSON.parse(valid.replace('"bodies":[{', '"bodies":[{"__proto__":{"polluted":true},')),
      { ...JSON.parse(valid), meetings: deepArray(10_000) },
      '['.repeat(100_000) + ']'.repeat(100_000),
      { ...JSON.parse(valid), people: [{ id: 'p', givenName: 'x'.repeat(2_000_000), familyName: 'y' }] },
      { ...JSON.parse(valid), people: [{ id: 'p', givenName: 'A', familyName: 'B', hetu: '010101-123N' }] },
    ];
    for (const input of bad) {
      let r: ReturnType<typeof fromMeetingDataset> | undefined;
      expect(() => (r = fromMeetingDataset(input))).not.toThrow();
      expect(r?.success).toBe(false);
      if (r && !r.success) {
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(typeof e.path === 'string' && e.message.fi && e.message.en).toBeTruthy();
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('accepts the dataset as JSON text', () => {
    const r = fromMeetingDataset(JSON.stringify(sets.casem));
    expect(r.success && r.document.meetings.length).toBe((sets.casem as MeetingDataset).meetings.length);
  });
});
