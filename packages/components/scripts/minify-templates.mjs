// Collapses the indentation inside Lit's html`…`, css`…` and svg`…` templates of the built dist/ files: every run of
// whitespace containing a line break becomes one line break (in css`…`, none, and no spaces around { } ;). Rendering is unchanged (HTML and CSS treat a line break
// as any other whitespace, and the kit renders no <pre> or textarea content from a template); the shipped modules
// lose about a tenth of their bytes. The same optimisation as Lit's recommended minify-html-literals, done with the
// TypeScript parser already in the repository so that no new dependency is needed and expressions are never touched.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

let before = 0;
let after = 0;
for (const file of files(dist)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        // The literal's raw text lies between its delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(source) + 1;
        const end =
          part.getEnd() -
          (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = text.slice(start, end);
        // CSS needs no line breaks or spaces around braces and semicolons; HTML keeps one line break per run.
        const squeezed =
          node.tag.text === 'css'
            ? raw.replace(/\s*\n\s*/g, ' ').replace(/\s*([{};])\s*/g, '$1')
            : raw.replace(/[ \t]*\n\s*/g, '\n');
        if (squeezed !== raw) edits.push({ start, end, squeezed });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) continue;
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.squeezed + out.slice(e.end);
  before += text.length;
  after += out.length;
  writeFileSync(file, out);
}
console.log(`minify-templates: ${before} → ${after} bytes in the files with templates`);
