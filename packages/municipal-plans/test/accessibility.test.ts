import { describe, expect, it } from 'vitest';
import {
  accessibilityStatementDocument,
  exampleAccessibilityRequirements,
  exampleStatementSettings,
  generateAccessibilityStatement,
  kitControls,
  renderHtml,
  renderMarkdown,
  validateAccessibilityRequirements,
  type KitControlId,
  type KitTestRef,
} from '../src/index.js';
import { clone, codes, reportOf } from './helpers.js';

/** The tests the example names, each with a status. */
const namedTests = (): KitTestRef[] =>
  exampleAccessibilityRequirements.requirements.flatMap((r) =>
    r.verification.method === 'automated' ? [kitControls[r.verification.control as KitControlId].test] : [],
  );
const allPassed = () => reportOf(namedTests().map((t) => [t, 'passed'] as const));
const gen = (
  report: unknown,
  settings: unknown = exampleStatementSettings,
  requirements: unknown = exampleAccessibilityRequirements,
) => generateAccessibilityStatement({ requirements, report, settings });

describe('validateAccessibilityRequirements (DPL 306/2019 7 §, EN 301 549, WCAG 2.1 AA)', () => {
  it('the Esimerkkilä model is valid and covers the required topics', () => {
    expect(validateAccessibilityRequirements(exampleAccessibilityRequirements)).toMatchObject({ ok: true, issues: [] });
  });

  it('DPL 7 § 3 mom: captions of a kept recording within 14 days; live captions are not a legal duty', () => {
    const m = clone(exampleAccessibilityRequirements);
    const cap = m.requirements.find((r) => r.id === 'cap-rec')!;
    cap.deadlineDays = 21;
    m.requirements.find((r) => r.id === 'cap-live')!.level = 'law';
    const r = validateAccessibilityRequirements(m);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['dpl7.caption-deadline', 'error'],
      ['dpl.live-captions-not-law', 'warning'],
    ]);
  });

  it('a missing topic, an unknown control and a failed manual check without its reason are errors', () => {
    const m = clone(exampleAccessibilityRequirements);
    m.requirements = m.requirements.filter((r) => r.topic !== 'sign-language');
    const a = m.requirements[0]!;
    a.verification = { method: 'automated', control: 'a11y.imaginary' };
    const manual = m.requirements.find((r) => r.verification.method === 'manual')!;
    if (manual.verification.method === 'manual')
      manual.verification.lastRun = { on: '2026-02-24', result: 'fail', by: 'x' };
    expect(codes(validateAccessibilityRequirements(m))).toEqual([
      'topic.missing',
      'control.unknown',
      'manual.fail-reason',
    ]);
  });
});

describe('generateAccessibilityStatement: from the model and the results the kit’s tests produced', () => {
  it('all named tests passed: the statement takes each result from the report', () => {
    const r = gen(allPassed());
    expect(r.issues).toEqual([]);
    if (!r.ok) throw new Error('expected a statement');
    const s = r.value;
    expect(s.status).toBe('full');
    expect(s.testRunOn).toBe('2026-03-02');
    const automated = s.rows.filter((x) => x.method === 'automated');
    expect(automated.length).toBe(namedTests().length);
    expect(automated.every((x) => x.result === 'passed' && x.evidence !== undefined)).toBe(true);
    // The aim-level live captions are not fulfilled: listed in the table, not as a legal failure.
    expect(s.rows.find((x) => x.requirementId === 'cap-live')).toMatchObject({ result: 'not-fulfilled', level: 'aim' });
    expect(s.nonConforming.map((x) => x.reason)).toEqual(['outside-scope']);
  });

  it('fails clearly when a named test failed, naming the requirement and the test', () => {
    const tests = namedTests();
    const report = reportOf(tests.map((t, i) => [t, i === 2 ? 'failed' : 'passed'] as const));
    const r = gen(report);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['test.failed']);
    expect(r.issues[0]!.message.en).toContain(tests[2]!.test);
    expect(r.issues[0]!.message.en).toContain('sr-status');
  });

  it('fails clearly when a named test is missing from the report (it did not run) or was skipped', () => {
    const tests = namedTests();
    expect(codes(gen(reportOf(tests.slice(1).map((t) => [t, 'passed'] as const))))).toEqual(['test.missing']);
    expect(codes(gen(reportOf(tests.map((t, i) => [t, i === 0 ? 'skipped' : 'passed'] as const))))).toEqual([
      'test.skipped',
    ]);
  });

  it('with onFailedTest: non-conforming, a failed test is listed as content that does not meet the requirement', () => {
    const tests = namedTests();
    const report = reportOf(tests.map((t, i) => [t, i === 0 ? 'failed' : 'passed'] as const));
    const r = generateAccessibilityStatement(
      { requirements: exampleAccessibilityRequirements, report, settings: exampleStatementSettings },
      { onFailedTest: 'non-conforming' },
    );
    if (!r.ok) throw new Error('expected a statement');
    expect(r.value.status).toBe('partial');
    expect(r.value.nonConforming[0]!.text.fi).toBe('Äänestys onnistuu pelkällä näppäimistöllä.');
  });

  it('a report that is not a Vitest JSON report, and bad settings, are errors with paths', () => {
    expect(codes(gen({ hello: 'world' }))[0]).toBe('report.invalid');
    const bad = { ...exampleStatementSettings, feedbackEmail: 'not an address' };
    expect(gen(allPassed(), bad).issues[0]!.path).toEqual(['settings', 'feedbackEmail']);
  });

  it('the statement has the content the law requires, in Finnish and Swedish (DPL 306/2019 9 §, 10 §, 12 §)', () => {
    const r = gen(allPassed());
    if (!r.ok) throw new Error('expected a statement');
    const fi = renderMarkdown(accessibilityStatementDocument(r.value, 'fi'));
    const sv = renderHtml(accessibilityStatementDocument(r.value, 'sv'));
    expect(fi).toContain('## Ei-saavutettava sisältö');
    expect(fi).toContain('Ennen 23.9.2018 julkaistut PDF-pöytäkirjat');
    expect(fi).toContain('## Sisällön saaminen vaihtoehtoisella tavalla');
    expect(fi).toContain('(<mailto:saavutettavuus@esimerkkila.example.fi>)');
    expect(fi).toContain('14 vuorokauden kuluessa (Digipalvelulaki 10 §)');
    expect(fi).toContain('[Liikenne- ja viestintävirasto Traficom](<https://www.saavutettavuusvaatimukset.fi/>)');
    expect(fi).toContain('packages/components/test/vote-panel.test.ts');
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain('<h2>Innehåll som inte är tillgängligt</h2>');
    expect(sv).toContain(
      '<a href="https://www.saavutettavuusvaatimukset.fi/">Transport- och kommunikationsverket Traficom</a>',
    );
  });
});

describe('the statement’s date', () => {
  it('defaults to the Helsinki day of the test run and cannot precede it', () => {
    // 2026-03-01T22:30Z is already 2 March in Helsinki (UTC+2).
    const report = reportOf(
      namedTests().map((t) => [t, 'passed'] as const),
      Date.UTC(2026, 2, 1, 22, 30),
    );
    const r = gen(report);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value).toMatchObject({ preparedOn: '2026-03-02', testRunOn: '2026-03-02' });
    expect(codes(gen(report, { ...exampleStatementSettings, preparedOn: '2026-03-01' }))).toEqual([
      'statement.before-test-run',
    ]);
    const { startTime: _, ...noTime } = report;
    expect(codes(gen(noTime))).toEqual(['statement.no-date']);
  });
});
