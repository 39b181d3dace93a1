import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePages } from '../src/index.js';

const golden = join(import.meta.dirname, 'golden');

describe('the generated pages shown in the README are the current output', () => {
  it.each(examplePages().map((p) => [`${p.name}.${p.lang}`, p] as const))('%s', (file, p) => {
    expect(readFileSync(join(golden, `${file}.md`), 'utf8')).toBe(p.page.markdown);
    expect(readFileSync(join(golden, `${file}.html`), 'utf8')).toBe(p.page.html);
  });
  it('the README embeds the Finnish page of every deliverable, and the statement generated from a test run', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const name of [
      'continuity-plan',
      'security-guidance',
      'action-programme',
      'comparison',
      'accessibility-requirements',
      'accessibility-statement',
      'publication-rules',
      'publication-plan',
      'public-minutes',
      'meeting-rules',
    ])
      expect(readme).toContain(`test/golden/${name}.fi.html`);
    expect(existsSync(join(golden, 'accessibility-statement.sv.html'))).toBe(true);
  });
});
