import { beforeAll, describe, expect, it } from 'vitest';
import { importCaseM } from '../src/casem.js';
import { importDynasty } from '../src/dynasty.js';
import type { InteropDocument } from '../src/model.js';
import { toOParl, type OParlExport, type OParlObject } from '../src/oparl.js';
import { toOpenDecisionApi } from '../src/openDecision.js';
import { importTweb } from '../src/tweb.js';
import { fixtureFiles, fixtureJson, oparlValidator, openDecisionValidator, OPEN_DECISION_KINDS } from './helpers.js';

const docs: Record<string, InteropDocument> = {};
beforeAll(async () => {
  docs.dynasty = importDynasty(await fixtureFiles('dynasty'));
  docs.casem = importCaseM(await fixtureFiles('casem'));
  docs.tweb = await importTweb(await fixtureFiles('tweb'));
});

const typeName = (o: OParlObject): string => o.type.replace('https://schema.oparl.org/1.1/', '');

function allObjects(e: OParlExport): OParlObject[] {
  return [e.system, e.body, ...e.organizations, ...e.persons, ...e.memberships, ...e.meetings, ...e.papers, ...e.files];
}

describe('OParl 1.1 export', () => {
  it('the validator rejects the official Meeting example, whose AgendaItem lacks the required order', async () => {
    const ajv = await oparlValidator();
    const meeting = await fixtureJson('oparl/examples/Meeting-01.json');
    expect(ajv.validate('Meeting.json', meeting)).toBe(false);
    expect(JSON.stringify(ajv.errors)).toContain('order');
    // …and accepts the official Body example.
    expect(ajv.validate('Body.json', await fixtureJson('oparl/examples/Body-01.json'))).toBe(true);
  });

  for (const system of ['dynasty', 'casem', 'tweb'] as const) {
    it(`every object exported from the ${system} fixtures validates against its official schema`, async () => {
      const ajv = await oparlValidator();
      const out = toOParl(docs[system] as InteropDocument, {
        baseUrl: 'https://kunta.example/oparl/v1',
        municipality: 'Testikunta',
        modified: '2026-01-01T00:00:00+02:00',
      });
      const objects = allObjects(out);
      expect(out.meetings.length).toBe(docs[system]?.meetings.length);
      for (const o of objects) {
        const ok = ajv.validate(`${typeName(o)}.json`, o);
        if (!ok) throw new Error(`${o.id}: ${JSON.stringify(ajv.errors)}`);
      }
      const items = out.meetings.flatMap((m) => m.agendaItem as OParlObject[]);
      expect(items.length).toBe(docs[system]?.meetings.reduce((n, m) => n + m.items.length, 0));
      for (const item of items) expect(item.order).toEqual(expect.any(Number));
    });
  }

  it('carries § 127 votes into resolutionText and the structured data into vendor properties', () => {
    const out = toOParl(docs.dynasty as InteropDocument);
    const m = out.meetings.find((x) => String(x.id).endsWith('/dynasty-2017406946')) as OParlObject;
    const item = (m.agendaItem as OParlObject[]).find((i) => i.number === '127') as OParlObject;
    expect(item.result).toBe('Hyväksytty muutettuna');
    expect(item.resolutionText).toContain('Äänestys (jaa 3, ei 11, tyhjää 1): ehdotus hyväksyttiin.');
    expect((item['digikokous:votes'] as unknown[]).length).toBe(5);
    expect((item['digikokous:proposals'] as unknown[]).length).toBe(9);
    expect(m.start).toBe('2017-05-08T15:30:00+03:00');
    expect(m.resultsProtocol).toMatchObject({ accessUrl: 'http://espoo04.hosting.documenta.fi/kokous/2017406946.PDF' });
    expect(
      (m['digikokous:attendance'] as { arrivedAt?: string }[]).some((a) => a.arrivedAt === '2017-05-08T16:53:00+03:00'),
    ).toBe(true);
  });

  it('writes Swedish names through the vendor extension', async () => {
    const ajv = await oparlValidator();
    const doc = structuredClone(docs.dynasty as InteropDocument);
    const body = doc.bodies[0];
    if (body) body.name.sv = 'Stadsstyrelsen';
    const org = toOParl(doc).organizations[0] as OParlObject;
    expect(org['digikokous:nameSv']).toBe('Stadsstyrelsen');
    expect(ajv.validate('Organization.json', org)).toBe(true);
  });
});

