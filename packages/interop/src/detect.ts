import type { InputFile, SourceSystem } from './model.js';

/** What a file looks like, from its first bytes and markers (never from its name alone). */
export type FileKind = 'dynasty-html' | 'tweb-html' | 'tweb-pdf' | 'pdf' | 'word' | 'casem-json' | 'json' | 'other';

const SYSTEM_OF: Partial<Record<FileKind, SourceSystem>> = {
  'dynasty-html': 'dynasty',
  'tweb-html': 'tweb',
  'tweb-pdf': 'tweb',
  pdf: 'tweb',
  word: 'tweb',
  'casem-json': 'casem',
};

/** Names of the kinds for the command line's messages, in Finnish and English. */
export const FILE_KIND_NAMES: Record<FileKind, { fi: string; en: string }> = {
  'dynasty-html': { fi: 'Dynastyn HTML-sivuja', en: 'Dynasty HTML pages' },
  'tweb-html': { fi: 'Twebin HTML-sivuja', en: 'Tweb HTML pages' },
  'tweb-pdf': { fi: 'Twebin PDF-tiedostoja', en: 'Tweb PDFs' },
  pdf: { fi: 'PDF-tiedostoja', en: 'PDF files' },
  word: { fi: 'Word-asiakirjoja', en: 'Word documents' },
  'casem-json': { fi: 'CaseM:n OData-vastauksia', en: 'CaseM OData responses' },
  json: { fi: 'muita JSON-tiedostoja', en: 'other JSON files' },
  other: { fi: 'muita tiedostoja', en: 'other files' },
};

function head(content: unknown, n: number): string {
  if (typeof content === 'string') return content.slice(0, n);
  if (content instanceof Uint8Array) {
    let s = '';
    const end = Math.min(n, content.length);
    for (let i = 0; i < end; i++) s += String.fromCharCode(content[i] as number);
    return s;
  }
  return '';
}

function tail(content: unknown, n: number): string {
  if (!(content instanceof Uint8Array)) return '';
  return head(content.subarray(Math.max(0, content.length - n)), n);
}

/** The kind of one published file. */
export function fileKind(content: unknown): FileKind {
  if (content !== null && typeof content === 'object' && !(content instanceof Uint8Array)) {
    // Already parsed JSON (an OData response has `odata.metadata`).
    try {
      const meta = (content as Record<string, unknown>)['odata.metadata'];
      return typeof meta === 'string' ? 'casem-json' : 'json';
    } catch {
      return 'other';
    }
  }
  const h = head(content, 64 * 1024);
  // KTweb's PDFs name their producer (iText, Triplan) in the info dictionary, often near the end.
  if (h.startsWith('%PDF')) return /Tweb|KTweb|Triplan|iText/iu.test(h + tail(content, 64 * 1024)) ? 'tweb-pdf' : 'pdf';
  if (h.startsWith('\xd0\xcf\x11\xe0')) return 'word';
  const t = h.replace(/^\ufeff|^\xef\xbb\xbf/u, '').trimStart();
  if (t.startsWith('{') || t.startsWith('[')) return /"odata\.metadata"\s*:/u.test(t) ? 'casem-json' : 'json';
  if (/ktweb|ktwebbin|dbisa\.dll/iu.test(h)) return 'tweb-html';
  if (/DATA_BEGIN|TIETUE:|DREQUEST\.PHP|DJULKAISU|Dynasty/iu.test(h)) return 'dynasty-html';
  return 'other';
}

export interface Detection {
  /** The system most files belong to, or undefined when none is recognised. */
  system?: SourceSystem;
  /** How many files of each kind. */
  counts: Partial<Record<FileKind, number>>;
}

/** Which system published these files (`digikokous import auto`). */
export function detectSystem(files: readonly InputFile[]): Detection {
  const counts: Partial<Record<FileKind, number>> = {};
  const votes: Partial<Record<SourceSystem, number>> = {};
  for (const f of files) {
    const k = fileKind(f.content);
    counts[k] = (counts[k] ?? 0) + 1;
    const s = SYSTEM_OF[k];
    // A bare PDF or Word file counts less than a page that names its system.
    if (s) votes[s] = (votes[s] ?? 0) + (k === 'pdf' || k === 'word' ? 0.5 : 1);
  }
  let system: SourceSystem | undefined;
  let best = 0;
  for (const [s, v] of Object.entries(votes) as [SourceSystem, number][])
    if (v > best) {
      best = v;
      system = s;
    }
  return { ...(system ? { system } : {}), counts };
}

/** "3 Tweb PDFs, 2 other files" in Finnish and English. */
export function describeCounts(counts: Detection['counts']): { fi: string; en: string } {
  const parts = (Object.entries(counts) as [FileKind, number][]).filter(([, n]) => n > 0);
  return {
    fi: parts.map(([k, n]) => `${n} ${FILE_KIND_NAMES[k].fi}`).join(', ') || 'ei tiedostoja',
    en: parts.map(([k, n]) => `${n} ${FILE_KIND_NAMES[k].en}`).join(', ') || 'no files',
  };
}
