/**
 * The text as a person reads it, for detecting personal data (Tietosuojalaki 1050/2018 29 §; issue 14):
 * NFKC (fullwidth and mathematical digits become ASCII, NFD names compose), format and zero-width
 * characters and the soft hyphen removed, every space (NBSP, thin, ideographic) a plain space, every dash
 * a hyphen-minus, HTML tags dropped and character references decoded, JSON `\uXXXX` escapes and URL
 * `%XX` escapes decoded. Each change is a segment, so a match in the normalised view maps back to the
 * original span that shows it.
 *
 * Written by hand because it must keep the offset map (no maintained decoder does) and be fast: runs of
 * characters that need nothing are copied as slices, found with one regular expression, and only the
 * rare constructs between them are looked at one by one.
 */

/** One changed construct: original `[oStart, oEnd)` reads as normalised `[nStart, nEnd)`. */
interface Segment {
  readonly nStart: number;
  readonly nEnd: number;
  readonly oStart: number;
  readonly oEnd: number;
  /** An HTML tag or comment: kept (as markup) when a redaction covers it. */
  readonly tag: boolean;
}

export interface NormalisedText {
  readonly text: string;
  /** Original start of the normalised position `n`. */
  start(n: number): number;
  /** Original (exclusive) end for the normalised exclusive end `n`. */
  end(n: number): number;
  /** HTML tags inside the original span `[oStart, oEnd)`, to keep around a replacement. */
  tagsIn(oStart: number, oEnd: number): string;
}

// Characters that never need normalising: ASCII printable except & % \ < (entities, URL and JSON escapes,
// tags), Latin-1 letters and Latin Extended-A (Finnish and Swedish letters are NFKC-stable there, except
// the six compatibility characters Ĳ ĳ Ŀ ŀ ŉ ſ), §, °, «, », typographic quotes, dashes that every
// pattern accepts, and €.
const UNSAFE =
  /[^\t\n\r\x20-\x24\x27-\x3b\x3d-\x5b\x5d-\x7e\u00a7\u00ab\u00b0\u00bb\u00c0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2013\u2014\u2018\u2019\u201c\u201d\u20ac]/gu;

const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwsp: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  NoBreak: '',
  minus: '-',
  ndash: '-',
  mdash: '-',
  hyphen: '-',
  dash: '-',
  horbar: '-',
  commat: '@',
  period: '.',
  plus: '+',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  num: '#',
  colon: ':',
  comma: ',',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  aring: 'å',
  Aring: 'Å',
  uuml: 'ü',
  Uuml: 'Ü',
  eacute: 'é',
  Eacute: 'É',
  scaron: 'š',
  Scaron: 'Š',
  zcaron: 'ž',
  Zcaron: 'Ž',
  sect: '§',
  euro: '€',
});

const MARK = /^\p{M}/u;
const LEGACY = new Set(['nbsp', 'shy', 'amp', 'lt', 'gt', 'quot']);
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/gu;
const SPACES = /[\p{Zs}\u2028\u2029]/gu;
const FORMAT = /[\p{Cf}\p{M}]/gu;

/** The reading of one decoded piece of text: NFKC, no format characters or stray marks, plain spaces and dashes. */
function read(piece: string): string {
  return piece.normalize('NFKC').replace(FORMAT, '').replace(SPACES, ' ').replace(DASHES, '-');
}

