import { describe, expect, it } from 'vitest';
import {
  exampleModel,
  impactChecklist,
  impactChapters,
  meetingSystemChangeImpact,
  remoteMeetingDpia,
  validateChangeImpactAssessment,
  type ChangeDescription,
} from '../src/index.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('impactChecklist (Tiedonhallintalaki 906/2019 5 § 3 mom)', () => {
  it('introducing an electronic meeting system affects all six chapters', () => {
    const cl = impactChecklist(meetingSystemChangeImpact.change, exampleModel);
    expect(cl.affectedChapters).toEqual([...impactChapters]);
    for (const item of cl.items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.law).toMatch(/906\/2019/);
    }
  });

  it('a reform without system or data changes touches only responsibilities', () => {
    const change: ChangeDescription = { title: 'Lautakuntien yhdistäminen', trigger: 'reform', characteristics: {} };
    const cl = impactChecklist(change);
    expect(cl.affectedChapters).toEqual(['responsibilities']);
    expect(cl.modelUpdates.map((u) => u.kind)).toEqual(['assignResponsibility']);
  });

  it('lists concrete model updates against the current model', () => {
    const before = clone(exampleModel);
    before.systems = before.systems.filter((s) => s.id !== 'jarjestelma-kokous');
    before.resources.forEach((r) => (r.systemIds = (r.systemIds ?? []).filter((x) => x !== 'jarjestelma-kokous')));
    before.securityMeasures.forEach((m) => (m.appliesTo = m.appliesTo.filter((x) => x !== 'jarjestelma-kokous')));
    const cl = impactChecklist(meetingSystemChangeImpact.change, before);
    const kinds = cl.modelUpdates.map((u) => `${u.kind}:${u.targetId ?? ''}`);
    expect(kinds).toContain('addSystem:jarjestelma-kokous');
    expect(kinds).toContain('linkResourceToSystem:varanto-kokousaineisto');
    expect(kinds).toContain('linkResourceToSystem:varanto-asiarekisteri');
    expect(kinds).toContain('addSecurityMeasure:jarjestelma-kokous');
    expect(kinds).toContain('screenDpia:');
    // After the change the model already has the system and its logging: those updates disappear.
    const after = impactChecklist(meetingSystemChangeImpact.change, exampleModel).modelUpdates.map((u) => u.kind);
    expect(after).not.toContain('addSystem');
    expect(after).not.toContain('addSecurityMeasure');
  });

  it('reports ids unknown to the model', () => {
    const change = clone(meetingSystemChangeImpact.change);
    change.affectedProcessIds = ['prosessi-olematon'];
    expect(impactChecklist(change, exampleModel).issues.map((i) => i.path.join('.'))).toEqual(['affectedProcessIds.0']);
  });

  it('bad input gives issues, not an exception', () => {
    expect(impactChecklist({ title: '', trigger: 'x' } as unknown as ChangeDescription).issues.length).toBeGreaterThan(
      0,
    );
  });
});

describe('validateChangeImpactAssessment', () => {
  it('the example for introducing an electronic meeting system validates without warnings', () => {
    const r = validateChangeImpactAssessment(meetingSystemChangeImpact, exampleModel);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(meetingSystemChangeImpact.dpiaId).toBe(remoteMeetingDpia.id);
  });
  it('an affected chapter assessed as unaffected is an error with its path', () => {
    const a = clone(meetingSystemChangeImpact);
    a.securityImpact.affected = false;
    const r = validateChangeImpactAssessment(a, exampleModel);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'change.chapter.unassessed', path: ['securityImpact', 'affected'] });
    expect(r.issues[0]?.message.fi).toMatch(/Tietoturvallisuuden/);
    expect(r.issues[0]?.message.en).toMatch(/security/);
  });
  it('missing model updates are warnings; a needed DPIA without reference is an error', () => {
    const a = clone(meetingSystemChangeImpact);
    a.modelUpdates = a.modelUpdates.filter((u) => u.kind !== 'updateTos');
    delete a.dpiaId;
    const r = validateChangeImpactAssessment(a, exampleModel);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['change.modelUpdate.missing', 'warning'],
      ['change.dpia.missing', 'error'],
    ]);
  });
});
