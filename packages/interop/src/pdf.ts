/** One text run of a PDF page, at its position in PDF points (origin bottom left). */
export interface PdfRun {
  x: number;
  s: string;
}

/** A line of a PDF page: the left (caption) column and the right (text) column, as KTweb lays out minutes. */
export interface PdfLine {
  page: number;
  y: number;
  label: string;
  content: string;
  /** The runs of the line, left to right (for layouts other than KTweb's item PDFs). */
  runs: PdfRun[];
}

export interface PdfText {
  pages: number;
  lines: PdfLine[];
  info: Record<string, unknown>;
}

/** What the extractor returns per page: raw runs with their y. */
interface RawPage {
  items: { x: number; y: number; s: string }[];
}
interface RawPdf {
  pages: RawPage[];
  info: Record<string, unknown>;
}

/** Text items left of this x (in PDF points) are captions; KTweb's text column starts at about 183 pt. */
const LABEL_MAX_X = 150;
/** Lines above this y are the running page header ("Oulun kaupunki", "Päivämäärä"). */
const HEADER_MIN_Y = 760;
/** A PDF that pdfjs has not read in this time is reported as unparsed (a hostile file must not hang an import). */
const PDF_TIMEOUT_MS = 120_000;

/** Group raw runs into lines by their y position and split each line into caption and text columns. */
function toText(raw: RawPdf): PdfText {
  const lines: PdfLine[] = [];
  raw.pages.forEach((page, i) => {
    const rows = new Map<number, PdfRun[]>();
    for (const it of page.items) {
      if (!it.s.trim()) continue;
      const y = Math.round(it.y);
      let key = y;
      for (const k of rows.keys())
        if (Math.abs(k - y) <= 2) {
          key = k;
          break;
        }
      const row = rows.get(key) ?? [];
      row.push({ x: it.x, s: it.s });
      rows.set(key, row);
    }
    for (const [y, row] of [...rows.entries()].sort((a, b) => b[0] - a[0])) {
      row.sort((a, b) => a.x - b.x);
      const join = (rs: PdfRun[]): string =>
        rs
          .map((r) => r.s)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      lines.push({
        page: i + 1,
        y,
        label: join(row.filter((r) => r.x < LABEL_MAX_X)),
        content: join(row.filter((r) => r.x >= LABEL_MAX_X)),
        runs: row,
      });
    }
  });
  return { pages: raw.pages.length, lines, info: raw.info };
}

/**
 * The extraction itself, as the source of a function: it runs inside a worker thread in Node (see
 * {@link PdfReader}) and in the calling thread elsewhere. `lib` is the pdfjs module.
 */
const EXTRACT = `async function extract(lib, bytes) {
  const doc = await lib.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true,
    useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const tc = await page.getTextContent();
      const items = [];
      for (const it of tc.items) if ('str' in it && it.str.trim())
        items.push({ x: it.transform[4], y: it.transform[5], s: it.str });
      pages.push({ items });
      page.cleanup();
    }
    let info = {};
    try { info = JSON.parse(JSON.stringify((await doc.getMetadata()).info ?? {})); } catch {}
    return { pages, info };
  } finally { await doc.destroy(); }
}`;

/**
 * The worker's program (CommonJS, evaluated by `new Worker(code, { eval: true })`). pdfjs-dist's
 * Node build installs polyfills on its realm's globals (`JSON.parse`, `Promise.withResolvers`,
 * `Set.prototype.union`, `navigator` …); a worker thread has a realm of its own, so the host's
 * globals stay untouched (a library never changes its host).
 */
const WORKER = `const { parentPort, workerData } = require('node:worker_threads');
${EXTRACT}
let lib;
parentPort.on('message', async (m) => {
  try {
    lib ??= await import(workerData.url);
    parentPort.postMessage({ id: m.id, ok: true, value: await extract(lib, m.bytes) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, error: String((e && e.message) || e) });
  }
});`;

/**
 * Outside Node (a browser has \`DOMMatrix\` and needs no polyfill): pdfjs' modern build in this thread.
 * The same steps as {@link EXTRACT}, which is a string because it must run in a worker's own realm.
 */
async function extractInThread(bytes: Uint8Array): Promise<RawPdf> {
  const lib = await import('pdfjs-dist');
  const doc = await lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: RawPage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const tc = await page.getTextContent();
      const items: RawPage['items'] = [];
      for (const it of tc.items)
        if ('str' in it && it.str.trim())
          items.push({ x: it.transform[4] as number, y: it.transform[5] as number, s: it.str });
      pages.push({ items });
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => ({ info: {} }));
    return { pages, info: (meta.info ?? {}) as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

type Pending = { resolve: (v: RawPdf) => void; reject: (e: Error) => void };

interface WorkerLike {
  postMessage(v: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: 'message', f: (m: { id: number; ok: boolean; value?: RawPdf; error?: string }) => void): void;
  on(event: 'error', f: (e: Error) => void): void;
  terminate(): Promise<number>;
  unref(): void;
}

/**
 * Reads PDFs with pdfjs-dist. In Node one worker thread is started on first use and ended by
 * {@link PdfReader.close}; elsewhere (a browser) pdfjs' modern build runs in the calling thread.
 */
export class PdfReader {
  private worker: Promise<WorkerLike> | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  private async start(): Promise<WorkerLike> {
    const [{ Worker }, { createRequire }, { pathToFileURL }] = await Promise.all([
      import('node:worker_threads'),
      import('node:module'),
      import('node:url'),
    ]);
    const url = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
    const w = new Worker(WORKER, { eval: true, workerData: { url } }) as unknown as WorkerLike;
    w.unref();
    w.on('message', (m) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok && m.value) p.resolve(m.value);
      else p.reject(new Error(m.error ?? 'pdfjs failed'));
    });
    w.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined;
    });
    return w;
  }

  /** The text of one PDF, grouped into lines. */
  async read(bytes: Uint8Array): Promise<PdfText> {
    const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
    if (!isNode) return toText(await extractInThread(bytes));
    this.worker ??= this.start();
    const w = await this.worker;
    const id = this.next++;
    // A copy is sent (and transferred), so the caller's bytes stay intact.
    const copy = new Uint8Array(bytes);
    const raw = await new Promise<RawPdf>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`pdfjs did not finish in ${PDF_TIMEOUT_MS / 1000} s`));
        void this.close();
      }, PDF_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      w.postMessage({ id, bytes: copy }, [copy.buffer as ArrayBuffer]);
    });
    return toText(raw);
  }

  /** Ends the worker thread, if one was started. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await (await w).terminate();
  }
}

/** Read the text of one PDF (a reader of its own, closed afterwards). */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const r = new PdfReader();
  try {
    return await r.read(bytes);
  } finally {
    await r.close();
  }
}

export { HEADER_MIN_Y };
