/**
 * The text as a person reads it, for detecting personal data (Tietosuojalaki 1050/2018 29 §; issue 14):
 * NFKC (fullwidth and mathematical digits become ASCII, NFD names compose), format and zero-width
 * characters and the soft hyphen removed, every space (NBSP, thin, ideographic) a plain space, every dash
 * a hyphen-minus, HTML tags dropped and character references decoded, JSON `\uXXXX` escapes and URL
 * `%XX` escapes decoded. Each change is a segment, so a match in the normalised view maps back to the
 * original span that shows it.
 *
 * Written by hand because it must keep the offset map (no maintained decoder does) and be fast: runs of
 * characters that need nothing are copied as slices, found by a native scan for candidate characters
 * (checked against a table), and only the constructs between them are decoded one by one, their readings
 * taken from tables and a bounded cache.
 */

export interface NormalisedText {
  readonly text: string;
  /** Original start of the normalised position `n`. */
  start(n: number): number;
  /** Original (exclusive) end for the normalised exclusive end `n`. */
  end(n: number): number;
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

// Candidates for `nextUnsafe`, found by the regular-expression engine (native scanning): the unsafe ASCII and
// Latin-1 characters and everything from U+017F on; the few safe characters up there (dashes, quotes, €, thin
// spaces) are let through in code. One class with every exact range is ≈ 8× slower (V8 then tests each
// character against each range); this coarse one scans 10 MB in ≈ 15 ms.
const UNSAFE_CANDIDATE =
  // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
  /[\x00-\x08\x0b\x0c\x0e-\x1f%&<\\\x7f-\x9f\u00a1-\u00a6\u00a8-\u00aa\u00ac-\u00af\u00b1-\u00ba\u00bc-\u00bf\u0132\u0133\u013f\u0140\u0149\u017f-\uffff]/g;

/** Index of the first character at or after `from` that may need normalising, or `text.length`. */
function nextUnsafe(text: string, from: number): number {
  UNSAFE_CANDIDATE.lastIndex = from;
  // `test` allocates no match array; the one-character match ends at `lastIndex`.
  while (UNSAFE_CANDIDATE.test(text)) {
    const i = UNSAFE_CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (!isSafe(c) && startsConstruct(text, i, c)) return i;
  }
  return text.length;
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

/** The reading of each named reference (what `read` makes of its value). */
const NAMED_READINGS = new Map<string, string>();

const MARK = /^\p{M}/u;
const LEGACY = new Set(['nbsp', 'shy', 'amp', 'lt', 'gt', 'quot']);
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/gu;
const SPACES = /[\p{Zs}\u2028\u2029]/gu;
const FORMAT = /[\p{Cf}\p{M}]/gu;

/** The reading of one decoded piece of text: NFKC, no format characters or stray marks, plain spaces and dashes. */
function readUncached(piece: string): string {
  return piece.normalize('NFKC').replace(FORMAT, '').replace(SPACES, ' ').replace(DASHES, '-');
}

// Pieces are short (one entity, escape or character cluster) and repeat (`&auml;` thousands of times in an
// editor's HTML), so their readings are remembered: NFKC and three replacements per piece were most of the
// time on HTML. Bounded, so that hostile input cannot grow it without limit.
const READINGS = new Map<string, string>();
const READINGS_MAX = 4096;

function read(piece: string): string {
  if (piece.length > 8) return readUncached(piece);
  let r = READINGS.get(piece);
  if (r === undefined) {
    r = readUncached(piece);
    if (READINGS.size >= READINGS_MAX) READINGS.clear();
    READINGS.set(piece, r);
  }
  return r;
}

for (const [name, value] of Object.entries(NAMED_ENTITIES)) NAMED_READINGS.set(name, readUncached(value));

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

// The result of `decodeAt`, in module variables: one construct per call and thousands of calls per window,
// so no result object is allocated for each.
let decodedOut = '';
let decodedLen = 0;

function decoded(out: string, len: number): void {
  decodedOut = out;
  decodedLen = len;
}

/**
 * Decode one construct at `at` (known to hold an unsafe character) into `decodedOut` (its normalised reading) and
 * `decodedLen` (the original length consumed); otherwise one character cluster as it reads.
 */
function decodeAt(text: string, at: number): void {
  const c = text.charCodeAt(at);
  if (c === 0x3c /* < */) {
    TAG.lastIndex = at;
    if (TAG.test(text)) return decoded('', TAG.lastIndex - at);
  } else if (c === 0x26 /* & */) {
    // Fast path: a known named reference with its semicolon (`&auml;`), read from a table; the rest below.
    let e = at + 1;
    while (e < at + 12 && isAsciiLetter(text.charCodeAt(e))) e++;
    if (e - at - 1 >= 2 && text.charCodeAt(e) === 0x3b /* ; */) {
      const reading = NAMED_READINGS.get(text.slice(at + 1, e));
      if (reading !== undefined) return decoded(reading, e + 1 - at);
    }
    ENTITY.lastIndex = at;
    const m = ENTITY.exec(text);
    if (m) {
      let value: string | undefined;
      if (m[1] !== undefined) value = fromCodePoint(Number(m[1]));
      else if (m[2] !== undefined) value = fromCodePoint(Number.parseInt(m[2], 16));
      else if (m[3] !== undefined && Object.hasOwn(NAMED_ENTITIES, m[3])) value = NAMED_ENTITIES[m[3]];
      // Named references need their semicolon, except the legacy ones browsers still read without it.
      if (value !== undefined && (m[0].endsWith(';') || m[3] === undefined || LEGACY.has(m[3])))
        return decoded(read(value), m[0].length);
    }
  } else if (c === 0x5c /* \ */) {
    JSON_ESCAPE.lastIndex = at;
    const m = JSON_ESCAPE.exec(text);
    if (m) {
      let value: string;
      if (m[1] !== undefined) {
        const hi = Number.parseInt(m[1], 16);
        const lo = m[2] !== undefined ? Number.parseInt(m[2], 16) : undefined;
        if (lo !== undefined && hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
          value = String.fromCharCode(hi, lo);
        } else {
          // Only the first escape is taken; the second is read on its own.
          return decoded(read(String.fromCharCode(hi)), 6);
        }
      } else {
        value = JSON_SIMPLE[m[3] as string] ?? '';
      }
      return decoded(read(value), m[0].length);
    }
  } else if (c === 0x25 /* % */) {
    URL_ESCAPES.lastIndex = at;
    const m = URL_ESCAPES.exec(text);
    if (m) {
      const bytes = new Uint8Array(m[0].length / 3);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(m[0].slice(i * 3 + 1, i * 3 + 3), 16);
      try {
        return decoded(read(utf8.decode(bytes)), m[0].length);
      } catch {
        /* not UTF-8: read as it stands */
      }
    }
  }
  CLUSTER.lastIndex = at;
  const m = CLUSTER.exec(text) as RegExpExecArray;
  decoded(read(m[0]), m[0].length);
}

/** Changed constructs in typed arrays (four numbers each), not one object per construct. */
class Segments {
  /** nStart, nEnd, oStart, oEnd of segment i at 4i … 4i + 3. */
  data = new Int32Array(256);
  length = 0;
  push(nStart: number, nEnd: number, oStart: number, oEnd: number): void {
    if (this.length * 4 === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const k = this.length * 4;
    d[k] = nStart;
    d[k + 1] = nEnd;
    d[k + 2] = oStart;
    d[k + 3] = oEnd;
    this.length += 1;
  }
}

const IDENTITY: NormalisedText = Object.freeze({ text: '', start: (n: number) => n, end: (n: number) => n });

/** The normalised reading of `text` with its map back to the original. */
export function normaliseForDetection(text: string): NormalisedText {
  let at = nextUnsafe(text, 0);
  if (at === text.length) return { ...IDENTITY, text };
  const segs = new Segments();
  // Pieces joined once (windows are small, readingWindows cuts long ones): `join` gives a flat string, which
  // the detectors' character-by-character reads need to be fast (a flattened rope stays a rope object, and
  // each charCodeAt on it takes the slow path). `length` is the normalised offset.
  const pieces: string[] = [];
  let length = 0;
  let pos = 0;
  for (;;) {
    const found = at < text.length;
    // A combining mark after a plain letter (NFD text): read the letter and its marks together.
    if (found && at > pos && text.charCodeAt(at) >= 0x300 && MARK.test(text.slice(at, at + 2))) at -= 1;
    if (at > pos) {
      pieces.push(text.slice(pos, at));
      length += at - pos;
    }
    if (!found) break;
    decodeAt(text, at);
    const d = decodedOut;
    const len = decodedLen;
    if (d.length !== len || d !== text.slice(at, at + len)) segs.push(length, length + d.length, at, at + len);
    pieces.push(d);
    length += d.length;
    pos = at + len;
    at = nextUnsafe(text, pos);
  }
  const out = pieces.join('');
  const seg = segs.data;
  const count = segs.length;
  const nStartOf = (i: number): number => seg[i * 4] as number;
  const nEndOf = (i: number): number => seg[i * 4 + 1] as number;
  // Binary search: the last segment starting at or before n (by normalised start).
  const find = (n: number, byEnd: boolean): number => {
    let lo = 0;
    let hi = count - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ns = nStartOf(mid);
      if (byEnd ? ns < n || (ns === n && nEndOf(mid) === n) : ns <= n) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const start = (n: number): number => {
    const i = find(n, false);
    if (i < 0) return n;
    const ns = nStartOf(i);
    const ne = nEndOf(i);
    const oe = seg[i * 4 + 3] as number;
    // A deleted construct (tag, format character) exactly at n: the match starts after it.
    if (ns === ne && ns === n) return oe;
    if (n < ne) return seg[i * 4 + 2] as number;
    return oe + (n - ne);
  };
  const end = (n: number): number => {
    let i = find(n, true);
    while (i >= 0) {
      const ns = nStartOf(i);
      const ne = nEndOf(i);
      // A deleted construct ending exactly at n belongs after the match.
      if ((ns === ne && ne === n) || n <= ns) {
        i -= 1;
        continue;
      }
      const oe = seg[i * 4 + 3] as number;
      if (n <= ne) return oe;
      return oe + (n - ne);
    }
    return n;
  };
  return { text: out, start, end };
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
 * Constructs closer than this share a window. More than two margins: the plain text between them is read in the
 * window too (its reading is itself, so nothing changes), which spares a raw stretch with margins of its own for
 * every short gap; HTML has a tag every paragraph, and per-paragraph windows made detection run 3× as long.
 */
export const WINDOW_JOIN = 4_096;
/**
 * Longest core of one window. Text full of constructs (HTML) would otherwise be one window as long as the text,
 * its reading a second copy of the whole text in fresh memory; cut into cores of this size, each reading is a
 * small string the young generation reuses.
 */
export const WINDOW_CORE_MAX = 40_000;
/**
 * Where a long window is cut, each part reaches this far into its neighbour: the cut may fall among
 * constructs, where 200 read characters (a listed name) can take 1,200 written ones (`&auml;` is 6 for 1).
 */
export const WINDOW_CUT_OVERLAP = 1_200;

/**
 * The windows of `text` that need normalising: each cluster of constructs (entities, escapes, tags,
 * format characters, NBSP, fullwidth or decomposed letters…) closer than `WINDOW_JOIN`, widened by a margin
 * of plain text on each side, and cut into cores of at most `WINDOW_CORE_MAX` characters. Outside them the
 * normalised reading is the text itself, so detection runs over the original and only these windows are
 * normalised (never the whole text at once).
 */
export function readingWindows(text: string): ReadingWindow[] {
  const n = text.length;
  const windows: ReadingWindow[] = [];
  let first = -1;
  let last = -1;
  const flush = (): void => {
    const start = Math.max(0, first - WINDOW_MARGIN);
    const end = Math.min(n, last + WINDOW_MARGIN);
    const coreStart = start === 0 ? 0 : start + WINDOW_EDGE;
    const coreEnd = end === n ? n : end - WINDOW_EDGE;
    let from = coreStart;
    while (coreEnd - from > WINDOW_CORE_MAX) {
      // Cut after a line break or space near the limit, so that a cut rarely falls inside a word or construct.
      // (Searched in the second half of the core only: an unbounded lastIndexOf ran back to the start of a text
      // without line breaks, such as JSON, for every cut.)
      let cut = from + WINDOW_CORE_MAX;
      const half = from + WINDOW_CORE_MAX / 2;
      const tail = text.slice(half, cut + 1);
      const space = half + Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf(' '));
      if (space > half) cut = space + 1;
      windows.push({
        start: from === coreStart ? start : Math.max(start, from - WINDOW_CUT_OVERLAP),
        end: Math.min(end, cut + WINDOW_CUT_OVERLAP),
        coreStart: from,
        coreEnd: cut,
      });
      from = cut;
    }
    windows.push({
      start: from === coreStart ? start : Math.max(start, from - WINDOW_CUT_OVERLAP),
      end,
      coreStart: from,
      coreEnd,
    });
  };
  for (let at = nextUnsafe(text, 0); at < n; at = nextUnsafe(text, last)) {
    // A cluster starts at `at`. Inside it, not every construct is visited: a probe half the joining distance
    // ahead finds the next construct, and when that is near enough, everything between belongs to the
    // cluster anyway (every gap there is shorter). Only where the probe finds nothing near is the stretch
    // before it read construct by construct, to find where the cluster really ends.
    first = at;
    last = constructEnd(text, at);
    for (;;) {
      const probe = last + (WINDOW_JOIN >> 1);
      const q = probe < n ? nextUnsafe(text, probe) : n;
      if (q < n && q - last <= WINDOW_JOIN) {
        last = Math.max(last, constructEnd(text, q));
        continue;
      }
      let moved = false;
      for (let c = nextUnsafe(text, last); c < n && c < probe; c = nextUnsafe(text, last)) {
        last = Math.max(last, constructEnd(text, c));
        moved = true;
      }
      if (!moved) break;
    }
    flush();
  }
  return windows;
}

/** Where the construct at `at` ends: a tag is one construct (its inside is dropped), anything else one character. */
function constructEnd(text: string, at: number): number {
  if (text.charCodeAt(at) === 0x3c /* < */) {
    TAG.lastIndex = at;
    if (TAG.test(text)) return TAG.lastIndex;
  }
  return at + 1;
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
