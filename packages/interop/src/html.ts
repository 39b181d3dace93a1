import { parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import { isTag, isText, isComment } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';

export type { Document, Element };
export { parseDocument };

/** A block of text in reading order, with the bold text that opens it (a section heading in Dynasty). */
export interface TextBlock {
  text: string;
  lead?: string;
  /** Links inside the block. */
  links: { href: string; text: string }[];
  /** Comments met before the block (Dynasty marks its data with comments). */
  markers: string[];
}

const BLOCK = new Set([
  'p',
  'div',
  'tr',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tbody',
  'td',
  'th',
  'hr',
  'center',
  'label',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'head']);

/** Collapse white space, including no-break spaces, as a browser renders it. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Flatten HTML into text blocks. Each table cell, paragraph and line break starts a block; a bold
 * run at the start of a block is kept as its `lead`. The walk is iterative so deep nesting in hostile
 * input cannot overflow the stack.
 */
export function toBlocks(root: Document | Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let lead: string | undefined;
  let leadOpen = false;
  let links: TextBlock['links'] = [];
  let markers: string[] = [];
  const flush = (): void => {
    const t = squash(text);
    if (t) {
      const b: TextBlock = { text: t, links, markers };
      const l = lead === undefined ? '' : squash(lead);
      if (l) b.lead = l;
      blocks.push(b);
      markers = [];
    }
    text = '';
    lead = undefined;
    leadOpen = false;
    links = [];
  };
  type Frame = { node: ChildNode; exit: boolean };
  const stack: Frame[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i] as ChildNode, exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Frame;
    if (exit) {
      if (isTag(node)) {
        if ((node.name === 'b' || node.name === 'strong') && leadOpen) leadOpen = false;
        if (BLOCK.has(node.name)) flush();
      }
      continue;
    }
    if (isText(node)) {
      text += node.data;
      if (leadOpen) lead = (lead ?? '') + node.data;
      continue;
    }
    if (isComment(node)) {
      flush();
      markers.push(node.data.trim());
      continue;
    }
    if (!isTag(node) || SKIP.has(node.name)) continue;
    if (BLOCK.has(node.name)) flush();
    if ((node.name === 'b' || node.name === 'strong') && squash(text) === '' && lead === undefined) {
      leadOpen = true;
      lead = '';
    }
    if (node.name === 'a') {
      const href = getAttributeValue(node, 'href');
      if (href) links.push({ href, text: squash(textContent(node)) });
    }
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i] as ChildNode, exit: false });
  }
  flush();
  return blocks;
}

/** The blocks between the `DATA_BEGIN` and `DATA_END` comments, or all blocks when they are missing. */
export function dataBlocks(blocks: TextBlock[]): TextBlock[] {
  const start = blocks.findIndex((b) => b.markers.includes('DATA_BEGIN'));
  const endIdx = blocks.findIndex((b) => b.markers.includes('DATA_END'));
  if (start < 0) return blocks;
  return blocks.slice(start, endIdx > start ? endIdx : undefined);
}

/** Plain text of an HTML fragment: paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  return toBlocks(parseDocument(html))
    .map((b) => b.text)
    .join('\n\n');
}
