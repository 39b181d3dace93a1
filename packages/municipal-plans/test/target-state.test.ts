import { describe, expect, it } from 'vitest';
import {
  compareProgrammes,
  comparisonDocument,
  esimerkkilaProgramme,
  examplePrograms,
  mallilaProgramme,
  renderMarkdown,
  testikylaProgramme,
  validateActionProgramme,
} from '../src/index.js';
import { clone, codes } from './helpers.js';

describe('validateActionProgramme', () => {
  it('the three fictional municipalities are valid', () => {
    for (const p of examplePrograms) expect(validateActionProgramme(p)).toMatchObject({ ok: true, issues: [] });
  });

  it('target below current, a gap without an action, duplicates and unassessed capabilities are errors', () => {
    const p = clone(mallilaProgramme);
    p.capabilities[0]!.target = 0;
    p.actions = p.actions.filter((a) => a.capability !== 'continuity');
    p.capabilities.push({ capability: 'interfaces', current: 0, target: 0 });
    p.actions.push({ ...p.actions[0]!, id: 'm-sig', capability: 'e-signatures' });
    expect(codes(validateActionProgramme(p))).toEqual([
      'capability.target-below-current',
      'capability.no-action',
      'capability.duplicate',
      'action.unassessed-capability',
    ]);
  });

  it('dates, unknown dependencies and cycles', () => {
    const p = clone(esimerkkilaProgramme);
    p.actions[0]!.end = '2026-04-01';
    p.actions[2]!.dependsOn = ['ghost'];
    p.actions[0]!.dependsOn = ['e-ep'];
    const r = validateActionProgramme(p);
    expect(r.issues.map((i) => [i.path.join('/'), i.code])).toEqual([
      ['actions/0/end', 'action.end-before-start'],
      ['actions/0/start', 'action.starts-before-dependency'],
      ['actions/2/dependsOn/0', 'action.unknown-dependency'],
      ['actions/0/dependsOn', 'action.cycle'],
      ['actions/1/dependsOn', 'action.cycle'],
    ]);
  });
});

describe('compareProgrammes: the network of municipalities side by side', () => {
  const c = compareProgrammes(examplePrograms);

  it('levels, spread, gaps and leaders per capability, from the programmes', () => {
    for (const row of c.capabilities) {
      const assessed = examplePrograms.flatMap((p) =>
        p.capabilities.filter((x) => x.capability === row.capability).map((x) => ({ id: p.municipality.id, ...x })),
      );
      expect(row.spread).toBe(
        Math.max(...assessed.map((a) => a.current)) - Math.min(...assessed.map((a) => a.current)),
      );
      expect(row.withGap).toEqual(
        assessed
          .filter((a) => a.target > a.current)
          .map((a) => a.id)
          .sort(),
      );
    }
    const interfaces = c.capabilities.find((r) => r.capability === 'interfaces')!;
    expect(interfaces.levels).toEqual({
      esimerkkila: { current: 0, target: 3, gap: 3 },
      mallila: { current: 0, target: 2, gap: 2 },
      testikyla: { current: 3, target: 4, gap: 1 },
    });
    expect(interfaces.jointActionSuggested).toBe(true);
    expect(interfaces.plannedCostEur).toBe(30000 + 15000 + 12000);
  });

  it('a municipality already at the others’ target is a leader; an unassessed capability is absent, not zero', () => {
    const em = c.capabilities.find((r) => r.capability === 'electronic-meetings')!;
    expect(em.leaders).toEqual(['testikyla']);
    const sig = c.capabilities.find((r) => r.capability === 'e-signatures')!;
    expect(sig.levels['mallila']).toBeUndefined();
    expect(sig.spread).toBe(1);
    expect(c.municipalities.map((m) => m.totalCostEur)).toEqual(
      examplePrograms.map((p) => p.actions.reduce((s, a) => s + a.costEur, 0)),
    );
  });

  it('a capability where only one municipality has a gap is not a joint action', () => {
    const only = compareProgrammes([
      testikylaProgramme,
      {
        ...mallilaProgramme,
        capabilities: mallilaProgramme.capabilities.map((x) => ({ ...x, target: x.current })),
        actions: [],
      },
    ]);
    expect(only.capabilities.filter((r) => r.jointActionSuggested)).toEqual([]);
  });

  it('the comparison document lists joint actions, in Finnish and Swedish', () => {
    const fi = renderMarkdown(comparisonDocument(c, 'fi'));
    expect(fi).toContain('Yhteiset toimenpiteet');
    expect(fi).toMatch(
      /Rajapinnat \(OParl, 6Aika\): kuilu kunnissa Esimerkkilän kunta, Mallilan kunta, Testikylän kaupunki/,
    );
    expect(renderMarkdown(comparisonDocument(c, 'sv'))).toContain('Gemensamma åtgärder');
  });
});
