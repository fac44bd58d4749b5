/**
 * Coarse text lines of a PDF with pdfjs-dist: text items grouped by baseline, per page, in
 * points from the page's top-left corner. Enough to count lines and characters on a page.
 */
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  /** Baseline, from the top of the page. */
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

export async function pdfLines(file: string): Promise<PdfLine[][]> {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfLine[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const rows = new Map<number, PdfLine>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [a, , , d, e, f] = item.transform as number[];
      const y = Math.round((height - f!) * 2) / 2;
      const row = rows.get(y) ?? { y, x0: Infinity, x1: -Infinity, size: Math.abs(d ?? a!), text: '' };
      row.x0 = Math.min(row.x0, e!);
      row.x1 = Math.max(row.x1, e! + item.width);
      row.text += item.str;
      rows.set(y, row);
    }
    pages.push([...rows.values()].sort((l, r) => l.y - r.y));
    page.cleanup();
  }
  await pdf.destroy();
  return pages;
}