const TAG = /<(?:!--[\s\S]{0,2000}?--|\/?[A-Za-z][^<>]{0,1000})>/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,10}));?/y;
const JSON_ESCAPE = /\\u([0-9A-Fa-f]{4})(?:\\u([0-9A-Fa-f]{4}))?|\\([\\/"bfnrt-])/y;
const URL_ESCAPES = /(?:%[0-9A-Fa-f]{2})+/y;
// A base character with the combining marks that follow it (NFD text, stray marks).
const CLUSTER = /[\s\S]\p{M}*/uy;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const JSON_SIMPLE: Readonly<Record<string, string>> = {
  b: '',
  f: '',
  n: '\n',
  r: '\n',
  t: ' ',
  '"': '"',
  '\\': '\\',
  '/': '/',
  '-': '-',
};

function fromCodePoint(cp: number): string | undefined {
  if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/**
 * Decode one construct at `at` (known to hold an unsafe character). Returns the normalised reading and
 * the original length consumed, or `undefined` to take one character as it reads.
 */
function decodeAt(text: string, at: number): { out: string; len: number; tag: boolean } {
  const c = text.charCodeAt(at);
  if (c === 0x3c /* < */) {
    TAG.lastIndex = at;
    const m = TAG.exec(text);
    if (m) return { out: '', len: m[0].length, tag: true };
  } else if (c === 0x26 /* & */) {
    ENTITY.lastIndex = at;
    const m = ENTITY.exec(text);
    if (m) {
      let decoded: string | undefined;
      if (m[1] !== undefined) decoded = fromCodePoint(Number(m[1]));
      else if (m[2] !== undefined) decoded = fromCodePoint(Number.parseInt(m[2], 16));
      else if (m[3] !== undefined && Object.hasOwn(NAMED_ENTITIES, m[3])) decoded = NAMED_ENTITIES[m[3]];
      // Named references need their semicolon, except the legacy ones browsers still read without it.
      if (decoded !== undefined && (m[0].endsWith(';') || m[3] === undefined || LEGACY.has(m[3])))
        return { out: read(decoded), len: m[0].length, tag: false };
    }
  } else if (c === 0x5c /* \ */) {
    JSON_ESCAPE.lastIndex = at;
    const m = JSON_ESCAPE.exec(text);
    if (m) {
      let decoded: string;
      if (m[1] !== undefined) {
        const hi = Number.parseInt(m[1], 16);
        const lo = m[2] !== undefined ? Number.parseInt(m[2], 16) : undefined;
        if (lo !== undefined && hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
          decoded = String.fromCharCode(hi, lo);
        } else {
          // Only the first escape is taken; the second is read on its own.
          return { out: read(String.fromCharCode(hi)), len: 6, tag: false };
        }
      } else {
        decoded = JSON_SIMPLE[m[3] as string] ?? '';
      }
      return { out: read(decoded), len: m[0].length, tag: false };
    }
  } else if (c === 0x25 /* % */) {
    URL_ESCAPES.lastIndex = at;
    const m = URL_ESCAPES.exec(text);
    if (m) {
      const bytes = new Uint8Array(m[0].length / 3);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(m[0].slice(i * 3 + 1, i * 3 + 3), 16);
      try {
        return { out: read(utf8.decode(bytes)), len: m[0].length, tag: false };
      } catch {
        /* not UTF-8: read as it stands */
      }
    }
  }
  CLUSTER.lastIndex = at;
  const m = CLUSTER.exec(text) as RegExpExecArray;
  return { out: read(m[0]), len: m[0].length, tag: false };
}

/** The normalised reading of `text` with its map back to the original. */
export function normaliseForDetection(text: string): NormalisedText {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) {
    return { text, start: (n) => n, end: (n) => n, tagsIn: () => '' };
  }
  const segments: Segment[] = [];
  let out = '';
  let pos = 0;
  UNSAFE.lastIndex = 0;
  for (;;) {
    UNSAFE.lastIndex = pos;
    const m = UNSAFE.exec(text);
    let at = m ? m.index : text.length;
    // A combining mark after a plain letter (NFD text): read the letter and its marks together.
    if (m && at > pos && MARK.test(m[0])) at -= 1;
    if (at > pos) out += text.slice(pos, at);
    if (!m) break;
    const d = decodeAt(text, at);
    if (d.out === text.slice(at, at + d.len)) {
      out += d.out;
    } else {
      segments.push({ nStart: out.length, nEnd: out.length + d.out.length, oStart: at, oEnd: at + d.len, tag: d.tag });
      out += d.out;
    }
    pos = at + d.len;
  }
  // Binary search: the last segment starting at or before n (by normalised start).
  const find = (n: number, byEnd: boolean): number => {
    let lo = 0;
    let hi = segments.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid] as Segment;
      if (byEnd ? s.nStart < n || (s.nStart === n && s.nEnd === n) : s.nStart <= n) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const start = (n: number): number => {
    const i = find(n, false);
    if (i < 0) return n;
    const s = segments[i] as Segment;
    // A deleted construct (tag, format character) exactly at n: the match starts after it.
    if (s.nStart === s.nEnd && s.nStart === n) return s.oEnd;
    if (n < s.nEnd) return s.oStart;
    return s.oEnd + (n - s.nEnd);
  };
  const end = (n: number): number => {
    let i = find(n, true);
    while (i >= 0) {
      const s = segments[i] as Segment;
      // A deleted construct ending exactly at n belongs after the match.
      if (s.nStart === s.nEnd && s.nEnd === n) {
        i -= 1;
        continue;
      }
      if (n <= s.nStart) {
        i -= 1;
        continue;
      }
      if (n <= s.nEnd) return s.oEnd;
      return s.oEnd + (n - s.nEnd);
    }
    return n;
  };
  const tags = segments.filter((g) => g.tag);
  const tagsIn = (oStart: number, oEnd: number): string => {
    if (tags.length === 0) return '';
    // First tag starting at or after oStart (tags are in original order).
    let lo = 0;
    let hi = tags.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tags[mid] as Segment).oStart < oStart) lo = mid + 1;
      else hi = mid;
    }
    let kept = '';
    for (let i = lo; i < tags.length && (tags[i] as Segment).oEnd <= oEnd; i++) {
      const g = tags[i] as Segment;
      kept += text.slice(g.oStart, g.oEnd);
    }
    return kept;
  };
  return { text: out, start, end, tagsIn };
}
