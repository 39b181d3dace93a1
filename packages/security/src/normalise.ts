/**
 * The text as a person reads it, for detecting personal data (Tietosuojalaki 1050/2018 29 §; issue 14):
 * NFKC (fullwidth and mathematical digits become ASCII, NFD names compose), format and zero-width
 * characters and the soft hyphen removed, every space (NBSP, thin, ideographic) a plain space, every dash
 * a hyphen-minus, HTML tags dropped and character references decoded, JSON `\uXXXX` escapes and URL
 * `%XX` escapes decoded. Each change is a segment, so a match in the normalised view maps back to the
 * original span that shows it.
 *
 * Written by hand because it must keep the offset map (no maintained decoder does) and be fast: runs of
 * characters that need nothing are copied as slices, found by one table-driven loop, and only the rare
 * constructs between them are decoded one by one.
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

// Characters that never need normalising: ASCII printable except & % \ < where they start an entity, URL or JSON
// escape or tag, the no-break, thin and narrow no-break spaces (every pattern takes them as spaces), Latin-1 letters and Latin Extended-A (Finnish and Swedish letters are NFKC-stable there, except
// the six compatibility characters Ĳ ĳ Ŀ ŀ ŉ ſ), §, °, «, », typographic quotes, dashes that every
// pattern accepts, and €. A table indexed by code unit, read in one loop: a regular expression with a
// negated class of these ranges tests every character against every range (≈ 4× slower over 10 MB).
const SAFE_LOW = new Uint8Array(0x180);
for (const [a, b] of [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x24],
  [0x27, 0x3b],
  [0x3d, 0x5b],
  [0x5d, 0x7e],
  [0xa0, 0xa0],
  [0xa7, 0xa7],
  [0xab, 0xab],
  [0xb0, 0xb0],
  [0xbb, 0xbb],
  [0xc0, 0x131],
  [0x134, 0x13e],
  [0x141, 0x148],
  [0x14a, 0x17e],
] as const)
  SAFE_LOW.fill(1, a, b + 1);

const isSafe = (c: number): boolean =>
  c < 0x180
    ? SAFE_LOW[c] === 1
    : c === 0x2013 ||
      c === 0x2014 ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x20ac ||
      c === 0x2009 ||
      c === 0x202f;

const isHexDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Whether `%`, `&`, `<` or `\` at `i` may start a construct (an escape, entity or tag); else it reads as itself. */
function startsConstruct(text: string, i: number, c: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (c === 0x25) return isHexDigit(next) && isHexDigit(text.charCodeAt(i + 2));
  if (c === 0x26) return next === 0x23 || isAsciiLetter(next);
  if (c === 0x3c) return next === 0x2f || next === 0x21 || isAsciiLetter(next);
  if (c === 0x5c)
    return (
      next === 0x75 ||
      next === 0x5c ||
      next === 0x2f ||
      next === 0x22 ||
      next === 0x2d ||
      next === 0x62 ||
      next === 0x66 ||
      next === 0x6e ||
      next === 0x72 ||
      next === 0x74
    );
  return true;
}

/** Index of the first character at or after `from` that may need normalising, or `text.length`. */
function nextUnsafe(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isSafe(c) && startsConstruct(text, i, c)) return i;
  }
  return n;
}

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
  let at = nextUnsafe(text, 0);
  if (at === text.length) {
    return { text, start: (n) => n, end: (n) => n, tagsIn: () => '' };
  }
  const segments: Segment[] = [];
  // Pieces joined once at the end (no per-character concatenation); `length` is the normalised offset.
  const pieces: string[] = [];
  let length = 0;
  let pos = 0;
  for (;;) {
    const found = at < text.length;
    // A combining mark after a plain letter (NFD text): read the letter and its marks together.
    if (found && at > pos && MARK.test(text.slice(at, at + 2))) at -= 1;
    if (at > pos) {
      pieces.push(text.slice(pos, at));
      length += at - pos;
    }
    if (!found) break;
    const d = decodeAt(text, at);
    if (d.out.length !== d.len || d.out !== text.slice(at, at + d.len)) {
      segments.push({ nStart: length, nEnd: length + d.out.length, oStart: at, oEnd: at + d.len, tag: d.tag });
    }
    pieces.push(d.out);
    length += d.out.length;
    pos = at + d.len;
    at = nextUnsafe(text, pos);
  }
  const out = pieces.join('');
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

/** A stretch of the original that needs normalising, with plain margins; `core` is where its reading rules. */
export interface ReadingWindow {
  readonly start: number;
  readonly end: number;
  /** Finds starting in `[coreStart, coreEnd)` are taken from this window's normalised reading. */
  readonly coreStart: number;
  readonly coreEnd: number;
}

/**
 * Plain characters kept on each side of the constructs a window normalises: more than any find reaches
 * from the construct it contains (an e-mail's local part is at most 64, a street name 45, a listed name
 * 200 characters), so a find touching a construct lies inside its window.
 */
export const WINDOW_MARGIN = 320;
/** Of the margin, the outer part where the original is read as it stands (the window's edge cuts words there). */
const WINDOW_EDGE = 200;

/**
 * The windows of `text` that need normalising: each cluster of constructs (entities, escapes, tags,
 * format characters, NBSP, fullwidth or decomposed letters…) closer than two margins, widened by a margin
 * of plain text on each side. Outside them the normalised reading is the text itself, so detection runs
 * over the original and only these windows are normalised (never the whole text).
 */
export function readingWindows(text: string): ReadingWindow[] {
  const n = text.length;
  const windows: ReadingWindow[] = [];
  let first = -1;
  let last = -1;
  const flush = (): void => {
    const start = Math.max(0, first - WINDOW_MARGIN);
    const end = Math.min(n, last + WINDOW_MARGIN);
    windows.push({
      start,
      end,
      coreStart: start === 0 ? 0 : start + WINDOW_EDGE,
      coreEnd: end === n ? n : end - WINDOW_EDGE,
    });
  };
  for (let at = nextUnsafe(text, 0); at < n; at = nextUnsafe(text, at)) {
    let to = at + 1;
    if (text.charCodeAt(at) === 0x3c /* < */) {
      // A tag is one construct: its inside is dropped, so the window reaches past its end.
      TAG.lastIndex = at;
      const m = TAG.exec(text);
      if (m) to = at + m[0].length;
    }
    if (first >= 0 && at - last > 2 * WINDOW_MARGIN) flush();
    if (first < 0 || at - last > 2 * WINDOW_MARGIN) first = at;
    last = Math.max(last, to);
    at = to;
  }
  if (first >= 0) flush();
  return windows;
}

/** HTML tags that lie wholly inside `[start, end)` of `text`, in order: kept around a replacement. */
export function tagsWithin(text: string, start: number, end: number): string {
  let kept = '';
  for (let i = start; i < end; i++) {
    // Looked for within the span only (an indexOf would run on to the end of the text for every span).
    if (text.charCodeAt(i) !== 0x3c) continue;
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    if (m && i + m[0].length <= end) {
      kept += m[0];
      i += m[0].length - 1;
    }
  }
  return kept;
}
