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
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(content.subarray(3));
  }
  const text = new TextDecoder(encoding).decode(content);
  return encoding === 'windows-1252' ? fixC1(text) : text;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a charset label names, folded to the four this reads (Latin-1 labels are windows-1252, as WHATWG decodes them). */
function encodingOfLabel(label: string): TextEncoding | undefined {
  const l = label.trim().toLowerCase();
  if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'utf-16le' || l === 'utf-16') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  if (/^(windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|l1|iso-8859-15|us-ascii|ascii|x-cp1252)$/u.test(l))
    return 'windows-1252';
  return undefined;
}

/** The charset a page declares: `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i] as number);
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/iu.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)/iu.exec(head)?.[1]
  );
}

/**
 * Decide the encoding of published bytes: the byte-order mark first; else a validity check (bytes
 * with non-ASCII that are valid UTF-8 are UTF-8 — windows-1252 text practically never is); else
 * windows-1252 (or what `fallback` says). The `<meta>` charset and the XML declaration are read too:
 * when they disagree with the decision, `mismatch` says so (a page re-saved as UTF-8 keeps its old
 * `charset=windows-1252`, and reading it as declared would turn "ä" into "Ã¤").
 */
export function decideEncoding(
  bytes: Uint8Array,
  fallback: TextEncoding = 'windows-1252',
): { encoding: TextEncoding; bom: number; declared?: string; mismatch?: string } {
  const declaredLabel = declaredCharset(bytes);
  const declared = declaredLabel ? encodingOfLabel(declaredLabel) : undefined;
  let encoding: TextEncoding;
  let bom = 0;
  let reason: 'bom' | 'valid' | 'declared' | 'fallback';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, bom, reason] = ['utf-8', 3, 'bom'];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, bom, reason] = ['utf-16le', 2, 'bom'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, bom, reason] = ['utf-16be', 2, 'bom'];
  else {
    let ascii = true;
    for (const b of bytes)
      if (b >= 0x80) {
        ascii = false;
        break;
      }
    let utf8 = false;
    if (!ascii)
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        utf8 = true;
      } catch {
        utf8 = false;
      }
    if (utf8) [encoding, reason] = ['utf-8', 'valid'];
    else if (ascii) [encoding, reason] = [declared ?? fallback, declared ? 'declared' : 'fallback'];
    else [encoding, reason] = [declared && declared !== 'utf-8' ? declared : 'windows-1252', 'valid'];
  }
  const out: { encoding: TextEncoding; bom: number; declared?: string; mismatch?: string } = { encoding, bom };
  if (declaredLabel) out.declared = declaredLabel;
  // Pure ASCII reads the same in every one of these encodings: no disagreement worth a warning.
  if (declared && declared !== encoding && reason !== 'declared' && reason !== 'fallback')
    out.mismatch = `${declaredLabel} declared, ${encoding} ${reason === 'bom' ? 'by the byte-order mark' : 'by the bytes'}`;
  return out;
}

/** Decode published bytes with {@link decideEncoding}; a disagreement becomes an `encoding-mismatch` warning. */
export function decodePublished(
  content: unknown,
  file: string,
  warnings: ImportWarning[],
  fallback: TextEncoding = 'windows-1252',
): string | undefined {
  if (typeof content === 'string') return content;
  if (!isBytes(content)) return undefined;
  const d = decideEncoding(content, fallback);
  const text = new TextDecoder(d.encoding).decode(content.subarray(d.bom));
  if (d.mismatch)
    warnings.push(
      warn('encoding-mismatch', file, '', {
        fi: `Tiedoston merkistö on ristiriitainen (${d.mismatch}); se luettiin merkistöllä ${d.encoding}.`,
        en: `The file's encoding is contradictory (${d.mismatch}); it was read as ${d.encoding}.`,
      }),
    );
  return d.encoding === 'windows-1252' ? fixC1(text) : text;
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
    const text = decodePublished(content, '', [], 'utf-8') ?? '';
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
