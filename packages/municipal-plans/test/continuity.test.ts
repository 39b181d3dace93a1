import { describe, expect, it } from 'vitest';
import { continuityPlanDocument, exampleContinuityPlan, renderMarkdown, validateContinuityPlan } from '../src/index.js';
import { clone, codes } from './helpers.js';

describe('validateContinuityPlan (Tiedonhallintalaki 13 a §, KL 90 § 3 mom)', () => {
  it('the Esimerkkilä example is valid and covers the seven scenarios of the issue', () => {
    const r = validateContinuityPlan(exampleContinuityPlan);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(new Set(exampleContinuityPlan.scenarios.map((s) => s.kind)).size).toBe(7);
  });

  it('a missing scenario is an error; the required list is configurable', () => {
    const p = clone(exampleContinuityPlan);
    p.scenarios = p.scenarios.filter((s) => s.kind !== 'power-failure');
    p.exercises = p.exercises.map((e) => ({ ...e, scenarioIds: e.scenarioIds.filter((id) => id !== 'power') }));
    expect(codes(validateContinuityPlan(p))).toEqual(['scenario.missing']);
    expect(validateContinuityPlan(p, { requiredScenarios: ['network-or-video-outage'] }).ok).toBe(true);
  });

  it('KL 100 § 1 mom: the electronic procedure is never a fallback for the council', () => {
    const p = clone(exampleContinuityPlan);
    p.localRules.electronicProcedureBodies.push('valtuusto');
    const r = validateContinuityPlan(p);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ path: ['localRules', 'electronicProcedureBodies'], code: 'kl100.council' });
    expect(r.issues[0]!.message.sv).toContain('100 §');
  });

  it('KL 100 §: the electronic procedure is a fallback only where the hallintosääntö allows it', () => {
    const p = clone(exampleContinuityPlan);
    p.localRules.electronicProcedureBodies = [];
    const r = validateContinuityPlan(p);
    expect(codes(r)).toEqual(['kl100.not-allowed', 'kl100.not-allowed']);
    expect(r.issues[0]!.path).toEqual(['scenarios', 2, 'fallbacks', 2, 'kind']);
  });

  it('the secretary records ballots on behalf of members only where the rules allow it, as the engine’s onBehalfOf says', () => {
    const p = clone(exampleContinuityPlan);
    expect(p.scenarios[0]!.fallbacks.some((f) => f.kind === 'secretary-records-ballots')).toBe(true);
    expect(validateContinuityPlan(p, { procedureRules: {} }).ok).toBe(true); // default onBehalfOf: ['secretary']
    p.localRules.secretaryMayRecordBallots = false;
    expect(codes(validateContinuityPlan(p))).toEqual(['ballots.on-behalf-not-allowed']);
    // The plan says yes, the engine says no: the plan would promise a fallback the system refuses.
    const q = clone(exampleContinuityPlan);
    const r = validateContinuityPlan(q, { procedureRules: { onBehalfOf: [] } });
    expect(codes(r)).toEqual(['ballots.on-behalf-mismatch']);
    expect(r.issues[0]!.message.en).toContain('do not allow');
  });

  it('THL 13 a §: members and the public are told in every scenario; no committed event may be lost', () => {
    const p = clone(exampleContinuityPlan);
    p.scenarios[1]!.communication = p.scenarios[1]!.communication.filter((c) => c.audience !== 'public');
    p.scenarios[2]!.recovery.committedEventsLost = 1;
    const r = validateContinuityPlan(p);
    expect(r.issues.map((i) => [i.path.join('/'), i.code])).toEqual([
      ['scenarios/1/communication', 'communication.public'],
      ['scenarios/2/recovery/committedEventsLost', 'recovery.data-loss'],
    ]);
  });

  it('unknown kit controls and exercises of unknown scenarios are errors; an unexercised scenario is a warning', () => {
    const p = clone(exampleContinuityPlan);
    p.scenarios[0]!.kitControls.push('procedure.made-up');
    p.exercises[0]!.scenarioIds.push('nope');
    expect(codes(validateContinuityPlan(p))).toEqual(['control.unknown', 'exercise.unknown-scenario']);
    const q = clone(exampleContinuityPlan);
    const late = validateContinuityPlan(q, { asOf: '2027-02-01' });
    // The February 2026 exercise is within 12 months; the September one has happened by then only if completed.
    expect(late.ok).toBe(true);
    expect(late.issues.map((i) => i.path.join('/'))).toEqual([
      'scenarios/1',
      'scenarios/4',
      'scenarios/5',
      'scenarios/6',
    ]);
    expect(late.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('never throws on hostile input and names the path', () => {
    for (const bad of [null, 42, 'x', [], { schemaVersion: '2.0' }, JSON.parse('{"__proto__":{"x":1}}')]) {
      const r = validateContinuityPlan(bad);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateContinuityPlan(proxy).ok).toBe(false);
    const p = clone(exampleContinuityPlan) as unknown as { scenarios: { recovery: { timeMinutes: unknown } }[] };
    p.scenarios[3]!.recovery.timeMinutes = -5;
    expect(validateContinuityPlan(p).issues[0]!.path).toEqual(['scenarios', 3, 'recovery', 'timeMinutes']);
  });

  it('the document names the fallbacks’ legal limits and the kit properties the plan rests on', () => {
    const fi = renderMarkdown(continuityPlanDocument(exampleContinuityPlan, 'fi'));
    const sv = renderMarkdown(continuityPlanDocument(exampleContinuityPlan, 'sv'));
    expect(fi).toContain('vähintään 4 päivää ennen kokousta (KL 94 § 4 mom)');
    expect(fi).toContain('ei koskaan valtuustolle');
    expect(fi).toContain('packages/procedure/test/replay.test.ts');
    expect(sv).toContain('Beredskaps- och kontinuitetsplan');
    expect(sv).toContain('aldrig av fullmäktige');
  });
});
