import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as codes from '../src/codes.js';
import { ConfidentialityBasisSchema } from '../src/publicity.js';

const lists: [string, readonly string[], Readonly<Record<string, codes.CodeLabel>>][] = [
  ['bodyKinds', codes.bodyKinds, codes.bodyKindLabels],
  ['roles', codes.roles, codes.roleLabels],
  ['proposalKinds', codes.proposalKinds, codes.proposalKindLabels],
  ['voteOptions', codes.voteOptions, codes.voteOptionLabels],
  ['voteMethods', codes.voteMethods, codes.voteMethodLabels],
  ['electionKinds', codes.electionKinds, codes.electionKindLabels],
  ['decisionKinds', codes.decisionKinds, codes.decisionKindLabels],
  ['disqualificationGrounds', codes.disqualificationGrounds, codes.disqualificationGroundLabels],
  ['secrecyGrounds', codes.secrecyGrounds, codes.secrecyGroundLabels],
  ['appealKinds', codes.appealKinds, codes.appealKindLabels],
  ['remedyKinds', codes.remedyKinds, codes.remedyKindLabels],
  ['appealProhibitionGrounds', codes.appealProhibitionGrounds, codes.appealProhibitionGroundLabels],
  ['baseProposalSources', codes.baseProposalSources, codes.baseProposalSourceLabels],
  ['meetingModes', codes.meetingModes, codes.meetingModeLabels],
  ['meetingStates', codes.meetingStates, codes.meetingStateLabels],
  ['publicityStatuses', codes.publicityStatuses, codes.publicityStatusLabels],
  ['attendanceModes', codes.attendanceModes, codes.attendanceModeLabels],
  ['speechKinds', codes.speechKinds, codes.speechKindLabels],
  ['dissentBases', codes.dissentBases, codes.dissentBasisLabels],
  ['signatureRoles', codes.signatureRoles, codes.signatureRoleLabels],
  ['meetingEventTypes', codes.meetingEventTypes, codes.meetingEventTypeLabels],
];

