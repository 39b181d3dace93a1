import type { ImportInput, InputFile, ImportWarning, Message } from './model.js';

/**
 * Normalise the importer input to a list, dropping nothing and copying no prototype keys. Hostile
 * input (a Proxy whose traps throw, throwing getters, a non-object) becomes warnings in `warnings`,
 * never an exception.
 */
export function toFileList(input: ImportInput, warnings: ImportWarning[] = []): InputFile[] {
  const list: InputFile[] = [];
  const bad = (location: string, e?: unknown): void => {
    warnings.push(
      warn('invalid-value', '', location, {
        fi: `Tuontiaineiston tiedostoa ei voitu lukea${e === undefined ? '' : `: ${errorText(e)}`}.`,
        en: `A file of the import input could not be read${e === undefined ? '' : `: ${errorText(e)}`}.`,
      }),
    );
  };
  try {
    if (Array.isArray(input)) {
      const n = (input as readonly unknown[]).length;
      for (let i = 0; i < n; i++) {
        try {
          const f = (input as readonly unknown[])[i];
          const name = f !== null && typeof f === 'object' ? (f as { name?: unknown }).name : undefined;
          if (typeof name !== 'string') {
            bad(`/${i}`);
            continue;
          }
          list.push({ name, content: (f as { content?: unknown }).content });
        } catch (e) {
          bad(`/${i}`, e);
        }
      }
    } else if (typeof input !== 'object' || input === null) {
      bad('', new TypeError('the input must be a list of { name, content } or a record of file contents'));
    } else {
      for (const name of Object.keys(input)) {
        try {
          list.push({ name, content: (input as Record<string, unknown>)[name] });
        } catch (e) {
          bad(`/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, e);
        }
      }
    }
  } catch (e) {
    bad('', e);
  }
  // Sorted by name (code-unit order), so the result does not depend on the order files were given.
  return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The message of a thrown value, without calling anything hostile on it. */
export function errorText(e: unknown): string {
  try {
    if (e instanceof Error && typeof e.message === 'string') return e.message;
    return typeof e === 'string' ? e : Object.prototype.toString.call(e);
  } catch {
    return 'unknown error';
  }
}

/** An object's own record, or undefined for null, arrays and other values (a null element must not throw). */
export function rec(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The object elements of an array (null and other values skipped); an empty list for a non-array. */
export function arr(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? (v as unknown[]).map(rec).filter((x): x is Record<string, unknown> => !!x) : [];
}

/** JSON text of a value for a warning; never throws (cycles, BigInt, throwing getters). */
export function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** The warning for an exception a hostile value raised while it was read. */
export function hostile(file: string, e: unknown, location = ''): ImportWarning {
  return warn('invalid-value', file, location, {
    fi: `Arvoa ei voitu lukea: ${errorText(e)}`,
    en: `A value could not be read: ${errorText(e)}`,
  });
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
  if (!isBytes(content)) return undefined;
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

/** Is this a Uint8Array (without trusting a Proxy's prototype trap)? */
export function isBytes(v: unknown): v is Uint8Array {
  try {
    return v instanceof Uint8Array;
  } catch {
    return false;
  }
}

/** Parse JSON input given as text, bytes or an already parsed value. */
export function readJson(content: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  if (typeof content === 'string' || isBytes(content)) {
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
