import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  councilDecisionTosPlan,
  documentSchemaNames,
  exampleModel,
  importTaskClassificationCsv,
  meetingSystemChangeImpact,
  remoteMeetingDpia,
  toJsonSchema,
  type DocumentSchemaName,
} from '../src/index.js';
import { readFixture } from './helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validator = (name: DocumentSchemaName) =>
  ajv.getSchema(`https://digikokous.fi/schema/information-model/1.0/${name}.json`) ?? ajv.compile(toJsonSchema(name));

const examples: Record<DocumentSchemaName, unknown> = {
  InformationManagementModel: exampleModel,
  TosPlan: councilDecisionTosPlan,
  TaskClassification: { nodes: importTaskClassificationCsv(readFixture('jhs191/helsinki-functions.csv')).nodes },
  Dpia: remoteMeetingDpia,
  ProcessingCharacteristics: remoteMeetingDpia.characteristics,
  ChangeImpactAssessment: meetingSystemChangeImpact,
  ChangeDescription: meetingSystemChangeImpact.change,
};

describe('JSON Schema for every document type (validated with ajv, an independent validator)', () => {
  it.each(documentSchemaNames)('%s: the example validates', (name) => {
    const v = validator(name);
    const ok = v(examples[name]);
    expect(v.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(documentSchemaNames)('%s: unknown fields are rejected', (name) => {
    const v = validator(name);
    expect(v({ ...(examples[name] as object), unexpectedField: 1 })).toBe(false);
  });

  it('code lists are in the schema: publicity class 5 is rejected', () => {
    const plan = structuredClone(councilDecisionTosPlan) as unknown as {
      classes: { process: { restrictions: { publicityClass: number } } }[];
    };
    plan.classes[0]!.process.restrictions.publicityClass = 5;
    expect(validator('TosPlan')(plan)).toBe(false);
  });

  it('recursive actions are described: a nested action validates, a bad nested one does not', () => {
    const plan = structuredClone(councilDecisionTosPlan);
    const rec = plan.classes[0]!.process.actions[0]!.records![0]!;
    plan.classes[0]!.process.actions.push({
      id: 'n',
      actionClass: 'seuranta',
      actions: [{ id: 'n1', actionClass: 'seuranta', records: [{ ...rec, id: 'n1r' }] }],
    });
    expect(validator('TosPlan')(plan)).toBe(true);
    (plan.classes[0]!.process.actions.at(-1)!.actions![0]! as { actionClass: string }).actionClass = 'esittely';
    expect(validator('TosPlan')(plan)).toBe(false);
  });
});
