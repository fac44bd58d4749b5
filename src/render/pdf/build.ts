/**
 * The PDF renderer: model → pdfmake document definition → bytes. Fonts are embedded and
 * subset by pdfkit; the creation date is the document's own date so the same input gives
 * the same bytes.
 */
import pdfmake from 'pdfmake';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { OfficialDocument } from '../../ir/types.js';
import { profile as defaultProfile, type Profile } from '../../layout/gbt9704.js';
import type { FontSet, FontSlot } from '../../layout/fonts.js';
import { composeDocument } from './compose-document.js';
import { createContext } from './context.js';
import { pageNumberBackground } from './page-number.js';
import { patchPdfmakeWidth } from './pdfmake-width-fix.js';

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters drawn from another font (warnings) or not drawable at all (errors). */
  diagnostics: Diagnostic[];
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string | string[]>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

export async function buildPdf(doc: OfficialDocument, fonts: FontSet, opts: { profile?: Profile } = {}): Promise<PdfResult> {
  const profile = opts.profile ?? defaultProfile;
  patchPdfmakeWidth();
  const ctx = createContext(fonts, profile);
  const flow = composeDocument(ctx, doc);
  const { grid, metrics } = ctx;
  // Body glyph tops sit on the grid lines: shift the flow by the body font's ascender excess.
  const shift = metrics.ascender(profile.body.role, profile.body.size) - 0.88 * profile.body.size;
  const top = grid.top - shift;
  const bottom = grid.pageHeight - top - grid.linePitch * profile.grid.lines;

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
  const { year, month, day } = doc.signature.date;
  const pageNumber = pageNumberBackground(ctx, doc.format);
  const bytes = await pm
    .createPdf({
      pageSize: { width: grid.pageWidth, height: grid.pageHeight },
      pageMargins: [grid.left, top, grid.pageWidth - grid.right, bottom],
      content: flow.nodes,
      background: (page: number) => [...pageNumber(page), ...(flow.placed.get(page) ?? [])],
      defaultStyle: { font: profile.body.role, fontSize: profile.body.size },
      info: {
        title: doc.title.join(''),
        author: doc.meta.author,
        creator: 'gongwen',
        producer: 'gongwen',
        creationDate: new Date(Date.UTC(year, month - 1, day)),
      },
    })
    .getBuffer();
  return { bytes: new Uint8Array(bytes), diagnostics: ctx.diagnostics };
}
