// Writes the generated example pages (Finnish and Swedish, Markdown and HTML) to test/golden/ and shows the Finnish
// page of each deliverable in README.md. With `--report <vitest-json>` (e.g. node_modules/.cache/vitest-report.json
// written by `npm test`) it also writes the accessibility statement generated from that test run.
// Run after the build: node scripts/write-pages.mjs [--report path]
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { examplePages, exampleStatementPages } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const golden = join(root, 'test', 'golden');
mkdirSync(golden, { recursive: true });
const pages = examplePages();
for (const { name, lang, page } of pages) {
  writeFileSync(join(golden, `${name}.${lang}.md`), page.markdown);
  writeFileSync(join(golden, `${name}.${lang}.html`), page.html);
}
const at = process.argv.indexOf('--report');
if (at > 0) {
  const report = JSON.parse(readFileSync(process.argv[at + 1], 'utf8'));
  const s = exampleStatementPages(report);
  if (!s.ok) {
    for (const i of s.issues) console.error(`${i.path.join('/')}: ${i.message.en}`);
    process.exit(1);
  }
  for (const { lang, page } of s.pages) {
    writeFileSync(join(golden, `accessibility-statement.${lang}.md`), page.markdown);
    writeFileSync(join(golden, `accessibility-statement.${lang}.html`), page.html);
  }
}

// The README shows each Finnish page inside <details>, headings moved down two levels so they nest under the
// README's own "Generated pages" heading.
const TITLES = {
  'continuity-plan': '1. Continuity plan (varautumis- ja jatkuvuussuunnitelma)',
  'security-guidance': '2. Remote-meeting security and data-protection guidance',
  'action-programme': '3. Target state and action programme (Esimerkkilä)',
  comparison: '3. Comparison of three municipalities',
  'accessibility-requirements': '4. Accessibility requirements and methods',
  'accessibility-statement': '4. Accessibility statement (saavutettavuusseloste), from a real test run',
  'publication-rules': '5. Publication rules (what, where, until when)',
  'publication-plan': '5. Publication plan of the council meeting 5/2026',
  'public-minutes': '5. Public minutes after publicationCheck',
  'meeting-rules': '6. Hallintosääntö meeting rules from ProcedureRules',
};
const demote = (md) => md.replace(/^(#{1,4}) /gm, (_, h) => `${'#'.repeat(h.length + 2)} `);
const blocks = Object.entries(TITLES)
  .map(([name, title]) => {
    const file = join(golden, `${name}.fi.md`);
    if (!existsSync(file)) return '';
    return `<details>\n<summary>${title}: <a href="test/golden/${name}.fi.html">HTML</a>, <a href="test/golden/${name}.sv.md">på svenska</a></summary>\n\n${demote(readFileSync(file, 'utf8'))}\n</details>\n`;
  })
  .filter(Boolean)
  .join('\n');
const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const start = '<!-- pages:start -->';
const end = '<!-- pages:end -->';
const i = text.indexOf(start);
const j = text.indexOf(end);
if (i < 0 || j < 0) throw new Error('README.md has no pages markers');
writeFileSync(readme, `${text.slice(0, i + start.length)}\n\n${blocks}\n${text.slice(j)}`);
console.log(
  `municipal-plans: wrote ${pages.length} pages${at > 0 ? ' and the statement' : ''} to test/golden/ and README.md`,
);
