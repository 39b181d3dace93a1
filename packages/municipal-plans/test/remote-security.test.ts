import { DEFAULT_LOA_POLICY } from '@digikokous/security';
import { describe, expect, it } from 'vitest';
import {
  exampleSecurityGuidance,
  kitAssurance,
  renderMarkdown,
  securityGuidanceDocument,
  validateRemoteMeetingSecurityGuidance,
} from '../src/index.js';
import { clone, codes } from './helpers.js';

describe('validateRemoteMeetingSecurityGuidance', () => {
  it('the Esimerkkilä example is valid and every topic has a rule', () => {
    expect(validateRemoteMeetingSecurityGuidance(exampleSecurityGuidance)).toMatchObject({ ok: true, issues: [] });
  });

  it('DPL 306/2019 6 § 2 mom: confidential material needs strong identification (substantial or high)', () => {
    const g = clone(exampleSecurityGuidance);
    g.assurance[4]!.level = 'low';
    const r = validateRemoteMeetingSecurityGuidance(g);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ path: ['assurance', 4, 'level'], code: 'assurance.too-low' });
    expect(r.issues[0]!.message.fi).toContain('Digipalvelulaki 6 § 2 mom');
  });

  it('the guidance may not promise less than the kit enforces, and a stricter promise the kit does not enforce is a warning', () => {
    const g = clone(exampleSecurityGuidance);
    g.assurance[3]!.level = 'high';
    const r = validateRemoteMeetingSecurityGuidance(g);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['assurance.above-kit', 'warning']]);
    const strict = validateRemoteMeetingSecurityGuidance(g, { kitPolicy: { ...DEFAULT_LOA_POLICY, vote: 'high' } });
    expect(strict.issues).toEqual([]);
    const looser = validateRemoteMeetingSecurityGuidance(exampleSecurityGuidance, {
      kitPolicy: { ...DEFAULT_LOA_POLICY, confidential: 'high' },
    });
    expect(codes(looser)).toEqual(['assurance.below-kit']);
  });

  it('a missing topic, a missing use and an unknown kit control are errors', () => {
    const g = clone(exampleSecurityGuidance);
    g.rules = g.rules.filter((r) => r.topic !== 'devices');
    g.assurance = g.assurance.filter((a) => a.use !== 'speak');
    const kitRule = g.rules.find((r) => r.enforcement.by === 'kit')!;
    if (kitRule.enforcement.by === 'kit') kitRule.enforcement.controls.push('security.does-not-exist');
    expect(codes(validateRemoteMeetingSecurityGuidance(g))).toEqual([
      'topic.missing',
      'assurance.missing',
      'control.unknown',
    ]);
  });

  it('the kit-enforced levels come from the security package’s own policy', () => {
    const rows = kitAssurance();
    expect(rows.find((r) => r.use === 'vote')).toEqual({ use: 'vote', level: DEFAULT_LOA_POLICY.vote, enforced: true });
    expect(rows.find((r) => r.use === 'follow-public')!.enforced).toBe(false);
    expect(
      kitAssurance({ join: 'high', vote: 'high', confidential: 'high' }).find((r) => r.use === 'speak')!.level,
    ).toBe('high');
  });

  it('the document says per rule who enforces it, naming the function and the test', () => {
    const fi = renderMarkdown(securityGuidanceDocument(exampleSecurityGuidance, 'fi'));
    expect(fi).toContain('@digikokous/security decideAccess');
    expect(fi).toContain('packages/security/test/confidentiality.test.ts');
    expect(fi).toContain('Organisaation vastuu (Luottamushenkilö)');
    expect(renderMarkdown(securityGuidanceDocument(exampleSecurityGuidance, 'sv'))).toContain('Systemet upprätthåller');
  });
});
