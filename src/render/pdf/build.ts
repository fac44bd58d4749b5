/**
 * The PDF renderer: model → pdfmake document definition → bytes. Fonts are embedded and
 * subset by pdfkit; the creation date is the document's own date so the same input gives
 * the same bytes. Landscape pages (横排 attachments) are laid out as landscape sheets and then
 * given /Rotate, so every page shows as an A4 portrait page with its number in the usual place.
 */
import pdfmake from 'pdfmake';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { OfficialDocument } from '../../ir/types.js';
import { gridMetrics, profile as defaultProfile, type Orientation, type Profile } from '../../layout/gbt9704.js';
import type { FontSet, FontSlot } from '../../layout/fonts.js';
import { composeDocument } from './compose-document.js';
import { createContext, type PdfContext } from './context.js';
import { pageNumberNode, pageNumberPlacement, type PlacedNumber } from './page-number.js';
import { patchPdfmakeWidth } from './pdfmake-width-fix.js';

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters drawn from another font (warnings) or not drawable at all (errors). */
  diagnostics: Diagnostic[];
  /** Pages printed, for the build summary. */
  pages: number;
}

/** The parts of pdfmake's pdfkit document the landscape pages need. */
export interface PdfKitDocument extends NodeJS.ReadableStream {
  page: { width: number; height: number; dictionary: { data: Record<string, unknown> }; content: { buffer: Buffer[]; data: { Length: number }; uncompressedLength: number } };
  bufferedPageRange(): { start: number; count: number };
  switchToPage(n: number): void;
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
  _font: unknown;
  fontSize(size: number): this;
  fillColor(color: string): this;
  save(): this;
  restore(): this;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): this;
  text(text: string, x: number, y: number, opts: Record<string, unknown>): this;
  end(): void;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string | string[]>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: Record<string, unknown>, opts: { bufferPages: boolean }): { getStream(): Promise<PdfKitDocument> };
}

/** Page margins that put the first line's glyph tops on the 版心 top and fit the page's lines exactly. */
export function marginsFor(ctx: PdfContext, orientation: Orientation): [number, number, number, number] {
  const { profile: p, metrics } = ctx;
  const g = gridMetrics(p, orientation);
  // Body glyph tops sit on the grid lines: shift the flow by the body font's ascender excess.
  const shift = metrics.ascender(p.body.role, p.body.size) - 0.88 * p.body.size;
  const top = g.top - shift;
  return [g.left, top, g.pageWidth - g.right, g.pageHeight - top - g.linePitch * g.lines];
}

/**
 * Draws a portrait-placed page number on a landscape sheet before turnSheet turns it: the
 * matrix maps portrait coordinates onto the sheet, so once turned the number stands upright
 * where a portrait page has it. The glyphs go through pdfmake's own font objects, so they join
 * the same embedded subsets.
 */
function drawTurnedNumber(pdf: PdfKitDocument, placed: PlacedNumber): void {
  pdf.save();
  // Portrait (X, Y) → sheet (W − Y, X), both measured from the top-left corner, y down.
  pdf.transform(0, 1, -1, 0, pdf.page.width, 0);
  placed.inlines.forEach((inline, i) => {
    pdf._font = pdf.provideFont(inline.font, false, false);
    pdf.fontSize(inline.fontSize).fillColor(inline.color);
    pdf.text(inline.text, placed.xs[i]!, placed.y, { lineBreak: false, characterSpacing: inline.characterSpacing });
  });
  pdf.restore();
}

/**
 * Turns a landscape sheet into a portrait page carrying the same drawing turned 90° (the table
 * head toward the left edge, as /Rotate 270 would show it). Baked into the content rather than
 * left to /Rotate, so every page is portrait A4 for printers and measuring tools alike, and its
 * page number is ordinary upright text where portrait pages have theirs.
 */
function turnSheet(pdf: PdfKitDocument): void {
  const { width, height, content } = pdf.page;
  const wrap = (text: string) => Buffer.from(text, 'binary');
  // Sheet (x, y) → page (height − y, x) in PDF space: a quarter turn anticlockwise.
  const open = wrap(`q 0 1 -1 0 ${height} 0 cm\n`);
  const close = wrap('Q\n');
  content.buffer.unshift(open);
  content.buffer.push(close);
  content.data.Length += open.length + close.length;
  content.uncompressedLength += open.length + close.length;
  pdf.page.dictionary.data.MediaBox = [0, 0, height, width];
}

/** Ends the document and gathers its bytes. */
export function collect(pdf: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}

/**
 * Lays out a pdfmake document definition with `fonts` embedded and subset under their slots,
 * pdfmake allowed to read those font files and nothing else; the pages stay buffered so they
 * can still be drawn on before `collect`.
 */
export async function layOut(fonts: FontSet, def: Record<string, unknown>): Promise<PdfKitDocument> {
  patchPdfmakeWidth();
  const pm = pdfmake as unknown as PdfMake;
  const files = new Set(Object.values(fonts).map((f) => f.file));
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((p) => files.has(p));
  const faces: Record<string, Record<string, string | string[]>> = {};
  for (const [slot, f] of Object.entries(fonts) as [FontSlot, FontSet[FontSlot]][]) {
    const src = f.postscriptName ? [f.file, f.postscriptName] : f.file;
    faces[slot] = { normal: src, bold: src, italics: src, bolditalics: src };
  }
  pm.setFonts(faces);
  return pm.createPdf(def, { bufferPages: true }).getStream();
}

export async function buildPdf(doc: OfficialDocument, fonts: FontSet, opts: { profile?: Profile } = {}): Promise<PdfResult> {
  const profile = opts.profile ?? defaultProfile;
  const ctx = createContext(fonts, profile);
  const flow = composeDocument(ctx, doc);
  const { grid } = ctx;

  const { year, month, day } = doc.signature.date;
  const pageNumber = pageNumberPlacement(ctx, doc.format);
  // One pdfmake section per run of pages of one orientation, each with its own margins.
  const content = flow.sections.map((s, i) => ({
    section: flow.nodes.slice(s.start, flow.sections[i + 1]?.start ?? flow.nodes.length),
    pageOrientation: s.orientation,
    pageMargins: marginsFor(ctx, s.orientation),
  }));
  const pdf = await layOut(fonts, {
    pageSize: { width: grid.pageWidth, height: grid.pageHeight },
    content,
    background: (page: number, size: { orientation: Orientation }) => [
      ...(size.orientation === 'portrait' ? pageNumberNode(pageNumber(page)) : []),
      ...(flow.placed.get(page) ?? []),
    ],
    defaultStyle: { font: profile.body.role, fontSize: profile.body.size },
    info: {
      title: doc.title.join(''),
      author: doc.meta.author,
      creator: 'gongwen',
      producer: 'gongwen',
      creationDate: new Date(Date.UTC(year, month - 1, day)),
    },
  });
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    if (pdf.page.width <= pdf.page.height) continue;
    const placed = pageNumber(i + 1);
    if (placed) drawTurnedNumber(pdf, placed);
    turnSheet(pdf);
  }
  return { bytes: await collect(pdf), diagnostics: ctx.diagnostics, pages: range.count };
}
