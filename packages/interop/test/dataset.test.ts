import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ProposalSchema } from '@digikokous/meeting-schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { DatasetMeetingSchema, DatasetVoteSchema, parseMeetingDataset, type MeetingDataset } from '../src/dataset.js';
import { importDynasty } from '../src/dynasty.js';
import type { InteropDocument } from '../src/model.js';
import { toMeetingDataset } from '../src/toDataset.js';
import { importTweb } from '../src/tweb.js';
import { datasetTable } from './datasetTable.js';
import { fixtureFiles } from './helpers.js';

const sets: Record<string, MeetingDataset> = {};
beforeAll(async () => {
  sets.dynasty = importDynasty(await fixtureFiles('dynasty')).dataset;
  sets.casem = importCaseM(await fixtureFiles('casem')).dataset;
  sets.tweb = (await importTweb(await fixtureFiles('tweb'))).dataset;
  sets.dynasty10 = importDynasty(await fixtureFiles('dynasty10')).dataset;
  sets.nykarleby = (await importTweb(await fixtureFiles('nykarleby'))).dataset;
});

describe('meeting-schema dataset', () => {
  for (const system of ['dynasty', 'casem', 'tweb'] as const) {
    it(`${system}: the dataset validates with the meeting-schema-derived schemas`, () => {
      const d = sets[system] as MeetingDataset;
      const r = parseMeetingDataset(JSON.parse(JSON.stringify(d)));
      if (!r.success) throw new Error(JSON.stringify(r.errors.slice(0, 5)));
      expect(r.data.source.system).toBe(system);
      expect(d.meetings.length).toBeGreaterThan(0);
      expect(d.meetings.flatMap((m) => m.items).length).toBeGreaterThan(0);
    });

    it(`${system}: no decision section is lost: its text is in a decision record or kept as a warning`, async () => {
      // The importer's result is the interop document with its dataset attached.
      const doc: InteropDocument & { dataset: MeetingDataset } =
        system === 'dynasty'
          ? importDynasty(await fixtureFiles('dynasty'))
          : system === 'casem'
            ? importCaseM(await fixtureFiles('casem'))
            : await importTweb(await fixtureFiles('tweb'));
      const d = doc.dataset;
      const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
      // The plain text of rich text: every `text` string in it, in order.
      const plainText = (v: unknown): string =>
        Array.isArray(v)
          ? v.map(plainText).join(' ')
          : v !== null && typeof v === 'object'
            ? Object.entries(v)
                .map(([k, x]) => (k === 'text' && typeof x === 'string' ? x : plainText(x)))
                .join(' ')
            : '';
      const kept = [...d.decisions.map((x) => plainText(x.text)), ...d.warnings.map((w) => w.text ?? '')].map(squash);
      const sections = doc.meetings.flatMap((m) => m.items.flatMap((it) => it.sections));
      for (const s of sections.filter((x) => x.kind === 'decision' && x.text.trim())) {
        const words = squash(s.text).slice(0, 60);
        expect(
          kept.some((k) => k.includes(words)),
          words,
        ).toBe(true);
      }
    });

    it(`${system}: every record has provenance`, () => {
      const d = sets[system] as MeetingDataset;
      const has = new Set(d.provenance.map((p) => `${p.collection}/${p.id}`));
      const expectAll = (coll: string, ids: string[]): void => {
        for (const id of ids) expect(has.has(`${coll}/${id}`), `${coll}/${id}`).toBe(true);
      };
      expectAll(
        'bodies',
        d.bodies.map((b) => b.id),
      );
      expectAll(
        'meetings',
        d.meetings.map((m) => m.id),
      );
      expectAll(
        'agendaItems',
        d.meetings.flatMap((m) => m.items.map((i) => i.id)),
      );
      expectAll(
        'people',
        d.people.map((p) => p.id),
      );
      for (const coll of [
        'memberships',
        'cases',
        'proposals',
        'votes',
        'decisions',
        'disqualifications',
        'dissents',
      ] as const)
        expectAll(
          coll,
          d[coll].map((r) => r.id),
        );
      for (const p of d.provenance) expect(p.system).toBe(system);
    });

    it(`${system}: text without a meeting-schema field is kept as a warning`, async () => {
      const files = await fixtureFiles(system);
      const doc =
        system === 'dynasty' ? importDynasty(files) : system === 'casem' ? importCaseM(files) : await importTweb(files);
      const warned = doc.dataset.warnings.filter((w) => w.code === 'unmapped-text').map((w) => w.text ?? '');
      for (const m of doc.meetings)
        for (const it of m.items)
          for (const s of it.sections)
            if (!['background', 'draftDecision', 'decision'].includes(s.kind) && s.text.trim())
              expect(warned, `${it.id} ${s.title}`).toContain(s.text);
      const items = new Map(doc.dataset.meetings.flatMap((m) => m.items.map((i) => [i.id, i] as const)));
      const proposalIds = new Set(doc.dataset.proposals.map((p) => p.id));
      for (const m of doc.meetings)
        for (const it of m.items) {
          // Every attachment link is either an https url of the record or kept in a warning.
          it.attachments.forEach((a, i) => {
            if (a.url && items.get(it.id)?.attachments[i]?.url !== a.url) expect(warned).toContain(a.url);
          });
          // Every proposal is a meeting-schema Proposal or kept in a warning.
          for (const p of it.proposals)
            if (!proposalIds.has(p.id)) expect(warned.some((w) => w.includes(p.text ?? p.label ?? '?'))).toBe(true);
        }
      // The importer's own warnings are carried over.
      expect(doc.dataset.warnings.length).toBeGreaterThanOrEqual(doc.warnings.length);
    });
  }

  it('Espoo 8.5.2017 § 127: proposals, seconders and vote counts are meeting-schema Proposals and Votes', () => {
    const d = sets.dynasty as MeetingDataset;
    const itemId = 'dynasty-2017406946-3';
    const item = d.meetings.flatMap((m) => m.items).find((i) => i.id === itemId);
    expect(item?.sectionNumber).toBe(127);
    const props = d.proposals.filter((p) => p.itemId === itemId);
    for (const p of props) expect(ProposalSchema.safeParse(p).success).toBe(true);
    expect(props[0]?.kind).toBe('pohjaehdotus');
    const elo = props.filter(
      (p) =>
        p.kind === 'muutosehdotus' &&
        p.proposerId === 'person-tiina-elo' &&
        p.seconderIds.includes('person-saara-hyrkko'),
    );
    expect(elo).toHaveLength(5);
    const votes = d.votes.filter((v) => v.itemId === itemId);
    expect(votes.length).toBeGreaterThan(0);
    for (const v of votes) expect(DatasetVoteSchema.safeParse(v).success).toBe(true);
    expect(votes.map((v) => [v.counts.jaa, v.counts.ei])).toContainEqual([9, 6]);
    const v96 = votes.find((v) => v.counts.jaa === 9 && v.counts.ei === 6);
    expect(v96).toMatchObject({ result: 'jaa', castingVote: false });
    // The winner is a proposal of the same item.
    for (const v of votes) if (v.winningProposalId) expect(props.map((p) => p.id)).toContain(v.winningProposalId);
    expect(d.decisions.find((x) => x.itemId === itemId)?.voteIds).toEqual(votes.map((v) => v.id));
  });

  it('the relaxed schemas still apply meeting-schema’s rules', () => {
    const base = { id: 'v1', itemId: 'i1', ballots: [], counts: { jaa: 5, ei: 3 } };
    expect(DatasetVoteSchema.safeParse(base).success).toBe(true);
    expect(DatasetVoteSchema.safeParse({ ...base, result: 'ei' }).success).toBe(false);
    expect(DatasetVoteSchema.safeParse({ ...base, castingVote: true }).success).toBe(false);
    expect(DatasetVoteSchema.safeParse({ ...base, method: 'arpa' }).success).toBe(false);
    const m = { id: 'm1', bodyId: 'b1', state: 'poytakirja-julkaistu', items: [] };
    expect(DatasetMeetingSchema.safeParse(m).success).toBe(true);
    expect(
      DatasetMeetingSchema.safeParse({
        ...m,
        mode: 'lasnaolo',
        electronicProcedure: { opensAt: '2020-01-01T10:00:00+02:00', deadline: '2020-01-02T10:00:00+02:00' },
      }).success,
    ).toBe(false);
    expect(DatasetMeetingSchema.safeParse({ ...m, hetu: '010101-123N' }).success).toBe(false);
  });

  it('parseMeetingDataset never throws and reports bilingual errors with a path', () => {
    for (const bad of [null, 42, '{', '[]', { format: 'x' }, JSON.parse('{"__proto__":{"x":1}}')]) {
      const r = parseMeetingDataset(bad);
      expect(r.success).toBe(false);
      if (!r.success)
        for (const e of r.errors) expect(e.message.fi && e.message.en && typeof e.path === 'string').toBeTruthy();
    }
    const d = structuredClone(sets.dynasty as MeetingDataset);
    d.proposals[1] = { ...d.proposals[1]!, proposerId: 'nobody' };
    const r = parseMeetingDataset(d);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors[0]).toMatchObject({ path: '/proposals/1/proposerId', code: 'unknown_reference' });
  });
});

