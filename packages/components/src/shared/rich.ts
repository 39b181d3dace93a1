import { html, nothing, type TemplateResult } from 'lit';
import type { Block as SchemaBlock, LocalizedRichText } from '@digikokous/meeting-schema';
import type { Locale } from './locale.js';
import { fallbackLang, text } from './format.js';
import { localText } from './lang.js';

export { localText };
import type { Block, RichText } from './types.js';

type Inline = Extract<SchemaBlock, { type: 'paragraph' }>['content'][number];

// Deeper nesting than this is cut off: hostile input cannot make rendering recurse without bound.
const MAX_DEPTH = 8;

function isLocalizedRich(value: object): value is LocalizedRichText {
  return !Array.isArray(value) && Array.isArray((value as { fi?: unknown }).fi);
}

function inline(run: Inline): TemplateResult | string {
  if (run.type === 'break') return html`<br />`;
  if (run.type === 'link') {
    const label = run.content.map((r) => r.text).join('');
    // Allow-list of schemes: the schema enforces it too, this keeps a hand-made object from adding javascript:.
    return /^(https:|mailto:)/i.test(run.href) ? html`<a href=${run.href}>${label}</a>` : label;
  }
  const marks = run.marks ?? [];
  let out: TemplateResult | string = run.text;
  if (marks.includes('bold')) out = html`<strong>${out}</strong>`;
  if (marks.includes('italic')) out = html`<em>${out}</em>`;
  if (marks.includes('code')) out = html`<code>${out}</code>`;
  if (marks.includes('sub')) out = html`<sub>${out}</sub>`;
  if (marks.includes('sup')) out = html`<sup>${out}</sup>`;
  if (marks.includes('strike')) out = html`<s>${out}</s>`;
  return out;
}

function schemaBlock(block: SchemaBlock, depth: number): TemplateResult | typeof nothing {
  if (depth > MAX_DEPTH) return nothing;
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.content.map(inline)}</p>`;
    case 'heading':
      return html`<p><strong>${block.content.map(inline)}</strong></p>`;
    case 'list': {
      const items = block.items.map((blocks) => html`<li>${blocks.map((b) => schemaBlock(b, depth + 1))}</li>`);
      return block.ordered
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
    case 'quote':
      return html`<blockquote>${block.content.map((b) => schemaBlock(b, depth + 1))}</blockquote>`;
    case 'table':
      return html`<table>
        ${
          block.caption
            ? html`<caption>
                ${block.caption}
              </caption>`
            : nothing
        }
        <tbody>
          ${block.rows.map(
            (row) =>
              html`<tr>
                ${row.cells.map((cell) =>
                  cell.header
                    ? html`<th colspan=${cell.colspan ?? 1} rowspan=${cell.rowspan ?? 1}>
                        ${cell.content.map(inline)}
                      </th>`
                    : html`<td colspan=${cell.colspan ?? 1} rowspan=${cell.rowspan ?? 1}>
                        ${cell.content.map(inline)}
                      </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>`;
    default:
      return nothing;
  }
}

function kitBlock(block: Block, locale: Locale): TemplateResult {
  if (block.type === 'p') return html`<p>${localText(block.text, locale)}</p>`;
  const items = block.items.map((item) => html`<li>${localText(item, locale)}</li>`);
  return block.type === 'ul'
    ? html`<ul>
        ${items}
      </ul>`
    : html`<ol>
        ${items}
      </ol>`;
}

/**
 * Renders rich text through Lit templates only: text is always escaped, never parsed as HTML, so agenda
 * content cannot inject markup. Accepts plain or localised text (paragraphs split at blank lines), the
 * kit's simple blocks, or the meeting-schema's localised rich text (paragraphs, headings, lists, tables,
 * quotes, https/mailto links).
 */
export function renderRich(value: RichText | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (value == null || value === '') return nothing;
  if (Array.isArray(value)) return html`${value.map((block) => kitBlock(block, locale))}`;
  if (typeof value === 'object' && isLocalizedRich(value)) {
    const own = value[locale];
    // Finnish text on a Swedish or English page is marked as Finnish (WCAG 3.1.2).
    return own
      ? html`${own.map((b) => schemaBlock(b, 0))}`
      : html`<div lang=${locale === 'fi' ? nothing : 'fi'}>${value.fi.map((b) => schemaBlock(b, 0))}</div>`;
  }
  const paragraphs = text(value, locale)
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => html`<p>${p}</p>`);
  const lang = fallbackLang(value, locale);
  return lang ? html`<div lang=${lang}>${paragraphs}</div>` : html`${paragraphs}`;
}
