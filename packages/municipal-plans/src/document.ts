/**
 * One document model, two renderings: every plan is written once as blocks (headings, paragraphs, lists, tables,
 * term–description pairs) and rendered to Markdown for review and version control, and to a standalone HTML page
 * for publication. The HTML uses native semantics only (h1–h4 without skipped levels, ul/ol, table with caption and
 * th scope, dl, `lang` on the root), so it meets WCAG 2.1 AA without scripts or ARIA (checked with axe in Chromium).
 * Written by hand because it is small and fully escaped; a Markdown library would add a dependency and still need
 * the HTML side.
 */
import type { DocumentLanguage } from './common.js';

/** Inline content: plain text or a link. */
export type Inline = string | { text: string; href: string };
export type Text = string | readonly Inline[];

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: Text }
  | { type: 'list'; ordered?: boolean; items: readonly Text[] }
  | {
      type: 'table';
      caption: string;
      head: readonly string[];
      rows: readonly (readonly Text[])[];
      rowHeaders?: boolean;
    }
  | { type: 'definitions'; items: readonly { term: string; description: Text }[] };

export interface PlanDocument {
  lang: DocumentLanguage;
  title: string;
  blocks: Block[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Only https and mailto links are rendered as links; anything else becomes plain text (no javascript: URLs). */
const safeHref = (href: string): boolean => /^(https:\/\/|mailto:)[^\s<>"']+$/.test(href);

const inlines = (t: Text): readonly Inline[] => (typeof t === 'string' ? [t] : t);

function htmlText(t: Text): string {
  return inlines(t)
    .map((x) =>
      typeof x === 'string'
        ? escapeHtml(x)
        : safeHref(x.href)
          ? `<a href="${escapeHtml(x.href)}">${escapeHtml(x.text)}</a>`
          : escapeHtml(x.text),
    )
    .join('');
}

const MD_SPECIAL = /[\\`*_[\]<>|]/g;
const mdEscape = (s: string): string => s.replace(MD_SPECIAL, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

function mdText(t: Text): string {
  return inlines(t)
    .map((x) =>
      typeof x === 'string' ? mdEscape(x) : safeHref(x.href) ? `[${mdEscape(x.text)}](<${x.href}>)` : mdEscape(x.text),
    )
    .join('');
}

/** Markdown (CommonMark with GFM tables). Text is escaped, so content never becomes markup. */
export function renderMarkdown(doc: PlanDocument): string {
  const out: string[] = [`# ${mdEscape(doc.title)}`, ''];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`, '');
        break;
      case 'paragraph':
        out.push(mdText(b.text), '');
        break;
      case 'list':
        b.items.forEach((it, i) => out.push(`${b.ordered ? `${i + 1}.` : '-'} ${mdText(it)}`));
        out.push('');
        break;
      case 'table':
        out.push(`**${mdEscape(b.caption)}**`, '');
        out.push(`| ${b.head.map(mdEscape).join(' | ')} |`, `|${b.head.map(() => ' --- |').join('')}`);
        for (const r of b.rows) out.push(`| ${r.map(mdText).join(' | ')} |`);
        out.push('');
        break;
      case 'definitions':
        for (const d of b.items) out.push(`- **${mdEscape(d.term)}:** ${mdText(d.description)}`);
        out.push('');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}' +
  'table{border-collapse:collapse;margin:1rem 0}caption{font-weight:bold;text-align:left;padding:.25rem 0}' +
  'th,td{border:1px solid #595959;padding:.25rem .5rem;text-align:left;vertical-align:top}' +
  'a{color:#0b4f9c}dt{font-weight:bold}dd{margin:0 0 .5rem 1.5rem}';

/** A standalone, accessible HTML page (`lang`, title, one h1, landmarks, semantic lists and tables). */
export function renderHtml(doc: PlanDocument): string {
  const body: string[] = [];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        body.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        body.push(`<p>${htmlText(b.text)}</p>`);
        break;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        body.push(`<${tag}>${b.items.map((it) => `<li>${htmlText(it)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'table': {
        const head = b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
        const rows = b.rows
          .map(
            (r) =>
              `<tr>${r
                .map((c, i) =>
                  i === 0 && b.rowHeaders ? `<th scope="row">${htmlText(c)}</th>` : `<td>${htmlText(c)}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('\n');
        body.push(
          `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`,
        );
        break;
      }
      case 'definitions':
        body.push(
          `<dl>${b.items.map((d) => `<dt>${escapeHtml(d.term)}</dt><dd>${htmlText(d.description)}</dd>`).join('')}</dl>`,
        );
        break;
    }
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Both renderings of a document. */
export interface RenderedDocument {
  lang: DocumentLanguage;
  markdown: string;
  html: string;
}

export function render(doc: PlanDocument): RenderedDocument {
  return { lang: doc.lang, markdown: renderMarkdown(doc), html: renderHtml(doc) };
}
