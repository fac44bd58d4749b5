/** The renderers, one per output format, behind one signature: a 公文 or a manual in, bytes out. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Manual } from '../ir/manual.js';
import type { OfficialDocument } from '../ir/types.js';
import type { FontSet } from '../layout/fonts.js';
import { buildDocx } from './docx/build.js';
import { buildManualDocx } from './docx/manual/build-manual.js';
import { buildHtml } from './html/build.js';
import { buildManualHtml } from './html/manual/build-manual.js';

export interface RenderEnv {
  fonts: FontSet;
}

export interface Rendered {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
  /** Pages of a PDF, for the build summary. */
  pages?: number;
}

export type Renderable = OfficialDocument | Manual;

const html = (doc: Renderable) => (doc.type === 'manual' ? buildManualHtml(doc) : buildHtml(doc));

/** Loaded on demand: pdfmake and fontkit cost ~0.4 s to import, which HTML alone (the preview) need not pay. */
async function pdf(doc: Renderable, fonts: FontSet): Promise<Rendered> {
  if (doc.type === 'manual') return (await import('./pdf/manual/build-manual.js')).buildManualPdf(doc, fonts);
  return (await import('./pdf/build.js')).buildPdf(doc, fonts);
}

export const renderers = {
  docx: async (doc: Renderable): Promise<Rendered> => ({ bytes: doc.type === 'manual' ? await buildManualDocx(doc) : await buildDocx(doc), diagnostics: [] }),
  pdf: (doc: Renderable, env: RenderEnv): Promise<Rendered> => pdf(doc, env.fonts),
  html: async (doc: Renderable): Promise<Rendered> => ({ bytes: new TextEncoder().encode(html(doc)), diagnostics: [] }),
} as const;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
