/** A line of a PDF page: the left (caption) column and the right (text) column, as KTweb lays out minutes. */
export interface PdfLine {
  page: number;
  y: number;
  label: string;
  content: string;
}

export interface PdfText {
  pages: number;
  lines: PdfLine[];
  info: Record<string, unknown>;
}

/** Text items left of this x (in PDF points) are captions; KTweb's text column starts at about 183 pt. */
const LABEL_MAX_X = 150;
/** Lines above this y are the running page header ("Oulun kaupunki", "Päivämäärä"). */
const HEADER_MIN_Y = 760;

/**
 * Read the text of a PDF with pdfjs (`pdfjs-dist/legacy/build/pdf.mjs`, no worker in Node), grouping
 * text items into lines by their y position and splitting each line into caption and text columns.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs may detach the buffer it is given; work on a copy so the caller's bytes stay intact.
  const data = new Uint8Array(bytes);
  const doc = await getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const lines: PdfLine[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const tc = await page.getTextContent();
      const rows = new Map<number, { x: number; s: string }[]>();
      for (const it of tc.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const x = it.transform[4] as number;
        const y = Math.round(it.transform[5] as number);
        const key = [...rows.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
        const row = rows.get(key) ?? [];
        row.push({ x, s: it.str });
        rows.set(key, row);
      }
      for (const [y, row] of [...rows.entries()].sort((a, b) => b[0] - a[0])) {
        row.sort((a, b) => a.x - b.x);
        const label = row
          .filter((r) => r.x < LABEL_MAX_X)
          .map((r) => r.s)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        const content = row
          .filter((r) => r.x >= LABEL_MAX_X)
          .map((r) => r.s)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        lines.push({ page: p, y, label, content });
      }
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => ({ info: {} }));
    return { pages: doc.numPages, lines, info: (meta.info ?? {}) as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

export { HEADER_MIN_Y };
