import type { ImportInput, InputFile, ImportWarning, Message } from './model.js';

/** Normalise the importer input to a list, dropping nothing and copying no prototype keys. */
export function toFileList(input: ImportInput): InputFile[] {
  let list: InputFile[];
  if (Array.isArray(input)) {
    list = (input as readonly InputFile[]).filter(
      (f): f is InputFile => typeof f === 'object' && f !== null && typeof f.name === 'string',
    );
  } else if (typeof input !== 'object' || input === null) {
    throw new TypeError('importer input must be a list of { name, content } or a record of file contents');
  } else {
    list = Object.keys(input).map((name) => ({ name, content: (input as Record<string, unknown>)[name] }));
  }
  // Sorted by name (code-unit order), so the result does not depend on the order files were given.
  return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The file name without folders. */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}

/**
 * Decode a published file. Dynasty and KTweb publish windows-1252; bytes that are valid UTF-8
 * with a BOM are read as UTF-8. Strings are taken as already decoded.
 */
export function decodeText(content: unknown, encoding: 'windows-1252' | 'utf-8' = 'windows-1252'): string | undefined {
  if (typeof content === 'string') return content;
  if (content instanceof Uint8Array) {
    if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
      return new TextDecoder('utf-8').decode(content.subarray(3));
    }
    const text = new TextDecoder(encoding).decode(content);
    return encoding === 'windows-1252' ? fixC1(text) : text;
  }
  return undefined;
}

// windows-1252 bytes 0x80–0x9F (WHATWG Encoding). Node 20's TextDecoder decodes the label as ISO-8859-1
// and leaves these as C1 controls, so they are mapped here; the undefined bytes stay as they are.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Replace C1 controls left by a Latin-1 decoding with the windows-1252 characters. */
export function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Parse JSON input given as text, bytes or an already parsed value. */
export function readJson(content: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    const text = decodeText(content, 'utf-8') ?? '';
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }
  return { ok: true, value: content };
}

export function warn(
  code: ImportWarning['code'],
  file: string,
  location: string,
  message: Message,
  extra: { text?: string; size?: number } = {},
): ImportWarning {
  const w: ImportWarning = { code, file, location, message };
  if (extra.text !== undefined) w.text = extra.text;
  if (extra.size !== undefined) w.size = extra.size;
  return w;
}

/** A slug usable inside ids and URLs. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'x'
  );
}