describe('code lists', () => {
  it.each(lists)('%s: unique ASCII codes, each with fi, sv and en labels', (_name, list, labels) => {
    expect(new Set(list).size).toBe(list.length);
    for (const code of list) {
      expect(code).toMatch(/^[a-z0-9-]+$/);
      const label = labels[code];
      expect(label?.fi.length).toBeGreaterThan(0);
      expect(label?.sv.length).toBeGreaterThan(0);
      expect(label?.en.length).toBeGreaterThan(0);
    }
    expect(Object.keys(labels).sort()).toEqual([...list].sort());
  });
  it('JulkL 24 § 1 mom. has points 1–32 and 31 a–b, with the citation format of the security rules', () => {
    const printed = [...Array.from({ length: 31 }, (_, i) => String(i + 1)), '31 a', '31 b', '32'];
    expect(codes.secrecyGrounds).toHaveLength(34);
    expect(codes.secrecyGrounds.map(codes.secrecyGroundPointLabel)).toEqual(printed);
    expect(codes.secrecyGroundCitation('julkl-24-1-25')).toBe('JulkL 24 § 1 mom. 25 k');
    expect(codes.secrecyGrounds.map(codes.secrecyGroundCitation)).toEqual(
      printed.map((p) => `JulkL 24 § 1 mom. ${p} k`),
    );
    expect(codes.secrecyGrounds.map(codes.secrecyGroundPoint)).toEqual([
      ...Array.from({ length: 31 }, (_, i) => i + 1),
      31,
      31,
      32,
    ]);
    expect(codes.isPrivateLifeGround('julkl-24-1-24')).toBe(true);
    expect(codes.isPrivateLifeGround('julkl-24-1-23')).toBe(false);
  });
  it('31 a and 31 b come after 31 and before 32, print as "31 a", and no unconfirmed 31 c is offered', () => {
    const i31 = codes.secrecyGrounds.indexOf('julkl-24-1-31');
    expect(codes.secrecyGrounds.slice(i31, i31 + 4)).toEqual([
      'julkl-24-1-31',
      'julkl-24-1-31a',
      'julkl-24-1-31b',
      'julkl-24-1-32',
    ]);
    expect(codes.secrecyGroundPointLabel('julkl-24-1-31a')).toBe('31 a');
    expect(codes.secrecyGroundPointLabel('julkl-24-1-31b')).toBe('31 b');
    expect(codes.secrecyGroundPointLabel('julkl-24-1-7')).toBe('7');
    expect(codes.secrecyGroundCitation('julkl-24-1-31a')).toBe('JulkL 24 § 1 mom. 31 a k');
    expect(codes.secrecyGroundCitation('julkl-24-1-31b')).toBe('JulkL 24 § 1 mom. 31 b k');
    expect(codes.secrecyGroundPoint('julkl-24-1-31b')).toBe(31);
    expect((codes.secrecyGrounds as readonly string[]).includes('julkl-24-1-31c')).toBe(false);
  });
  it('every secrecy ground has non-empty, distinct fi, sv and en labels', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const seen = new Set<string>();
      for (const ground of codes.secrecyGrounds) {
        const label = codes.secrecyGroundLabels[ground][lang];
        expect(label.trim().length, `${ground} ${lang}`).toBeGreaterThan(0);
        expect(label, `${ground} ${lang}`).toBe(label.trim());
        expect(seen.has(label), `duplicate ${lang} label ${label}`).toBe(false);
        seen.add(label);
      }
    }
    expect(codes.labelOf(codes.secrecyGroundLabels, 'julkl-24-1-31b', 'se')).toBe(
      codes.secrecyGroundLabels['julkl-24-1-31b'].fi,
    );
  });
  it('points 24–32, including 31 a and 31 b, protect private life (JulkL 31 §); 1–23 do not', () => {
    const privateLife = codes.secrecyGrounds.filter(codes.isPrivateLifeGround);
    expect(privateLife.map(codes.secrecyGroundPointLabel)).toEqual([
      '24',
      '25',
      '26',
      '27',
      '28',
      '29',
      '30',
      '31',
      '31 a',
      '31 b',
      '32',
    ]);
    for (const ground of codes.secrecyGrounds) {
      expect(codes.isPrivateLifeGround(ground)).toBe(codes.secrecyGroundPoint(ground) >= 24);
    }
  });
  it('disqualification grounds cite HL 28 § 1 mom. 1–7 k in order', () => {
    expect(codes.disqualificationGrounds.map((g) => codes.disqualificationGroundCitations[g])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((k) => `HL 28 § 1 mom. ${k} k`),
    );
  });
  it('labelOf reads the requested language and falls back to Finnish for Sámi', () => {
    expect(codes.labelOf(codes.voteOptionLabels, 'tyhja', 'fi')).toBe('tyhjä');
    expect(codes.labelOf(codes.voteOptionLabels, 'jaa', 'sv')).toBe('ja');
    expect(codes.labelOf(codes.voteOptionLabels, 'ei', 'se')).toBe('ei');
  });
});

/** Follows the runtime (non-type) imports of a built module and returns every bare specifier reached. */
function runtimeDeps(entry: string): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec));
      else bare.add(spec);
    }
    for (const m of src.matchAll(/^\s*import\s+'([^']+)'/gm)) bare.add(m[1] as string);
  }
  return bare;
}

describe('browser entry points do not load zod', () => {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  it.each(['codes.js', 'identity-codes.js', 'fixtures/index.js'])('dist/%s', (entry) => {
    const file = join(dist, entry);
    expect(existsSync(file), 'run the build first').toBe(true);
    const deps = runtimeDeps(file);
    expect([...deps]).not.toContain('zod');
    expect([...deps].filter((d) => !d.startsWith('node:'))).toEqual([]);
  });
  it('the main entry does load zod (so the check above can fail)', () => {
    expect([...runtimeDeps(join(dist, 'index.js'))]).toContain('zod');
  });
});

describe('a confidentiality basis with an inserted point (JulkL 24 § 1 mom. 31 a)', () => {
  const basis = {
    law: 'JulkL',
    section: '24',
    subsection: 1,
    point: 31,
    ground: 'julkl-24-1-31a',
    citation: 'JulkL 24 § 1 mom. 31 a k',
  };

  it('is accepted with point 31 and the 31 a ground', () => {
    expect(ConfidentialityBasisSchema.safeParse(basis).success).toBe(true);
  });

  it('a mismatch names the ground as printed, 31 a, not 31', () => {
    const r = ConfidentialityBasisSchema.safeParse({ ...basis, point: 32 });
    expect(r.success).toBe(false);
    const text = JSON.stringify(r.error?.issues);
    expect(text).toContain('JulkL 24 § 1 mom. 31 a k');
  });
});