describe('docs/systems-comparison.md', () => {
  it('its table of meeting-schema fields is computed from the datasets (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const file = fileURLToPath(new URL('../../../docs/systems-comparison.md', import.meta.url));
    const text = await readFile(file, 'utf8');
    const begin = '<!-- dataset-table:begin -->\n';
    const end = '\n<!-- dataset-table:end -->';
    const a = text.indexOf(begin);
    const b = text.indexOf(end);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    const table = datasetTable(sets as Parameters<typeof datasetTable>[0]);
    if (process.env.UPDATE_GOLDEN === '1')
      await writeFile(file, text.slice(0, a + begin.length) + table + text.slice(b));
    else expect(text.slice(a + begin.length, b)).toBe(table);
  });
});

describe('toMeetingDataset on arbitrary interop documents (property)', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', ' ', '\u0000x', '__proto__', '127', '0', '12a', 'https://a.example/x.pdf', 'http://b/x'),
    fc.string({ minLength: 990, maxLength: 1100 }),
  );
  const name = fc.oneof(text, fc.constantFrom('Tiina Elo', 'Saara Hyrkkö'));
  it('always yields a dataset that parseMeetingDataset accepts, keeping the text it cannot place', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: text,
          number: text,
          caseRef: text,
          presenter: name,
          mediaType: fc.constantFrom('application/pdf', 'text/x-weird', undefined),
          url: text,
          proposer: name,
          seconders: fc.array(name, { maxLength: 3 }),
          ptext: text,
          jaa: fc.nat(20),
          ei: fc.nat(20),
          section: text,
          date: fc.constantFrom('2017-05-08', '', '2017-13-45'),
        }),
        (r) => {
          const prov = { system: 'dynasty' as const, file: 'x.htm' };
          const doc: InteropDocument = {
            format: 'digikokous-interop',
            version: 1,
            system: 'dynasty',
            bodies: [{ id: 'b1', name: { fi: r.title }, kind: 'muu', provenance: [prov] }],
            persons: [{ id: 'person-tiina-elo', name: 'Tiina Elo', titles: [] }],
            meetings: [
              {
                id: 'm1',
                bodyId: 'b1',
                name: r.title,
                date: r.date,
                number: r.number,
                document: 'minutes',
                attendance: [{ personId: 'person-tiina-elo', name: 'Tiina Elo', role: 'jäsen', group: 'member' }],
                files: [],
                provenance: prov,
                items: [0, 1].map((n) => ({
                  id: `m1-${n}`,
                  order: n,
                  number: r.number,
                  title: { fi: r.title },
                  caseRef: r.caseRef,
                  presenter: r.presenter,
                  preparers: [r.presenter],
                  sections: [
                    { kind: 'draftDecision' as const, title: 'Päätösehdotus', text: r.ptext },
                    { kind: 'proceedings' as const, title: 'Käsittely', text: r.section },
                  ],
                  proposals: [
                    {
                      id: `m1-${n}-p1`,
                      kind: 'amendment' as const,
                      proposer: r.proposer,
                      seconders: r.seconders,
                      text: r.ptext,
                    },
                  ],
                  votes: [
                    {
                      id: `m1-${n}-v1`,
                      proposalId: `m1-${n}-p1`,
                      counts: { jaa: r.jaa, ei: r.ei },
                      result: r.jaa >= r.ei ? ('rejected' as const) : ('approved' as const),
                      text: r.section,
                    },
                  ],
                  decision: { kind: 'approved-after-vote' as const, text: r.ptext },
                  disqualifications: [{ name: r.proposer, text: r.section }],
                  dissents: [{ name: r.presenter, text: r.ptext }],
                  attachments: [
                    { name: r.title, url: r.url, ...(r.mediaType ? { mediaType: r.mediaType } : {}), provenance: prov },
                  ],
                  history: [],
                  provenance: prov,
                })),
              },
            ],
            warnings: [],
          };
          const d = toMeetingDataset(doc);
          const parsed = parseMeetingDataset(JSON.parse(JSON.stringify(d)));
          if (!parsed.success) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
          const kept = JSON.stringify(d);
          // The proceedings text is never dropped.
          if (r.section.trim()) expect(kept).toContain(JSON.stringify(r.section).slice(1, -1));
          expect(Object.prototype).not.toHaveProperty('x');
        },
      ),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
