import { publicityStatuses, schemaNames } from '@digikokous/meeting-schema';
import { describe, expect, it } from 'vitest';
import {
  codesOf,
  councilDecisionTosPlan,
  meetingStatusToPublicityClass,
  publicityClassCodes,
  publicityClassToMeetingStatus,
  decisionProcessStages,
  decisionRecordDefaults,
  decisionRecordKinds,
  decisionStages,
  fromTosXml,
  toTosXml,
  validateTosPlan,
  type TosAction,
} from '../src/index.js';
import { xmllintValidate } from './helpers.js';

describe('the municipal decision-making process as example data', () => {
  it('stages run preparation → presentation → decision → notification → appeal → implementation → archiving', () => {
    expect(decisionProcessStages.map((s) => s.stage)).toEqual([...decisionStages]);
    expect(decisionStages).toEqual([
      'preparation',
      'presentation',
      'decision',
      'notification',
      'appeal',
      'implementation',
      'archiving',
    ]);
  });

  it('every record kind appears in some stage and is archived', () => {
    const used = new Set(decisionProcessStages.filter((s) => s.stage !== 'archiving').flatMap((s) => s.records));
    expect([...used].sort()).toEqual([...decisionRecordKinds].sort());
    expect(decisionProcessStages.at(-1)?.records.sort()).toEqual([...decisionRecordKinds].sort());
  });

  it('links each record to an existing meeting-schema document kind', () => {
    for (const k of decisionRecordKinds) expect(schemaNames).toContain(decisionRecordDefaults[k].meetingSchemaDocument);
  });

  it('publicity and retention defaults follow the TOS rules', () => {
    for (const k of decisionRecordKinds) {
      const d = decisionRecordDefaults[k];
      const plan = structuredClone(councilDecisionTosPlan);
      plan.classes[0]!.process.actions = [
        {
          id: 'a',
          actionClass: 'valmistelu',
          records: [{ id: 'r', recordClass: d.recordClass, restrictions: d.restrictions, retention: d.retention }],
        },
      ];
      expect(validateTosPlan(plan).issues).toEqual([]);
    }
    expect(decisionRecordDefaults.poytakirja.retention.period).toBe(-1);
    expect(decisionRecordDefaults.liite.restrictions.secrecyPeriod).toBe(25);
  });

  it('the TOS plan holds each stage’s action with its records, validates and exports valid XML', () => {
    const actions = councilDecisionTosPlan.classes[0]!.process.actions;
    const stageActions = decisionProcessStages
      .map((s) => s.actionClass)
      .filter((a): a is NonNullable<typeof a> => a !== null);
    for (const a of stageActions) expect(actions.map((x: TosAction) => x.actionClass)).toContain(a);
    const classes = actions.flatMap((a) => a.records ?? []).map((r) => r.recordClass);
    expect(new Set(classes)).toEqual(new Set(decisionRecordKinds.map((k) => decisionRecordDefaults[k].recordClass)));
    expect(validateTosPlan(councilDecisionTosPlan).ok).toBe(true);
    const xml = toTosXml(councilDecisionTosPlan);
    expect(xmllintValidate(xml).ok).toBe(true);
    expect(fromTosXml(xml).value).toEqual(councilDecisionTosPlan);
  });
});

describe('publicity class ↔ meeting-schema publicity status', () => {
  it('is a bijection onto the meeting-schema code list', () => {
    const mapped = codesOf(publicityClassCodes).map(publicityClassToMeetingStatus);
    expect([...mapped].sort()).toEqual([...publicityStatuses].sort());
    for (const c of codesOf(publicityClassCodes))
      expect(meetingStatusToPublicityClass(publicityClassToMeetingStatus(c))).toBe(c);
    expect(publicityClassToMeetingStatus(2)).toBe('osittain-salassa-pidettava');
  });
});
