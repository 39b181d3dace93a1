import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { schemaNames, toJSONSchema, type SchemaName } from '../src/index.js';
import * as fx from '../src/fixtures/index.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const dir = fileURLToPath(new URL('../json-schema/', import.meta.url));

/** The files written at build time (`npm run build` runs before the tests in CI). */
function load(name: SchemaName): Record<string, unknown> {
  const file = `${dir}${name}.json`;
  if (!existsSync(file)) throw new Error(`${file} missing: run npm run build -w @digikokous/meeting-schema first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function validator(name: SchemaName) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(load(name));
}

const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** The council minutes with the optional written-minutes fields filled in. */
function writtenMinutes() {
  const para = (text: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }];
  const m = structuredClone(fx.councilMinutes);
  m.language = 'sv';
  m.legalityAndQuorum.text = { fi: para('Kokous todettiin päätösvaltaiseksi.'), sv: para('Beslutfört.') };
  for (const it of m.items) it.proceedings = { fi: para('Ehdotusta kannatettiin.'), sv: para('Understöddes.') };
  return m;
}

describe('generated JSON Schema files', () => {
  it.each(schemaNames)('%s.json is current and compiles under draft 2020-12', (name) => {
    expect(load(name)).toEqual(json(toJSONSchema(name)));
    expect(load(name).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => validator(name)).not.toThrow();
  });

  const good: [SchemaName, string, unknown][] = [
    ['Organisation', 'organisation', fx.organisation],
    ['Municipality', 'municipality', fx.municipality],
    ['Body', 'council', fx.council],
    ['Person', 'people[0]', fx.people[0]],
    ['Membership', 'memberships[0]', fx.memberships[0]],
    ['Meeting', 'councilMeeting', fx.councilMeeting],
    ['Meeting', 'executiveMeeting', fx.executiveMeeting],
    ['Meeting', 'electronicProcedureMeeting', fx.electronicProcedureMeeting],
    ['AgendaItem', 'councilItems[8]', fx.councilItems[8]],
    ['MeetingLog', 'councilMeetingLog', fx.councilMeetingLog],
    ['MeetingEvent', 'councilMeetingLog.events[0]', fx.councilMeetingLog.events[0]],
    ['Minutes', 'councilMinutes', fx.councilMinutes],
    ['Minutes', 'executiveMinutes', fx.executiveMinutes],
    ['Minutes', 'councilMinutes with written proceedings, legality text and language', writtenMinutes()],
    ['MeetingLog', 'executiveMeetingLog', fx.executiveMeetingLog],
    ['Vote', 'a vote', fx.councilMinutes.items.find((i) => i.votes.length)?.votes[0]],
    ['Election', 'an election', fx.councilMinutes.items.find((i) => i.elections.length)?.elections[0]],
    ['Election', 'proportionalElection', fx.proportionalElection],
    ['Decision', 'a decision', fx.councilMinutes.items[0]?.decision],
    ['Publicity', 'socialWelfareSecrecy', fx.socialWelfareSecrecy],
    ['Case', 'cases[0]', fx.cases[0]],
    ['Case', 'the confidential case', fx.cases.find((c) => c.publicity.status !== 'julkinen')],
  ];
  it.each(good)('ajv accepts %s fixture %s', (name, _label, data) => {
    const v = validator(name);
    const ok = v(json(data));
    expect(v.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const bad: [SchemaName, string, unknown, string][] = [
    ['Person', 'a hetu key', { ...fx.people[0], hetu: '010101-123N' }, 'additionalProperties'],
    ['Publicity', 'confidential without a basis', { status: 'salassa-pidettava' }, 'required'],
    ['Minutes', 'minutes in German', { ...writtenMinutes(), language: 'de' }, 'enum'],
    [
      'MeetingEvent',
      'an instant without offset',
      { ...fx.councilMeetingLog.events[0], at: '2026-06-15T18:00:00' },
      'format',
    ],
    ['MeetingEvent', 'an unknown event type', { ...fx.councilMeetingLog.events[0], type: 'meeting-exploded' }, 'const'],
    [
      'Vote',
      'a ballot option maybe',
      {
        ...fx.councilMinutes.items.find((i) => i.votes.length)?.votes[0],
        ballots: [{ personId: 'p001', option: 'maybe' }],
      },
      'enum',
    ],
    [
      'Decision',
      'raw HTML',
      { ...fx.councilMinutes.items[0]?.decision, text: { fi: [{ type: 'html', html: '<b>x</b>' }] } },
      'const',
    ],
    ['Membership', 'an unknown role', { ...fx.memberships[0], role: 'king' }, 'enum'],
    ['Meeting', 'a missing body', (({ bodyId: _b, ...m }) => m)(fx.councilMeeting), 'required'],
  ];
  it.each(bad)('ajv rejects %s with %s', (name, _label, data, keyword) => {
    const v = validator(name);
    expect(v(json(data))).toBe(false);
    expect((v.errors ?? []).map((e: ErrorObject) => e.keyword)).toContain(keyword);
  });
});
