import {
  AttendanceRecordSchema,
  DecisionSchema,
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  PersonSchema,
  ProposalSchema,
} from '@digikokous/meeting-schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { importDynasty } from '../src/dynasty.js';
import { toMeetingSchemaRecords } from '../src/meetingSchema.js';
import type { InteropDocument } from '../src/model.js';
import { importTweb } from '../src/tweb.js';
import { fixtureFiles } from './helpers.js';

const docs: Record<string, InteropDocument> = {};
beforeAll(async () => {
  docs.dynasty = importDynasty(await fixtureFiles('dynasty'));
  docs.casem = importCaseM(await fixtureFiles('casem'));
  docs.tweb = await importTweb(await fixtureFiles('tweb'));
});

function check(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown): void {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${JSON.stringify(value).slice(0, 300)}: ${JSON.stringify(r.error)}`);
}

describe('meeting-schema records', () => {
  for (const system of ['dynasty', 'casem', 'tweb'] as const) {
    it(`${system}: ids, dates and instants of the import are valid meeting-schema primitives`, () => {
      const doc = docs[system] as InteropDocument;
      for (const m of doc.meetings) {
        check(IdSchema, m.id);
        if (m.date) check(IsoDateSchema, m.date);
        if (m.start) check(InstantSchema, m.start);
        for (const a of m.attendance) for (const t of [a.arrivedAt, a.leftAt]) if (t) check(InstantSchema, t);
        for (const it of m.items) check(IdSchema, it.id);
      }
      for (const b of doc.bodies) check(IdSchema, b.id);
    });

    it(`${system}: persons, attendance, proposals and decisions validate with meeting-schema`, () => {
      const r = toMeetingSchemaRecords(docs[system] as InteropDocument);
      for (const p of r.persons) check(PersonSchema, p);
      for (const a of r.attendance) for (const rec of a.records) check(AttendanceRecordSchema, rec);
      for (const p of r.proposals) check(ProposalSchema, p);
      for (const d of r.decisions) check(DecisionSchema, d);
      expect(r.proposals.length + r.decisions.length).toBeGreaterThan(0);
      // The CaseM fixture is an agenda: its items have draft decisions but no decisions yet.
      expect(r.decisions.length > 0).toBe(system !== 'casem');
    });
  }

  it('carries the § 127 proposals with proposer and seconder ids', () => {
    const r = toMeetingSchemaRecords(docs.dynasty as InteropDocument);
    const p127 = r.proposals.filter((p) => p.itemId === 'dynasty-2017406946-3');
    expect(p127[0]).toMatchObject({ kind: 'pohjaehdotus', id: 'dynasty-2017406946-3-base' });
    expect(
      p127.filter(
        (p) =>
          p.kind === 'muutosehdotus' &&
          p.proposerId === 'person-tiina-elo' &&
          p.seconderIds[0] === 'person-saara-hyrkko',
      ),
    ).toHaveLength(5);
    expect(p127.find((p) => p.proposerId === 'person-kurt-byman')?.seconderIds).toEqual([]);
    expect(r.decisions.find((d) => d.itemId === 'dynasty-2017406946-3')?.kind).toBe('hyvaksytty-muutettuna');
    const kauma = r.attendance
      .find((a) => a.meetingId === 'dynasty-2017406946')
      ?.records.find((x) => x.name === 'Pia Kauma');
    expect(kauma).toMatchObject({ role: 'jasen', votingRight: true, arrivedAt: '2017-05-08T16:53:00+03:00' });
  });
});
