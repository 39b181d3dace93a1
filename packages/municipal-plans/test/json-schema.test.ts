import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  esimerkkilaProgramme,
  exampleAccessibilityRequirements,
  exampleContinuityPlan,
  exampleMeetingRules,
  examplePublicationRules,
  exampleSecurityGuidance,
  exampleStatementSettings,
  planJsonSchema,
  planSchemaNames,
  type PlanSchemaName,
} from '../src/index.js';
import { defaultProcedureRules } from '@digikokous/procedure';

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validator = (name: PlanSchemaName) =>
  ajv.getSchema(`https://digikokous.fi/schema/municipal-plans/1.0/${name}.json`) ?? ajv.compile(planJsonSchema(name));

const examples: Record<PlanSchemaName, unknown> = {
  ContinuityPlan: exampleContinuityPlan,
  RemoteMeetingSecurityGuidance: exampleSecurityGuidance,
  ActionProgramme: esimerkkilaProgramme,
  AccessibilityRequirements: exampleAccessibilityRequirements,
  AccessibilityStatementSettings: exampleStatementSettings,
  PublicationRules: examplePublicationRules,
  MeetingRules: exampleMeetingRules,
  ProcedureRules: { ...defaultProcedureRules },
};

describe('JSON Schema for every document type (validated with ajv, an independent validator)', () => {
  it.each(planSchemaNames)('%s: the example validates', (name) => {
    const v = validator(name);
    const ok = v(examples[name]);
    expect(v.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it.each(planSchemaNames)('%s: unknown fields are rejected', (name) => {
    expect(validator(name)({ ...(examples[name] as object), unexpected: true })).toBe(false);
  });
});
