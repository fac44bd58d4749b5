/** The renderers, one per output format, behind one signature: a 公文 or a manual in, bytes out. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Manual } from '../ir/manual.js';
import type { OfficialDocument } from '../ir/types.js';
import type { FontSet } from '../layout/fonts.js';
import { buildDocx } from './docx/build.js';
import { buildManualDocx } from './docx/manual/build-manual.js';
import { buildHtml } from './html/build.js';
import { buildManualHtml } from './html/manual/build-manual.js';
import { buildPdf } from './pdf/build.js';
import { buildManualPdf } from './pdf/manual/build-manual.js';

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

export const renderers = {
  docx: async (doc: Renderable): Promise<Rendered> => ({ bytes: doc.type === 'manual' ? await buildManualDocx(doc) : await buildDocx(doc), diagnostics: [] }),
  pdf: (doc: Renderable, env: RenderEnv): Promise<Rendered> => (doc.type === 'manual' ? buildManualPdf(doc, env.fonts) : buildPdf(doc, env.fonts)),
  html: async (doc: Renderable): Promise<Rendered> => ({ bytes: new TextEncoder().encode(html(doc)), diagnostics: [] }),
} as const;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
