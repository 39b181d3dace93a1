import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitControlIds, kitControls, testOutcome, verifyKitTestsExist, type KitControl } from '../src/index.js';
import { repoRoot, reportOf } from './helpers.js';

describe('kit controls name tests that exist', () => {
  it('every control names a test file and test titles that exist in the repository', () => {
    expect(kitControlIds.length).toBeGreaterThan(20);
    expect(verifyKitTestsExist(repoRoot)).toEqual([]);
  });

  it('a renamed test, a renamed describe and a missing file are each reported with the control id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-evidence-'));
    mkdirSync(join(dir, 't'));
    writeFileSync(join(dir, 't', 'a.test.ts'), "describe('group', () => { it('does the thing', () => {}); });\n");
    const controls: Record<string, KitControl> = {
      ok: {
        package: 'p',
        enforcedBy: 'f',
        summary: { fi: 'x', sv: 'x' },
        test: { file: 't/a.test.ts', describe: 'group', test: 'does the thing' },
      },
      renamed: {
        package: 'p',
        enforcedBy: 'f',
        summary: { fi: 'x', sv: 'x' },
        test: { file: 't/a.test.ts', test: 'does the other thing' },
      },
      group: {
        package: 'p',
        enforcedBy: 'f',
        summary: { fi: 'x', sv: 'x' },
        test: { file: 't/a.test.ts', describe: 'other group', test: 'does the thing' },
      },
      gone: { package: 'p', enforcedBy: 'f', summary: { fi: 'x', sv: 'x' }, test: { file: 't/b.test.ts', test: 'x' } },
    };
    const issues = verifyKitTestsExist(dir, controls);
    expect(issues.map((i) => [i.path.join('/'), i.code])).toEqual([
      ['renamed/test/test', 'test.title-missing'],
      ['group/test/describe', 'test.title-missing'],
      ['gone/test/file', 'test.file-missing'],
    ]);
    expect(issues[0]!.message.sv).toContain('does the other thing');
  });

  it('a title only mentioned in a comment, not as a string literal, does not count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-evidence-'));
    writeFileSync(join(dir, 'a.test.ts'), "// does the thing\nit('something else', () => {});\n");
    const c: KitControl = {
      package: 'p',
      enforcedBy: 'f',
      summary: { fi: 'x', sv: 'x' },
      test: { file: 'a.test.ts', test: 'does the thing' },
    };
    expect(verifyKitTestsExist(dir, { c }).map((i) => i.code)).toEqual(['test.title-missing']);
  });
});

describe('testOutcome reads the Vitest JSON report', () => {
  const ref = kitControls['a11y.keyboard-vote'].test;
  it('passed, failed, skipped and missing', () => {
    expect(testOutcome(reportOf([[ref, 'passed']]), ref)).toBe('passed');
    expect(testOutcome(reportOf([[ref, 'failed']]), ref)).toBe('failed');
    expect(testOutcome(reportOf([[ref, 'skipped']]), ref)).toBe('skipped');
    expect(testOutcome(reportOf([]), ref)).toBe('missing');
  });
  it('the same title in another file or under another describe is not the named test', () => {
    expect(testOutcome(reportOf([[{ ...ref, file: 'packages/x/test/other.test.ts' }, 'passed']]), ref)).toBe('missing');
    expect(testOutcome(reportOf([[{ ...ref, describe: 'elsewhere' }, 'passed']]), ref)).toBe('missing');
  });
  it('a failure wins over a pass of the same test (e.g. a retried or parametrised run)', () => {
    expect(
      testOutcome(
        reportOf([
          [ref, 'passed'],
          [ref, 'failed'],
        ]),
        ref,
      ),
    ).toBe('failed');
  });
});
