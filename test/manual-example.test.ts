/**
 * The example manual content/confined-space-manual end to end: `check` is clean; the PDF has a
 * cover, a 目录 whose numbers are the printed pages of its headings, bookmarks and every
 * figure; the DOCX 目录 field, once LibreOffice updates it, shows the pages LibreOffice prints
 * the headings on; the HTML's 目录 links all land.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder, isManual } from '../src/check/check-folder.js';
import type { Entry, Figure, Manual } from '../src/ir/manual.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildManualDocx } from '../src/render/docx/manual/build-manual.js';
import { buildManualHtml } from '../src/render/html/manual/build-manual.js';
import { buildManualPdf } from '../src/render/pdf/manual/build-manual.js';
import { sofficeAvailable } from './support/docx-libreoffice.js';
import { convertUpdatingIndexes, unoAvailable } from './support/manual-docx-update.js';
import { imagesOf, openPdf, outlineOf, type OutlineNode } from './support/manual-pdf.js';
import { measurePdf, type PdfMeasure, type TextLine } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'content/confined-space-manual'), { displayRoot: repo });
const manual = (checked.loaded && isManual(checked.loaded) ? checked.loaded.document : undefined) as Manual;
const entries = () => manual.chapters.flatMap((c) => c.blocks.filter((b): b is Entry => b.type === 'entry'));
const figures = () => manual.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.type === 'figure' ? [b] : b.type === 'entry' ? b.figures : []))) as Figure[];
const flat = (s: string) => s.replace(/[\s　]/g, '');

/** The page-number footer of a page ("— 3 —" → "3"): its lowest line. */
function printedNumber(lines: TextLine[]): string | undefined {
  const last = [...lines].sort((a, b) => b.baseline - a.baseline)[0];
  return last ? /^\u2014(.+)\u2014$/.exec(flat(last.text))?.[1] : undefined;
}

/**
 * For every 目录 entry, the number its 目录 line shows and the number printed on the first body page
 * (Arabic-numbered) carrying a line that reads exactly the heading.
 */
function tocAgainstPages(m: PdfMeasure): { entry: string; shown?: string; printed?: string }[] {
  const pages = m.pages.map((p) => ({ lines: p.lines, number: printedNumber(p.lines) }));
  const body = pages.filter((p) => /^\d+$/.test(p.number ?? ''));
  const front = pages.filter((p) => p.number !== undefined && !/^\d+$/.test(p.number));
  const tocLines = front.flatMap((p) => p.lines);
  return manual.toc.map((e) => {
    const want = flat(e.text);
    const line = tocLines.find((l) => flat(l.text).startsWith(want));
    return { entry: e.text, shown: line && /(\d+)$/.exec(line.text)?.[1], printed: body.find((p) => p.lines.some((l) => flat(l.text) === want))?.number };
  });
}

describe('the confined-space manual example', () => {
  test('checks clean, with at least 4 chapters and 12 图鉴 entries, each with an image and a standard', () => {
    expect(checked.diagnostics).toEqual([]);
    expect(manual.chapters.length).toBeGreaterThanOrEqual(4);
    expect(entries().length).toBeGreaterThanOrEqual(12);
    for (const e of entries()) {
      expect(e.figures.length, e.id).toBeGreaterThan(0);
      expect(e.standards.length, e.id).toBeGreaterThan(0);
      for (const s of e.standards) expect(s.title, `${e.id} ${s.code}`).not.toBe('');
    }
    // Figures in the chapters' own text as well as in the entries.
    expect(manual.chapters.some((c) => c.blocks.some((b) => b.type === 'figure'))).toBe(true);
  });

  describe('PDF', () => {
    let m: PdfMeasure;
    let outline: OutlineNode[];
    let images: number;
    beforeAll(async () => {
      const r = await buildManualPdf(manual, resolveFonts({ system: false }));
      expect(r.diagnostics).toEqual([]);
      m = await measurePdf(r.bytes);
      const pdf = await openPdf(r.bytes);
      outline = await outlineOf(pdf);
      images = (await imagesOf(pdf)).length;
      await pdf.destroy();
    }, 120_000);

    test('a cover without a number, then 前言 and 目录 numbered I…, then the chapters from 1', () => {
      expect(m.pages[0]!.lines.map((l) => flat(l.text))).toContain(flat(manual.title));
      expect(printedNumber(m.pages[0]!.lines)).toBeUndefined();
      expect(printedNumber(m.pages[1]!.lines)).toBe('I');
      expect(m.pages.map((p) => printedNumber(p.lines)).filter((n) => /^\d+$/.test(n ?? '')).at(-1)).toBe(String(m.pages.length - m.pages.findIndex((p) => printedNumber(p.lines) === '1')));
    });

    test('every 目录 number is the printed page of its heading', () => {
      const rows = tocAgainstPages(m);
      expect(rows.filter((r) => !r.printed || r.shown !== r.printed)).toEqual([]);
    });

    test('bookmarks: 前言, 目录 and each chapter with all its sections', () => {
      expect(outline.map((o) => o.title)).toEqual(['前言', '目录', ...manual.chapters.map((c) => `${c.ordinal}　${c.title}`)]);
      expect(outline.reduce((n, o) => n + o.items.length, 0)).toBe(manual.toc.filter((t) => t.level === 2).length);
    });

    test('every figure is drawn, with its numbered caption', () => {
      expect(images).toBe(figures().length);
      const text = m.pages.flatMap((p) => p.lines.map((l) => flat(l.text)));
      for (const f of figures()) expect(text, f.number).toContain(flat(`${f.number}　${f.caption}`));
    });
  });

  test.skipIf((!sofficeAvailable() || !unoAvailable()) && !process.env.CI)(
    'DOCX: LibreOffice updates the 目录 field to the pages it prints the headings on',
    async () => {
      const { pdf, indexes } = await convertUpdatingIndexes(await buildManualDocx(manual), 'confined-space-manual');
      expect(indexes).toBe(1);
      const rows = tocAgainstPages(await measurePdf(pdf));
      expect(rows.filter((r) => !r.printed || r.shown !== r.printed)).toEqual([]);
    },
    240_000,
  );

  test('HTML: every 目录 link lands on an element of the page, every figure is inlined', () => {
    const html = buildManualHtml(manual);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]));
    const links = [...html.matchAll(/<a href="#([^"]+)"/g)].map((x) => x[1]);
    expect(links.length).toBe(manual.toc.length);
    expect(links.filter((l) => !ids.has(l))).toEqual([]);
    expect([...html.matchAll(/<img [^>]*src="data:image\/png;base64,/g)].length).toBe(figures().length);
    expect(html).not.toMatch(/<script/i);
  });
});