describe('6Aika Open Decision API export', () => {
  const KINDS = OPEN_DECISION_KINDS;

  it('the closed definitions reject fields the API does not define', async () => {
    const { ajv } = await openDecisionValidator();
    expect(ajv.validate('paatos#/definitions/Event', { id: 1, name: 'x', nonsense: true })).toBe(false);
    expect(ajv.validate('paatos#/definitions/Vote_count', { option: 'yes' })).toBe(false);
  });

  for (const system of ['dynasty', 'casem', 'tweb'] as const) {
    it(`every resource exported from the ${system} fixtures matches the Swagger definitions`, async () => {
      const { ajv, definitions } = await openDecisionValidator();
      const out = toOpenDecisionApi(docs[system] as InteropDocument, { modified: '2026-01-01T00:00:00+02:00' });
      for (const [key, def] of Object.entries(KINDS)) {
        expect(definitions).toContain(def);
        for (const r of out[key as keyof typeof KINDS]) {
          if (!ajv.validate(`paatos#/definitions/${def}`, r))
            throw new Error(`${key} ${JSON.stringify(r).slice(0, 200)}: ${JSON.stringify(ajv.errors)}`);
        }
      }
      expect(out.events.length).toBe(docs[system]?.meetings.length);
    });
  }

  it('exports the § 127 votes as vote events with Popolo counts', () => {
    const out = toOpenDecisionApi(docs.dynasty as InteropDocument);
    const v = out.vote_events.filter((x) => String(x.identifier).startsWith('§ 127'));
    expect(v.map((x) => x.counts)).toEqual([
      [
        { option: 'yes', value: 9 },
        { option: 'no', value: 6 },
      ],
      [
        { option: 'yes', value: 3 },
        { option: 'no', value: 11 },
        { option: 'abstain', value: 1 },
      ],
      [
        { option: 'yes', value: 8 },
        { option: 'no', value: 7 },
      ],
      [
        { option: 'yes', value: 10 },
        { option: 'no', value: 5 },
      ],
      [
        { option: 'yes', value: 10 },
        { option: 'no', value: 1 },
      ],
    ]);
    expect(v.map((x) => x.result)).toEqual(['fail', 'pass', 'fail', 'fail', 'fail']);
    const action = out.actions.find((a) => a.origin_id === 'dynasty-2017406946-3');
    expect(action).toMatchObject({ article_number: '127', resolution: 'PASSED_MODIFIED' });
    const types = (action?.contents as { type: string }[]).map((c) => c.type);
    expect(types).toEqual(expect.arrayContaining(['proposal', 'proceedings', 'decision', 'presenter']));
    expect(out.cases.find((c) => c.register_id === '730/2017')).toBeTruthy();
  });

  it('escapes text into the restricted hypertext', () => {
    const doc = structuredClone(docs.dynasty as InteropDocument);
    const it0 = doc.meetings.find((m) => m.items.length)?.items[0];
    if (it0) it0.sections = [{ kind: 'decision', title: 'Päätös', text: '<script>x</script> & y\n\ntoinen' }];
    const action = toOpenDecisionApi(doc).actions.find((a) => a.origin_id === it0?.id);
    expect((action?.contents as { hypertext: string }[])[0]?.hypertext).toBe(
      '<p>&lt;script&gt;x&lt;/script&gt; &amp; y</p><p>toinen</p>',
    );
  });
});
